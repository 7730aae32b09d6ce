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

    /** Runs once. */
    Result minimize(Problem problem, RunSpec spec);
}
