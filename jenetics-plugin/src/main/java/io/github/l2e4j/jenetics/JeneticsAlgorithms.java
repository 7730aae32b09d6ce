package io.github.l2e4j.jenetics;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.search.SearchSettings;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.AlgorithmProvider;
import io.jenetics.DoubleGene;
import io.jenetics.Optimize;
import io.jenetics.ext.MLEvolutionStrategy;

import java.util.List;

/**
 * Jenetics' algorithms for the study runner and the command line (found with
 * {@link java.util.ServiceLoader}):
 * <ul>
 *   <li>{@code jenetics-ga}: Jenetics' default engine (population 50, offspring fraction 0.6,
 *   tournament selection of size 3, {@code SinglePointCrossover(0.2)} and {@code Mutator(0.15)},
 *   maximal phenotype age 70), minimizing on the problem's box;</li>
 *   <li>{@code jenetics-es}: Jenetics' own (μ, λ)-evolution strategy,
 *   {@code io.jenetics.ext.MLEvolutionStrategy} with μ = {@value #ES_MU}, λ = {@value #ES_LAMBDA}
 *   and mutation probability {@value #ES_MUTATION}, the values of Jenetics' own MLStrategy
 *   example (no tuning);</li>
 *   <li>{@code jenetics-l2e}: L2E inside a Jenetics engine ({@link L2eEngine} with an
 *   {@link L2eAlterer} using the shipped weights, the budget as its budget hint).</li>
 * </ul>
 * Every run is single-threaded and seeded, and spends the budget exactly (see
 * {@link JeneticsAlgorithm}). Runs may go on concurrently on different threads: while at least
 * one is in progress, Jenetics' global {@code RandomRegistry} holds a generator that forwards to
 * each run thread's own seeded generator, and when the last one ends the registry is reset to
 * Jenetics' default (a generator the caller had installed is not restored).
 */
public final class JeneticsAlgorithms implements AlgorithmProvider {

    /** μ of {@code jenetics-es}: the number of parents kept by truncation selection. */
    public static final int ES_MU = 5;
    /** λ of {@code jenetics-es}: the population size. */
    public static final int ES_LAMBDA = 20;
    /** Mutation probability of {@code jenetics-es}. */
    public static final double ES_MUTATION = 0.2;

    @Override
    public List<Algorithm> algorithms() {
        return List.of(ga(), es(), l2e());
    }

    /** {@code jenetics-ga}: Jenetics' default engine, minimizing. */
    public static Algorithm ga() {
        return new JeneticsAlgorithm("jenetics-ga",
                "Jenetics 7 default engine (GA: tournament(3), single-point crossover 0.2, mutator 0.15, population 50)",
                (builder, problem, spec) -> new JeneticsAlgorithm.Configured(builder, () -> 0));
    }

    /** {@code jenetics-es}: Jenetics' (μ, λ)-ES from jenetics.ext. */
    public static Algorithm es() {
        return new JeneticsAlgorithm("jenetics-es",
                "Jenetics (mu, lambda)-ES (jenetics.ext MLEvolutionStrategy, mu " + ES_MU + ", lambda " + ES_LAMBDA
                        + ", mutation " + ES_MUTATION + ")",
                (builder, problem, spec) -> new JeneticsAlgorithm.Configured(
                        builder.setup(new MLEvolutionStrategy<DoubleGene, Double>(ES_MU, ES_LAMBDA, ES_MUTATION)),
                        () -> 0));
    }

    /** {@code jenetics-l2e}: L2E with the shipped weights as a Jenetics alterer. */
    public static Algorithm l2e() {
        return new JeneticsAlgorithm("jenetics-l2e",
                "L2E (" + DefaultWeights.name() + ") inside a Jenetics engine (L2eEngine + L2eAlterer)",
                (builder, problem, spec) -> {
                    L2eAlterer<Double> alterer = L2eAlterer.<Double>builder(Optimize.MINIMUM)
                            .operator(DefaultWeights.operator())
                            .settings(SearchSettings.builder().budgetHint(spec.budget()).build())
                            .build();
                    return new JeneticsAlgorithm.Configured(L2eEngine.configure(builder, alterer), alterer::restarts);
                });
    }
}
