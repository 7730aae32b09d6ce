package io.github.l2e4j.benchmark.bbob;

/**
 * Gallagher's Gaussian peaks (bbob f21 with 101 peaks, f22 with 21), without f_opt:
 * <pre>
 *   f(x) = T_osz(10 - max_i w_i exp(-(1/(2D)) (R x - y_i)^T C_i (R x - y_i)))^2 + f_pen(x)
 * </pre>
 * with {@code R = R(r)}; peak heights {@code w_1 = 10}, {@code w_i = 1.1 + 8 (i-2)/(n-2)};
 * {@code C_i} diagonal with entries {@code a_i^(j/(D-1) - 1/2)}, the exponents j a random
 * permutation of {@code 0..D-1} (ranking of {@code uniform(D, r + 1000 (i-1))});
 * {@code a_1 = sqrt(1000)} for 101 peaks and {@code 1000} for 21 peaks, the other {@code a_i}
 * {@code 1000^(j/(n-2))} in the random order of the ranking of {@code uniform(n-1, r)}; peak
 * centres {@code y_i = R (b u_i - c)} from {@code u = uniform(D n, r)} with (b, c) = (10, 5) for
 * 101 peaks and (9.8, 4.9) for 21 peaks, the first centre (the optimum) scaled by 0.8.
 *
 * <p>Immutable; {@link #value} allocates its scratch space.
 */
final class Gallagher {

    static final int PEAKS_101 = 101;
    static final int PEAKS_21 = 21;
    /** Maximal condition of a peak. */
    static final double MAX_CONDITION = 1000.;
    /** Height of the global peak. */
    static final double TOP_PEAK = 10.0;
    static final double LOW_PEAK = 1.1;
    static final double HIGH_PEAK = 9.1;
    /** The global optimum's centre is scaled by this factor, which keeps it in {@code [-4, 4]^D}. */
    static final double OPTIMUM_SCALE = 0.8;
    /** Seed step between the peaks' permutations. */
    static final long PEAK_SEED_STEP = 1000L;

    private final int dimension;
    private final double[] rotation;
    private final double[][] centres;
    private final double[][] scales;
    private final double[] heights;
    private final double[] optimum;

    private Gallagher(int dimension, double[] rotation, double[][] centres, double[][] scales,
                      double[] heights, double[] optimum) {
        this.dimension = dimension;
        this.rotation = rotation;
        this.centres = centres;
        this.scales = scales;
        this.heights = heights;
        this.optimum = optimum;
    }

    /** The bbob Gallagher function in dimension d, seed r, with 101 or 21 peaks. */
    static Gallagher of(int d, long r, int peaks) {
        double firstCondition;
        double b;
        double c;
        if (peaks == PEAKS_101) {
            firstCondition = Math.sqrt(MAX_CONDITION);
            b = 10.;
            c = 5.;
        } else if (peaks == PEAKS_21) {
            firstCondition = MAX_CONDITION;
            b = 9.8;
            c = 4.9;
        } else {
            throw new IllegalArgumentException("peaks must be 101 or 21, was " + peaks);
        }
        double[] rotation = LegacyRandom.rotation(d, r);
        int[] order = Permutations.ranking(LegacyRandom.uniform(peaks - 1, r), peaks - 1);
        double[] condition = new double[peaks];
        double[] heights = new double[peaks];
        condition[0] = firstCondition;
        heights[0] = TOP_PEAK;
        for (int i = 1; i < peaks; i++) {
            condition[i] = Math.pow(MAX_CONDITION, (double) order[i - 1] / ((double) (peaks - 2)));
            heights[i] = (double) (i - 1) / (double) (peaks - 2) * (HIGH_PEAK - LOW_PEAK) + LOW_PEAK;
        }
        double[][] scales = new double[peaks][d];
        for (int i = 0; i < peaks; i++) {
            int[] perm = Permutations.ranking(LegacyRandom.uniform(d, r + PEAK_SEED_STEP * i), d);
            for (int j = 0; j < d; j++) {
                scales[i][j] = Math.pow(condition[i], ((double) perm[j]) / ((double) (d - 1)) - 0.5);
            }
        }
        double[] u = LegacyRandom.uniform(d * peaks, r);
        double[] optimum = new double[d];
        double[][] centres = new double[peaks][d];
        for (int i = 0; i < d; i++) {
            optimum[i] = OPTIMUM_SCALE * (b * u[i] - c);
            for (int j = 0; j < peaks; j++) {
                double s = 0.;
                for (int k = 0; k < d; k++) {
                    s += rotation[i * d + k] * (b * u[j * d + k] - c);
                }
                if (j == 0) {
                    s *= OPTIMUM_SCALE;
                }
                centres[j][i] = s;
            }
        }
        return new Gallagher(d, rotation, centres, scales, heights, optimum);
    }

    /** A copy of the optimum (the first peak's centre before rotation). */
    double[] optimum() {
        return optimum.clone();
    }

    /** f(x) without f_opt. */
    double value(double[] x) {
        int d = dimension;
        double fac = -0.5 / (double) d;
        double pen = Transforms.penalty(x);
        double[] tx = Transforms.rotate(rotation, x);
        double f = 0.;
        for (int i = 0; i < heights.length; i++) {
            double[] y = centres[i];
            double[] s = scales[i];
            double sum = 0.;
            for (int j = 0; j < d; j++) {
                double t = tx[j] - y[j];
                sum += s[j] * t * t;
            }
            f = BbobFunctions.max(f, heights[i] * Math.exp(fac * sum));
        }
        double g = Transforms.tosz(TOP_PEAK - f);
        return g * g + pen;
    }
}
