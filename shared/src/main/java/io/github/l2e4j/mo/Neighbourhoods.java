package io.github.l2e4j.mo;

/**
 * Neighbourhoods of weight vectors: for each vector, the indices of the T vectors closest to it in
 * Euclidean distance (itself first, at distance 0). Ties in distance are broken by the smaller
 * index, so the result depends only on the vectors and T.
 *
 * <pre>
 *   B(i) = { the T indices j with the smallest ||lambda_i - lambda_j||_2 },   i in B(i)
 * </pre>
 * Neighbouring subproblems have nearby optima (for a continuous Pareto front), so their current
 * solutions are the population a subproblem's offspring is made from [Zhang and Li 2007].
 */
public final class Neighbourhoods {

    private Neighbourhoods() {
    }

    /**
     * The T nearest neighbours of every weight vector.
     *
     * @param weights N weight vectors of equal length (not modified)
     * @param t       neighbourhood size, 1 &le; t &le; N
     * @return N rows of t indices, each row sorted by distance (row i starts with i)
     */
    public static int[][] nearest(double[][] weights, int t) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights must hold at least one vector");
        }
        int n = weights.length;
        if (t < 1 || t > n) {
            throw new IllegalArgumentException("neighbourhoodSize must be in [1, " + n
                    + "] (the number of weight vectors), was " + t);
        }
        int[][] out = new int[n][t];
        double[] dist = new double[n];
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < weights[i].length; k++) {
                    double d = weights[i][k] - weights[j][k];
                    s += d * d;
                }
                dist[j] = j == i ? -1 : s;
                idx[j] = j;
            }
            java.util.Arrays.sort(idx, (a, b) -> {
                int c = Double.compare(dist[a], dist[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int j = 0; j < t; j++) {
                out[i][j] = idx[j];
            }
        }
        return out;
    }
}
