package io.github.l2e4j.study;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The multi-objective statistics on a small table: algorithms a (reference) and b on problems p and
 * q, five runs each (final lines only count; an earlier checkpoint line with the opposite order is
 * added to check that):
 * <pre>
 *          p: HV          p: IGD              q: HV         q: IGD
 *   a    .1 .2 .3 .4 .5   .5 .4 .3 .2 .1      0 0 0 0 0     2 2 2 2 2
 *   b    .6 .7 .8 .9 1.0  .05 .04 .03 .02 .01 0 0 0 0 0     2 2 2 2 2
 * </pre>
 * On p, b has every HV higher and every IGD lower: exact two-sided p = 2/252 for both, one
 * comparison so Holm leaves it, A12 = 1: b wins on HV and on IGD (if HV were taken as lower is
 * better, b would lose). On q every value is equal: p = 1, a tie. Friedman ranks: HV on p, b is 1
 * and a is 2; on q both 1.5; averages a = 1.75, b = 1.25.
 */
class MoStatisticsTest {

    private static final double EXACT_P = 2.0 / 252.0;

    private static MoRunRow row(String alg, String problem, long seed, long checkpoint, double hv, double igd) {
        return new MoRunRow(alg, problem, 2, 30, seed, 100, checkpoint, checkpoint, hv, igd, 0.1);
    }

    private static List<MoRunRow> table() {
        List<MoRunRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double v = (i + 1) / 10.0;
            // an earlier checkpoint where a looks better than b: must be ignored
            rows.add(row("a", "p", i, 50, 0.9, 0.001));
            rows.add(row("b", "p", i, 50, 0.01, 9));
            rows.add(row("a", "p", i, 100, v, 0.6 - v));
            rows.add(row("b", "p", i, 100, v + 0.5, (0.6 - v) / 10));
            rows.add(row("a", "q", i, 100, 0, 2));
            rows.add(row("b", "q", i, 100, 0, 2));
        }
        return rows;
    }

    @Test
    void higherHypervolumeAndLowerIgdAreWins() {
        MoStatistics s = MoStatistics.of(table(), List.of("a", "b"), "a");
        assertThat(s.problems()).containsExactly("p", "q");
        MoStatistics.Cell hv = s.cell(MoStatistics.Indicator.HV, "p", "b");
        assertThat(hv.runs()).isEqualTo(5);
        assertThat(hv.median()).isEqualTo(0.8);
        assertThat(hv.pValue()).isCloseTo(EXACT_P, within(1e-12));
        assertThat(hv.adjustedP()).isCloseTo(EXACT_P, within(1e-12));
        assertThat(hv.a12()).isEqualTo(1.0);
        assertThat(hv.outcome()).isEqualTo(StudyStatistics.Outcome.WIN);
        MoStatistics.Cell igd = s.cell(MoStatistics.Indicator.IGD, "p", "b");
        assertThat(igd.median()).isCloseTo(0.03, within(1e-15));
        assertThat(igd.a12()).isEqualTo(1.0);
        assertThat(igd.outcome()).isEqualTo(StudyStatistics.Outcome.WIN);
        assertThat(s.cell(MoStatistics.Indicator.HV, "p", "a").outcome()).isNull();
        assertThat(s.cell(MoStatistics.Indicator.HV, "q", "b").pValue()).isEqualTo(1.0);
        assertThat(s.cell(MoStatistics.Indicator.HV, "q", "b").outcome()).isEqualTo(StudyStatistics.Outcome.TIE);
        assertThat(s.winTieLoss(MoStatistics.Indicator.HV, "b")).containsExactly(1, 1, 0);
        assertThat(s.winTieLoss(MoStatistics.Indicator.IGD, "b")).containsExactly(1, 1, 0);
        assertThat(s.averageRanks(MoStatistics.Indicator.HV)).containsEntry("a", 1.75).containsEntry("b", 1.25);
        assertThat(s.averageRanks(MoStatistics.Indicator.IGD)).containsEntry("a", 1.75).containsEntry("b", 1.25);
        assertThat(s.rankedProblems(MoStatistics.Indicator.HV)).isEqualTo(2);
        // Friedman with k = 2, N = 2: 12*2/(2*3) * (1.75^2 + 1.25^2 - 2*9/4) = 4 * 0.125 = 0.5
        assertThat(s.friedmanStatistic(MoStatistics.Indicator.HV)).isCloseTo(0.5, within(1e-12));

        // with b as the reference, a loses on p for both indicators
        MoStatistics r = MoStatistics.of(table(), List.of("a", "b"), "b");
        assertThat(r.cell(MoStatistics.Indicator.HV, "p", "a").outcome()).isEqualTo(StudyStatistics.Outcome.LOSS);
        assertThat(r.cell(MoStatistics.Indicator.IGD, "p", "a").outcome()).isEqualTo(StudyStatistics.Outcome.LOSS);
        assertThat(r.cell(MoStatistics.Indicator.HV, "p", "a").a12()).isZero();
    }

    @Test
    void iqrAndTheReportCell() {
        MoStatistics s = MoStatistics.of(table(), List.of("a", "b"), "a");
        // Hipparchus' default percentiles of .6 .7 .8 .9 1.0: positions 1.5 and 4.5 -> .65 and .95
        assertThat(s.cell(MoStatistics.Indicator.HV, "p", "b").iqr()).isCloseTo(0.3, within(1e-12));
        assertThat(MoReport.cellText(s.cell(MoStatistics.Indicator.HV, "p", "b"), true)).isEqualTo("0.8000 (0.3000) **+**");
        assertThat(MoReport.cellText(s.cell(MoStatistics.Indicator.IGD, "q", "b"), false)).isEqualTo("2.00000 (0.00000)");
    }

    @Test
    void checkpointsAndTheCsvLine() {
        assertThat(MoRunRow.checkpoints(10_000)).hasSize(20).startsWith(500, 1000).endsWith(9500, 10_000);
        assertThat(MoRunRow.checkpoints(7)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(MoRunRow.checkpoints(1001)).hasSize(20).startsWith(51).endsWith(1001);
        MoRunRow r = new MoRunRow("l2e-moead", "dtlz2_m3", 3, 12, 4, 1000, 1000, 1001, 0.1 + 0.2, Double.POSITIVE_INFINITY, 1.25);
        assertThat(r.toCsv()).isEqualTo("l2e-moead,dtlz2_m3,3,12,4,1000,1000,1001,0.30000000000000004,Infinity,1.250");
        assertThat(MoRunRow.parse(r.toCsv())).isEqualTo(r);
        assertThat(r.isFinal()).isTrue();
        assertThat(MoRunRow.HEADER).isEqualTo("algorithm,problem,objectives,dim,seed,budget,checkpoint,evaluations,hv,igd,seconds");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MoRunRow.parse("a,p,2,30,1,100,50,x,0.1,0.2,0.1"))
                .hasMessage("column evaluations: not a number: 'x'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MoRunRow.parse("a,p,2"))
                .hasMessage("expected 11 fields, found 3");
    }
}
