package io.github.l2e4j.internal;

/**
 * Argument checks with messages that name the parameter, the value and what is allowed.
 *
 * <p>Every range check is written so that {@code NaN} fails it.
 */
public final class Checks {

    private Checks() {
    }

    /** Requires {@code lo <= value <= hi}; NaN fails. */
    public static double inClosedRange(String name, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + fmt(lo) + ", " + fmt(hi) + "], was " + fmt(value));
        }
        return value;
    }

    /** Requires {@code lo < value < hi}; NaN fails. */
    public static double inOpenRange(String name, double value, double lo, double hi) {
        if (!(value > lo && value < hi)) {
            throw new IllegalArgumentException(
                    name + " must be in (" + fmt(lo) + ", " + fmt(hi) + "), was " + fmt(value));
        }
        return value;
    }

    /** Requires a finite, strictly positive value; NaN fails. */
    public static double positive(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + fmt(value));
        }
        return value;
    }

    /** Requires a finite value. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + fmt(value));
        }
        return value;
    }

    /** Requires {@code value >= min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** Requires {@code value >= min}. */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** Requires an array of the given length with finite entries. */
    public static double[] finiteVector(String name, double[] v, int length) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (v.length != length) {
            throw new IllegalArgumentException(
                    name + " must have length " + length + " (the dimension), was " + v.length);
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + fmt(v[i]));
            }
        }
        return v;
    }

    /** Formats a double for a message: integers without a fraction, others in full precision. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
