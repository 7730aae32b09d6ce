/**
 * The population as the learned operator sees it.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.population.Ranking}: ascending order by fitness, every NaN or
 *       infinite value last, ties broken by the coordinates, so the order does not depend on the
 *       order of the rows;</li>
 *   <li>{@link io.github.l2e4j.population.TokenFeatures}: one token per individual, in fitness
 *       order, with features that are invariant to order-preserving transformations of f and to
 *       translations of the search space (feature contract version 1).</li>
 * </ul>
 */
package io.github.l2e4j.population;
