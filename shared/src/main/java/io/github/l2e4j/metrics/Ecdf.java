package io.github.l2e4j.metrics;

import java.util.Arrays;

/**
 * An empirical cumulative distribution function of runtimes: for a budget x, the fraction of
 * (run, target) pairs whose target was reached within x,
 * <pre>
 *   F(x) = #{ pairs with runtime &le; x } / #pairs.
 * </pre>
 * Unreached pairs have runtime +infinity and count in the denominator only. Runtimes are usually
 * evaluations divided by the dimension, as in COCO's ECDF plots; unlike {@code cocopp} this ECDF
 * does not bootstrap simulated restarts, so it is the plain fraction of pairs solved within each
 * budget. Immutable.
 */
public final class Ecdf {

    private final double[] finite;
    private final int pairs;

    private Ecdf(double[] finite, int pairs) {
        this.finite = finite;
        this.pairs = pairs;
    }

    /**
     * The ECDF of these runtimes (not modified); +infinity marks an unreached pair.
     *
     * @throws IllegalArgumentException if a runtime is NaN or negative
     */
    public static Ecdf of(double[] runtimes) {
        double[] f = new double[runtimes.length];
        int n = 0;
        for (int i = 0; i < runtimes.length; i++) {
            double r = runtimes[i];
            if (!(r >= 0)) {
                throw new IllegalArgumentException("runtimes[" + i + "] must be >= 0 or +infinity, was " + r);
            }
            if (r < Double.POSITIVE_INFINITY) {
                f[n++] = r;
            }
        }
        double[] sorted = Arrays.copyOf(f, n);
        Arrays.sort(sorted);
        return new Ecdf(sorted, runtimes.length);
    }

    /** Number of (run, target) pairs. */
    public int pairs() {
        return pairs;
    }

    /** Number of pairs reached within any budget. */
    public int reached() {
        return finite.length;
    }

    /** F(x): the fraction of pairs with runtime &le; x (0 if there are no pairs). */
    public double fraction(double x) {
        if (pairs == 0) {
            return 0;
        }
        int lo = 0;
        int hi = finite.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (finite[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo / (double) pairs;
    }

    /**
     * The step points of F: the distinct finite runtimes x<sub>j</sub> (increasing) and F(x<sub>j</sub>).
     *
     * @return {@code {xs, fs}}
     */
    public double[][] steps() {
        double[] xs = new double[finite.length];
        double[] fs = new double[finite.length];
        int m = 0;
        for (int i = 0; i < finite.length; i++) {
            if (m > 0 && xs[m - 1] == finite[i]) {
                fs[m - 1] = (i + 1) / (double) pairs;
            } else {
                xs[m] = finite[i];
                fs[m] = (i + 1) / (double) pairs;
                m++;
            }
        }
        return new double[][] {Arrays.copyOf(xs, m), Arrays.copyOf(fs, m)};
    }
}
