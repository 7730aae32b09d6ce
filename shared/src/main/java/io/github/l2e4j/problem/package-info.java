/**
 * What l2e4j minimises: a box-constrained problem {@code min f(x) subject to x in [lower, upper]}.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.problem.Problem}: the objective, the box ({@link io.github.l2e4j.problem.Bounds},
 *       whose projection is coordinate-wise clamping), the known optimum if any, and an optional
 *       exact {@link io.github.l2e4j.problem.Gradient};</li>
 *   <li>{@link io.github.l2e4j.problem.Objective}: may return NaN or an infinite value; such a value
 *       ranks worst and never corrupts a run;</li>
 *   <li>{@link io.github.l2e4j.problem.LipschitzGradient}: a gradient with a known Lipschitz constant
 *       L, for the step-size bounds of the gradient methods.</li>
 * </ul>
 * Host adapters translate their own problem types into a {@code Problem}; the direction (maximise
 * or minimise) is translated there too, so everything in l2e4j minimises.
 */
package io.github.l2e4j.problem;
