/**
 * The single-objective L2E search.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.search.L2eOptimizer}: the convenience loop (ask, evaluate, tell until
 *       the budget, a target, or convergence), optionally evaluating on several threads with
 *       bit-identical results;</li>
 *   <li>{@link io.github.l2e4j.search.L2eSearch}: one run driven by ask/tell, which host adapters
 *       use directly, a façade over {@link io.github.l2e4j.search.CmaProposal} (the CMA-ES
 *       proposal the learned operator modulates), {@link io.github.l2e4j.search.KmStep} (the
 *       safeguarded Krasnosel'skii&ndash;Mann step that fuses the quasi-Newton step with the
 *       proposal), {@link io.github.l2e4j.search.GradientSource} (an exact gradient and its
 *       metric) and {@link io.github.l2e4j.cma.BipopSchedule} (NBIPOP restarts);</li>
 *   <li>{@link io.github.l2e4j.search.SearchSettings}: population size, initial scale and point,
 *       budget hint and restarts;</li>
 *   <li>{@link io.github.l2e4j.search.Result} and
 *       {@link io.github.l2e4j.search.Diagnostics}: a run's outcome and one generation's state.</li>
 * </ul>
 * What is proved for every theta (G1&ndash;G4) is stated in {@link io.github.l2e4j.search.L2eSearch}
 * and docs/guarantees.md; global optimality is never claimed.
 */
package io.github.l2e4j.search;
