/**
 * MOEA Framework examples and the studies of docs/hosts-moea.md: L2E-MOEA/D on ZDT and DTLZ
 * ({@code L2eMoeadExample}, {@code MoStudy}) and "L2E" against MOEA's algorithms on BBOB
 * ({@code BbobStudy}).
 */
package io.github.l2e4j.examples.moea;
