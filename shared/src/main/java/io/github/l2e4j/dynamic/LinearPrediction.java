package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

import java.util.SplittableRandom;

/**
 * Linear prediction of the Pareto set's centroid: every row moves by the predicted centroid shift
 * Delta ({@link CentroidHistory#predictedShift()}) plus Gaussian noise whose variance is the
 * shift's mean squared coordinate, as in the centre prediction of Zhou et al.'s PPS [1]:
 * <pre>
 *   x_i' = clamp(x_i + Delta + sigma xi_i),   sigma^2 = ||Delta||^2 / n,   xi_i ~ N(0, I)
 * </pre>
 * Before two centroids are known, Delta = 0 and the population is only re-evaluated.
 *
 * <p>[1] A. Zhou, Y. Jin, Q. Zhang, A population prediction strategy for evolutionary dynamic
 * multiobjective optimization, IEEE Trans. Cybernetics 44(1):40-53, 2014.
 */
public final class LinearPrediction implements ChangeResponse {

    @Override
    public String name() {
        return "linear-prediction";
    }

    @Override
    public void respond(double[][] population, Bounds bounds, CentroidHistory history, SplittableRandom random) {
        double[] delta = history.predictedShift();
        double ss = 0;
        for (double v : delta) {
            ss += v * v;
        }
        double sigma = Math.sqrt(ss / delta.length);
        if (!(ss > 0)) {
            return;
        }
        for (double[] x : population) {
            for (int c = 0; c < x.length; c++) {
                x[c] = bounds.clamp(x[c] + delta[c] + sigma * random.nextGaussian(), c);
            }
        }
    }
}
