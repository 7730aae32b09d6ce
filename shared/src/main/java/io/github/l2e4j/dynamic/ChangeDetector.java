package io.github.l2e4j.dynamic;

import io.github.l2e4j.internal.Checks;

import java.util.SplittableRandom;

/**
 * Change detection by re-evaluating sentinel solutions: a fraction of the population is evaluated
 * again, and a change is declared if any re-evaluated objective value differs from the stored one.
 * Immutable and thread safe; the random generator is passed in.
 *
 * <pre>
 *   sentinels = max(1, ceil(fraction N)) distinct rows drawn uniformly
 *   changed   = exists sentinel i, objective k:  |f_ik(new) - f_ik(stored)| &gt; tolerance (1 + |f_ik(stored)|)
 * </pre>
 * (a NaN on one side and not the other is a difference; NaN against NaN is not). With the default
 * tolerance 0 any difference counts: the benchmark problems are deterministic, so an unchanged
 * problem reproduces its values exactly and detection never fires without a change. A change
 * that leaves every sentinel's values unchanged is not detected; pymoo's DNSGA-II re-evaluates 10%
 * of the population in the same way (it compares the mean squared difference with a threshold).
 */
public final class ChangeDetector {

    /** Default fraction of the population re-evaluated per generation (pymoo's DNSGA-II default). */
    public static final double DEFAULT_FRACTION = 0.1;
    /** Default relative tolerance: any difference is a change. */
    public static final double DEFAULT_TOLERANCE = 0;

    private final double fraction;
    private final double tolerance;

    /**
     * A detector.
     *
     * @param fraction  share of the population re-evaluated, in (0, 1]
     * @param tolerance relative tolerance, &ge; 0
     */
    public ChangeDetector(double fraction, double tolerance) {
        this.fraction = Checks.inClosedRange("fraction", fraction, Double.MIN_VALUE, 1);
        if (!(tolerance >= 0 && tolerance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /** The default detector: 10% sentinels, any difference counts. */
    public static ChangeDetector defaults() {
        return new ChangeDetector(DEFAULT_FRACTION, DEFAULT_TOLERANCE);
    }

    /** The share of the population re-evaluated. */
    public double fraction() {
        return fraction;
    }

    /** The relative tolerance. */
    public double tolerance() {
        return tolerance;
    }

    /** Number of sentinels for a population of N: max(1, ceil(fraction N)), at most N. */
    public int sentinels(int populationSize) {
        Checks.atLeast("populationSize", populationSize, 1);
        return Math.min(populationSize, Math.max(1, (int) Math.ceil(fraction * populationSize - 1e-9)));
    }

    /** Draws the sentinel rows: {@link #sentinels(int)} distinct indices in [0, N), uniformly. */
    public int[] pick(int populationSize, SplittableRandom random) {
        return ChangeResponse.distinctRows(populationSize, sentinels(populationSize), random);
    }

    /** True if the fresh values differ from the stored ones (see the class comment). */
    public boolean differs(double[] stored, double[] fresh) {
        if (stored.length != fresh.length) {
            throw new IllegalArgumentException("stored and fresh values must have the same length, had "
                    + stored.length + " and " + fresh.length);
        }
        for (int k = 0; k < stored.length; k++) {
            double a = stored[k];
            double b = fresh[k];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                if (Double.isNaN(a) != Double.isNaN(b)) {
                    return true;
                }
                continue;
            }
            if (a == b) {
                continue;
            }
            if (!(Math.abs(b - a) <= tolerance * (1 + Math.abs(a)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Re-evaluates the sentinels of a population and compares.
     *
     * @param solutions the population's decision vectors (not modified)
     * @param values    their stored objective vectors (not modified)
     * @param objective evaluates a point now (each call is one evaluation)
     * @param random    draws the sentinels
     * @return whether a change was seen and how many evaluations it took
     */
    public Detection detect(double[][] solutions, double[][] values, VectorObjective objective,
                            SplittableRandom random) {
        if (solutions.length != values.length || solutions.length == 0) {
            throw new IllegalArgumentException("solutions and values must have the same, positive number of rows, had "
                    + solutions.length + " and " + values.length);
        }
        int[] rows = pick(solutions.length, random);
        boolean changed = false;
        double[] fresh = new double[values[0].length];
        for (int i : rows) {
            objective.evaluate(solutions[i], fresh);
            changed |= differs(values[i], fresh);
        }
        return new Detection(changed, rows.length);
    }

    /**
     * The outcome of one detection.
     *
     * @param changed     whether a sentinel's values differed
     * @param evaluations how many evaluations the detection took
     */
    public record Detection(boolean changed, int evaluations) {
    }
}
