package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

import java.util.SplittableRandom;

/**
 * What a dynamic algorithm does to its population after a detected change, before it re-evaluates
 * the whole population on the changed problem. Implementations are immutable and thread safe; the
 * random generator is passed in.
 *
 * <p>Implementations: {@link RandomReinitialization} (DNSGA-II-A), {@link HyperMutation} (DNSGA-II-B),
 * {@link LinearPrediction} (the Pareto-set centroid's movement), {@link ScaleRestart} (L2E's own:
 * a restart of the scale envelope around the predicted centroid shift) and
 * {@link ScaleRestartImmigrants} (that, then random immigrants; the default of {@code l2e-moead}).
 */
public interface ChangeResponse {

    /** A short name for tables and files, e.g. {@code random-0.3}. */
    String name();

    /**
     * Rewrites rows of the population in place.
     *
     * @param population N decision vectors inside the box (rows modified in place; kept inside the box)
     * @param bounds     the box
     * @param history    centroids of past environments; the caller has recorded this population's centroid
     * @param random     the generator for the draws (advanced)
     */
    void respond(double[][] population, Bounds bounds, CentroidHistory history, SplittableRandom random);

    /** Draws k distinct rows of N uniformly (a partial Fisher-Yates shuffle). */
    static int[] distinctRows(int populationSize, int k, SplittableRandom random) {
        int[] all = new int[populationSize];
        for (int i = 0; i < populationSize; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(populationSize - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        int[] out = new int[k];
        System.arraycopy(all, 0, out, 0, k);
        return out;
    }

    /** round(fraction N), at least 0 and at most N. */
    static int count(double fraction, int populationSize) {
        return (int) Math.min(populationSize, Math.max(0, Math.round(fraction * populationSize)));
    }
}
