/**
 * Differentiable problems for gradient methods: {@link io.github.l2e4j.gradient.SmoothProblem}
 * (f, grad f, and when known the Lipschitz constant L, f*, a lower bound, a Hessian-vector product
 * and a start point) and the test problems of {@link io.github.l2e4j.gradient.GradientProblems}:
 * Song et al.'s random QPs, least squares, logistic regression, the non-convex sigmoid regression
 * and Rosenbrock. {@link io.github.l2e4j.gradient.GradientProblemFamily} makes them problem ids
 * ({@code gradient:qp:n32:m20:i1}) of the standard registry.
 *
 * <p>Host-free; the methods that run on these problems are in {@code io.github.l2e4j.l2o}.
 */
package io.github.l2e4j.gradient;
