package io.github.l2e4j.study;

/**
 * A multi-objective optimizer known by name to the study runner (contributed through
 * {@link AlgorithmProvider#moAlgorithms()}). It starts {@link MoRun}s, which the runner steps until
 * the budget is spent. Implementations are immutable and thread safe; a run depends only on its
 * problem, budget and seed.
 */
public interface MoAlgorithm {

    /** The name users type, lower case, e.g. {@code nsga2}. */
    String name();

    /** One line for help output and the report. */
    String description();

    /**
     * Starts a run. The run evaluates only through {@code problem} (which counts the evaluations)
     * and creates nothing expensive before its first {@link MoRun#step()}.
     *
     * @param problem the problem as the run sees it
     * @param budget  the run's evaluation budget (a hint: the runner stops stepping once it is reached)
     * @param seed    the run seed
     */
    MoRun start(MoProblem problem, long budget, long seed);
}
