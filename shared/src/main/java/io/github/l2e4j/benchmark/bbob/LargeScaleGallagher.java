package io.github.l2e4j.benchmark.bbob;

/**
 * Gallagher's peaks as the {@code bbob-largescale} suite defines them (f21, f22), without f_opt:
 * <pre>
 *   f(x) = T_osz(10 - max_i w_i exp(-(1/(2D)) |S_i Lambda_i Pi_i^-1 (B x - y_i)|^2))^2 + f_pen(x)
 * </pre>
 * with B the block rotation of seed r, peak heights {@code w_1 = 10},
 * {@code w_i = 1.1 + 8 (i-2)/(n-2)}; {@code Pi_i} the inverse of the ranking of
 * {@code uniform(D, r + 1000 (i-1))}; {@code Lambda_i} the conditioning with
 * {@code sqrt(a_i)^(0.5 k/(D-1))} on coordinate k and {@code S_i = a_i^(-1/8)}; {@code a_1 = 1000}
 * for 101 peaks and {@code 10^6} for 21 peaks, the others {@code 1000^(2j/(n-2))} in the order
 * of the ranking of {@code uniform(n-1, r)}; centres {@code y_i = B (b u_i - c)} with
 * {@code u = uniform(D n, r)}, (b, c) = (10, 5) or (9.8, 4.9), the first scaled by 0.8 before the
 * rotation (the optimum). Costs {@code O(n D + D min(D, 40))} per evaluation.
 *
 * <p>Immutable; {@link #value} allocates its scratch space.
 */
final class LargeScaleGallagher {

    /** Condition of the global peak with 101 peaks (21 peaks: its square). */
    private static final double FIRST_CONDITION = 1000.;

    private final int dimension;
    private final BlockRotation rotation;
    private final double[][] centres;
    private final int[][] inverse;
    private final double[][] conditioning;
    private final double[] scales;
    private final double[] heights;
    private final double[] optimum;

    private LargeScaleGallagher(int dimension, BlockRotation rotation, double[][] centres, int[][] inverse,
                                double[][] conditioning, double[] scales, double[] heights, double[] optimum) {
        this.dimension = dimension;
        this.rotation = rotation;
        this.centres = centres;
        this.inverse = inverse;
        this.conditioning = conditioning;
        this.scales = scales;
        this.heights = heights;
        this.optimum = optimum;
    }

    /** The large-scale Gallagher function in dimension d, seed r, with 101 or 21 peaks. */
    static LargeScaleGallagher of(int d, long r, int peaks) {
        double firstCondition;
        double b;
        double c;
        if (peaks == Gallagher.PEAKS_101) {
            firstCondition = FIRST_CONDITION;
            b = 10.0;
            c = 5.0;
        } else if (peaks == Gallagher.PEAKS_21) {
            firstCondition = FIRST_CONDITION * FIRST_CONDITION;
            b = 9.8;
            c = 4.9;
        } else {
            throw new IllegalArgumentException("peaks must be 101 or 21, was " + peaks);
        }
        BlockRotation rotation = BlockRotation.of(d, r);
        double[] alphas = new double[peaks - 1];
        for (int i = 0; i < peaks - 1; i++) {
            alphas[i] = Math.pow(Gallagher.MAX_CONDITION, 2 * (double) i / ((double) (peaks - 2)));
        }
        int[] order = Permutations.ranking(LegacyRandom.uniform(peaks - 1, r), peaks - 1);
        double[] u = LegacyRandom.uniform(d * peaks, r);
        double[] optimum = new double[d];
        double[][] centres = new double[peaks][];
        int[][] inverse = new int[peaks][];
        double[][] conditioning = new double[peaks][];
        double[] scales = new double[peaks];
        double[] heights = new double[peaks];
        for (int p = 0; p < peaks; p++) {
            double[] y = new double[d];
            for (int i = 0; i < d; i++) {
                y[i] = b * u[i + p * d] - c;
                if (p == 0) {
                    y[i] *= Gallagher.OPTIMUM_SCALE;
                    optimum[i] = y[i];
                }
            }
            centres[p] = rotation.apply(y);
            double alpha = p == 0 ? firstCondition : alphas[order[p - 1]];
            inverse[p] = Permutations.ranking(LegacyRandom.uniform(d, r + Gallagher.PEAK_SEED_STEP * p), d);
            conditioning[p] = Transforms.conditioning(Math.sqrt(alpha), d);
            scales[p] = 1. / Math.sqrt(Math.sqrt(Math.sqrt(alpha)));
            heights[p] = p == 0 ? Gallagher.TOP_PEAK
                    : Gallagher.LOW_PEAK + 8.0 * (((double) p + 1) - 2.0) / (((double) peaks) - 2.0);
        }
        return new LargeScaleGallagher(d, rotation, centres, inverse, conditioning, scales, heights, optimum);
    }

    /** A copy of the optimum (the first centre before the rotation). */
    double[] optimum() {
        return optimum.clone();
    }

    /** f(x) without f_opt. */
    double value(double[] x) {
        int d = dimension;
        double pen = Transforms.penalty(x);
        double[] bx = rotation.apply(x);
        double[] w = new double[d];
        double best = 0.0;
        for (int p = 0; p < heights.length; p++) {
            double[] y = centres[p];
            int[] perm = inverse[p];
            for (int i = 0; i < d; i++) {
                w[perm[i]] = bx[i] - y[i];
            }
            double[] cond = conditioning[p];
            double s = scales[p];
            double sum = 0.0;
            for (int k = 0; k < d; k++) {
                double v = s * (cond[k] * w[k]);
                sum += v * v;
            }
            double value = heights[p] * Math.exp(-1.0 / (2.0 * ((double) d)) * sum);
            if (p == 0 || best < value) {
                best = value;
            }
        }
        double g = Transforms.tosz(Gallagher.TOP_PEAK - best);
        return Math.pow(g, 2.0) + pen;
    }
}
