package io.github.l2e4j.study;

import io.github.l2e4j.metrics.CocoTargets;
import io.github.l2e4j.metrics.Ert;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.stat.inference.MannWhitneyUTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a study, per problem class (function and dimension, pooling instances and
 * seeds as COCO pools instances):
 *
 * <ol>
 *   <li><b>Score of a run</b> (lower is better), so that one number orders runs the way a reader
 *       would: a run that reached the final target &Delta;f<sub>last</sub> scores its hitting time
 *       t / (budget + 1) &isin; (0, 1); a run that did not scores 1 + log10(error / &Delta;f<sub>last</sub>)
 *       &gt; 1 (+infinity without a valid value). When f* is unknown the score is the best value.</li>
 *   <li><b>Wilcoxon rank-sum (Mann&ndash;Whitney U) test</b> of each algorithm's scores against the
 *       reference's, two-sided, from Hipparchus' {@link MannWhitneyUTest} (exact p-value for
 *       small samples without ties, else the normal approximation with tie correction).</li>
 *   <li><b>Holm's correction</b> over the algorithms compared with the reference on that problem:
 *       with p<sub>(1)</sub> &le; ... &le; p<sub>(m)</sub>, the adjusted
 *       p&#770;<sub>(i)</sub> = max<sub>j&le;i</sub> min(1, (m &minus; j + 1) p<sub>(j)</sub>).</li>
 *   <li><b>Outcome</b>: a <i>win</i> for the algorithm if p&#770; &lt; {@value #ALPHA} and
 *       A<sub>12</sub> &gt; 1/2, a <i>loss</i> if p&#770; &lt; {@value #ALPHA} and A<sub>12</sub> &lt; 1/2, else a
 *       <i>tie</i>, where A<sub>12</sub> = P(score<sub>alg</sub> &lt; score<sub>ref</sub>) +
 *       &frac12;P(=) is the Vargha&ndash;Delaney probability that the algorithm's run is better.</li>
 *   <li><b>Friedman average ranks</b>: on each problem the algorithms are ranked by median score
 *       (1 = best, ties averaged), and the ranks averaged over the problems where every algorithm
 *       has runs; Friedman's statistic
 *       &chi;&sup2; = 12N / (k(k+1)) &middot; [&Sigma;<sub>j</sub> R&#772;<sub>j</sub>&sup2; &minus; k(k+1)&sup2;/4]
 *       has k &minus; 1 degrees of freedom (p-value from Hipparchus' {@link ChiSquaredDistribution}).</li>
 * </ol>
 * Immutable.
 */
public final class StudyStatistics {

    /** Significance level. */
    public static final double ALPHA = 0.05;

    /** A problem class: function and dimension. */
    public record Group(String function, int dim) {
        /** "bbob_f008 D=10". */
        public String label() {
            return function + " D=" + dim;
        }
    }

    /** Outcome of an algorithm against the reference. */
    public enum Outcome {
        /** Significantly better than the reference. */
        WIN,
        /** No significant difference. */
        TIE,
        /** Significantly worse. */
        LOSS
    }

    /**
     * One algorithm on one problem class.
     *
     * @param runs         runs
     * @param solved       runs that reached the final target
     * @param medianScore  median score (see the class comment)
     * @param medianError  median final error (best value when f* is unknown)
     * @param ert          ERT to the final target (+infinity if never reached; NaN when f* is unknown)
     * @param pValue       U-test p-value against the reference (NaN for the reference itself)
     * @param adjustedP    Holm-adjusted p-value (NaN for the reference)
     * @param a12          P(this run better than a reference run) (NaN for the reference)
     * @param outcome      outcome against the reference (null for the reference)
     */
    public record Cell(int runs, int solved, double medianScore, double medianError, double ert, double pValue,
                       double adjustedP, double a12, Outcome outcome) {
    }

    private final List<String> algorithms;
    private final String reference;
    private final List<Group> groups;
    private final Map<Group, Map<String, Cell>> cells;
    private final Map<String, Double> ranks;
    private final int rankedGroups;
    private final double friedmanStatistic;
    private final double friedmanP;

    private StudyStatistics(List<String> algorithms, String reference, List<Group> groups, Map<Group, Map<String, Cell>> cells,
                            Map<String, Double> ranks, int rankedGroups, double friedmanStatistic, double friedmanP) {
        this.algorithms = List.copyOf(algorithms);
        this.reference = reference;
        this.groups = List.copyOf(groups);
        this.cells = cells;
        this.ranks = ranks;
        this.rankedGroups = rankedGroups;
        this.friedmanStatistic = friedmanStatistic;
        this.friedmanP = friedmanP;
    }

    /**
     * The statistics of these runs.
     *
     * @param rows       the runs
     * @param algorithms the algorithms, in report order
     * @param reference  the reference algorithm (one of them)
     * @param lastTarget index of the final target precision (50 = 1e-8)
     */
    public static StudyStatistics of(List<RunRow> rows, List<String> algorithms, String reference, int lastTarget) {
        if (!algorithms.contains(reference)) {
            throw new IllegalArgumentException("reference must be one of " + algorithms + ", was " + reference);
        }
        Map<Group, Map<String, List<RunRow>>> byGroup = new LinkedHashMap<>();
        for (RunRow r : rows) {
            if (!algorithms.contains(r.algorithm())) {
                continue;
            }
            byGroup.computeIfAbsent(new Group(r.function(), r.dim()), g -> new LinkedHashMap<>())
                    .computeIfAbsent(r.algorithm(), a -> new ArrayList<>()).add(r);
        }
        List<Group> groups = new ArrayList<>(byGroup.keySet());
        groups.sort(Comparator.comparingInt(Group::dim).thenComparing(Group::function));
        MannWhitneyUTest test = new MannWhitneyUTest();
        Comparison comparison = new Comparison(algorithms, reference, test::mannWhitneyUTest);
        Map<Group, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (Group g : groups) {
            Map<String, List<RunRow>> runs = byGroup.get(g);
            Map<String, double[]> scores = new LinkedHashMap<>();
            runs.forEach((a, rs) -> scores.put(a, scores(rs, lastTarget)));
            Map<String, Comparison.Test> tests = comparison.test(scores);
            Map<String, Cell> row = new LinkedHashMap<>();
            double[] medians = new double[algorithms.size()];
            boolean complete = true;
            for (int j = 0; j < algorithms.size(); j++) {
                String a = algorithms.get(j);
                List<RunRow> rs = runs.get(a);
                if (rs == null) {
                    complete = false;
                    continue;
                }
                medians[j] = median(scores.get(a));
                Comparison.Test t = tests.get(a);
                row.put(a, new Cell(rs.size(), solved(rs, lastTarget), medians[j], medianError(rs), ert(rs, lastTarget),
                        t.p(), t.adjustedP(), t.a12(), t.outcome()));
            }
            cells.put(g, row);
            comparison.rank(medians, complete);
        }
        Map<String, Double> ranks = new LinkedHashMap<>();
        double[] friedman = comparison.friedman(ranks);
        return new StudyStatistics(algorithms, reference, groups, cells, ranks, comparison.ranked(), friedman[0],
                friedman[1]);
    }

    /**
     * Friedman's test from the rank sums over {@code ranked} complete problems: fills {@code ranks}
     * with each algorithm's average rank and returns {statistic, p}, with the statistic
     * 12 n / (k (k + 1)) (sum of squared average ranks - k (k + 1)^2 / 4) on k - 1 degrees of freedom
     * (both NaN with fewer than two algorithms or no complete problem).
     */
    static double[] friedman(List<String> algorithms, double[] rankSums, int ranked, Map<String, Double> ranks) {
        int k = algorithms.size();
        if (ranked <= 0 || k <= 1) {
            return new double[]{Double.NaN, Double.NaN};
        }
        double sumSq = 0;
        for (int j = 0; j < k; j++) {
            double mean = rankSums[j] / ranked;
            ranks.put(algorithms.get(j), mean);
            sumSq += mean * mean;
        }
        double stat = Math.max(0, 12.0 * ranked / (k * (k + 1.0)) * (sumSq - k * (k + 1.0) * (k + 1.0) / 4.0));
        return new double[]{stat, 1 - new ChiSquaredDistribution(k - 1).cumulativeProbability(stat)};
    }

    /** The score of one run (see the class comment). */
    public static double score(RunRow r, int lastTarget) {
        if (Double.isNaN(r.fOpt())) {
            return r.bestF();
        }
        long hit = r.hit(lastTarget);
        if (hit > 0) {
            return hit / (r.budget() + 1.0);
        }
        double error = r.error();
        if (!(error < Double.POSITIVE_INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        return 1 + Math.log10(Math.max(error, CocoTargets.precision(lastTarget)) / CocoTargets.precision(lastTarget));
    }

    static double[] scores(List<RunRow> rs, int lastTarget) {
        double[] s = new double[rs.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score(rs.get(i), lastTarget);
        }
        return s;
    }

    /**
     * Holm's step-down adjustment of p-values (given in any order; returned in the same order).
     */
    public static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adj = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adj[i] = running;
        }
        return adj;
    }

    /** A<sub>12</sub> = P(x &lt; y) + &frac12; P(x = y) over all pairs. */
    public static double a12(double[] x, double[] y) {
        double wins = 0;
        for (double a : x) {
            for (double b : y) {
                wins += a < b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return wins / ((double) x.length * y.length);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? s[n / 2] : midpoint(s[n / 2 - 1], s[n / 2]);
    }

    private static double midpoint(double a, double b) {
        return a == b ? a : (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) ? Double.POSITIVE_INFINITY
                : 0.5 * (a + b);
    }

    private static double medianError(List<RunRow> rs) {
        double[] e = new double[rs.size()];
        for (int i = 0; i < e.length; i++) {
            RunRow r = rs.get(i);
            e[i] = Double.isNaN(r.fOpt()) ? r.bestF() : r.error();
        }
        return median(e);
    }

    private static int solved(List<RunRow> rs, int lastTarget) {
        int n = 0;
        for (RunRow r : rs) {
            n += r.hit(lastTarget) > 0 ? 1 : 0;
        }
        return n;
    }

    private static double ert(List<RunRow> rs, int lastTarget) {
        if (Double.isNaN(rs.get(0).fOpt())) {
            return Double.NaN;
        }
        long[] hits = new long[rs.size()];
        long[] evals = new long[rs.size()];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = rs.get(i).hit(lastTarget);
            evals[i] = rs.get(i).evaluations();
        }
        return Ert.of(hits, evals);
    }

    /** The algorithms, in report order. */
    public List<String> algorithms() {
        return algorithms;
    }

    /** The reference algorithm. */
    public String reference() {
        return reference;
    }

    /** The problem classes, by dimension then function. */
    public List<Group> groups() {
        return groups;
    }

    /** The cell of an algorithm on a problem class, or null if it has no runs there. */
    public Cell cell(Group g, String algorithm) {
        Map<String, Cell> row = cells.get(g);
        return row == null ? null : row.get(algorithm);
    }

    /** Wins, ties and losses of an algorithm against the reference, over the problem classes. */
    public int[] winTieLoss(String algorithm) {
        int[] wtl = new int[3];
        for (Group g : groups) {
            Cell c = cell(g, algorithm);
            if (c != null && c.outcome() != null) {
                wtl[c.outcome().ordinal()]++;
            }
        }
        return wtl;
    }

    /** Friedman average ranks (1 = best), by algorithm; empty if fewer than two algorithms. */
    public Map<String, Double> averageRanks() {
        return java.util.Collections.unmodifiableMap(ranks);
    }

    /** Problem classes that entered the average ranks. */
    public int rankedGroups() {
        return rankedGroups;
    }

    /** Friedman's chi-squared statistic (NaN if not computable). */
    public double friedmanStatistic() {
        return friedmanStatistic;
    }

    /** Friedman's p-value (NaN if not computable). */
    public double friedmanP() {
        return friedmanP;
    }
}
