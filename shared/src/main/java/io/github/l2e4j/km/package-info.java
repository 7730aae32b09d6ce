/**
 * The metric of the variable-metric Krasnosel'skii&ndash;Mann iteration: a symmetric positive
 * definite H that approximates the inverse Hessian, so that the gradient step is
 * {@code -eta H g}.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.km.Metric}: the interface the search uses (apply H and its inverse,
 *       secant updates, sampling with covariance proportional to H, reset);</li>
 *   <li>{@link io.github.l2e4j.km.FullMetric}: dense BFGS for small dimensions (up to
 *       {@link io.github.l2e4j.search.SearchSettings#DEFAULT_FULL_METRIC_MAX_DIMENSION} by default);</li>
 *   <li>{@link io.github.l2e4j.km.LimitedMemoryMetric}: limited-memory BFGS over a scaled diagonal,
 *       O(D r) per product, above it.</li>
 * </ul>
 * Secant pairs are Powell-damped (dense) or accepted only when the curvature condition holds within
 * a bounded condition number (limited memory), which keeps the eigenvalues of H bounded as the
 * convergence statements G2 and G3 require (docs/guarantees.md).
 */
package io.github.l2e4j.km;
