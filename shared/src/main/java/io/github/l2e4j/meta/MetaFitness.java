package io.github.l2e4j.meta;

import java.util.Arrays;

/**
 * Fitness shaping of the outer loop. {@link #shape} is LGA's recipe: per task, scores are z-scored
 * across the candidates (so no single heavy-tailed task dominates); a candidate's meta-fitness is
 * its median z-score over the tasks. {@link #shapeMean} (objective {@code ecdf-mean}) uses the
 * plain mean over the tasks. Either way the meta-fitness values are then replaced by centred
 * ranks in [-1/2, 1/2] (lower is better).
 *
 * <p>Known quirk of {@link #shapeMean}, kept because the shipped weights were trained with it: the
 * sum runs in task order, so two candidates with the same total of targets reached can differ in
 * the last bits and be ranked apart instead of tied. Deterministic, and a small extra noise only.
 */
public final class MetaFitness {

    private MetaFitness() {
    }

    /**
     * Centred ranks of the candidates' median z-scores.
     *
     * @param scores scores[candidate][task], lower is better; non-finite values count as {@link InnerRun#WORST}
     * @return per candidate, in [-1/2, 1/2], lower is better
     */
    public static double[] shape(double[][] scores) {
        int c = scores.length;
        int t = scores[0].length;
        double[][] z = new double[c][t];
        for (int j = 0; j < t; j++) {
            double mean = 0;
            for (int i = 0; i < c; i++) {
                mean += value(scores[i][j]);
            }
            mean /= c;
            double var = 0;
            for (int i = 0; i < c; i++) {
                double d = value(scores[i][j]) - mean;
                var += d * d;
            }
            double std = Math.sqrt(var / c);
            for (int i = 0; i < c; i++) {
                z[i][j] = std > 0 ? (value(scores[i][j]) - mean) / std : 0;
            }
        }
        double[] fitness = new double[c];
        for (int i = 0; i < c; i++) {
            fitness[i] = median(z[i]);
        }
        return centredRanks(fitness);
    }

    /**
     * Centred ranks of the candidates' mean scores over the tasks (objective {@code ecdf-mean}: the
     * mean is the held-out table's measure, so no per-task normalization).
     *
     * @param scores scores[candidate][task], lower is better; non-finite values count as {@link InnerRun#WORST}
     * @return per candidate, in [-1/2, 1/2], lower is better
     */
    public static double[] shapeMean(double[][] scores) {
        double[] fitness = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double sum = 0;
            for (double v : scores[i]) {
                sum += value(v);
            }
            fitness[i] = sum / scores[i].length;
        }
        return centredRanks(fitness);
    }

    /** The median over candidates of each candidate's median score (for reporting). */
    public static double medianOfMedians(double[][] scores) {
        double[] m = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double[] row = new double[scores[i].length];
            for (int j = 0; j < row.length; j++) {
                row[j] = value(scores[i][j]);
            }
            m[i] = median(row);
        }
        return median(m);
    }

    /** Centred ranks: the smallest value gets -1/2, the largest +1/2, ties share their mean rank. */
    public static double[] centredRanks(double[] v) {
        int n = v.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && v[idx[j]] == v[idx[i]]) {
                j++;
            }
            double rank = 0.5 * (i + j - 1);
            for (int k = i; k < j; k++) {
                r[idx[k]] = n > 1 ? rank / (n - 1) - 0.5 : 0;
            }
            i = j;
        }
        return r;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private static double value(double s) {
        return Double.isFinite(s) ? s : InnerRun.WORST;
    }
}
