/**
 * Weights files: the learned operator's theta, its head ranges and its provenance, as versioned
 * JSON (Jackson).
 *
 * <ul>
 *   <li>{@link io.github.l2e4j.io.WeightsFile} reads and writes the format and rejects files whose
 *       format, feature contract or architecture does not match, naming the field;</li>
 *   <li>{@link io.github.l2e4j.io.Weights} is an operator with where it came from (command, seed,
 *       preset, validation);</li>
 *   <li>{@link io.github.l2e4j.io.DefaultWeights} loads the weights shipped in the jar, or theta0
 *       without them.</li>
 * </ul>
 */
package io.github.l2e4j.io;
