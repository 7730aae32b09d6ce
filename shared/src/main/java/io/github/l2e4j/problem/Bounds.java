package io.github.l2e4j.problem;

import io.github.l2e4j.internal.Checks;

import java.util.Arrays;

/**
 * A box {@code [lower_i, upper_i]} in R^D: the feasible set of every problem.
 *
 * <p>Immutable. The projection {@link #project(double[])} (coordinate-wise clamping) is the
 * Euclidean projection onto the box, a firmly nonexpansive map, which is why the search keeps
 * its guarantees when it clamps.
 */
public final class Bounds {

    private final double[] lower;
    private final double[] upper;

    private Bounds(double[] lower, double[] upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * The box {@code [lower_i, upper_i]}.
     *
     * @throws IllegalArgumentException if the lengths differ, the dimension is 0, a bound is not
     *                                  finite, or {@code lower_i >= upper_i}
     */
    public static Bounds of(double[] lower, double[] upper) {
        if (lower == null || upper == null) {
            throw new IllegalArgumentException("bounds must not be null");
        }
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper bounds must have the same length, were "
                    + lower.length + " and " + upper.length);
        }
        if (lower.length == 0) {
            throw new IllegalArgumentException("dimension must be >= 1, was 0");
        }
        for (int i = 0; i < lower.length; i++) {
            if (!Double.isFinite(lower[i]) || !Double.isFinite(upper[i])) {
                throw new IllegalArgumentException("bounds[" + i + "] must be finite, were ["
                        + Checks.fmt(lower[i]) + ", " + Checks.fmt(upper[i]) + "]");
            }
            if (!(lower[i] < upper[i])) {
                throw new IllegalArgumentException("bounds[" + i + "] must have lower < upper, were ["
                        + Checks.fmt(lower[i]) + ", " + Checks.fmt(upper[i]) + "]");
            }
        }
        return new Bounds(lower.clone(), upper.clone());
    }

    /** The cube {@code [lower, upper]^dimension}. */
    public static Bounds cube(double lower, double upper, int dimension) {
        Checks.atLeast("dimension", dimension, 1);
        double[] lo = new double[dimension];
        double[] hi = new double[dimension];
        Arrays.fill(lo, lower);
        Arrays.fill(hi, upper);
        return of(lo, hi);
    }

    /** The dimension D. */
    public int dimension() {
        return lower.length;
    }

    /** Lower bound of coordinate i. */
    public double lower(int i) {
        return lower[i];
    }

    /** Upper bound of coordinate i. */
    public double upper(int i) {
        return upper[i];
    }

    /** A copy of the lower bounds. */
    public double[] lower() {
        return lower.clone();
    }

    /** A copy of the upper bounds. */
    public double[] upper() {
        return upper.clone();
    }

    /** Width {@code upper_i - lower_i}. */
    public double width(int i) {
        return upper[i] - lower[i];
    }

    /** Projects {@code x} onto the box in place (NaN coordinates go to the middle) and returns it. */
    public double[] project(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = clamp(x[i], i);
        }
        return x;
    }

    /** Projects row {@code row} of the flat row-major matrix {@code x} onto the box in place. */
    public void projectRow(double[] x, int row) {
        int d = lower.length;
        int off = row * d;
        for (int i = 0; i < d; i++) {
            x[off + i] = clamp(x[off + i], i);
        }
    }

    /** Coordinate i of a point clamped into the box. */
    public double clamp(double v, int i) {
        if (v >= lower[i]) {
            return v <= upper[i] ? v : upper[i];
        }
        return v < lower[i] ? lower[i] : 0.5 * (lower[i] + upper[i]);
    }

    /** True if x lies in the box. */
    public boolean contains(double[] x) {
        if (x.length != lower.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bounds b && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        boolean cube = true;
        for (int i = 1; i < lower.length && cube; i++) {
            cube = lower[i] == lower[0] && upper[i] == upper[0];
        }
        return cube
                ? "[" + Checks.fmt(lower[0]) + ", " + Checks.fmt(upper[0]) + "]^" + lower.length
                : "Bounds" + Arrays.toString(lower) + ".." + Arrays.toString(upper);
    }
}
