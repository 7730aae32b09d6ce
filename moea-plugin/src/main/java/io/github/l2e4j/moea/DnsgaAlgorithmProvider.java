package io.github.l2e4j.moea;

import io.github.l2e4j.dynamic.ChangeDetector;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.spi.RegisteredAlgorithmProvider;
import org.moeaframework.problem.Problem;

/**
 * Makes "DNSGA-II-A" and "DNSGA-II-B" ({@link Dnsga2}) available by name through MOEA Framework's
 * {@code AlgorithmFactory} (listed in {@code META-INF/services/org.moeaframework.core.spi.AlgorithmProvider}),
 * for dynamic problems such as {@link DynamicMoeaProblem}.
 *
 * <table>
 *   <caption>Properties of DNSGA-II-A and DNSGA-II-B</caption>
 *   <tr><th>property</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>populationSize</td><td>100</td><td>population size (&ge; 2)</td></tr>
 *   <tr><td>detectionFraction</td><td>0.1</td><td>share of the population re-evaluated per generation, in (0, 1]</td></tr>
 *   <tr><td>responseFraction</td><td>0.3</td><td>share re-initialized (A) or hyper-mutated (B) on a change, in [0, 1]</td></tr>
 *   <tr><td>seed</td><td>one long from {@code PRNG}</td><td>seed of detection and response</td></tr>
 * </table>
 */
public final class DnsgaAlgorithmProvider extends RegisteredAlgorithmProvider {

    /** Default population size. */
    public static final int DEFAULT_POPULATION_SIZE = 100;
    /** Default response share. */
    public static final double DEFAULT_RESPONSE_FRACTION = 0.3;

    /** Registers "DNSGA-II-A" and "DNSGA-II-B". */
    public DnsgaAlgorithmProvider() {
        register((p, problem) -> create(Dnsga2.Variant.A, p, problem), Dnsga2.Variant.A.algorithmName());
        register((p, problem) -> create(Dnsga2.Variant.B, p, problem), Dnsga2.Variant.B.algorithmName());
    }

    static Dnsga2 create(Dnsga2.Variant variant, TypedProperties properties, Problem problem) {
        PropertyReader p = new PropertyReader(variant.algorithmName(), properties);
        int n = p.intValue("populationSize", DEFAULT_POPULATION_SIZE, 2, ">= 2");
        double detection = p.doubleValue("detectionFraction", ChangeDetector.DEFAULT_FRACTION, Double.MIN_VALUE, 1,
                "in (0, 1]");
        double response = p.doubleValue("responseFraction", DEFAULT_RESPONSE_FRACTION, 0, 1, "in [0, 1]");
        return new Dnsga2(problem, variant, n, new ChangeDetector(detection, ChangeDetector.DEFAULT_TOLERANCE),
                variant.response(response), p.longValue("seed"));
    }
}
