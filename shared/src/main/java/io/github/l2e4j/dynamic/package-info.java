/**
 * Dynamic multi-objective optimization, host-free: the DF1-DF14 and FDA1-FDA5 benchmarks with samplers
 * of their true Pareto fronts and sets, the time schedule, change detection and responses, L2E-MOEAD on
 * a dynamic problem, and a runner that scores any algorithm with IGD and HV against PF(t) at the end of
 * every environment.
 *
 * <ul>
 *   <li>Problems: {@link io.github.l2e4j.dynamic.DynamicProblem}, {@link io.github.l2e4j.dynamic.DfProblem},
 *   {@link io.github.l2e4j.dynamic.FdaProblem}, by name through {@link io.github.l2e4j.dynamic.DynamicProblems};
 *   time {@link io.github.l2e4j.dynamic.TimeSchedule}; fronts {@link io.github.l2e4j.dynamic.FrontSample}.</li>
 *   <li>Detection {@link io.github.l2e4j.dynamic.ChangeDetector}; responses
 *   {@link io.github.l2e4j.dynamic.ChangeResponse}: {@link io.github.l2e4j.dynamic.RandomReinitialization},
 *   {@link io.github.l2e4j.dynamic.HyperMutation}, {@link io.github.l2e4j.dynamic.LinearPrediction},
 *   {@link io.github.l2e4j.dynamic.ScaleRestart}, {@link io.github.l2e4j.dynamic.ScaleRestartImmigrants};
 *   {@link io.github.l2e4j.dynamic.CentroidHistory}.</li>
 *   <li>L2E-MOEAD with detection and response: {@link io.github.l2e4j.dynamic.DynamicMoSearch}.</li>
 *   <li>Runs: {@link io.github.l2e4j.dynamic.DynamicRun} drives a
 *   {@link io.github.l2e4j.dynamic.DynamicOptimizer} (made by a {@link io.github.l2e4j.dynamic.DynamicAlgorithm},
 *   found by name through {@link io.github.l2e4j.dynamic.DynamicAlgorithms}) through a
 *   {@link io.github.l2e4j.dynamic.DynamicEnvironment}.</li>
 * </ul>
 *
 * <pre>{@code
 * DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF2")).schedule(TimeSchedule.of(10, 10))
 *         .changes(30).build();
 * DynamicRunResult r = run.run(DynamicAlgorithms.byName("l2e-moead"), 1L);
 * System.out.println("MIGD " + r.migd() + "  MHV " + r.mhv());
 * }</pre>
 */
package io.github.l2e4j.dynamic;
