package io.github.l2e4j.l2o;

/**
 * Adam (Kingma &amp; Ba 2015) on a flat parameter vector, minimising:
 * {@code m <- b1 m + (1 - b1) g}, {@code v <- b2 v + (1 - b2) g^2},
 * {@code theta <- theta - lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)}. Mutable; one per training run.
 */
final class Adam {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double[] m;
    private final double[] v;
    private final double learningRate;
    private int t;

    Adam(int n, double learningRate) {
        this.m = new double[n];
        this.v = new double[n];
        this.learningRate = learningRate;
    }

    /** One step on theta (modified) with the gradient g (not modified); a non-finite g is skipped. */
    boolean step(double[] theta, double[] g) {
        for (double x : g) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < theta.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
            theta[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
        return true;
    }
}
