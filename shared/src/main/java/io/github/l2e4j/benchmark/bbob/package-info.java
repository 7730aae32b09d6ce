/**
 * COCO's noiseless {@code bbob} suite (f1&ndash;f24) and its {@code bbob-largescale} version,
 * computed instance by instance as COCO's C code computes them: the 2009 random numbers
 * ({@code LegacyRandom}), the transformations T_osz, T_asy and the conditioning Lambda ({@code Transforms}), the
 * rotations and, for large D, the permuted block rotations. docs/benchmarks.md has the reference
 * values the tests compare against.
 */
package io.github.l2e4j.benchmark.bbob;
