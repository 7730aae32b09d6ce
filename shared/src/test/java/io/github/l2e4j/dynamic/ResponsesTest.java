package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ResponsesTest {

    private static final Bounds BOX = Bounds.of(new double[] {0, -1, -1}, new double[] {1, 1, 1});
    private static final int N = 2000;

    private static double[][] population(double[] point) {
        double[][] p = new double[N][];
        for (int i = 0; i < N; i++) {
            p[i] = point.clone();
        }
        return p;
    }

    private static int changedRows(double[][] before, double[][] after) {
        int c = 0;
        for (int i = 0; i < before.length; i++) {
            if (!Arrays.equals(before[i], after[i])) {
                c++;
            }
        }
        return c;
    }

    private static CentroidHistory history(double[]... centroids) {
        CentroidHistory h = new CentroidHistory(3);
        for (double[] c : centroids) {
            h.record(new double[][] {c});
        }
        return h;
    }

    @Test
    void randomReinitializationReplacesExactlyItsShareInsideTheBox() {
        double[][] p = population(new double[] {0.5, 0, 0});
        double[][] before = population(new double[] {0.5, 0, 0});
        new RandomReinitialization(0.3).respond(p, BOX, history(), new SplittableRandom(1));
        assertThat(changedRows(before, p)).isEqualTo(600);
        for (double[] x : p) {
            assertThat(BOX.contains(x)).isTrue();
        }
        double[][] q = population(new double[] {0.5, 0, 0});
        new RandomReinitialization(0).respond(q, BOX, history(), new SplittableRandom(1));
        assertThat(changedRows(before, q)).isZero();
    }

    @Test
    void hyperMutationMutatesItsShareWithPolynomialSteps() {
        double[][] p = population(new double[] {0.5, 0, 0});
        double[][] before = population(new double[] {0.5, 0, 0});
        HyperMutation.defaults().respond(p, BOX, history(), new SplittableRandom(2));
        assertThat(changedRows(before, p)).isEqualTo(600);
        double maxStep = 0;
        for (double[] x : p) {
            assertThat(BOX.contains(x)).isTrue();
            maxStep = Math.max(maxStep, Math.abs(x[1]));
        }
        assertThat(maxStep).isGreaterThan(0.05).isLessThanOrEqualTo(1);
        HyperMutation h = HyperMutation.defaults();
        assertThat(h.mutate(0.3, 0, 1, 0.5)).isEqualTo(0.3);
        assertThat(h.mutate(0.3, 0, 1, 0.0)).isLessThan(0.3).isGreaterThanOrEqualTo(0);
        assertThat(h.mutate(0.3, 0, 1, 0.999999)).isGreaterThan(0.3).isLessThanOrEqualTo(1);
    }

    @Test
    void linearPredictionMovesByTheCentroidShift() {
        double[][] p = population(new double[] {0.5, 0, 0});
        CentroidHistory h = history(new double[] {0.5, 0, 0}, new double[] {0.5, 0.1, -0.05});
        new LinearPrediction().respond(p, BOX, h, new SplittableRandom(3));
        double[] c = CentroidHistory.centroid(p);
        assertThat(c[0]).isCloseTo(0.5, within(0.01));
        assertThat(c[1]).isCloseTo(0.1, within(0.01));
        assertThat(c[2]).isCloseTo(-0.05, within(0.01));
        double[][] q = population(new double[] {0.5, 0, 0});
        new LinearPrediction().respond(q, BOX, history(new double[] {0.5, 0, 0}), new SplittableRandom(3));
        assertThat(changedRows(population(new double[] {0.5, 0, 0}), q)).isZero();
    }

    @Test
    void scaleRestartCentresOnThePredictionWithTheRestartedSpread() {
        double[][] p = population(new double[] {0.5, 0, 0});
        CentroidHistory h = history(new double[] {0.5, 0, 0}, new double[] {0.5, 0.2, 0});
        ScaleRestart r = ScaleRestart.builder().shiftNoise(1).floor(0.01).build();
        r.respond(p, BOX, h, new SplittableRandom(4));
        double[] c = CentroidHistory.centroid(p);
        assertThat(c[1]).isCloseTo(0.2, within(0.02));
        // s = nu |Delta_c| + floor w_c: 0.2 + 0.02 in coordinate 1, 0.02 in coordinate 2 (width 2).
        assertThat(std(p, 1)).isCloseTo(0.22, within(0.02));
        assertThat(std(p, 2)).isCloseTo(0.02, within(0.003));
        assertThat(std(p, 0)).isCloseTo(0.01, within(0.002));
    }

    @Test
    void scaleRestartWithoutPredictionUsesTheInitialScaleAndKeepsTheUnshiftedShare() {
        double[][] p = population(new double[] {0.5, 0, 0});
        ScaleRestart r = ScaleRestart.builder().initialScale(0.1).shiftedFraction(0.5).build();
        r.respond(p, BOX, history(new double[] {0.5, 0, 0}), new SplittableRandom(5));
        assertThat(changedRows(population(new double[] {0.5, 0, 0}), p)).isEqualTo(1000);
        double[][] moved = Arrays.stream(p).filter(x -> x[1] != 0).toArray(double[][]::new);
        assertThat(std(moved, 1)).isCloseTo(0.2, within(0.02));
    }

    @Test
    void scaleRestartImmigrantsShiftsEveryRowThenDrawsItsShareUniformly() {
        double[][] p = population(new double[] {0.5, 0, 0});
        CentroidHistory h = history(new double[] {0.5, 0, 0}, new double[] {0.5, 0.2, 0});
        ScaleRestartImmigrants r = new ScaleRestartImmigrants(ScaleRestart.builder().shiftNoise(0).floor(0.001).build(),
                0.25);
        r.respond(p, BOX, h, new SplittableRandom(6));
        // The shifted rows sit within a few 0.002 of (0.5, 0.2, 0); the immigrants anywhere in the box.
        double[][] shifted = Arrays.stream(p).filter(x -> Math.abs(x[1] - 0.2) < 0.01 && Math.abs(x[2]) < 0.01
                && Math.abs(x[0] - 0.5) < 0.01).toArray(double[][]::new);
        double[][] immigrants = Arrays.stream(p).filter(x -> !(Math.abs(x[1] - 0.2) < 0.01 && Math.abs(x[2]) < 0.01
                && Math.abs(x[0] - 0.5) < 0.01)).toArray(double[][]::new);
        assertThat(shifted.length).isEqualTo(1500);
        assertThat(immigrants.length).isEqualTo(500);
        assertThat(CentroidHistory.centroid(shifted)[1]).isCloseTo(0.2, within(0.001));
        for (double[] x : immigrants) {
            assertThat(BOX.contains(x)).isTrue();
        }
        // Uniform on [-1, 1]: standard deviation 2 / sqrt(12).
        assertThat(std(immigrants, 1)).isCloseTo(2 / Math.sqrt(12), within(0.05));
        assertThat(std(immigrants, 0)).isCloseTo(1 / Math.sqrt(12), within(0.03));
        assertThat(ScaleRestartImmigrants.defaults().fraction()).isEqualTo(ScaleRestartImmigrants.DEFAULT_FRACTION);
        assertThat(ScaleRestartImmigrants.defaults().name()).isEqualTo("scale-restart-immigrants-0.1");
    }

    @Test
    void responsesRejectBadSettings() {
        assertThatThrownBy(() -> new ScaleRestartImmigrants(ScaleRestart.defaults(), -0.1))
                .hasMessageContaining("fraction must be in [0, 1], was -0.1");
        assertThatThrownBy(() -> new ScaleRestartImmigrants(null, 0.1)).hasMessageContaining("restart must not be null");
        assertThatThrownBy(() -> new RandomReinitialization(1.2)).hasMessageContaining("fraction must be in [0, 1], was 1.2");
        assertThatThrownBy(() -> new HyperMutation(0.3, -1, 1)).hasMessageContaining("eta must be in");
        assertThatThrownBy(() -> ScaleRestart.builder().floor(Double.NaN)).hasMessageContaining("floor must be in [0, 1], was NaN");
        assertThatThrownBy(() -> ScaleRestart.builder().shiftNoise(11)).hasMessageContaining("shiftNoise must be in [0, 10]");
    }

    @Test
    void centroidHistoryPredictsTheLastStep() {
        CentroidHistory h = new CentroidHistory(2);
        assertThat(h.canPredict()).isFalse();
        assertThat(h.predictedShift()).containsExactly(0, 0);
        h.record(new double[][] {{0, 0}, {2, 2}});
        h.record(new double[][] {{1, 3}, {3, 1}});
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.latest()).containsExactly(2, 2);
        assertThat(h.predictedShift()).containsExactly(1, 1);
        assertThatThrownBy(() -> h.record(new double[][] {{1, 2, 3}})).hasMessageContaining("must have 2 coordinates");
    }

    private static double std(double[][] p, int c) {
        double mean = 0;
        for (double[] x : p) {
            mean += x[c];
        }
        mean /= p.length;
        double ss = 0;
        for (double[] x : p) {
            ss += (x[c] - mean) * (x[c] - mean);
        }
        return Math.sqrt(ss / (p.length - 1));
    }
}
