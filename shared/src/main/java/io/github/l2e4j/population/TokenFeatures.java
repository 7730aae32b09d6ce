package io.github.l2e4j.population;

import io.github.l2e4j.internal.LinAlg;

/**
 * The invariant per-individual features the learned operator reads (feature contract version 1).
 *
 * <p>One token per individual, in fitness order (best first). Token j has {@link #COUNT} = 6
 * features:
 * <ol>
 *   <li>centred rank {@code r_j = rank_j/(N-1) - 1/2} (average ranks for ties; invalid values share the last ranks);</li>
 *   <li>clipped z-score {@code clip((f_j - mean f)/std f, -5, 5)} over the valid values (0 if all are equal, +5 for invalid values);</li>
 *   <li>{@code 1} if {@code f_j} beats the best value seen before this generation, else 0;</li>
 *   <li>normalized distance to the sampling anchor {@code clip(||x_j - p|| / (sigma sqrt D), 0, 5)};</li>
 *   <li>{@code tanh(k/10 - 1)} and</li>
 *   <li>{@code tanh(k/100 - 1)}, with k the generation within the current restart epoch.</li>
 * </ol>
 * They do not change under {@code f -> a f + b} (a &gt; 0), nor under translations, rotations and
 * uniform scalings of x (sigma scales with x). Ranks and the flag depend on f only through its order.
 */
public final class TokenFeatures {

    /** Number of features per token. */
    public static final int COUNT = 6;
    /** Version of this contract; stored in weights files and checked on load. */
    public static final int CONTRACT_VERSION = 1;
    /** Clip for z-scores and distances. */
    public static final double CLIP = 5.0;

    private TokenFeatures() {
    }

    /**
     * Writes the features of the sorted population into {@code out} (n rows of {@link #COUNT}).
     *
     * @param f          fitness per row (not modified)
     * @param x          row-major points (not modified)
     * @param n          rows
     * @param d          dimension
     * @param order      sorted row indices from {@link Ranking#sort}
     * @param ranks      scratch, length >= n (overwritten)
     * @param anchor     the point the samples were drawn around (not modified)
     * @param sigma      current sampling scale (> 0)
     * @param bestBefore best valid value before this generation (+inf if none)
     * @param k          generation within the epoch
     * @param out        output, length >= n * COUNT
     */
    public static void compute(double[] f, double[] x, int n, int d, int[] order, double[] ranks,
                               double[] anchor, double sigma, double bestBefore, long k, double[] out) {
        Ranking.averageRanks(f, order, n, ranks);
        // Sums run in sorted order, so the result does not depend on the row order even in the last bit.
        double mean = 0;
        int valid = 0;
        for (int j = 0; j < n; j++) {
            double v = f[order[j]];
            if (Ranking.valid(v)) {
                mean += v;
                valid++;
            }
        }
        mean = valid > 0 ? mean / valid : 0;
        double var = 0;
        for (int j = 0; j < n; j++) {
            double v = f[order[j]];
            if (Ranking.valid(v)) {
                double t = v - mean;
                var += t * t;
            }
        }
        double std = valid > 1 ? Math.sqrt(var / valid) : 0;
        double t1 = Math.tanh(k / 10.0 - 1);
        double t2 = Math.tanh(k / 100.0 - 1);
        double distScale = sigma * Math.sqrt(d);
        double rankScale = n > 1 ? 1.0 / (n - 1) : 0;
        for (int j = 0; j < n; j++) {
            int row = order[j];
            double fj = f[row];
            int o = j * COUNT;
            out[o] = ranks[j] * rankScale - 0.5;
            if (Ranking.valid(fj)) {
                out[o + 1] = std > 0 ? LinAlg.clamp((fj - mean) / std, -CLIP, CLIP) : 0;
                out[o + 2] = fj < bestBefore ? 1 : 0;
            } else {
                out[o + 1] = CLIP;
                out[o + 2] = 0;
            }
            double dist = LinAlg.rowDistance(x, row, anchor, d);
            out[o + 3] = distScale > 0 ? LinAlg.clamp(dist / distScale, 0, CLIP) : 0;
            out[o + 4] = t1;
            out[o + 5] = t2;
        }
    }
}
