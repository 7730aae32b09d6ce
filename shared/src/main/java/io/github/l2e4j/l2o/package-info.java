/**
 * Learned gradient methods with guarantees, beside L2E, for problems that have gradients.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.l2o.GradientRun}: the one loop (known L or backtracking, optional
 *       box, evaluation counting, non-finite values as failed steps);</li>
 *   <li>baselines {@link io.github.l2e4j.l2o.GradientDescent} (step 1/L) and
 *       {@link io.github.l2e4j.l2o.Nesterov} (FISTA);</li>
 *   <li>{@link io.github.l2e4j.l2o.LearnedStepSizes} (Song, Lin &amp; Xu 2025):
 *       {@code x <- x - (1/L) P (.) grad f}, {@code P in [0.01, 1.99]} from a per-coordinate network;
 *       untrained it is GD bit for bit; for every weight vector f decreases by at least
 *       {@code (c/L) ||grad f||^2}. Trained by {@link io.github.l2e4j.l2o.StepSizeTrainer}, with ES
 *       or exact reverse mode through the unroll;</li>
 *   <li>{@link io.github.l2e4j.l2o.ConvergentL2o} (Martin &amp; Furieri 2024):
 *       {@code x <- x - (1/L) grad f + v} with a geometrically decaying, square-summable v for every
 *       weight vector, so {@code grad f(x_k) -> 0} on smooth non-convex f. Trained by
 *       {@link io.github.l2e4j.l2o.ConvergentL2oTrainer} (ES);</li>
 *   <li>{@link io.github.l2e4j.l2o.GradientAlgorithms}: the methods as named algorithms
 *       ({@code gd}, {@code nesterov}, {@code l2o-steps}, {@code l2o-convergent}) for the command
 *       line and the study runner; {@link io.github.l2e4j.l2o.L2oWeights}: weights files and the
 *       weights shipped in the jar.</li>
 * </ul>
 * Measurements: docs/differentiable.md.
 */
package io.github.l2e4j.l2o;
