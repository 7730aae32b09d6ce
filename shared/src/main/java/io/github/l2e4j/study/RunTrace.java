package io.github.l2e4j.study;

import io.github.l2e4j.metrics.CocoTargets;
import io.github.l2e4j.metrics.HittingTimes;
import io.github.l2e4j.problem.Objective;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The objective of one study run, as the study sees it: it forwards every call to the problem's
 * objective and records the first {@code budget} evaluations in the order they were made, the same
 * way for every algorithm (so no algorithm is measured by its own bookkeeping):
 * <ul>
 *   <li>the evaluation count, the best valid value (NaN and infinities count as evaluations and
 *       never become the best);</li>
 *   <li>the hitting time of each of COCO's 51 targets f* + 10<sup>2&minus;0.2k</sup> (when f* is
 *       known);</li>
 *   <li>the {@link Trace}: COCO's improvement events (f &minus; f* falls below a new level
 *       10<sup>j/100</sup>, floored at {@value #LOG_PRECISION}) and checkpoint events (evaluation
 *       counts floor(10<sup>j/20</sup>) and {1, 2, 5}&middot;D&middot;10<sup>k</sup>, and the last
 *       evaluation), as COCO's {@code bbob} logger writes them.</li>
 * </ul>
 * Calls past the budget are forwarded but not recorded; they are counted in
 * {@link Trace#overBudget()}. Thread safe (calls are serialised), though study runs evaluate on
 * one thread.
 */
public final class RunTrace implements Objective {

    /** Improvement levels per decade of f - f* (COCO's {@code number_target_triggers}). */
    public static final int IMPROVEMENT_LEVELS_PER_DECADE = 100;
    /** Checkpoints per decade of evaluations (COCO's {@code number_evaluation_triggers}). */
    public static final int CHECKPOINTS_PER_DECADE = 20;
    /** Smallest logged precision (COCO's {@code target_precision}). */
    public static final double LOG_PRECISION = 1e-8;
    /** Multiples of D (times powers of ten) that are checkpoints (COCO's {@code base_evaluation_triggers}). */
    private static final long[] BASE_CHECKPOINTS = {1, 2, 5};

    private final Objective objective;
    private final long budget;
    private final double fOpt;
    private final HittingTimes hits;
    private final long[] checkpoints;
    private int nextCheckpoint;

    private long evaluations;
    private long overBudget;
    private double best = Double.POSITIVE_INFINITY;
    private double lastValue = Double.NaN;
    private int lastLevel = Integer.MAX_VALUE;

    private long[] impE = new long[64];
    private double[] impF = new double[64];
    private int impN;
    private long[] chkE = new long[64];
    private double[] chkF = new double[64];
    private double[] chkB = new double[64];
    private int chkN;

    /**
     * A trace of one run.
     *
     * @param objective the problem's objective
     * @param dimension D, for the checkpoints
     * @param budget    evaluations recorded (&ge; 1)
     * @param fOpt      the optimal value, or NaN if unknown (then no hitting times or improvement events)
     */
    public RunTrace(Objective objective, int dimension, long budget, double fOpt) {
        if (objective == null) {
            throw new IllegalArgumentException("objective must not be null");
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
        }
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be >= 1, was " + budget);
        }
        this.objective = objective;
        this.budget = budget;
        this.fOpt = fOpt;
        this.hits = Double.isFinite(fOpt) ? HittingTimes.coco(fOpt) : null;
        this.checkpoints = checkpoints(dimension, budget);
    }

    /**
     * COCO's checkpoint evaluation counts up to {@code budget}: floor(10<sup>j/20</sup>) for j &ge; 0
     * and {1, 2, 5}&middot;D&middot;10<sup>k</sup> for k &ge; 0, increasing, without duplicates.
     */
    public static long[] checkpoints(int dimension, long budget) {
        TreeSet<Long> set = new TreeSet<>();
        for (int j = 0; ; j++) {
            long e = (long) Math.floor(Math.pow(10, j / (double) CHECKPOINTS_PER_DECADE));
            if (e > budget) {
                break;
            }
            set.add(e);
        }
        for (long scale = dimension; scale <= budget; scale *= 10) {
            for (long b : BASE_CHECKPOINTS) {
                if (b * scale <= budget) {
                    set.add(b * scale);
                }
            }
            if (scale > Long.MAX_VALUE / 10) {
                break;
            }
        }
        return set.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public synchronized double value(double[] x) {
        double f = objective.value(x);
        if (evaluations >= budget) {
            overBudget++;
            return f;
        }
        evaluations++;
        lastValue = f;
        if (Double.isFinite(f) && f < best) {
            best = f;
            if (hits != null) {
                hits.offer(evaluations, f);
                int level = level(f - fOpt);
                if (level < lastLevel) {
                    lastLevel = level;
                    addImprovement(evaluations, f);
                }
            }
        }
        if (nextCheckpoint < checkpoints.length && checkpoints[nextCheckpoint] == evaluations) {
            nextCheckpoint++;
            addCheckpoint(evaluations, f, best);
        }
        return f;
    }

    /** ceil(log10(max(delta, LOG_PRECISION)) * levels per decade). */
    private static int level(double delta) {
        double d = delta < LOG_PRECISION ? LOG_PRECISION : delta;
        return (int) Math.ceil(Math.log10(d) * IMPROVEMENT_LEVELS_PER_DECADE);
    }

    private void addImprovement(long e, double f) {
        if (impN == impE.length) {
            impE = Arrays.copyOf(impE, impN * 2);
            impF = Arrays.copyOf(impF, impN * 2);
        }
        impE[impN] = e;
        impF[impN++] = f;
    }

    private void addCheckpoint(long e, double f, double b) {
        if (chkN == chkE.length) {
            chkE = Arrays.copyOf(chkE, chkN * 2);
            chkF = Arrays.copyOf(chkF, chkN * 2);
            chkB = Arrays.copyOf(chkB, chkN * 2);
        }
        chkE[chkN] = e;
        chkF[chkN] = f;
        chkB[chkN++] = b;
    }

    /** Evaluations recorded (at most the budget). */
    public synchronized long evaluations() {
        return evaluations;
    }

    /** Best valid value recorded (+infinity if none). */
    public synchronized double best() {
        return best;
    }

    /** Hitting times of COCO's 51 targets (all -1 when f* is unknown). */
    public synchronized long[] hits() {
        if (hits == null) {
            long[] none = new long[CocoTargets.COUNT];
            Arrays.fill(none, -1);
            return none;
        }
        return hits.hits();
    }

    /** The trace so far, with the last evaluation as a final checkpoint if it is not one already. */
    public synchronized Trace trace() {
        long[] e = Arrays.copyOf(chkE, chkN);
        double[] f = Arrays.copyOf(chkF, chkN);
        double[] b = Arrays.copyOf(chkB, chkN);
        if (evaluations > 0 && (chkN == 0 || chkE[chkN - 1] != evaluations)) {
            e = Arrays.copyOf(e, chkN + 1);
            f = Arrays.copyOf(f, chkN + 1);
            b = Arrays.copyOf(b, chkN + 1);
            e[chkN] = evaluations;
            f[chkN] = lastValue;
            b[chkN] = best;
        }
        return new Trace(Arrays.copyOf(impE, impN), Arrays.copyOf(impF, impN), e, f, b, overBudget);
    }
}
