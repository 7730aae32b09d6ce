package io.github.l2e4j.mo;

/**
 * Pareto dominance between objective vectors (all objectives minimised).
 *
 * <pre>
 *   a dominates b  &lt;=&gt;  a_k &lt;= b_k for every k  and  a_k &lt; b_k for some k
 * </pre>
 * A vector is valid when every component is finite. A valid vector dominates every invalid one;
 * an invalid vector dominates nothing. So NaN and infinite objective values rank worst, as in the
 * single-objective search.
 */
public final class Dominance {

    private Dominance() {
    }

    /** True if every component is finite. */
    public static boolean valid(double[] f) {
        for (double v : f) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** True if a dominates b (see the class comment). */
    public static boolean dominates(double[] a, double[] b) {
        boolean va = valid(a);
        if (!va) {
            return false;
        }
        if (!valid(b)) {
            return true;
        }
        boolean strictly = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            strictly |= a[k] < b[k];
        }
        return strictly;
    }

    /** Weight of the normalized-sum tie breaker in {@link #rankValues}: below 1, so it only breaks ties. */
    public static final double TIE_BREAK = 0.5;

    /**
     * A scalar value per vector for ranking a small set of solutions, minimised:
     * <pre>
     *   v_i = c_i + TIE_BREAK * (1/M) sum_k (f_ik - min_j f_jk) / (max_j f_jk - min_j f_jk)
     * </pre>
     * with c_i the number of vectors that dominate f_i ({@link #dominatedCounts}) and the minimum and
     * maximum over the valid vectors (a zero range counts as 0). The count decides (the tie breaker is
     * below 1), so v is Pareto compliant; among mutually non-dominated vectors the one with the smaller
     * normalized objective sum ranks first. Invalid vectors get NaN (they rank worst). With one
     * objective the order is that of f.
     *
     * @param f   n objective vectors of equal length (not modified)
     * @param n   how many rows of f to use
     * @param out receives the values, length &ge; n
     */
    public static void rankValues(double[][] f, int n, double[] out) {
        dominatedCounts(f, n, out);
        int m = f[0].length;
        for (int i = 0; i < n; i++) {
            if (!valid(f[i])) {
                out[i] = Double.NaN;
            }
        }
        for (int k = 0; k < m; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (valid(f[i])) {
                    lo = Math.min(lo, f[i][k]);
                    hi = Math.max(hi, f[i][k]);
                }
            }
            double span = hi - lo;
            for (int i = 0; i < n; i++) {
                if (valid(f[i]) && span > 0) {
                    out[i] += TIE_BREAK * (f[i][k] - lo) / span / m;
                }
            }
        }
    }

    /**
     * For each of the n vectors, how many of the others dominate it (0 for the non-dominated ones).
     * This is a scale-free, Pareto-compliant scalar fitness over a small set of solutions.
     *
     * @param f   n objective vectors (not modified)
     * @param n   how many rows of f to use
     * @param out receives the counts, length &ge; n
     */
    public static void dominatedCounts(double[][] f, int n, double[] out) {
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && dominates(f[j], f[i])) {
                    c++;
                }
            }
            out[i] = c;
        }
    }
}
