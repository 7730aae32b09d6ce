package io.github.l2e4j.metrics;

import io.github.l2e4j.Tolerances;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {

    @Test
    void cocoTargetsRunFromOneHundredToOneEMinusEightInFifths() {
        assertThat(CocoTargets.precision(0)).isEqualTo(100.0);
        assertThat(CocoTargets.precision(10)).isEqualTo(1.0);
        assertThat(CocoTargets.precision(50)).isCloseTo(1e-8, within(1e-22));
        assertThat(CocoTargets.precision(1)).isCloseTo(Math.pow(10, 1.8), within(1e-12));
        assertThat(CocoTargets.indexOf(1e-8)).isEqualTo(50);
        assertThat(CocoTargets.indexOf(1e-5)).isEqualTo(35);
        assertThat(CocoTargets.indexOf(3e-5)).isEqualTo(-1);
        assertThat(CocoTargets.column(7)).isEqualTo("t07");
        assertThatThrownBy(() -> CocoTargets.precision(51)).hasMessage("target index must be in [0, 50], was 51");
    }

    @Test
    void hittingTimesRecordTheFirstEvaluationBelowEachTarget() {
        HittingTimes h = new HittingTimes(10, new double[] {1, 0.1, 0.01});
        assertThat(h.offer(1, 12)).isFalse();
        assertThat(h.offer(2, Double.NaN)).isFalse();
        assertThat(h.offer(3, 10.5)).isTrue();          // hits 1
        assertThat(h.offer(4, 10.05)).isTrue();         // hits 0.1
        assertThat(h.offer(5, 10.5)).isFalse();
        assertThat(h.offer(6, 10.001)).isTrue();        // hits 0.01
        assertThat(h.hits()).containsExactly(3, 4, 6);
        assertThat(h.count()).isEqualTo(3);
        HittingTimes jump = new HittingTimes(0, new double[] {1, 0.1, 0.01});
        jump.offer(7, 0.0);
        assertThat(jump.hits()).containsExactly(7, 7, 7);
        assertThatThrownBy(() -> new HittingTimes(0, new double[] {1, 1}))
                .hasMessageContaining("precisions[1] was 1.0");
    }

    @Test
    void ertIsEvaluationsOfAllRunsOverSuccesses() {
        // runs: hit at 100, hit at 300, failed after 1000 evaluations -> (100 + 300 + 1000) / 2
        assertThat(Ert.of(new long[] {100, 300, -1}, new long[] {500, 300, 1000})).isEqualTo(700.0);
        assertThat(Ert.of(new long[] {-1, -1}, new long[] {10, 10})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Ert.of(new long[0], new long[0])).isNaN();
        assertThatThrownBy(() -> Ert.of(new long[] {1}, new long[] {1, 2}))
                .hasMessage("hits and evaluations must have the same length, were 1 and 2");
    }

    @Test
    void ecdfCountsPairsWithinEachBudget() {
        Ecdf e = Ecdf.of(new double[] {1, 5, 5, Double.POSITIVE_INFINITY, 20});
        assertThat(e.pairs()).isEqualTo(5);
        assertThat(e.reached()).isEqualTo(4);
        assertThat(e.fraction(0.5)).isEqualTo(0.0);
        assertThat(e.fraction(1)).isEqualTo(0.2);
        assertThat(e.fraction(5)).isEqualTo(0.6);
        assertThat(e.fraction(1e9)).isEqualTo(0.8);
        double[][] steps = e.steps();
        assertThat(steps[0]).containsExactly(1, 5, 20);
        assertThat(steps[1]).containsExactly(0.2, 0.6, 0.8);
        assertThatThrownBy(() -> Ecdf.of(new double[] {Double.NaN}))
                .hasMessage("runtimes[0] must be >= 0 or +infinity, was NaN");
    }

    @Test
    void hypervolumeMatchesHandComputedAreasAndVolumes() {
        double[] ref2 = {4, 4};
        // points (1,3), (2,2), (3,1): union of [1,4]x[3,4], [2,4]x[2,4], [3,4]x[1,4] = 3 + 4 + 3 - overlaps = 6
        assertThat(Hypervolume.of(new double[][] {{1, 3}, {2, 2}, {3, 1}}, ref2)).isCloseTo(6.0, within(Tolerances.ROUNDING));
        // a dominated point and a point outside the reference change nothing
        assertThat(Hypervolume.of(new double[][] {{1, 3}, {2, 2}, {3, 1}, {3, 3}, {5, 0}}, ref2))
                .isCloseTo(6.0, within(Tolerances.ROUNDING));
        // 3-D: one point (0,0,0) in [0,2]^3 -> 8; adding (1,1,-1) adds [1,2]^2 x [-1,0] = 1
        assertThat(Hypervolume.of(new double[][] {{0, 0, 0}, {1, 1, -1}}, new double[] {2, 2, 2}))
                .isCloseTo(9.0, within(Tolerances.ROUNDING));
        assertThat(Hypervolume.of(new double[0][], ref2)).isZero();
        assertThatThrownBy(() -> Hypervolume.of(new double[][] {{1}}, ref2))
                .hasMessage("points[0] must have 2 objectives (the reference's), had 1");
    }

    @Test
    void igdIsTheMeanDistanceFromTheReferenceFront() {
        double[][] ref = {{0, 1}, {1, 0}};
        double[][] approx = {{0, 1}, {1, 1}};
        // (0,1) -> 0; (1,0) -> distance to (1,1) = 1 -> mean 0.5
        assertThat(Igd.of(approx, ref)).isCloseTo(0.5, within(Tolerances.ROUNDING));
        assertThat(Igd.of(ref, ref)).isZero();
        assertThat(Igd.of(new double[0][], ref)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Igd.of(approx, new double[0][])).hasMessage("reference front must not be empty");
    }
}
