package io.github.l2e4j.km;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Contract tests run against both metrics. */
class MetricTest {

    private static final int D = 5;

    private static Metric create(boolean full) {
        Metric m = full ? new FullMetric(D) : new LimitedMemoryMetric(D, 20);
        double[] shape = new double[D];
        Arrays.fill(shape, 1.0);
        m.reset(shape, 1.0);
        return m;
    }

    /** A fixed SPD matrix A (the "Hessian"). */
    private static double[] hessian() {
        SplittableRandom r = new SplittableRandom(9);
        double[] b = new double[D * D];
        for (int i = 0; i < b.length; i++) {
            b[i] = r.nextGaussian();
        }
        double[] a = new double[D * D];
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                double s = i == j ? 0.5 : 0;
                for (int k = 0; k < D; k++) {
                    s += b[i * D + k] * b[j * D + k];
                }
                a[i * D + j] = s;
            }
        }
        return a;
    }

    private static double[] times(double[] a, double[] v) {
        double[] out = new double[D];
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                out[i] += a[i * D + j] * v[j];
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void satisfiesTheSecantEquationAfterAnUpdate(boolean full) {
        Metric m = create(full);
        double[] a = hessian();
        SplittableRandom r = new SplittableRandom(1);
        for (int k = 0; k < 3; k++) {
            double[] s = new double[D];
            for (int i = 0; i < D; i++) {
                s[i] = r.nextGaussian();
            }
            double[] y = times(a, s);
            assertThat(m.update(s, y)).isTrue();
            double[] hy = new double[D];
            m.apply(y, hy);
            for (int i = 0; i < D; i++) {
                assertThat(hy[i]).as("H y = s").isCloseTo(s[i], within(1e-8 * (1 + Math.abs(s[i]))));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void denseBfgsLearnsTheInverseHessianOfAQuadratic() {
        Metric m = create(true);
        double[] a = hessian();
        SplittableRandom r = new SplittableRandom(2);
        double[] v = {1, -1, 2, 0.5, 3};
        double early = Double.NaN;
        for (int k = 1; k <= 100; k++) {
            double[] s = new double[D];
            for (int i = 0; i < D; i++) {
                s[i] = r.nextGaussian();
            }
            m.update(s, times(a, s));
            double[] hv = new double[D];
            m.apply(times(a, v), hv);
            double err = 0;
            for (int i = 0; i < D; i++) {
                err = Math.max(err, Math.abs(hv[i] - v[i]));
            }
            if (k == 10) {
                early = err;
            }
            if (k == 100) {
                assertThat(err).isLessThan(1e-4).isLessThan(early / 1000);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void applyInverseUndoesApply(boolean full) {
        Metric m = create(full);
        double[] a = hessian();
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 3; k++) {
            double[] s = new double[D];
            for (int i = 0; i < D; i++) {
                s[i] = r.nextGaussian();
            }
            m.update(s, times(a, s));
        }
        double[] v = {0.3, -1, 2, 0.5, -3};
        double[] hv = new double[D];
        double[] back = new double[D];
        m.apply(v, hv);
        m.applyInverse(hv, back);
        for (int i = 0; i < D; i++) {
            assertThat(back[i]).isCloseTo(v[i], within(1e-8));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void refusesPairsWithoutPositiveCurvature(boolean full) {
        Metric m = create(full);
        double[] s = {1, 0, 0, 0, 0};
        double[] y = {-1, 0, 0, 0, 0};
        assertThat(m.update(s, y)).isFalse();
        assertThat(m.updates()).isZero();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void samplesHaveCovarianceHOverScale(boolean full) {
        Metric m = create(full);
        double[] a = hessian();
        SplittableRandom r = new SplittableRandom(4);
        for (int k = 0; k < 2 * D; k++) {
            double[] s = new double[D];
            for (int i = 0; i < D; i++) {
                s[i] = r.nextGaussian();
            }
            m.update(s, times(a, s));
        }
        int n = 200_000;
        double[] cov = new double[D * D];
        double[] xi = new double[D];
        double[] extra = new double[Math.max(1, m.extraNormals())];
        double[] out = new double[D];
        SplittableRandom g = new SplittableRandom(5);
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < D; i++) {
                xi[i] = g.nextGaussian();
            }
            for (int i = 0; i < extra.length; i++) {
                extra[i] = g.nextGaussian();
            }
            m.sample(xi, extra, out);
            for (int i = 0; i < D; i++) {
                for (int j = 0; j < D; j++) {
                    cov[i * D + j] += out[i] * out[j] / n;
                }
            }
        }
        // Column j of H / scale is H e_j / scale.
        for (int j = 0; j < D; j++) {
            double[] e = new double[D];
            e[j] = 1;
            double[] col = new double[D];
            m.apply(e, col);
            for (int i = 0; i < D; i++) {
                double expected = col[i] / m.scale();
                assertThat(cov[i * D + j]).as("cov[%d][%d]", i, j)
                        .isCloseTo(expected, within(0.03 * m.maxShapeStd() * m.maxShapeStd() + 1e-3));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void fullMetricKeepsItsEigenvaluesWithinFixedBounds() {
        FullMetric m = new FullMetric(2);
        m.reset(new double[]{1, 1}, 1.0);
        // Curvature 1e-30 along e0 would give H = 1e30 there; the bound clips it.
        for (int k = 0; k < 5; k++) {
            m.update(new double[]{1, 0}, new double[]{1e-30, 0});
            m.update(new double[]{0, 1}, new double[]{0, 1});
        }
        double[] ev = m.eigenvalues();
        double max = Math.max(ev[0], ev[1]);
        double min = Math.min(ev[0], ev[1]);
        assertThat(max / min).isLessThanOrEqualTo(Metric.MAX_CONDITION * (1 + 1e-9));
        assertThat(max).isLessThanOrEqualTo(Metric.MAX_SCALE_CHANGE * 1.0 * (1 + 1e-9));
    }

    @org.junit.jupiter.api.Test
    void decomposesTinyAndHugeScalesAlike() {
        // A run's scale can be anything: H with entries around 1e-8 once made the eigensolver fail.
        for (double scale : new double[]{1e-12, 1e-8, 1, 1e8}) {
            FullMetric m = new FullMetric(40);
            double[] shape = new double[40];
            java.util.Arrays.fill(shape, 1.0);
            m.reset(shape, scale);
            SplittableRandom r = new SplittableRandom(11);
            for (int k = 0; k < 200; k++) {
                double[] s = new double[40];
                double[] y = new double[40];
                for (int i = 0; i < 40; i++) {
                    s[i] = scale * r.nextGaussian();
                    y[i] = (1 + i) * s[i] / scale;
                }
                m.update(s, y);
            }
            for (double v : m.eigenvalues()) {
                assertThat(v).isPositive().isFinite();
            }
        }
    }
}
