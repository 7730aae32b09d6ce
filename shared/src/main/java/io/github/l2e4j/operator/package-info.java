/**
 * The learned evolutionary operator: a bidirectional selective-scan (Mamba-style) mixer over the
 * fitness-ranked population, with bounded output heads.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.operator.LearnedOperator}: immutable weights theta (laid out by
 *       {@link io.github.l2e4j.operator.ThetaLayout}); one forward pass per generation reads the
 *       tokens of {@link io.github.l2e4j.population.TokenFeatures} and writes an
 *       {@link io.github.l2e4j.operator.OperatorOutput}: recombination weights, the KM averaging
 *       coefficient alpha, the gate, the step multiplier and the per-row mutation multipliers;</li>
 *   <li>{@link io.github.l2e4j.operator.HeadRanges}: the intervals the heads are squashed into
 *       (for example {@code alpha in [alphaMin, alphaMax]}, memory {@code <= rho < 1}). The
 *       guarantees follow from these ranges alone, so they hold for every theta;</li>
 *   <li>{@link io.github.l2e4j.operator.ProxyGradient}: zeroth-order gradient estimates from an
 *       evaluated population (ridge regression by default).</li>
 * </ul>
 * At {@link io.github.l2e4j.operator.LearnedOperator#theta0() theta0} the heads give CMA-ES's own
 * recombination weights, so the untrained search is the CMA-anchored base iteration (do no harm).
 */
package io.github.l2e4j.operator;
