package io.github.l2e4j.dynamic;

/**
 * One run of a dynamic multi-objective algorithm, driven generation by generation by a
 * {@link DynamicRun}: {@link #initialize()} for generation 1, then {@link #step()} once per
 * generation. It evaluates only through the {@link DynamicContext} it was created with, and must
 * detect changes itself. Mutable; {@link #close()} releases what the run holds.
 */
public interface DynamicOptimizer extends AutoCloseable {

    /** Generation 1: creates and evaluates the initial population. */
    void initialize();

    /** One generation. */
    void step();

    /** The decision vectors of the current result (the run scores their values at the current time). */
    double[][] approximation();

    /** Changes detected so far. */
    int detectedChanges();

    /** Releases what the run holds (a lock on a host's global generator, say). */
    @Override
    default void close() {
    }
}
