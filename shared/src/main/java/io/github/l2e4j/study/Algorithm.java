package io.github.l2e4j.study;

import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;

/**
 * An optimizer known by name to the command line and the study runner: it spends at most a
 * budget of evaluations on a problem and reports what it found. Implementations are immutable
 * and thread safe (one instance runs many independent runs, possibly concurrently); each run
 * depends only on its {@link RunSpec#seed()}.
 */
public interface Algorithm {

    /** The name users type, e.g. {@code l2e}, {@code cmaes}. Lower case. */
    String name();

    /** One line for help output. */
    String description();

    /**
     * Whether the algorithm needs the problem's exact gradient (false by default: the study runner
     * then hands it the problem without one, so black-box algorithms see only f).
     */
    default boolean needsGradient() {
        return false;
    }

    /** Runs once. */
    Result minimize(Problem problem, RunSpec spec);
}
