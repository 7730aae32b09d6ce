package io.github.l2e4j.metrics;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DynamicMetricsTest {

    private static final double EXACT = 1e-12;

    @Test
    void igdIsTheMeanDistanceFromTheReferenceToItsNearestApproximationPoint() {
        double[][] ref = {{0, 1}, {1, 0}};
        assertThat(DynamicMetrics.igd(ref, ref)).isZero();
        // (0,1) is 0 from (0,1); (1,0) is sqrt(2) from (0,1): mean sqrt(2)/2.
        assertThat(DynamicMetrics.igd(ref, new double[][] {{0, 1}})).isCloseTo(Math.sqrt(2) / 2, within(EXACT));
        assertThat(DynamicMetrics.igd(ref, new double[][] {{0.5, 0.5}})).isCloseTo(Math.sqrt(0.5), within(EXACT));
        assertThat(DynamicMetrics.igd(ref, new double[0][])).isInfinite();
        assertThat(DynamicMetrics.igd(ref, new double[][] {{Double.NaN, 0}, {0, 1}})).isCloseTo(Math.sqrt(2) / 2, within(EXACT));
    }

    @Test
    void twoObjectiveHypervolumeIsTheStaircaseArea() {
        double[][] p = {{1, 3}, {2, 2}, {3, 1}};
        assertThat(DynamicMetrics.hypervolume(p, new double[] {4, 4})).isCloseTo(6, within(EXACT));
        // Dominated, repeated, outside and invalid points add nothing.
        double[][] q = {{1, 3}, {2, 2}, {3, 1}, {2.5, 2.5}, {2, 2}, {5, 0}, {Double.NaN, 0}, {4, 1}};
        assertThat(DynamicMetrics.hypervolume(q, new double[] {4, 4})).isCloseTo(6, within(EXACT));
        assertThat(DynamicMetrics.hypervolume(new double[0][], new double[] {4, 4})).isZero();
    }

    @Test
    void threeObjectiveHypervolumeMatchesInclusionExclusion() {
        double[] r = {1, 1, 1};
        double[][] p = {{0.2, 0.5, 0.6}, {0.6, 0.2, 0.5}, {0.5, 0.6, 0.2}};
        // Union of three boxes [p_i, r]: sum of volumes minus pairwise plus triple intersections.
        double expected = 0;
        for (double[] a : p) {
            expected += box(a, r);
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                expected -= box(max(p[i], p[j]), r);
            }
        }
        expected += box(max(max(p[0], p[1]), p[2]), r);
        assertThat(DynamicMetrics.hypervolume(p, r)).isCloseTo(expected, within(EXACT));
    }

    @Test
    void threeObjectiveHypervolumeAgreesWithMonteCarloOnARandomFront() {
        SplittableRandom rnd = new SplittableRandom(7);
        double[][] p = new double[40][];
        for (int i = 0; i < p.length; i++) {
            double a = rnd.nextDouble() * Math.PI / 2;
            double b = rnd.nextDouble() * Math.PI / 2;
            p[i] = new double[] {Math.cos(a) * Math.cos(b), Math.cos(a) * Math.sin(b), Math.sin(a)};
        }
        double[] r = {1.2, 1.2, 1.2};
        int samples = 400_000;
        int inside = 0;
        for (int s = 0; s < samples; s++) {
            double[] z = {rnd.nextDouble() * 1.2, rnd.nextDouble() * 1.2, rnd.nextDouble() * 1.2};
            for (double[] u : p) {
                if (u[0] <= z[0] && u[1] <= z[1] && u[2] <= z[2]) {
                    inside++;
                    break;
                }
            }
        }
        double mc = 1.728 * inside / samples;
        // Monte Carlo standard error: sqrt(q(1-q)/n) * 1.728 ~ 0.0013; allow 4 of them.
        assertThat(DynamicMetrics.hypervolume(p, r)).isCloseTo(mc, within(0.006));
    }

    private static double box(double[] a, double[] r) {
        double v = 1;
        for (int k = 0; k < a.length; k++) {
            v *= Math.max(0, r[k] - a[k]);
        }
        return v;
    }

    private static double[] max(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            c[k] = Math.max(a[k], b[k]);
        }
        return c;
    }

    @Test
    void meanMedianAndReferencePoint() {
        assertThat(DynamicMetrics.mean(new double[] {1, 2, 6})).isEqualTo(3);
        assertThat(DynamicMetrics.mean(new double[0])).isNaN();
        assertThat(DynamicMetrics.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(DynamicMetrics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(DynamicMetrics.quantile(new double[] {0, 10}, 0.25)).isEqualTo(2.5);
        assertThat(DynamicMetrics.referencePoint(new double[][] {{0, 2}, {1, 0}}, 0.5)).containsExactly(1.5, 2.5);
        assertThat(DynamicMetrics.nondominated(new double[][] {{1, 1}, {2, 2}, {0, 3}, {1, 1}})).hasDimensions(2, 2);
    }

    @Test
    void badInputsFailNamingThem() {
        assertThatThrownBy(() -> DynamicMetrics.igd(new double[0][], new double[][] {{1, 1}}))
                .hasMessageContaining("reference front must have at least one point");
        assertThatThrownBy(() -> DynamicMetrics.igd(new double[][] {{1, 1}}, new double[][] {{1, 1, 1}}))
                .hasMessageContaining("approximation[0] must have 2 objective values, had 3");
        assertThatThrownBy(() -> DynamicMetrics.hypervolume(new double[][] {{1, 1}}, new double[] {1, Double.NaN}))
                .hasMessageContaining("reference point[1] must be finite");
        assertThatThrownBy(() -> DynamicMetrics.quantile(new double[] {1}, 1.5)).hasMessageContaining("q must be in [0, 1]");
    }
}
