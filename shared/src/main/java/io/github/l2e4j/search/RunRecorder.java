package io.github.l2e4j.search;

import java.util.Arrays;

/**
 * Records one run's evaluations as they happen: the count, the best valid value and point, and
 * the evaluation at which each target was first reached. Shared by every algorithm so they all
 * count the same way. Mutable; one per run.
 */
public final class RunRecorder {

    private final double[] targets;
    private final long[] hits;
    private long evaluations;
    private double best = Double.POSITIVE_INFINITY;
    private double[] bestPoint;

    /** A recorder for the given targets (not modified). */
    public RunRecorder(double[] targets) {
        this.targets = targets.clone();
        this.hits = new long[targets.length];
        Arrays.fill(hits, -1);
    }

    /**
     * Records the evaluation of x with value v (NaN and infinities count as evaluations but
     * never become the best). x is copied only when it improves the best.
     *
     * @return true if v is the new best
     */
    public boolean record(double[] x, double v) {
        evaluations++;
        if (!(Double.isFinite(v) && v < best)) {
            return false;
        }
        best = v;
        bestPoint = x.clone();
        for (int t = 0; t < targets.length; t++) {
            if (hits[t] < 0 && v <= targets[t]) {
                hits[t] = evaluations;
            }
        }
        return true;
    }

    /** Evaluations recorded. */
    public long evaluations() {
        return evaluations;
    }

    /** Best valid value (+infinity if none). */
    public double best() {
        return best;
    }

    /** The best point (a copy), or the given fallback if no valid value was seen. */
    public double[] bestPoint(double[] fallback) {
        return bestPoint != null ? bestPoint.clone() : fallback.clone();
    }

    /** First-hit evaluation per target, -1 if not reached (a copy). */
    public long[] hits() {
        return hits.clone();
    }
}
