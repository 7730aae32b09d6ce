package io.github.l2e4j.metrics;

/**
 * The inverted generational distance of an approximation set A to a reference front R: the mean,
 * over the reference points, of the Euclidean distance to the nearest point of A,
 * <p>{@code IGD(A; R) = (1/|R|) sum over r in R of min over a in A of ||r - a||_2}.
 * Lower is better; 0 means every reference point is in A. Reference [4] of the package.
 */
public final class Igd {

    private Igd() {
    }

    /**
     * IGD of {@code approximation} to {@code reference} (rows; neither modified).
     *
     * @return the IGD, +infinity if the approximation is empty
     * @throws IllegalArgumentException if the reference front is empty or the rows' lengths differ
     */
    public static double of(double[][] approximation, double[][] reference) {
        if (reference.length == 0) {
            throw new IllegalArgumentException("reference front must not be empty");
        }
        if (approximation.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        int m = reference[0].length;
        double sum = 0;
        for (int r = 0; r < reference.length; r++) {
            if (reference[r].length != m) {
                throw new IllegalArgumentException("reference[" + r + "] must have " + m + " objectives, had "
                        + reference[r].length);
            }
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < approximation.length; a++) {
                if (approximation[a].length != m) {
                    throw new IllegalArgumentException("approximation[" + a + "] must have " + m + " objectives, had "
                            + approximation[a].length);
                }
                double d = 0;
                for (int j = 0; j < m; j++) {
                    double diff = reference[r][j] - approximation[a][j];
                    d += diff * diff;
                }
                best = Math.min(best, d);
            }
            sum += Math.sqrt(best);
        }
        return sum / reference.length;
    }
}
