package io.github.l2e4j.metrics;

import java.util.Arrays;

/**
 * Records, while a run goes on, the first evaluation at which its value reached each target
 * f* + &Delta;f<sub>k</sub> (the run's <i>hitting times</i> or runtimes to the targets).
 *
 * <p>Target k is hit at evaluation e when f(x<sub>e</sub>) &le; f* + &Delta;f<sub>k</sub> and no
 * earlier evaluation was. NaN and infinite values hit nothing. Mutable; one per run.
 */
public final class HittingTimes {

    private final double[] targets;
    private final long[] hits;
    private int next;

    /**
     * Hitting times for the targets f* + &Delta;f<sub>k</sub>.
     *
     * @param fOpt       the optimal value f* (finite)
     * @param precisions the precisions &Delta;f, strictly decreasing and positive (not modified)
     */
    public HittingTimes(double fOpt, double[] precisions) {
        if (!Double.isFinite(fOpt)) {
            throw new IllegalArgumentException("fOpt must be finite, was " + fOpt);
        }
        targets = new double[precisions.length];
        for (int k = 0; k < precisions.length; k++) {
            if (!(precisions[k] > 0) || (k > 0 && !(precisions[k] < precisions[k - 1]))) {
                throw new IllegalArgumentException("precisions must be positive and strictly decreasing; precisions["
                        + k + "] was " + precisions[k]);
            }
            targets[k] = fOpt + precisions[k];
        }
        hits = new long[targets.length];
        Arrays.fill(hits, -1);
    }

    /** Hitting times for COCO's 51 targets. */
    public static HittingTimes coco(double fOpt) {
        return new HittingTimes(fOpt, CocoTargets.precisions());
    }

    /**
     * Offers the value of evaluation number {@code evaluation} (1-based, increasing).
     *
     * @return true if a new target was hit
     */
    public boolean offer(long evaluation, double value) {
        boolean any = false;
        while (next < targets.length && value <= targets[next]) {
            hits[next++] = evaluation;
            any = true;
        }
        return any;
    }

    /** Targets hit so far. */
    public int count() {
        return next;
    }

    /** Per target, the evaluation at which it was first hit, or -1 (a copy). */
    public long[] hits() {
        return hits.clone();
    }
}
