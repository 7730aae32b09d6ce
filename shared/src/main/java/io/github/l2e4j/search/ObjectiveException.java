package io.github.l2e4j.search;

/**
 * An objective threw while a population was being evaluated. The search was told nothing, so its
 * state is unchanged and the same population can be evaluated and told again.
 */
public final class ObjectiveException extends RuntimeException {

    private final long generation;
    private final int candidate;

    /** Wraps the objective's exception with where it happened. */
    public ObjectiveException(long generation, int candidate, Throwable cause) {
        super("objective failed at generation " + generation + ", candidate " + candidate + ": " + cause, cause);
        this.generation = generation;
        this.candidate = candidate;
    }

    /** The generation whose population was being evaluated. */
    public long generation() {
        return generation;
    }

    /** The row of the candidate whose evaluation threw. */
    public int candidate() {
        return candidate;
    }
}
