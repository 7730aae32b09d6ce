package io.github.l2e4j.search;

/** How the search estimates the gradient when the problem has none. */
public enum GradientEstimator {
    /** Ridge regression of the values on the points (default; exact for quadratics with antithetic pairs). */
    RIDGE,
    /** Antithetic ES estimator (unbiased for the Gaussian-smoothed gradient). */
    ANTITHETIC
}
