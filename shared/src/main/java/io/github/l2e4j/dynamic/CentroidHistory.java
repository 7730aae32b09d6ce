package io.github.l2e4j.dynamic;

import java.util.ArrayList;
import java.util.List;

/**
 * The centroids of a population at the ends of past environments, for predicting where the Pareto
 * set moves next. Mutable, owned by one run.
 *
 * <p>With the centroids c_1, ..., c_k recorded (c_k the latest), the linear prediction of the next
 * movement is {@code Delta = c_k - c_(k-1)} (the zero vector while fewer than two are recorded):
 * the centroid is assumed to keep the velocity of its last step, as in the feed-forward prediction
 * of Hatzakis and Wallace and the centre prediction of Zhou et al.'s PPS [1].
 *
 * <p>[1] A. Zhou, Y. Jin, Q. Zhang, A population prediction strategy for evolutionary dynamic
 * multiobjective optimization, IEEE Trans. Cybernetics 44(1):40-53, 2014.
 */
public final class CentroidHistory {

    private final int dimension;
    private final List<double[]> centroids = new ArrayList<>();

    /** An empty history for points of the given dimension. */
    public CentroidHistory(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
        }
        this.dimension = dimension;
    }

    /** The centroid (mean) of the rows. */
    public static double[] centroid(double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("rows must not be empty");
        }
        double[] c = new double[rows[0].length];
        for (double[] r : rows) {
            for (int j = 0; j < c.length; j++) {
                c[j] += r[j];
            }
        }
        for (int j = 0; j < c.length; j++) {
            c[j] /= rows.length;
        }
        return c;
    }

    /** Records the centroid of the population (rows not modified). */
    public void record(double[][] population) {
        double[] c = centroid(population);
        if (c.length != dimension) {
            throw new IllegalArgumentException("population rows must have " + dimension + " coordinates, had " + c.length);
        }
        centroids.add(c);
    }

    /** Number of centroids recorded. */
    public int size() {
        return centroids.size();
    }

    /** The latest centroid (a copy), or null if none. */
    public double[] latest() {
        return centroids.isEmpty() ? null : centroids.get(centroids.size() - 1).clone();
    }

    /** True if a prediction is possible (two or more centroids). */
    public boolean canPredict() {
        return centroids.size() >= 2;
    }

    /** The predicted shift Delta = c_k - c_(k-1), or zeros with fewer than two centroids. */
    public double[] predictedShift() {
        double[] delta = new double[dimension];
        if (canPredict()) {
            double[] a = centroids.get(centroids.size() - 1);
            double[] b = centroids.get(centroids.size() - 2);
            for (int j = 0; j < dimension; j++) {
                delta[j] = a[j] - b[j];
            }
        }
        return delta;
    }
}
