package io.github.l2e4j.dynamic;

/**
 * A dynamic multi-objective algorithm known by name (through a {@link DynamicAlgorithmProvider}):
 * a factory of {@link DynamicOptimizer} runs. Implementations are immutable and thread safe.
 */
public interface DynamicAlgorithm {

    /** The name, lower case, e.g. {@code l2e-moead} or {@code dnsga2a}. */
    String name();

    /** One line for help output. */
    String description();

    /**
     * A new run.
     *
     * @param context        the problem as the run sees it
     * @param populationSize the requested population size (evaluations per generation)
     * @param seed           the run seed
     */
    DynamicOptimizer create(DynamicContext context, int populationSize, long seed);
}
