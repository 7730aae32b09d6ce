package io.github.l2e4j.benchmark.bbob;

/**
 * A block-diagonal orthogonal matrix as the {@code bbob-largescale} suite builds it: blocks of
 * size {@code s = min(D, 40)} (the last block takes the rest), block k being the legacy
 * rotation of size {@code s_k} and seed {@code seed + 10^6 k}. Only the blocks are stored, so
 * memory is {@code O(D s)} and {@link #apply} costs {@code O(D s)}.
 *
 * <p>Immutable.
 */
final class BlockRotation {

    /** Largest block of a large-scale rotation. */
    static final int MAX_BLOCK_SIZE = 40;
    /** Seed step between consecutive blocks. */
    private static final long BLOCK_SEED_STEP = 1_000_000L;

    private final int dimension;
    private final int[] starts;
    private final int[] sizes;
    private final double[][] blocks;

    private BlockRotation(int dimension, int[] starts, int[] sizes, double[][] blocks) {
        this.dimension = dimension;
        this.starts = starts;
        this.sizes = sizes;
        this.blocks = blocks;
    }

    /** The block size COCO uses in dimension d: {@code min(d, 40)}. */
    static int blockSize(int d) {
        return Math.min(d, MAX_BLOCK_SIZE);
    }

    /** The block rotation of dimension d and seed {@code seed}. */
    static BlockRotation of(int d, long seed) {
        int size = blockSize(d);
        int count = d / size + (d % size > 0 ? 1 : 0);
        int[] starts = new int[count];
        int[] sizes = new int[count];
        double[][] blocks = new double[count][];
        for (int k = 0; k < count; k++) {
            starts[k] = k * size;
            sizes[k] = k < count - 1 ? size : d - (count - 1) * size;
            blocks[k] = LegacyRandom.rotation(sizes[k], seed + BLOCK_SEED_STEP * k);
        }
        return new BlockRotation(d, starts, sizes, blocks);
    }

    /** {@code B x} as a new array. */
    double[] apply(double[] x) {
        double[] y = new double[dimension];
        for (int k = 0; k < blocks.length; k++) {
            int start = starts[k];
            int s = sizes[k];
            double[] b = blocks[k];
            for (int r = 0; r < s; r++) {
                double sum = 0.0;
                int row = r * s;
                for (int c = 0; c < s; c++) {
                    sum += b[row + c] * x[start + c];
                }
                y[start + r] = sum;
            }
        }
        return y;
    }

    /** {@code B^T x} as a new array. */
    double[] applyTransposed(double[] x) {
        double[] y = new double[dimension];
        for (int k = 0; k < blocks.length; k++) {
            int start = starts[k];
            int s = sizes[k];
            double[] b = blocks[k];
            for (int c = 0; c < s; c++) {
                double sum = 0.0;
                for (int r = 0; r < s; r++) {
                    sum += b[r * s + c] * x[start + r];
                }
                y[start + c] = sum;
            }
        }
        return y;
    }
}
