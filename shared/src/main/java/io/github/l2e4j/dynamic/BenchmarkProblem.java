package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

/**
 * What the DF and FDA benchmark problems share: a family name and number, the number of variables
 * n and objectives M, the box, the shape checks of {@link #evaluate}, and the sum of squared
 * distances most of their g functions use. Immutable.
 */
abstract class BenchmarkProblem implements DynamicProblem {

    private final String family;
    /** The problem's number in its family. */
    final int number;
    /** The number of variables. */
    final int n;
    /** The number of objectives. */
    final int m;
    private final Bounds bounds;

    BenchmarkProblem(String family, int number, int n, int m, Bounds bounds) {
        this.family = family;
        this.number = number;
        this.n = n;
        this.m = m;
        this.bounds = bounds;
    }

    /** The problem's number in its family (DF: 1..14, FDA: 1..5). */
    public int number() {
        return number;
    }

    @Override
    public String name() {
        return family + number;
    }

    @Override
    public int objectives() {
        return m;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public Bounds bounds() {
        return bounds;
    }

    @Override
    public String toString() {
        return name() + "[n=" + n + ", M=" + m + "]";
    }

    @Override
    public final void evaluate(double[] x, double t, double[] f) {
        if (x == null || x.length != n) {
            throw new IllegalArgumentException(name() + ": x must have " + n + " values, had "
                    + (x == null ? "null" : x.length));
        }
        if (f == null || f.length != m) {
            throw new IllegalArgumentException(name() + ": f must have " + m + " values, had "
                    + (f == null ? "null" : f.length));
        }
        objectives(x, t, f);
    }

    /** The objectives at x and time t, into f (shapes already checked). */
    abstract void objectives(double[] x, double t, double[] f);

    /** {@code sum_{i = from}^{to - 1} (x_i - target)^2}. */
    static double sumSquares(double[] x, int from, int to, double target) {
        double s = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - target;
            s += d * d;
        }
        return s;
    }
}
