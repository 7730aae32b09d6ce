/**
 * Benchmark problems resolved by id: {@code ProblemRegistry} turns ids such as
 * {@code bbob_f008_i03_d10} and ranges such as {@code bbob:f1-24:i1-5:d10} into problems through
 * one {@code ProblemFamily} per id prefix (COCO's {@code bbob} and {@code bbob-largescale}, the
 * built-in {@code TestFunctions}, and the families other modules register with
 * {@code ProblemFamilyProvider} through {@code ServiceLoader}). The functions themselves are in
 * the subpackages {@code bbob} and {@code control}.
 */
package io.github.l2e4j.benchmark;
