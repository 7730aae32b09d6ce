package io.github.l2e4j.benchmark.bbob;

/**
 * The large-scale replacement of a dense rotation: {@code x -> P_b B P_a x}, first the
 * permutation {@code P_a}, then the block rotation {@code B}, then {@code P_b}, where
 * {@code (P x)_i = x_(P_i)}. Costs {@code O(D min(D, 40))} time and memory.
 *
 * <p>Immutable.
 */
final class PermutedBlockRotation {

    private final int[] first;
    private final BlockRotation block;
    private final int[] last;

    PermutedBlockRotation(int[] first, BlockRotation block, int[] last) {
        this.first = first;
        this.block = block;
        this.last = last;
    }

    /**
     * The rotation of dimension d with block seed {@code blockSeed} and the truncated-swap
     * permutations of seeds {@code firstSeed} and {@code lastSeed}.
     */
    static PermutedBlockRotation of(int d, long firstSeed, long blockSeed, long lastSeed) {
        return new PermutedBlockRotation(Permutations.truncatedSwaps(d, firstSeed), BlockRotation.of(d, blockSeed),
                Permutations.truncatedSwaps(d, lastSeed));
    }

    /** {@code P_b B P_a x} as a new array. */
    double[] apply(double[] x) {
        return Transforms.permute(last, block.apply(Transforms.permute(first, x)));
    }
}
