package io.github.l2e4j.l2o;

import io.github.l2e4j.internal.AdamUpdate;

/**
 * Adam (Kingma &amp; Ba 2015) on a flat parameter vector, minimising:
 * {@code m <- b1 m + (1 - b1) g}, {@code v <- b2 v + (1 - b2) g^2},
 * {@code theta <- theta - lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)}. Mutable; one per training run.
 */
final class Adam {

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
        AdamUpdate.apply(theta, g, 1, m, v, t, learningRate);
        return true;
    }
}
