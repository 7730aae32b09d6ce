package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

/**
 * What a dynamic optimizer sees of the problem: the box, the number of objectives, and an objective
 * function that answers for the problem as it is now. The time is not shown: the optimizer has to
 * detect changes itself. Every {@link #evaluate} call counts as one evaluation.
 */
public interface DynamicContext extends VectorObjective {

    /** The box of the decision variables. */
    Bounds bounds();

    /** Number of objectives M. */
    int objectives();

    /** Number of decision variables n. */
    default int dimension() {
        return bounds().dimension();
    }

    /** Evaluations made so far through this context. */
    long evaluations();
}
