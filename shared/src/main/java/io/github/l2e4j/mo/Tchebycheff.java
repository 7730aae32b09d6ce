package io.github.l2e4j.mo;

/**
 * Tchebycheff scalarization of an objective vector relative to an ideal point.
 *
 * <p>For objectives f (minimised), the ideal point z* (the best value seen per objective), a scale
 * s &gt; 0 per objective (the normalization; 1 for none) and a weight vector lambda of the simplex:
 * <pre>
 *   STANDARD:  g(f | lambda) = max_k  lambda_k (f_k - z*_k) / s_k
 *   INVERSE:   g(f | lambda) = max_k  (f_k - z*_k) / (s_k max(lambda_k, MIN_WEIGHT))
 * </pre>
 * Both are minimised, both are Pareto compliant (a vector that dominates another never has a larger
 * g), and every Pareto-optimal point minimises g for some lambda [1, section 3.2]. They differ in
 * where the minimisers lie: the STANDARD form's optimum for lambda sits on the ray
 * {@code z* + t s (1/lambda_1, ..., 1/lambda_M)}, the INVERSE form's on {@code z* + t s lambda}. A
 * uniform simplex lattice therefore gives uniformly spread rays with INVERSE, which is what l2e4j
 * uses by default ("WS transformation", [2]); STANDARD is MOEA/D's original form.
 *
 * <p>A vector with a NaN or infinite component scalarizes to +infinity (it ranks worst).
 *
 * <p>References: [1] K. Miettinen, Nonlinear multiobjective optimization, Kluwer, 1999.
 * [2] Y. Qi, X. Ma, F. Liu, L. Jiao, J. Sun and J. Wu, MOEA/D with adaptive weight adjustment,
 * Evolutionary Computation 22(2):231-264, 2014.
 */
public enum Tchebycheff {

    /** {@code max_k lambda_k (f_k - z*_k) / s_k}: MOEA/D's original form. */
    STANDARD,
    /** {@code max_k (f_k - z*_k) / (s_k max(lambda_k, MIN_WEIGHT))}: optima on the rays z* + t s lambda. */
    INVERSE;

    /** Floor of a weight component in the INVERSE form (a zero weight would divide by zero). */
    public static final double MIN_WEIGHT = 1e-6;

    /**
     * The scalarized value.
     *
     * @param f      objective vector (not modified)
     * @param lambda weight vector, same length (not modified)
     * @param ideal  ideal point z*, same length (not modified)
     * @param scale  positive scale per objective, same length (not modified)
     * @return g, or +infinity if f has a NaN or infinite component
     */
    public double value(double[] f, double[] lambda, double[] ideal, double[] scale) {
        double g = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < f.length; k++) {
            double fk = f[k];
            if (!Double.isFinite(fk)) {
                return Double.POSITIVE_INFINITY;
            }
            double t = (fk - ideal[k]) / scale[k];
            t = this == STANDARD ? lambda[k] * t : t / Math.max(lambda[k], MIN_WEIGHT);
            g = Math.max(g, t);
        }
        return g;
    }
}
