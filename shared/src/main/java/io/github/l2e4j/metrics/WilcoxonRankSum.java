package io.github.l2e4j.metrics;

import org.hipparchus.special.Erf;

import java.util.Arrays;

/**
 * The two-sided Wilcoxon rank-sum (Mann-Whitney U) test of two independent samples.
 *
 * <p>With the pooled sample ranked (ties get their mean rank) and R_1 the rank sum of sample a
 * (size n_1; b has n_2), {@code U = R_1 - n_1 (n_1 + 1)/2}. The p-value is
 * <ul>
 *   <li><b>exact</b> when there are no ties and n_1 + n_2 &le; {@value #EXACT_LIMIT}:
 *   {@code p = min(1, 2 min(P(U' <= U), P(U' >= U)))} under the null distribution of U, counted by the
 *   recurrence {@code c(n1, n2, u) = c(n1 - 1, n2, u - n2) + c(n1, n2 - 1, u)};</li>
 *   <li>otherwise the <b>normal approximation</b> with the tie correction and a continuity correction:
 *   {@code z = (|U - n1 n2/2| - 1/2) / sigma}, {@code sigma^2 = n1 n2/12 ((n + 1) - sum(t^3 - t)/(n (n - 1)))},
 *   {@code p = 2 (1 - Phi(z))}.</li>
 * </ul>
 * Two samples whose values are all equal give p = 1. NaN values are rejected.
 */
public final class WilcoxonRankSum {

    /** Largest pooled sample size with the exact distribution. */
    public static final int EXACT_LIMIT = 60;

    private WilcoxonRankSum() {
    }

    /** The two-sided p-value of the test of a against b (neither is modified). */
    public static double pValue(double[] a, double[] b) {
        check(a, "a");
        check(b, "b");
        int n1 = a.length;
        int n2 = b.length;
        int n = n1 + n2;
        double[] pooled = new double[n];
        System.arraycopy(a, 0, pooled, 0, n1);
        System.arraycopy(b, 0, pooled, n1, n2);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(pooled[i], pooled[j]));
        double[] ranks = new double[n];
        double tieSum = 0;
        boolean ties = false;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && pooled[order[j + 1]] == pooled[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = mean;
            }
            int t = j - i + 1;
            if (t > 1) {
                ties = true;
                tieSum += (double) t * t * t - t;
            }
            i = j + 1;
        }
        double r1 = 0;
        for (int k = 0; k < n1; k++) {
            r1 += ranks[k];
        }
        double u = r1 - n1 * (n1 + 1) / 2.0;
        if (!ties && n <= EXACT_LIMIT) {
            return exact(n1, n2, (int) Math.round(u));
        }
        double var = n1 * (double) n2 / 12.0 * ((n + 1) - tieSum / (n * (n - 1.0)));
        if (!(var > 0)) {
            return 1;
        }
        double z = (Math.abs(u - n1 * (double) n2 / 2) - 0.5) / Math.sqrt(var);
        if (z <= 0) {
            return 1;
        }
        return Math.min(1, 2 * upperNormalTail(z));
    }

    private static void check(double[] v, String name) {
        if (v == null || v.length == 0) {
            throw new IllegalArgumentException("sample " + name + " must have at least one value");
        }
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                throw new IllegalArgumentException("sample " + name + "[" + i + "] must not be NaN");
            }
        }
    }

    /** Two-sided exact p-value of U = u for sizes n1, n2 (no ties). */
    private static double exact(int n1, int n2, int u) {
        int max = n1 * n2;
        // counts[a][u]: arrangements of a values of sample 1 among a + b values with statistic u,
        // built up over b = 0..n2 (a rolling table over b).
        double[][] prev = new double[n1 + 1][max + 1];
        for (int a = 0; a <= n1; a++) {
            prev[a][0] = 1; // b = 0: U = 0
        }
        for (int b = 1; b <= n2; b++) {
            double[][] cur = new double[n1 + 1][max + 1];
            cur[0][0] = 1;
            for (int a = 1; a <= n1; a++) {
                for (int v = 0; v <= a * b; v++) {
                    // The largest value belongs to sample 1 (it beats all b values of sample 2) or to sample 2.
                    double c = v - b >= 0 ? cur[a - 1][v - b] : 0;
                    c += prev[a][v];
                    cur[a][v] = c;
                }
            }
            prev = cur;
        }
        double[] dist = prev[n1];
        double total = 0;
        double lower = 0;
        double upper = 0;
        for (int v = 0; v <= max; v++) {
            total += dist[v];
            if (v <= u) {
                lower += dist[v];
            }
            if (v >= u) {
                upper += dist[v];
            }
        }
        return Math.min(1, 2 * Math.min(lower, upper) / total);
    }

    /** 1 - Phi(z), the upper tail of the standard normal distribution. */
    static double upperNormalTail(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }
}
