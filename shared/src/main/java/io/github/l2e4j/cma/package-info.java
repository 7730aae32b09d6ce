/**
 * An ask/tell CMA-ES core written for the search's hot loop, and the restart schedules around it.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.cma.CmaEs}: one run's state (mean, step size, full or diagonal
 *       covariance, evolution paths) with weighted recombination including active weights,
 *       rank-one and rank-mu updates, cumulative step-size adaptation and a lazy
 *       eigendecomposition;</li>
 *   <li>{@link io.github.l2e4j.cma.CmaParameters}: the default strategy parameters of Hansen's
 *       tutorial for D and lambda, with optional bounded multipliers on the learning rates;</li>
 *   <li>{@link io.github.l2e4j.cma.CmaTermination}: the stopping criteria of one run;</li>
 *   <li>{@link io.github.l2e4j.cma.BipopSchedule}: IPOP, BIPOP and NBIPOP restart schedules;</li>
 *   <li>{@link io.github.l2e4j.cma.BoundPenalty}: box constraints by projection and a penalty.</li>
 * </ul>
 * Written here rather than using Hipparchus' {@code CMAESOptimizer}, which is a closed loop,
 * decomposes C every generation (2.2 s per generation at D = 1000, docs/performance.md) and has
 * no restarts.
 */
package io.github.l2e4j.cma;
