package io.github.l2e4j.benchmark.control;

/**
 * The outcome of one episode.
 *
 * @param totalReturn the undiscounted sum of rewards, or NaN if the controller produced a
 *                    non-finite output (the episode is then abandoned)
 * @param steps       the number of steps taken, in {@code [1, horizon]}
 * @param terminated  true if the task's termination condition ended the episode before the horizon
 */
public record EpisodeResult(double totalReturn, int steps, boolean terminated) {

    /** Validates the step count. */
    public EpisodeResult {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, was " + steps);
        }
    }
}
