package io.github.l2e4j.metrics;

import org.hipparchus.special.Erf;
import org.hipparchus.stat.inference.MannWhitneyUTest;

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
 * Two samples whose values are all equal give p = 1. NaN values are rejected. The p-value is
 * computed by Hipparchus' {@link MannWhitneyUTest}; this class chooses the exact or the normal form.
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
        int n = a.length + b.length;
        double[] pooled = new double[n];
        System.arraycopy(a, 0, pooled, 0, a.length);
        System.arraycopy(b, 0, pooled, a.length, b.length);
        Arrays.sort(pooled);
        if (pooled[0] == pooled[n - 1]) {
            return 1;
        }
        boolean ties = false;
        for (int i = 1; i < n && !ties; i++) {
            ties = pooled[i] == pooled[i - 1];
        }
        // Hipparchus' exact distribution only without ties, and up to EXACT_LIMIT pooled values
        // (its two-argument form switches at 50).
        return new MannWhitneyUTest().mannWhitneyUTest(a, b, !ties && n <= EXACT_LIMIT);
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

    /** 1 - Phi(z), the upper tail of the standard normal distribution. */
    static double upperNormalTail(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }
}
