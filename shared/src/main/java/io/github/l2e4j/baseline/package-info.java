/**
 * The classic study baselines, registered through {@code BaselineAlgorithms} (an
 * {@code AlgorithmProvider}): {@code cmaes} (Hipparchus' CMAESOptimizer with IPOP restarts),
 * {@code cmaes-bipop} (BIPOP-aCMA-ES on l2e4j's own CMA-ES core, with the restart accounting of
 * Hansen's code) and {@code random} (uniform random search in the box). The two CMA-ES share the
 * start conventions of the L2E search: a uniform start in the middle 80% of the box and an initial
 * step size of 0.2 box widths.
 */
package io.github.l2e4j.baseline;
