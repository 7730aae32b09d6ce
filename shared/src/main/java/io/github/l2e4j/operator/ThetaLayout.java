package io.github.l2e4j.operator;

import io.github.l2e4j.population.TokenFeatures;

/**
 * Where each block of the mixer and its heads lives in the flat weight vector theta.
 *
 * <p>F = {@value #F} features, width H = {@value #H}, state size S = {@value #S}:
 * <pre>
 *   W_in (H x F), b_in (H)                                   56
 *   per direction (best-&gt;worst, worst-&gt;best):
 *     a (H), beta (H), A_log (H x S), W_B (S x H), W_C (S x H), D (H)     2 x 120
 *   W_z (H x H), b_z (H)                                     72
 *   heads, each (v in R^H, bias): recombination, mutation,
 *     contraction, relaxation, gate, step, rate, damping     8 x 9 = 72
 *   total                                                   440
 * </pre>
 * Matrices are row-major. The heads' v-blocks are the output layers that theta0 sets to zero.
 */
public final class ThetaLayout {

    /** Features per token. */
    public static final int F = TokenFeatures.COUNT;
    /** Mixer width. */
    public static final int H = 8;
    /** State size per channel. */
    public static final int S = 4;

    /** W_in offset. */
    public static final int W_IN = 0;
    /** b_in offset. */
    public static final int B_IN = W_IN + H * F;
    /** First direction block. */
    public static final int DIR0 = B_IN + H;
    /** Size of one direction block. */
    public static final int DIR_SIZE = H + H + H * S + S * H + S * H + H;
    /** Offsets inside a direction block. */
    public static final int DIR_A = 0;
    /** Delta bias inside a direction block. */
    public static final int DIR_BETA = H;
    /** A_log inside a direction block. */
    public static final int DIR_ALOG = 2 * H;
    /** W_B inside a direction block. */
    public static final int DIR_WB = 2 * H + H * S;
    /** W_C inside a direction block. */
    public static final int DIR_WC = DIR_WB + S * H;
    /** Skip D inside a direction block. */
    public static final int DIR_D = DIR_WC + S * H;
    /** W_z offset. */
    public static final int W_Z = DIR0 + 2 * DIR_SIZE;
    /** b_z offset. */
    public static final int B_Z = W_Z + H * H;
    /** Size of one head (v then bias). */
    public static final int HEAD_SIZE = H + 1;
    /** Recombination head (token-wise). */
    public static final int HEAD_RECOMBINATION = B_Z + H;
    /** Mutation-multiplier head (token-wise). */
    public static final int HEAD_MUTATION = HEAD_RECOMBINATION + HEAD_SIZE;
    /** Contraction head (pooled). */
    public static final int HEAD_CONTRACTION = HEAD_MUTATION + HEAD_SIZE;
    /** KM relaxation head (pooled). */
    public static final int HEAD_RELAXATION = HEAD_CONTRACTION + HEAD_SIZE;
    /** Gate head (pooled). */
    public static final int HEAD_GATE = HEAD_RELAXATION + HEAD_SIZE;
    /** Step-size multiplier head (pooled). */
    public static final int HEAD_STEP = HEAD_GATE + HEAD_SIZE;
    /** Covariance learning-rate multiplier head (pooled). */
    public static final int HEAD_RATE = HEAD_STEP + HEAD_SIZE;
    /** Step-size damping multiplier head (pooled). */
    public static final int HEAD_DAMPING = HEAD_RATE + HEAD_SIZE;
    /** Total number of parameters. */
    public static final int SIZE = HEAD_DAMPING + HEAD_SIZE;
    /**
     * Parameters of format-1 weights files, written before the rate and damping heads: the same layout
     * without its last two heads.
     */
    public static final int SIZE_V1 = HEAD_RATE;

    /** Offsets of the eight heads, in the order above. */
    static final int[] HEADS = {HEAD_RECOMBINATION, HEAD_MUTATION, HEAD_CONTRACTION, HEAD_RELAXATION,
            HEAD_GATE, HEAD_STEP, HEAD_RATE, HEAD_DAMPING};

    private ThetaLayout() {
    }

    /** True if index i is in an output layer (a head's v-block), which theta0 sets to zero. */
    public static boolean isOutputWeight(int i) {
        for (int h : HEADS) {
            if (i >= h && i < h + H) {
                return true;
            }
        }
        return false;
    }
}
