package io.github.l2e4j.study;

import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * The part of a study's statistics that does not depend on what is measured, shared by
 * {@link StudyStatistics} (single objective) and {@link MoStatistics} (HV, IGD): on each problem,
 * each algorithm's losses (lower is better) against the reference's with a two-sided test, Holm's
 * correction over the algorithms, A<sub>12</sub> and the outcome; over the problems, the Friedman
 * rank sums of the median losses. Mutable; one per statistics computation.
 */
final class Comparison {

    /** An algorithm against the reference on one problem; all NaN and a null outcome when not compared. */
    record Test(double p, double adjustedP, double a12, StudyStatistics.Outcome outcome) {
        static final Test NONE = new Test(Double.NaN, Double.NaN, Double.NaN, null);
    }

    private final List<String> algorithms;
    private final String reference;
    private final ToDoubleBiFunction<double[], double[]> test;
    private final NaturalRanking ranking = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
    private final double[] rankSums;
    private int ranked;

    /**
     * @param test the two-sided p-value of (algorithm's losses, reference's losses)
     */
    Comparison(List<String> algorithms, String reference, ToDoubleBiFunction<double[], double[]> test) {
        this.algorithms = algorithms;
        this.reference = reference;
        this.test = test;
        this.rankSums = new double[algorithms.size()];
    }

    /**
     * The tests of one problem, by algorithm ({@link Test#NONE} for the reference, and for all when
     * the reference has no runs).
     *
     * @param losses the losses of the algorithms that have runs on the problem
     */
    Map<String, Test> test(Map<String, double[]> losses) {
        double[] ref = losses.get(reference);
        List<String> compared = new ArrayList<>();
        List<Double> pValues = new ArrayList<>();
        for (String a : algorithms) {
            if (!a.equals(reference) && losses.containsKey(a) && ref != null) {
                compared.add(a);
                pValues.add(test.applyAsDouble(losses.get(a), ref));
            }
        }
        double[] adjusted = StudyStatistics.holm(pValues.stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Test> out = new LinkedHashMap<>();
        for (String a : algorithms) {
            int i = compared.indexOf(a);
            if (i < 0) {
                out.put(a, Test.NONE);
                continue;
            }
            double adj = adjusted[i];
            double a12 = StudyStatistics.a12(losses.get(a), ref);
            StudyStatistics.Outcome o = adj < StudyStatistics.ALPHA
                    ? (a12 > 0.5 ? StudyStatistics.Outcome.WIN : a12 < 0.5 ? StudyStatistics.Outcome.LOSS
                    : StudyStatistics.Outcome.TIE)
                    : StudyStatistics.Outcome.TIE;
            out.put(a, new Test(pValues.get(i), adj, a12, o));
        }
        return out;
    }

    /**
     * Adds one problem's median losses (in the algorithms' order) to the rank sums, when every
     * algorithm has runs there and there are at least two algorithms.
     */
    void rank(double[] medianLosses, boolean complete) {
        if (complete && algorithms.size() > 1) {
            double[] r = ranking.rank(medianLosses);
            for (int j = 0; j < r.length; j++) {
                rankSums[j] += r[j];
            }
            ranked++;
        }
    }

    /** Problems ranked so far. */
    int ranked() {
        return ranked;
    }

    /** Friedman's test over the ranked problems: fills the average ranks, returns {statistic, p}. */
    double[] friedman(Map<String, Double> ranks) {
        return StudyStatistics.friedman(algorithms, rankSums, ranked, ranks);
    }
}
