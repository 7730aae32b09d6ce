package io.github.l2e4j.study;

import io.github.l2e4j.Tolerances;
import io.github.l2e4j.metrics.CocoTargets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics against values computed by hand for a small table: three algorithms a (the
 * reference), b, c on two functions, five runs each, no run reaching 1e-8 (so a run's score is
 * 1 + log10(error / 1e-8), which orders the runs like their errors):
 * <pre>
 *            f1 errors (x 1e-3)     f2 errors (x 1e-3)
 *   a (ref)  1 2 3 4 5              1 2 3 4 5
 *   b        6 7 8 9 10             0.1 0.2 0.3 0.4 0.5
 *   c        1 2 3 4 5              6 7 8 9 10
 * </pre>
 * f1, b vs a: every b run is worse, U = 0 with n = m = 5: exact two-sided p = 2 / C(10,5) = 2/252.
 * f1, c vs a: the same values, U = 12.5 = nm/2: p = 1. Holm over {2/252, 1}: 2 * 2/252 = 4/252 and
 * max(4/252, 1) = 1. So b loses (A12 = 0), c ties.
 * f2, b vs a: every b run is better: p = 2/252, A12 = 1; c vs a: every c run worse: p = 2/252. Holm:
 * 2 * 2/252 = 4/252 for both. So b wins and c loses.
 * Friedman ranks by median score: f1 medians a = 3, b = 8, c = 3 -> ranks 1.5, 3, 1.5; f2 medians
 * a = 3, b = 0.3, c = 8 -> ranks 2, 1, 3. Averages a = 1.75, b = 2, c = 2.25. Friedman
 * chi^2 = 12 N / (k (k+1)) (sum R^2 - k (k+1)^2 / 4) = 2 (12.125 - 12) = 0.25 with 2 degrees of
 * freedom, whose survival function is exp(-x/2): p = exp(-0.125).
 */
class StudyStatisticsTest {

    private static final double EXACT_P = 2.0 / 252.0;

    static RunRow row(String alg, String function, long seed, double error) {
        long[] hits = new long[CocoTargets.COUNT];
        for (int k = 0; k < hits.length; k++) {
            hits[k] = error <= CocoTargets.precision(k) ? 10 : -1;
        }
        return new RunRow(alg, function + "_i01_d02", function, 1, 2, seed, 200, 200, error, 0.0, hits, 0.1);
    }

    static List<RunRow> table() {
        List<RunRow> rows = new ArrayList<>();
        double[] base = {1, 2, 3, 4, 5};
        for (int i = 0; i < 5; i++) {
            rows.add(row("a", "f1", i, base[i] * 1e-3));
            rows.add(row("b", "f1", i, (base[i] + 5) * 1e-3));
            rows.add(row("c", "f1", i, base[i] * 1e-3));
            rows.add(row("a", "f2", i, base[i] * 1e-3));
            rows.add(row("b", "f2", i, base[i] * 1e-4));
            rows.add(row("c", "f2", i, (base[i] + 5) * 1e-3));
        }
        return rows;
    }

