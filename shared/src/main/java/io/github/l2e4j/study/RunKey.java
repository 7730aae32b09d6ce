package io.github.l2e4j.study;

/**
 * The identity of one run in a study: the algorithm, the problem and the seed. A study skips the
 * runs whose key is already in its {@code runs.csv}.
 *
 * @param algorithm algorithm name
 * @param problem   problem id
 * @param seed      run seed
 */
public record RunKey(String algorithm, String problem, long seed) {
}
