package io.github.l2e4j.cma;

import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.problem.Bounds;

/**
 * Box constraints for CMA-ES by projection and a penalty, as Hipparchus' {@code CMAESOptimizer}
 * does them: a sample x outside the box is evaluated at its projection P(x) and ranked by
 * <pre>
 *   f(P(x)) + (f_max - f_min) sum_i |x_i - P(x)_i| / (0.1 width_i)
 * </pre>
 * with f_max - f_min the population's range of valid values, while the update keeps the
 * unprojected step. A sample a tenth of the box outside ranks behind every sample inside, so
 * samples outside do not steer the covariance; near a boundary the penalty shrinks with the
 * population's range and the distance outside, so a linear slope whose optimum is a corner of the
 * box (BBOB f5) is still solved. Measured: a weaker penalty (a D-th of the interquartile range
 * per squared standard deviation) let IPOP solve 5-D Rastrigin in 9 of 20 runs with lambda = 512
 * instead of 20 of 20; one measured in standard deviations instead of box widths kept f5 from
 * reaching the corner within 1000 D evaluations.
 */
public final class BoundPenalty {

    /** The unit of the distance outside, as a fraction of the box width. */
    public static final double UNIT = 0.1;

    private BoundPenalty() {
    }

    /**
     * Ranking keys for a population of n rows.
     *
     * @param f    values of the projected points (NaN and infinities allowed)
     * @param xs   the projected points, row-major
     * @param ys   the unprojected steps {@code (x - m) / sigma}, row-major
     * @param mean the mean m the steps are relative to
     * @param keys receives the keys (invalid values stay as they are)
     */
    public static void apply(double[] f, double[] xs, double[] ys, double[] mean, CmaEs cma, Bounds bounds,
                             int n, double[] keys) {
        int d = mean.length;
        double sigma = cma.sigma();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double v = f[k];
            if (Ranking.valid(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double range = hi > lo ? hi - lo : 0;
        for (int k = 0; k < n; k++) {
            double v = f[k];
            if (!Ranking.valid(v)) {
                keys[k] = v;
                continue;
            }
            double out = 0;
            for (int i = 0; i < d; i++) {
                double x = mean[i] + sigma * ys[k * d + i];
                out += Math.abs(x - xs[k * d + i]) / (UNIT * bounds.width(i));
            }
            keys[k] = out > 0 ? v + range * out : v;
        }
    }
}
