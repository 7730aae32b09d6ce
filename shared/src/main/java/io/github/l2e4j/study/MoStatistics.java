package io.github.l2e4j.study;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.inference.MannWhitneyUTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a study's multi-objective runs, per problem, on the final value of each
 * indicator (the run's line at its last checkpoint): hypervolume (<b>higher is better</b>) and IGD
 * (lower is better). For each indicator, the same procedure as {@link StudyStatistics}:
 * <ol>
 *   <li>median and interquartile range (Hipparchus' {@link Percentile}, its default estimation);</li>
 *   <li>a two-sided Wilcoxon rank-sum (Mann&ndash;Whitney U) test of each algorithm's values
 *       against the reference's ({@link MannWhitneyUTest}; p = 1 when every value of both is the
 *       same), Holm-corrected over the algorithms on that problem;</li>
 *   <li>a <i>win</i> if the adjusted p &lt; {@value StudyStatistics#ALPHA} and A<sub>12</sub> &gt; 1/2,
 *       a <i>loss</i> if it is &lt; {@value StudyStatistics#ALPHA} and A<sub>12</sub> &lt; 1/2, else a
 *       <i>tie</i>, where A<sub>12</sub> is the probability that the algorithm's run is
 *       <i>better</i> than the reference's (for HV: larger; for IGD: smaller), ties counting half;</li>
 *   <li>Friedman average ranks over the problems where every algorithm has runs, ranking by median
 *       (1 = best: the highest HV, the lowest IGD), and Friedman's &chi;&sup2; test with k &minus; 1
 *       degrees of freedom.</li>
 * </ol>
 * Immutable.
 */
public final class MoStatistics {

    /** The indicators, each with its direction. */
    public enum Indicator {
        /** Hypervolume: higher is better. */
        HV(true),
        /** Inverted generational distance: lower is better. */
        IGD(false);

        private final boolean higherIsBetter;

        Indicator(boolean higherIsBetter) {
            this.higherIsBetter = higherIsBetter;
        }

        /** Whether a larger value is better. */
        public boolean higherIsBetter() {
            return higherIsBetter;
        }

        /** The value of a row. */
        public double of(MoRunRow r) {
            return this == HV ? r.hv() : r.igd();
        }

        /** The value as a loss (lower is better). */
        double loss(double v) {
            return higherIsBetter ? -v : v;
        }
    }

    /**
     * One algorithm on one problem, for one indicator.
     *
     * @param runs      runs
     * @param median    median final value
     * @param iqr       interquartile range of the final values
     * @param pValue    U-test p-value against the reference (NaN for the reference itself)
     * @param adjustedP Holm-adjusted p-value (NaN for the reference)
     * @param a12       probability that this algorithm's run is better than a reference run (NaN for the reference)
     * @param outcome   outcome against the reference (null for the reference)
     */
    public record Cell(int runs, double median, double iqr, double pValue, double adjustedP, double a12,
                       StudyStatistics.Outcome outcome) {
    }

    private record Summary(Map<String, Map<String, Cell>> cells, Map<String, Double> ranks, int ranked, double stat,
                           double p) {
    }

    private final List<String> algorithms;
    private final String reference;
    private final List<String> problems;
    private final Map<String, Integer> objectives;
    private final Map<Indicator, Summary> byIndicator;

    private MoStatistics(List<String> algorithms, String reference, List<String> problems, Map<String, Integer> objectives,
                         Map<Indicator, Summary> byIndicator) {
        this.algorithms = List.copyOf(algorithms);
        this.reference = reference;
        this.problems = List.copyOf(problems);
        this.objectives = objectives;
        this.byIndicator = byIndicator;
    }

    /**
     * The statistics of these rows (only each run's final line is used).
     *
     * @param rows       the lines of {@code mo-runs.csv}
     * @param algorithms the algorithms, in report order
     * @param reference  the reference algorithm (one of them)
     */
    public static MoStatistics of(List<MoRunRow> rows, List<String> algorithms, String reference) {
        if (!algorithms.contains(reference)) {
            throw new IllegalArgumentException("reference must be one of " + algorithms + ", was " + reference);
        }
        Map<String, Map<String, List<MoRunRow>>> byProblem = new LinkedHashMap<>();
        Map<String, Integer> objectives = new LinkedHashMap<>();
        for (MoRunRow r : rows) {
            if (r.isFinal() && algorithms.contains(r.algorithm())) {
                byProblem.computeIfAbsent(r.problem(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(r.algorithm(), a -> new ArrayList<>()).add(r);
                objectives.put(r.problem(), r.objectives());
            }
        }
        List<String> problems = new ArrayList<>(byProblem.keySet());
        Map<Indicator, Summary> s = new EnumMap<>(Indicator.class);
        for (Indicator ind : Indicator.values()) {
            s.put(ind, summarize(ind, byProblem, problems, algorithms, reference));
        }
        return new MoStatistics(algorithms, reference, problems, objectives, s);
    }

    private static Summary summarize(Indicator ind, Map<String, Map<String, List<MoRunRow>>> byProblem, List<String> problems,
                                     List<String> algorithms, String reference) {
        MannWhitneyUTest test = new MannWhitneyUTest();
        Comparison comparison = new Comparison(algorithms, reference, (x, y) -> uTest(test, x, y));
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (String problem : problems) {
            Map<String, List<MoRunRow>> runs = byProblem.get(problem);
            Map<String, double[]> losses = new LinkedHashMap<>();
            runs.forEach((a, rs) -> losses.put(a, losses(ind, rs)));
            Map<String, Comparison.Test> tests = comparison.test(losses);
            Map<String, Cell> row = new LinkedHashMap<>();
            double[] medianLoss = new double[algorithms.size()];
            boolean complete = true;
            for (int j = 0; j < algorithms.size(); j++) {
                String a = algorithms.get(j);
                List<MoRunRow> rs = runs.get(a);
                if (rs == null) {
                    complete = false;
                    continue;
                }
                double[] v = values(ind, rs);
                double median = StudyStatistics.median(v);
                medianLoss[j] = ind.loss(median);
                Comparison.Test t = tests.get(a);
                row.put(a, new Cell(rs.size(), median, iqr(v), t.p(), t.adjustedP(), t.a12(), t.outcome()));
            }
            cells.put(problem, row);
            comparison.rank(medianLoss, complete);
        }
        Map<String, Double> ranks = new LinkedHashMap<>();
        double[] friedman = comparison.friedman(ranks);
        return new Summary(cells, ranks, comparison.ranked(), friedman[0], friedman[1]);
    }

    private static double uTest(MannWhitneyUTest test, double[] x, double[] y) {
        double first = x.length > 0 ? x[0] : y[0];
        boolean allSame = true;
        for (double v : x) {
            allSame &= Double.compare(v, first) == 0;
        }
        for (double v : y) {
            allSame &= Double.compare(v, first) == 0;
        }
        if (allSame) {
            return 1.0;
        }
        double p = test.mannWhitneyUTest(x, y);
        return Double.isNaN(p) ? 1.0 : p;
    }

    private static double[] values(Indicator ind, List<MoRunRow> rs) {
        double[] v = new double[rs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ind.of(rs.get(i));
        }
        return v;
    }

    private static double[] losses(Indicator ind, List<MoRunRow> rs) {
        double[] v = values(ind, rs);
        for (int i = 0; i < v.length; i++) {
            v[i] = ind.loss(v[i]);
        }
        return v;
    }

    /** The interquartile range (Hipparchus' default percentile estimation); 0 for one value. */
    static double iqr(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        boolean finite = true;
        for (double x : v) {
            finite &= Double.isFinite(x);
        }
        if (!finite) {
            return Double.NaN;
        }
        Percentile p = new Percentile();
        return p.evaluate(v, 75) - p.evaluate(v, 25);
    }

    /** The algorithms, in report order. */
    public List<String> algorithms() {
        return algorithms;
    }

    /** The reference algorithm. */
    public String reference() {
        return reference;
    }

    /** The problems, in the order of the rows. */
    public List<String> problems() {
        return problems;
    }

    /** The number of objectives of a problem (0 if unknown). */
    public int objectives(String problem) {
        return objectives.getOrDefault(problem, 0);
    }

    /** The cell of an algorithm on a problem for an indicator, or null if it has no finished runs there. */
    public Cell cell(Indicator indicator, String problem, String algorithm) {
        Map<String, Cell> row = byIndicator.get(indicator).cells().get(problem);
        return row == null ? null : row.get(algorithm);
    }

    /** Wins, ties and losses of an algorithm against the reference for an indicator, over the problems. */
    public int[] winTieLoss(Indicator indicator, String algorithm) {
        int[] wtl = new int[3];
        for (String p : problems) {
            Cell c = cell(indicator, p, algorithm);
            if (c != null && c.outcome() != null) {
                wtl[c.outcome().ordinal()]++;
            }
        }
        return wtl;
    }

    /** Friedman average ranks (1 = best) for an indicator, by algorithm; empty if fewer than two algorithms. */
    public Map<String, Double> averageRanks(Indicator indicator) {
        return Collections.unmodifiableMap(byIndicator.get(indicator).ranks());
    }

    /** Problems that entered the average ranks of an indicator. */
    public int rankedProblems(Indicator indicator) {
        return byIndicator.get(indicator).ranked();
    }

    /** Friedman's chi-squared statistic for an indicator (NaN if not computable). */
    public double friedmanStatistic(Indicator indicator) {
        return byIndicator.get(indicator).stat();
    }

    /** Friedman's p-value for an indicator (NaN if not computable). */
    public double friedmanP(Indicator indicator) {
        return byIndicator.get(indicator).p();
    }
}