    @Test
    void pValuesHolmOutcomesAndRanksMatchTheHandComputation() {
        StudyStatistics s = StudyStatistics.of(table(), List.of("a", "b", "c"), "a", CocoTargets.COUNT - 1);
        StudyStatistics.Group f1 = new StudyStatistics.Group("f1", 2);
        StudyStatistics.Group f2 = new StudyStatistics.Group("f2", 2);
        assertThat(s.groups()).containsExactly(f1, f2);

        StudyStatistics.Cell b1 = s.cell(f1, "b");
        assertThat(b1.pValue()).isCloseTo(EXACT_P, within(Tolerances.ROUNDING));
        assertThat(b1.adjustedP()).isCloseTo(2 * EXACT_P, within(Tolerances.ROUNDING));
        assertThat(b1.a12()).isZero();
        assertThat(b1.outcome()).isEqualTo(StudyStatistics.Outcome.LOSS);
        StudyStatistics.Cell c1 = s.cell(f1, "c");
        assertThat(c1.pValue()).isCloseTo(1.0, within(Tolerances.ROUNDING));
        assertThat(c1.adjustedP()).isCloseTo(1.0, within(Tolerances.ROUNDING));
        assertThat(c1.a12()).isEqualTo(0.5);
        assertThat(c1.outcome()).isEqualTo(StudyStatistics.Outcome.TIE);

        StudyStatistics.Cell b2 = s.cell(f2, "b");
        assertThat(b2.adjustedP()).isCloseTo(2 * EXACT_P, within(Tolerances.ROUNDING));
        assertThat(b2.a12()).isEqualTo(1.0);
        assertThat(b2.outcome()).isEqualTo(StudyStatistics.Outcome.WIN);
        StudyStatistics.Cell c2 = s.cell(f2, "c");
        assertThat(c2.adjustedP()).isCloseTo(2 * EXACT_P, within(Tolerances.ROUNDING));
        assertThat(c2.outcome()).isEqualTo(StudyStatistics.Outcome.LOSS);

        StudyStatistics.Cell a1 = s.cell(f1, "a");
        assertThat(a1.outcome()).isNull();
        assertThat(a1.pValue()).isNaN();
        assertThat(a1.medianError()).isCloseTo(3e-3, within(1e-15));
        assertThat(a1.solved()).isZero();
        assertThat(a1.ert()).isEqualTo(Double.POSITIVE_INFINITY);

        assertThat(s.winTieLoss("b")).containsExactly(1, 0, 1);
        assertThat(s.winTieLoss("c")).containsExactly(0, 1, 1);
        assertThat(s.averageRanks()).containsEntry("a", 1.75).containsEntry("b", 2.0).containsEntry("c", 2.25);
        assertThat(s.rankedGroups()).isEqualTo(2);
        assertThat(s.friedmanStatistic()).isCloseTo(0.25, within(Tolerances.ROUNDING));
        assertThat(s.friedmanP()).isCloseTo(Math.exp(-0.125), within(Tolerances.ROUNDING));
    }

    @Test
    void holmAdjustsStepDownAndKeepsTheOrder() {
        // sorted 0.01, 0.02, 0.04 with m = 3: 0.03, max(0.03, 0.04) = 0.04, max(0.04, 0.04) = 0.04
        assertThat(StudyStatistics.holm(new double[] {0.04, 0.01, 0.02}))
                .containsExactly(new double[] {0.04, 0.03, 0.04}, within(Tolerances.ROUNDING));
        assertThat(StudyStatistics.holm(new double[] {0.5, 0.9})).containsExactly(1.0, 1.0);
        assertThat(StudyStatistics.holm(new double[0])).isEmpty();
    }

    @Test
    void scoresOrderSolvedRunsByHittingTimeBeforeUnsolvedRunsByError() {
        long[] hits = new long[CocoTargets.COUNT];
        Arrays.fill(hits, 50);
        RunRow solved = new RunRow("a", "p", "p", 0, 2, 1, 99, 50, 0.0, 0.0, hits, 0);
        assertThat(StudyStatistics.score(solved, 50)).isEqualTo(0.5);
        RunRow unsolved = row("a", "p", 1, 1e-6);
        assertThat(StudyStatistics.score(unsolved, 50)).isCloseTo(3.0, within(Tolerances.ROUNDING));
        RunRow noValue = new RunRow("a", "p", "p", 0, 2, 1, 99, 99, Double.POSITIVE_INFINITY, 0.0, new long[51], 0);
        assertThat(StudyStatistics.score(noValue, 50)).isEqualTo(Double.POSITIVE_INFINITY);
        RunRow unknownOptimum = new RunRow("a", "p", "p", 0, 2, 1, 99, 99, -7.5, Double.NaN, new long[51], 0);
        assertThat(StudyStatistics.score(unknownOptimum, 50)).isEqualTo(-7.5);
        assertThat(StudyStatistics.a12(new double[] {1, 2}, new double[] {2, 3})).isEqualTo(0.875);
    }
}
