/**
 * L2E for MOEA Framework.
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.moea.L2eAlgorithmProvider}: "L2E" (the single-objective search,
 *       {@link io.github.l2e4j.moea.L2eSearchAlgorithm}) and "L2E-MOEAD" (the multi-objective search
 *       by decomposition, {@link io.github.l2e4j.moea.L2eMoead}) by name through MOEA's
 *       {@code AlgorithmFactory};</li>
 *   <li>{@link io.github.l2e4j.moea.L2eVariation}: the learned operator as a {@code Variation}
 *       ({@code operator=l2e}) for MOEA's own algorithms;</li>
 *   <li>{@link io.github.l2e4j.moea.DnsgaAlgorithmProvider} and
 *       {@link io.github.l2e4j.moea.DynamicMoeaProblem}: DNSGA-II-A/B and the DF/FDA problems for
 *       dynamic runs;</li>
 *   <li>study glue: MOEA's algorithms, ZDT/DTLZ problems and indicators in l2e4j's studies
 *       ({@link io.github.l2e4j.moea.MoeaAlgorithms}, {@link io.github.l2e4j.moea.MoeaMoProblems}).</li>
 * </ul>
 * MOEA's random generator is global: every run seeds it under one lock
 * ({@code MoeaPrng}), so runs on several threads stay reproducible.
 */
package io.github.l2e4j.moea;
