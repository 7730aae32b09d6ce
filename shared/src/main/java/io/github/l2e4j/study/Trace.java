package io.github.l2e4j.study;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a {@link RunTrace} logged of one run, in COCO's two logging schemes: the
 * <i>improvement</i> events (COCO's {@code .dat}: each time f &minus; f* first falls below one of
 * 100 levels per decade) and the <i>checkpoint</i> events (COCO's {@code .tdat}: at 20 evaluation
 * counts per decade and at {1, 2, 5}&middot;D&middot;10<sup>k</sup> evaluations, plus the last
 * evaluation). Each event has the evaluation count, the value evaluated there and the best value so
 * far. Immutable; the arrays are copied in and out.
 *
 * @param improvementEvaluations evaluation counts of the improvement events (increasing)
 * @param improvementValues      values at those evaluations (each a new best)
 * @param checkpointEvaluations  evaluation counts of the checkpoint events (increasing)
 * @param checkpointValues       values evaluated at those counts (may be NaN or infinite)
 * @param checkpointBest         best values so far at those counts
 * @param overBudget             objective calls the algorithm made past the budget (not counted)
 */
public record Trace(long[] improvementEvaluations, double[] improvementValues, long[] checkpointEvaluations,
                    double[] checkpointValues, double[] checkpointBest, long overBudget) {

    /** An empty trace. */
    public static final Trace EMPTY = new Trace(new long[0], new double[0], new long[0], new double[0], new double[0], 0);

    /** Validates lengths and copies. */
    public Trace {
        if (improvementEvaluations.length != improvementValues.length) {
            throw new IllegalArgumentException("improvement arrays must have the same length");
        }
        if (checkpointEvaluations.length != checkpointValues.length
                || checkpointEvaluations.length != checkpointBest.length) {
            throw new IllegalArgumentException("checkpoint arrays must have the same length");
        }
        improvementEvaluations = improvementEvaluations.clone();
        improvementValues = improvementValues.clone();
        checkpointEvaluations = checkpointEvaluations.clone();
        checkpointValues = checkpointValues.clone();
        checkpointBest = checkpointBest.clone();
    }

    @Override
    public long[] improvementEvaluations() {
        return improvementEvaluations.clone();
    }

    @Override
    public double[] improvementValues() {
        return improvementValues.clone();
    }

    @Override
    public long[] checkpointEvaluations() {
        return checkpointEvaluations.clone();
    }

    @Override
    public double[] checkpointValues() {
        return checkpointValues.clone();
    }

    @Override
    public double[] checkpointBest() {
        return checkpointBest.clone();
    }

    /**
     * The best value after {@code evaluations} evaluations, from the checkpoints: the best of the
     * last checkpoint at or before it; after the last checkpoint, the run's final best; NaN before
     * the first.
     */
    public double bestAt(long evaluations) {
        int lo = 0;
        int hi = checkpointEvaluations.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (checkpointEvaluations[mid] <= evaluations) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? Double.NaN : checkpointBest[lo - 1];
    }

    /** The improvement events as text: {@code "e:f e:f ..."}. */
    String improvementsText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < improvementEvaluations.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(improvementEvaluations[i]).append(':').append(improvementValues[i]);
        }
        return sb.toString();
    }

    /** The checkpoint events as text: {@code "e:f:best ..."}. */
    String checkpointsText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < checkpointEvaluations.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(checkpointEvaluations[i]).append(':').append(checkpointValues[i]).append(':')
                    .append(checkpointBest[i]);
        }
        return sb.toString();
    }

    /** Parses the two texts written by {@link #improvementsText()} and {@link #checkpointsText()}. */
    static Trace parse(String improvements, String checkpoints, long overBudget) {
        String[] imp = improvements.isBlank() ? new String[0] : improvements.trim().split(" ");
        long[] ie = new long[imp.length];
        double[] iv = new double[imp.length];
        for (int i = 0; i < imp.length; i++) {
            String[] p = imp[i].split(":");
            if (p.length != 2) {
                throw new IllegalArgumentException("improvement event must be e:f, was '" + imp[i] + "'");
            }
            ie[i] = Long.parseLong(p[0]);
            iv[i] = Double.parseDouble(p[1]);
        }
        String[] chk = checkpoints.isBlank() ? new String[0] : checkpoints.trim().split(" ");
        long[] ce = new long[chk.length];
        double[] cv = new double[chk.length];
        double[] cb = new double[chk.length];
        for (int i = 0; i < chk.length; i++) {
            String[] p = chk[i].split(":");
            if (p.length != 3) {
                throw new IllegalArgumentException("checkpoint event must be e:f:best, was '" + chk[i] + "'");
            }
            ce[i] = Long.parseLong(p[0]);
            cv[i] = Double.parseDouble(p[1]);
            cb[i] = Double.parseDouble(p[2]);
        }
        return new Trace(ie, iv, ce, cv, cb, overBudget);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && Arrays.equals(improvementEvaluations, t.improvementEvaluations)
                && Arrays.equals(improvementValues, t.improvementValues)
                && Arrays.equals(checkpointEvaluations, t.checkpointEvaluations)
                && Arrays.equals(checkpointValues, t.checkpointValues)
                && Arrays.equals(checkpointBest, t.checkpointBest) && overBudget == t.overBudget;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(checkpointEvaluations) * 31 + Arrays.hashCode(improvementEvaluations);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Trace[%d improvements, %d checkpoints, overBudget=%d]",
                improvementEvaluations.length, checkpointEvaluations.length, overBudget);
    }
}
