package io.github.l2e4j.internal;

/**
 * The Adam update (Kingma &amp; Ba 2015) on a flat parameter vector, minimising. At step t &ge; 1,
 * with the gradient {@code g_i = grad_i / divisor}:
 * {@code m <- b1 m + (1 - b1) g}, {@code v <- b2 v + (1 - b2) g^2},
 * {@code theta <- theta - lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)}.
 * One kernel for the learned-optimizer trainers and the meta-trainer, whose moment vectors live in
 * their own (checkpointed) state.
 */
public final class AdamUpdate {

    /** First-moment decay b1. */
    public static final double BETA1 = 0.9;
    /** Second-moment decay b2. */
    public static final double BETA2 = 0.999;
    /** The denominator's epsilon. */
    public static final double EPSILON = 1e-8;

    private AdamUpdate() {
    }

    /**
     * One update of theta, m and v (all modified) at step {@code t} (counted from 1).
     *
     * @param grad    the raw gradient (not modified); {@code g_i = grad_i / divisor}
     * @param divisor the gradient's divisor (1 for none; a division keeps the ES trainers' arithmetic)
     */
    public static void apply(double[] theta, double[] grad, double divisor, double[] m, double[] v, long t,
                             double learningRate) {
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < theta.length; i++) {
            double g = grad[i] / divisor;
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            theta[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
    }
}
