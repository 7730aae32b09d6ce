package io.github.l2e4j.benchmark.bbob;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The random permutations of the {@code bbob-largescale} suite.
 *
 * <p><b>Truncated uniform swaps</b> ({@link #truncatedSwaps}): in dimension {@code n <= 40} the
 * identity. Otherwise draw {@code u = uniform(n, seed)} and visit the coordinates in increasing
 * order of {@code u}; for the k-th visited coordinate {@code a} (k = 0 .. n-1) pick
 * {@code b} uniformly among the coordinates within distance {@code r = floor(n / 3)} of
 * {@code a}, other than {@code a}, using the first uniform number of seed
 * {@code seed + 1000 (k + 1)}, and swap entries a and b of the permutation (which starts as the
 * identity). The permutation is then applied as {@code y_i = x_(P_i)}.
 *
 * <p><b>Ranking</b> ({@link #ranking}): the indices sorted by increasing value of a sequence.
 */
final class Permutations {

    /** Dimensions up to this use the identity permutation. */
    static final int IDENTITY_UP_TO = 40;
    /** Seed step between the swaps of one permutation. */
    private static final long SWAP_SEED_STEP = 1000L;
    /** The swap range is {@code n / SWAP_RANGE_DIVISOR}. */
    private static final int SWAP_RANGE_DIVISOR = 3;

    private Permutations() {
    }

    /** The identity permutation of size n. */
    static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /** The indices {@code 0 .. n-1} sorted by increasing {@code values[i]} (ties by index). */
    static int[] ranking(double[] values, int n) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i));
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = idx[i];
        }
        return p;
    }

    /** The truncated-uniform-swap permutation of size n and seed {@code seed}. */
    static int[] truncatedSwaps(int n, long seed) {
        int[] p = identity(n);
        if (n <= IDENTITY_UP_TO) {
            return p;
        }
        int range = n / SWAP_RANGE_DIVISOR;
        int swaps = n;
        int[] order = ranking(LegacyRandom.uniform(n, seed), n);
        for (int k = 0; k < swaps; k++) {
            int first = order[k];
            int lower = first < range ? 0 : first - range;
            int upper = first + range > n - 1 ? n - 1 : first + range;
            int second = uniformInteger(lower, upper - 1, seed + SWAP_SEED_STEP * (1 + k));
            if (second >= first) {
                second += 1;
            }
            int t = p[first];
            p[first] = p[second];
            p[second] = t;
        }
        return p;
    }

    /** An integer in {@code [lower, upper]} from the first uniform number of {@code seed}. */
    private static int uniformInteger(int lower, int upper, long seed) {
        double u = LegacyRandom.uniform(1, seed)[0];
        long range = (long) upper - lower + 1;
        return (int) ((long) (u * (double) range) + lower);
    }
}
