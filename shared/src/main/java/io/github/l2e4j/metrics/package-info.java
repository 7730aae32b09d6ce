/**
 * Performance measures for comparing optimizers, as COCO defines them for single-objective
 * problems, and the usual indicators for multi-objective ones.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.metrics.CocoTargets}: COCO's 51 target precisions
 *       &Delta;f<sub>k</sub> = 10<sup>2 &minus; 0.2k</sup>, k = 0..50;</li>
 *   <li>{@link io.github.l2e4j.metrics.HittingTimes}: the evaluation at which a run first reached
 *       each target f* + &Delta;f<sub>k</sub>;</li>
 *   <li>{@link io.github.l2e4j.metrics.Ecdf}: the empirical cumulative distribution of runtimes over
 *       (run, target) pairs;</li>
 *   <li>{@link io.github.l2e4j.metrics.Ert}: the expected running time (COCO's aRT);</li>
 *   <li>{@link io.github.l2e4j.metrics.Hypervolume} and {@link io.github.l2e4j.metrics.Igd} for
 *       multi-objective fronts.</li>
 * </ul>
 *
 * <p>References: [1] Hansen, Auger, Brockhoff, Tušar, Tušar, <i>COCO: Performance assessment</i>,
 * arXiv:1605.03560 (2016); [2] Price, <i>Differential evolution vs. the functions of the second
 * ICEO</i> (1997) for ERT; [3] Zitzler &amp; Thiele (1999) for the hypervolume; [4] Coello &amp;
 * Reyes Sierra (2004) for IGD.
 */
package io.github.l2e4j.metrics;
