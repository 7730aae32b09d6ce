/**
 * L2E for Jenetics: {@link io.github.l2e4j.jenetics.L2eEngine#builder} returns a Jenetics
 * {@code Engine.Builder} whose alterer is the L2E search ({@link io.github.l2e4j.jenetics.L2eAlterer})
 * and whose selector passes the whole evaluated population through
 * ({@code WholePopulationSelector}); the executor, limits, statistics and
 * interceptors stay the caller's.
 *
 * <p>The algorithm lives in {@code l2e4j-shared}. This package only translates: genotypes of
 * {@code DoubleGene}s to points and back ({@link io.github.l2e4j.jenetics.GenotypeVectors}), the
 * optimisation direction, Jenetics' random generator to one seed, and the evaluation contract
 * (one Jenetics generation is one L2E generation). {@link io.github.l2e4j.jenetics.JeneticsAlgorithms}
 * adds {@code jenetics-l2e}, {@code jenetics-ga} and {@code jenetics-es} to l2e4j's studies.
 */
package io.github.l2e4j.jenetics;
