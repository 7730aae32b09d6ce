package io.github.l2e4j.moea;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.mo.MoSettings;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.operator.Variation;
import org.moeaframework.core.spi.RegisteredOperatorProvider;
import org.moeaframework.problem.Problem;

/**
 * Makes {@link L2eVariation} available by name ({@value L2eVariation#NAME}) through MOEA Framework's
 * {@code OperatorFactory} (listed in {@code META-INF/services/org.moeaframework.core.spi.OperatorProvider}),
 * so any MOEA algorithm that takes an {@code operator} property can use it:
 *
 * <pre>{@code
 * Algorithm nsga2 = AlgorithmFactory.getInstance().getAlgorithm("NSGA-II", TypedProperties.of("operator", "l2e"), problem);
 * }</pre>
 *
 * <table>
 *   <caption>Properties of the l2e operator</caption>
 *   <tr><th>property</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>l2e.parents</td><td>{@value L2eVariation#DEFAULT_ARITY}</td><td>parents per child (&ge; 2)</td></tr>
 *   <tr><td>l2e.noiseScale</td><td>1</td><td>kappa, in [0, 10]</td></tr>
 *   <tr><td>l2e.mutationRate</td><td>1/D</td><td>coordinate mutation rate, in [0, 1]</td></tr>
 *   <tr><td>l2e.mutationScale</td><td>0.3</td><td>coordinate mutation scale relative to the box width, in [0, 1]</td></tr>
 *   <tr><td>l2e.weights</td><td>theta0 (the multi-objective default, {@code DefaultWeights.multiObjectiveOperator()})</td><td>operator weights file: a path or {@code classpath:/name}</td></tr>
 * </table>
 */
public final class L2eOperatorProvider extends RegisteredOperatorProvider {

    /** Registers "l2e". */
    public L2eOperatorProvider() {
        register(L2eVariation.NAME, L2eOperatorProvider::variation);
    }

    static Variation variation(TypedProperties properties, Problem problem) {
        PropertyReader p = new PropertyReader("operator " + L2eVariation.NAME, properties);
        int arity = p.intValue("l2e.parents", L2eVariation.DEFAULT_ARITY, 2, ">= 2");
        double kappa = p.doubleValue("l2e.noiseScale", MoSettings.DEFAULT_NOISE_SCALE, 0, 10, "in [0, 10]");
        double rate = p.has("l2e.mutationRate") ? p.doubleValue("l2e.mutationRate", 0, 0, 1, "in [0, 1]") : -1;
        double scale = p.doubleValue("l2e.mutationScale", MoSettings.DEFAULT_MUTATION_SCALE, 0, 1, "in [0, 1]");
        return new L2eVariation(p.operator("l2e.weights", DefaultWeights.multiObjectiveOperator()), arity, kappa, rate,
                scale);
    }
}
