package io.github.l2e4j.moea;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.mo.MoSettings;
import io.github.l2e4j.mo.Tchebycheff;
import io.github.l2e4j.search.L2eSearch;
import io.github.l2e4j.search.SearchSettings;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.spi.RegisteredAlgorithmProvider;
import org.moeaframework.problem.Problem;

/**
 * Makes l2e4j's algorithms available by name through MOEA Framework's {@code AlgorithmFactory}
 * (listed in {@code META-INF/services/org.moeaframework.core.spi.AlgorithmProvider}; names are
 * case-insensitive):
 *
 * <pre>{@code
 * Algorithm a = AlgorithmFactory.getInstance().getAlgorithm("L2E-MOEAD", TypedProperties.of("populationSize", 100), new DTLZ2(2));
 * a.run(10_000);
 * }</pre>
 *
 * <h2>"L2E" (single objective; {@link L2eSearchAlgorithm})</h2>
 * <table>
 *   <caption>Properties of L2E</caption>
 *   <tr><th>property</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>populationSize</td><td>2D + 3 (D capped at 100)</td><td>evaluations per step, &ge; 5 (3 + samples; an odd number of samples leaves one unpaired)</td></tr>
 *   <tr><td>sigma0</td><td>0.2</td><td>initial scale relative to the mean box width, in (0, 1]</td></tr>
 *   <tr><td>restarts</td><td>true</td><td>restarts on stagnation (shared's default: the first doubles the population, later ones interleave small runs)</td></tr>
 *   <tr><td>maxEvaluations</td><td>none</td><td>budget hint for the scale envelope (&ge; 1)</td></tr>
 *   <tr><td>weights</td><td>shipped weights</td><td>operator weights file: a path or {@code classpath:/name}</td></tr>
 *   <tr><td>seed</td><td>one long from {@code PRNG}</td><td>the run seed</td></tr>
 * </table>
 *
 * <h2>"L2E-MOEAD" (two or more objectives; {@link L2eMoead}; alias "L2E-MOEA/D")</h2>
 * <table>
 *   <caption>Properties of L2E-MOEAD</caption>
 *   <tr><th>property</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>populationSize</td><td>100</td><td>requested subproblems; the largest simplex lattice not above it is used (100 for 2 objectives, 91 for 3)</td></tr>
 *   <tr><td>neighborhoodSize (or neighbourhoodSize)</td><td>20</td><td>T, the population of each subproblem's learned variation (&ge; 2)</td></tr>
 *   <tr><td>delta</td><td>0.9</td><td>probability of mating within the neighbourhood, in [0, 1]</td></tr>
 *   <tr><td>replacementLimit</td><td>2</td><td>most subproblems one child replaces (&ge; 1)</td></tr>
 *   <tr><td>archiveSize</td><td>number of subproblems</td><td>capacity of the non-dominated archive (the result)</td></tr>
 *   <tr><td>weightVectors</td><td>simplex lattice</td><td>a file of weight vectors, one per line (path or {@code classpath:/name})</td></tr>
 *   <tr><td>scalarization</td><td>inverse</td><td>Tchebycheff form: {@code inverse} or {@code standard}</td></tr>
 *   <tr><td>normalize</td><td>false</td><td>scale objectives by nadir - ideal of the current solutions</td></tr>
 *   <tr><td>noiseScale, mutationRate, mutationScale</td><td>1, 1/D, 0.3</td><td>variation settings ({@link io.github.l2e4j.mo.NeighbourhoodRecombination})</td></tr>
 *   <tr><td>weights</td><td>theta0 (the multi-objective default, {@code DefaultWeights.multiObjectiveOperator()})</td><td>operator weights file: a path or {@code classpath:/name}</td></tr>
 *   <tr><td>seed</td><td>one long from {@code PRNG}</td><td>the run seed</td></tr>
 * </table>
 * Bad values fail when the algorithm is created, with a message naming the algorithm, the
 * property, the value and what is allowed.
 */
public final class L2eAlgorithmProvider extends RegisteredAlgorithmProvider {

    /** Registers "L2E" and "L2E-MOEAD". */
    public L2eAlgorithmProvider() {
        register(L2eAlgorithmProvider::l2e, L2eSearchAlgorithm.NAME);
        register(L2eAlgorithmProvider::l2eMoead, L2eMoead.NAME, "L2E-MOEA/D");
    }

    /** "L2E" from properties. */
    static L2eSearchAlgorithm l2e(TypedProperties properties, Problem problem) {
        PropertyReader p = new PropertyReader(L2eSearchAlgorithm.NAME, properties);
        SearchSettings.Builder b = SearchSettings.builder();
        if (p.has("populationSize")) {
            b.populationSize(p.intValue("populationSize", 0, L2eSearch.EXTRA_ROWS + 2,
                    ">= " + (L2eSearch.EXTRA_ROWS + 2) + " (the centre candidate, 2 gradient trials and at least 2 samples)"));
        }
        b.sigma0(p.doubleValue("sigma0", SearchSettings.DEFAULT_SIGMA0, Double.MIN_NORMAL, 1, "in (0, 1]"));
        b.restarts(p.booleanValue("restarts", true));
        if (p.has("maxEvaluations")) {
            b.budgetHint(p.intValue("maxEvaluations", 0, 1, ">= 1"));
        }
        return new L2eSearchAlgorithm(problem, p.operator("weights"), b.build(), p.longValue("seed"));
    }

    /** "L2E-MOEAD" from properties. */
    static L2eMoead l2eMoead(TypedProperties properties, Problem problem) {
        PropertyReader p = new PropertyReader(L2eMoead.NAME, properties);
        MoSettings.Builder b = MoSettings.builder();
        b.populationSize(p.intValue("populationSize", MoSettings.DEFAULT_POPULATION_SIZE,
                MoSettings.MIN_POPULATION_SIZE, ">= " + MoSettings.MIN_POPULATION_SIZE));
        String t = p.has("neighborhoodSize") ? "neighborhoodSize" : "neighbourhoodSize";
        b.neighbourhoodSize(p.intValue(t, MoSettings.DEFAULT_NEIGHBOURHOOD_SIZE, 2, ">= 2"));
        b.delta(p.doubleValue("delta", MoSettings.DEFAULT_DELTA, 0, 1, "in [0, 1]"));
        b.replacementLimit(p.intValue("replacementLimit", MoSettings.DEFAULT_REPLACEMENT_LIMIT, 1, ">= 1"));
        b.archiveSize(p.intValue("archiveSize", 0, 1, ">= 1"));
        b.weights(p.weightVectors("weightVectors"));
        b.scalarization(p.enumValue("scalarization", Tchebycheff.class, Tchebycheff.INVERSE));
        b.normalize(p.booleanValue("normalize", MoSettings.defaults().normalize()));
        b.noiseScale(p.doubleValue("noiseScale", MoSettings.DEFAULT_NOISE_SCALE, 0, 10, "in [0, 10]"));
        if (p.has("mutationRate")) {
            b.mutationRate(p.doubleValue("mutationRate", 0, 0, 1, "in [0, 1]"));
        }
        b.mutationScale(p.doubleValue("mutationScale", MoSettings.DEFAULT_MUTATION_SCALE, 0, 1, "in [0, 1]"));
        return new L2eMoead(problem, p.operator("weights", DefaultWeights.multiObjectiveOperator()), b.build(),
                p.longValue("seed"));
    }
}
