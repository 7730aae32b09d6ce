package io.github.l2e4j.metrics;

/**
 * The expected running time (ERT; COCO's "average runtime", aRT) to reach one target over a set of
 * runs:
 * <pre>
 *   ERT = ( sum over successful runs of their hitting time
 *         + sum over unsuccessful runs of the evaluations they spent ) / #successful runs
 * </pre>
 * It estimates the evaluations a restarted algorithm needs to hit the target (+infinity if no
 * run hit it). Reference [2] of the package; COCO's {@code toolsstats.sp}.
 */
public final class Ert {

    private Ert() {
    }

    /**
     * The ERT of runs with the given hitting times (-1 = not reached) and evaluations spent.
     *
     * @param hits        per run, the evaluation at which the target was reached, or -1
     * @param evaluations per run, the evaluations it spent
     * @return the ERT, +infinity if no run reached the target, NaN if there are no runs
     */
    public static double of(long[] hits, long[] evaluations) {
        if (hits.length != evaluations.length) {
            throw new IllegalArgumentException("hits and evaluations must have the same length, were "
                    + hits.length + " and " + evaluations.length);
        }
        if (hits.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        int successes = 0;
        for (int i = 0; i < hits.length; i++) {
            if (evaluations[i] < 0) {
                throw new IllegalArgumentException("evaluations[" + i + "] must be >= 0, was " + evaluations[i]);
            }
            if (hits[i] > 0) {
                successes++;
                sum += hits[i];
            } else {
                sum += evaluations[i];
            }
        }
        return successes == 0 ? Double.POSITIVE_INFINITY : sum / successes;
    }
}
