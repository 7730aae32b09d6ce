package io.github.l2e4j.cma;

import java.util.Arrays;

/**
 * The stopping criteria of one CMA-ES run, as in Hansen's BIPOP-CMA-ES for BBOB 2009 and the
 * tutorial's appendix (B.3): a run ends, and a restart follows, when
 * <ul>
 *   <li><b>tolfun</b>: the best values of the last {@code 10 + ceil(30 D / lambda)} generations and all
 *   values of the current one lie within {@value #TOL_FUN} (relative to {@code max(1, |f_best|)});</li>
 *   <li><b>tolhistfun</b>: those best values are all equal (a plateau, as on BBOB's step ellipsoid f7: a
 *   restart with a larger population does better there than widening the distribution);</li>
 *   <li><b>tolx</b>: {@code sigma max(||p_c||_inf, max_i sqrt(C_ii))} &lt; {@value #TOL_X} sigma0 (the tutorial's
 *   TolX; another factor may be given, such as {@value #TOL_X_CMAES_M} as in Hansen's MATLAB cmaes.m);</li>
 *   <li><b>noeffectcoord</b>: adding {@code 0.2 sigma sqrt(C_ii)} to some coordinate of the mean does not change it;</li>
 *   <li><b>conditioncov</b>: C's condition number exceeds {@link CmaEs#MAX_CONDITION};</li>
 *   <li><b>stagnation</b>: over the last 20% of the run (at least {@code 120 + 30 D / lambda}
 *   generations), the medians of the most recent 30% of the best and of the median values are not
 *   better than those of the first 30%;</li>
 *   <li><b>tolupsigma</b>: {@code sigma max sqrt(eig C)} grew beyond {@value #TOL_UP_SIGMA} sigma0.</li>
 * </ul>
 * Mutable, one per run.
 */
public final class CmaTermination {

    /** Relative tolerance of the value range. */
    public static final double TOL_FUN = 1e-12;
    /** Tolerance of the search scale relative to sigma0 (the tutorial's TolX). */
    public static final double TOL_X = 1e-12;
    /**
     * TolX of Hansen's MATLAB cmaes.m ({@code 1e-11*max(insigma)}), which Hipparchus' CMAESOptimizer
     * keeps ({@code stopTolX}); pycma's default is 1e-11 in absolute terms.
     */
    public static final double TOL_X_CMAES_M = 1e-11;
    /** Divergence bound of the scale relative to sigma0. */
    public static final double TOL_UP_SIGMA = 1e8;
    /** Longest history kept for the stagnation test. */
    public static final int MAX_HISTORY = 20_000;

    private final int d;
    private final double sigma0;
    private final double tolX;
    private final int funWindow;
    private final int minStagnation;
    private double[] bestHistory = new double[64];
    private double[] medianHistory = new double[64];
    private int count;

    /** Criteria for a run with dimension D, population lambda and initial step size sigma0. */
    public CmaTermination(int d, int lambda, double sigma0) {
        this(d, lambda, sigma0, TOL_X);
    }

    /**
     * Criteria with another tolx factor.
     *
     * @param tolX tolx relative to sigma0 (positive)
     */
    public CmaTermination(int d, int lambda, double sigma0, double tolX) {
        if (!(tolX > 0) || !Double.isFinite(tolX)) {
            throw new IllegalArgumentException("tolX must be positive and finite, was " + tolX);
        }
        this.d = d;
        this.sigma0 = sigma0;
        this.tolX = tolX;
        this.funWindow = 10 + (int) Math.ceil(30.0 * d / lambda);
        this.minStagnation = 120 + (30 * d) / lambda;
    }

    /**
     * Records a generation's sorted values and tests the criteria.
     *
     * @param sorted the generation's values, ascending (invalid values already mapped to +infinity)
     * @param n      how many
     * @return the reason to stop, or null
     */
    public String check(double[] sorted, int n, CmaEs cma) {
        record(sorted[0], sorted[n / 2]);
        if (count >= funWindow) {
            double lo = Math.min(sorted[0], minRecent(bestHistory, funWindow));
            double hi = Math.max(sorted[n - 1], maxRecent(bestHistory, funWindow));
            if (Double.isFinite(hi) && hi - lo <= TOL_FUN * Math.max(1, Math.abs(lo))) {
                return "tolfun";
            }
            if (bestHistoryFlat()) {
                return "tolhistfun";
            }
        }
        double sigma = cma.sigma();
        double scale = 0;
        double[] pc = cma.pathC();
        for (int i = 0; i < d; i++) {
            scale = Math.max(scale, Math.max(Math.abs(pc[i]), cma.std(i)));
        }
        if (sigma * scale < tolX * sigma0) {
            return "tolx";
        }
        double[] m = cma.mean();
        for (int i = 0; i < d; i++) {
            if (m[i] + 0.2 * sigma * cma.std(i) == m[i]) {
                return "noeffectcoord";
            }
        }
        if (cma.conditionTooLarge()) {
            return "conditioncov";
        }
        if (sigma * cma.maxStd() > TOL_UP_SIGMA * sigma0) {
            return "tolupsigma";
        }
        int window = Math.max(minStagnation, count / 5);
        if (count >= window && count >= minStagnation) {
            int part = Math.max(1, (int) (0.3 * window));
            if (median(bestHistory, count - part, count) >= median(bestHistory, count - window, count - window + part)
                    && median(medianHistory, count - part, count)
                    >= median(medianHistory, count - window, count - window + part)) {
                return "stagnation";
            }
        }
        return null;
    }

    /** Whether the best values of the last {@code 10 + ceil(30 D / lambda)} generations are all equal. */
    boolean bestHistoryFlat() {
        if (count < funWindow) {
            return false;
        }
        double v = bestHistory[count - 1];
        return Double.isFinite(v) && minRecent(bestHistory, funWindow) == v && maxRecent(bestHistory, funWindow) == v;
    }

    private void record(double best, double median) {
        if (count == MAX_HISTORY) {
            System.arraycopy(bestHistory, 1, bestHistory, 0, count - 1);
            System.arraycopy(medianHistory, 1, medianHistory, 0, count - 1);
            count--;
        }
        if (count == bestHistory.length) {
            bestHistory = Arrays.copyOf(bestHistory, Math.min(MAX_HISTORY, 2 * count));
            medianHistory = Arrays.copyOf(medianHistory, bestHistory.length);
        }
        bestHistory[count] = best;
        medianHistory[count] = median;
        count++;
    }

    private double minRecent(double[] h, int k) {
        double v = Double.POSITIVE_INFINITY;
        for (int i = count - k; i < count; i++) {
            v = Math.min(v, h[i]);
        }
        return v;
    }

    private double maxRecent(double[] h, int k) {
        double v = Double.NEGATIVE_INFINITY;
        for (int i = count - k; i < count; i++) {
            v = Math.max(v, h[i]);
        }
        return v;
    }

    private static double median(double[] h, int from, int to) {
        double[] s = Arrays.copyOfRange(h, from, to);
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
