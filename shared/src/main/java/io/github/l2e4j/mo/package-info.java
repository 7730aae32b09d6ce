/**
 * Multi-objective search by decomposition with the learned operator, host-free.
 *
 * <p>Building blocks: {@link io.github.l2e4j.mo.WeightVectors} (simplex lattice and the
 * population-size rule), {@link io.github.l2e4j.mo.Tchebycheff} (scalarization relative to an ideal
 * point), {@link io.github.l2e4j.mo.Neighbourhoods}, {@link io.github.l2e4j.mo.Dominance} and
 * {@link io.github.l2e4j.mo.NondominatedArchive}; the learned variation on a small population,
 * {@link io.github.l2e4j.mo.NeighbourhoodRecombination}; and the ask/tell state machine
 * {@link io.github.l2e4j.mo.MoSearch} with its settings {@link io.github.l2e4j.mo.MoSettings}.
 *
 * <pre>{@code
 * MoSearch search = MoSearch.create(DefaultWeights.multiObjectiveOperator(), Bounds.cube(0, 1, 12), 2, MoSettings.defaults(), 42L);
 * while (search.evaluations() < 10_000) {
 *     double[][] xs = search.ask();                 // one child per subproblem
 *     double[][] fs = new double[xs.length][];
 *     for (int i = 0; i < xs.length; i++) fs[i] = objectives(xs[i]);   // minimised; NaN allowed
 *     search.tell(fs);
 * }
 * List<NondominatedArchive.Member> front = search.archive();
 * }</pre>
 *
 * <p>Hosts translate only: MOEA Framework's "L2E-MOEAD" ({@code l2e4j-moea}) drives
 * {@link io.github.l2e4j.mo.MoSearch}, and its {@code l2e} Variation drives
 * {@link io.github.l2e4j.mo.NeighbourhoodRecombination}. Nothing here touches a global random
 * generator: every run is reproducible from its seed and the values it is told.
 */
package io.github.l2e4j.mo;
