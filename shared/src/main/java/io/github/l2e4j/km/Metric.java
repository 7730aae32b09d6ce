package io.github.l2e4j.km;

/**
 * The adapted metric of the variable-metric KM iteration: a symmetric positive definite matrix H
 * that approximates the inverse Hessian. The gradient step is {@code -eta H g} and the samples
 * are drawn with covariance proportional to H ("shape" {@code C = H / scale()}).
 *
 * <p>H is learned from the sequence of (proxy or exact) gradients by secant updates, whatever
 * the weights theta are; its eigenvalues are kept within fixed bounds relative to the scale it
 * was reset with, which is what variable-metric KM needs to keep the guarantees.
 * Mutable, owned by one search.
 */
public sealed interface Metric permits FullMetric, LimitedMemoryMetric {

    /** Relative bound of the condition number of H. */
    double MAX_CONDITION = 1e14;
    /** Bound of H's eigenvalues relative to the reset scale, both ways. */
    double MAX_SCALE_CHANGE = 1e20;
    /** Curvature condition: a pair is used only if {@code s.y > CURVATURE ||s|| ||y||}. */
    double CURVATURE = 1e-8;

    /** The dimension D. */
    int dimension();

    /**
     * Resets H to {@code scale * diag(shape)}.
     *
     * @param shape positive per-coordinate factors with mean 1 (not modified)
     * @param scale positive scale
     */
    void reset(double[] shape, double scale);

    /** Rescales H by a positive factor (used once, when the first gradient fixes the units). */
    void rescale(double factor);

    /**
     * A secant update from a step {@code s} and the gradient change {@code y} (not modified).
     *
     * @return true if the pair satisfied the curvature condition and was used
     */
    boolean update(double[] s, double[] y);

    /** {@code out = H v} (v not modified). */
    void apply(double[] v, double[] out);

    /** {@code out = H^-1 v} (v not modified): the Hessian model, used to move a gradient along a step. */
    void applyInverse(double[] v, double[] out);

    /** Number of extra standard normal numbers {@link #sample} reads from {@code extra}. */
    int extraNormals();

    /**
     * Maps standard normal numbers to a sample of {@code N(0, C)} with {@code C = H / scale()}.
     *
     * @param xi    D standard normals (not modified)
     * @param extra {@link #extraNormals()} standard normals (not modified)
     * @param out   receives the sample (length D)
     */
    void sample(double[] xi, double[] extra, double[] out);

    /** The reference scale: the mean eigenvalue of H (full) or its diagonal scale (limited). */
    double scale();

    /** An upper estimate of {@code sqrt(lambda_max(C))}. */
    double maxShapeStd();

    /** Number of secant pairs accepted since the last reset. */
    int updates();

    /** Powell's damping threshold: y is blended toward B s when {@code s.y < POWELL s.Bs}. */
    double POWELL = 0.2;

    /**
     * Powell's damping of a secant pair [Powell 1978; Nocedal and Wright, Numerical Optimization,
     * procedure 18.2]: with {@code B = H^-1}, if {@code s.y < 0.2 s.Bs} then
     * {@code y <- t y + (1 - t) B s} with {@code t = 0.8 s.Bs / (s.Bs - s.y)}, which keeps
     * {@code s.y >= 0.2 s.Bs > 0}: noisy or non-convex pairs then never destroy positive
     * definiteness. Before the first pair (no curvature model yet) y is used as it is.
     *
     * @param metric the metric (for B s)
     * @param s      step (not modified)
     * @param y      gradient change (not modified)
     * @param out    receives the damped y
     * @param bs     scratch for B s
     * @return false if the pair is unusable (non-finite or zero)
     */
    static boolean powellDamping(Metric metric, double[] s, double[] y, double[] out, double[] bs) {
        int d = s.length;
        System.arraycopy(y, 0, out, 0, d);
        if (metric.updates() == 0) {
            return true;
        }
        metric.applyInverse(s, bs);
        double sBs = 0;
        double sy = 0;
        for (int i = 0; i < d; i++) {
            sBs += s[i] * bs[i];
            sy += s[i] * y[i];
        }
        if (!(sBs > 0) || !Double.isFinite(sBs) || !Double.isFinite(sy)) {
            return false;
        }
        if (sy < POWELL * sBs) {
            double t = (1 - POWELL) * sBs / (sBs - sy);
            for (int i = 0; i < d; i++) {
                out[i] = t * y[i] + (1 - t) * bs[i];
            }
        }
        return true;
    }
}
