package io.github.l2e4j.study;

/**
 * One run of a {@link MoAlgorithm}, stepped by the study runner: {@link #step()} until the
 * problem's evaluation count reaches the budget, reading {@link #front()} at checkpoints. Mutable,
 * used by one thread; {@link #close()} releases what the run holds (for example a lock on a host's
 * global random generator), and the runner always calls it.
 */
public interface MoRun extends AutoCloseable {

    /** One iteration (a generation): evaluates some points through the run's problem. */
    void step();

    /** The objective vectors of the run's current result (its approximation set), one per row. */
    double[][] front();

    /** Releases what the run holds. */
    @Override
    default void close() {
    }
}
