package io.github.l2e4j.search;

import java.util.Arrays;

/**
 * The outcome of {@link L2eOptimizer#minimize}.
 *
 * @param bestPoint   the best point found (a copy)
 * @param bestValue   its value
 * @param evaluations objective evaluations spent
 * @param generations generations told
 * @param restarts    restarts made
 * @param seconds     wall-clock seconds
 * @param stopReason  why the run ended ("budget", "target", or the search's convergence reason)
 * @param targetHits  for each target of the run, the evaluation count at which the best value first
 *                    reached it, or -1
 */
public record Result(double[] bestPoint, double bestValue, long evaluations, long generations, int restarts,
                     double seconds, String stopReason, long[] targetHits) {

    /** Copies the arrays. */
    public Result {
        bestPoint = bestPoint.clone();
        targetHits = targetHits.clone();
    }

    @Override
    public double[] bestPoint() {
        return bestPoint.clone();
    }

    @Override
    public long[] targetHits() {
        return targetHits.clone();
    }

    @Override
    public String toString() {
        return "Result[bestValue=" + bestValue + ", evaluations=" + evaluations + ", generations=" + generations
                + ", restarts=" + restarts + ", seconds=" + seconds + ", stopReason=" + stopReason
                + ", bestPoint=" + Arrays.toString(bestPoint) + "]";
    }
}
