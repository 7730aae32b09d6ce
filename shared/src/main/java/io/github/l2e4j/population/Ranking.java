package io.github.l2e4j.population;

/**
 * Orders a population by fitness: ascending, every NaN or infinite value last.
 *
 * <p>Ties in fitness are broken by the points' coordinates (lexicographically), so the order
 * depends on the population as a set and not on the order its rows were given in: permuting the
 * rows permutes nothing in the result. Only identical points with identical fitness keep their
 * relative row order, and those are interchangeable.
 */
public final class Ranking {

    private Ranking() {
    }

    /** True if a value ranks among the valid ones (finite). */
    public static boolean valid(double f) {
        return Double.isFinite(f);
    }

    /**
     * Writes into {@code order[0..n)} the row indices sorted best first. Insertion sort: n is a
     * population size (tens to a few hundred), and the sort must be stable and allocation free.
     *
     * @param f     fitness per row (not modified)
     * @param x     row-major points, n rows of d (not modified)
     * @param n     rows
     * @param d     dimension
     * @param order output, length >= n
     */
    public static void sort(double[] f, double[] x, int n, int d, int[] order) {
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 1; i < n; i++) {
            int key = order[i];
            int j = i - 1;
            while (j >= 0 && compare(f, x, d, order[j], key) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = key;
        }
    }

    /** Compares rows a and b: negative if a ranks before b. */
    static int compare(double[] f, double[] x, int d, int a, int b) {
        boolean va = valid(f[a]);
        boolean vb = valid(f[b]);
        if (va != vb) {
            return va ? -1 : 1;
        }
        if (va) {
            int c = Double.compare(f[a], f[b]);
            if (c != 0) {
                return c;
            }
        }
        int oa = a * d;
        int ob = b * d;
        for (int j = 0; j < d; j++) {
            int c = Double.compare(x[oa + j], x[ob + j]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Average ranks (0-based) in sorted position order: {@code ranks[j]} is the rank of the j-th
     * sorted row; rows with equal fitness share their mean position; every invalid value shares
     * the mean of the last positions.
     */
    public static void averageRanks(double[] f, int[] order, int n, double[] ranks) {
        int j = 0;
        while (j < n) {
            int k = j + 1;
            double fj = f[order[j]];
            boolean vj = valid(fj);
            while (k < n && (vj ? f[order[k]] == fj : !valid(f[order[k]]))) {
                k++;
            }
            double avg = 0.5 * (j + k - 1);
            for (int t = j; t < k; t++) {
                ranks[t] = avg;
            }
            j = k;
        }
    }
}
