/**
 * l2e4j for optaplanner: translates types, direction, randomness and the evaluation contract between the
 * host and the shared L2E search. The algorithm itself lives in {@code io.github.l2e4j.search}.
 */
package io.github.l2e4j.optaplanner;
