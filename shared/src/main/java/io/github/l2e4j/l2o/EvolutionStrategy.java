package io.github.l2e4j.l2o;

import io.github.l2e4j.internal.Parallel;
import io.github.l2e4j.internal.Streams;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToDoubleFunction;

/**
 * The derivative-free gradient estimate of OpenAI-ES (Salimans et al. 2017) with antithetic pairs
 * and centred-rank fitness shaping, the recipe of the meta-training package written for a plain
 * loss {@code theta -> R} (lower is better):
 * <pre>
 *   candidates theta +- sigma eps_p,  eps_p ~ N(0, I),  p = 1..P
 *   u = centred ranks of the 2P losses in [-1/2, 1/2]
 *   g_hat = (1 / (2 P sigma)) sum_p (u_p+ - u_p-) eps_p
 * </pre>
 * The perturbations depend only on the seed and the step, so a run is reproducible with any
 * number of threads.
 */
final class EvolutionStrategy {

    private EvolutionStrategy() {
    }

    /** The 2P candidates of one step, row-major (2P x n): rows 2p and 2p+1 are theta +- sigma eps_p. */
    static double[][] candidates(double[] theta, int pairs, double sigma, long seed, long step, double[][] epsOut) {
        SplittableRandom r = Streams.of(seed, "es-perturbation", step);
        int n = theta.length;
        double[][] c = new double[2 * pairs][n];
        for (int p = 0; p < pairs; p++) {
            double[] eps = epsOut[p];
            for (int i = 0; i < n; i++) {
                eps[i] = r.nextGaussian();
                c[2 * p][i] = theta[i] + sigma * eps[i];
                c[2 * p + 1][i] = theta[i] - sigma * eps[i];
            }
        }
        return c;
    }

    /**
     * One ES step: the candidates around theta, their losses on the pool (one slot each), and the
     * gradient estimate written into {@code gradOut}.
     *
     * @return the mean of the candidates' losses
     */
    static double step(ForkJoinPool pool, double[] theta, int pairs, double sigma, long seed, long step,
                       ToDoubleFunction<double[]> loss, double[] gradOut) {
        double[][] eps = new double[pairs][theta.length];
        double[][] cands = candidates(theta, pairs, sigma, seed, step, eps);
        double[] candLoss = new double[cands.length];
        Parallel.forEach(pool, cands.length, c -> candLoss[c] = loss.applyAsDouble(cands[c]), "training");
        double[] g = gradient(candLoss, eps, sigma);
        System.arraycopy(g, 0, gradOut, 0, g.length);
        double mean = 0;
        for (double l : candLoss) {
            mean += l;
        }
        return mean / candLoss.length;
    }

    /** The rank-shaped gradient estimate from the candidates' losses (NaN ranks worst). */
    static double[] gradient(double[] losses, double[][] eps, double sigma) {
        int pairs = eps.length;
        int n = eps[0].length;
        double[] u = centredRanks(losses);
        double[] g = new double[n];
        for (int p = 0; p < pairs; p++) {
            double w = u[2 * p] - u[2 * p + 1];
            for (int i = 0; i < n; i++) {
                g[i] += w * eps[p][i];
            }
        }
        double scale = 1.0 / (2 * pairs * sigma);
        for (int i = 0; i < n; i++) {
            g[i] *= scale;
        }
        return g;
    }

    /** Centred ranks in [-1/2, 1/2] (rank 0 = lowest loss gets -1/2); NaN counts as the highest loss. */
    static double[] centredRanks(double[] losses) {
        int n = losses.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(key(losses[a]), key(losses[b])));
        double[] u = new double[n];
        for (int rank = 0; rank < n; rank++) {
            u[order[rank]] = n == 1 ? 0 : (double) rank / (n - 1) - 0.5;
        }
        return u;
    }

    private static double key(double loss) {
        return Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss;
    }
}
