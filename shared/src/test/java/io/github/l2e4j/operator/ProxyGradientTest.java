package io.github.l2e4j.operator;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProxyGradientTest {

    private static final int D = 6;
    /** The ridge regularization biases the estimate by about lambda / lambda_min. */
    private static final double RIDGE_BIAS = 1e-8;

    private static int[] all(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    @Test
    void isExactForLinearFunctionsWithEnoughPoints() {
        SplittableRandom r = new SplittableRandom(1);
        int n = D + 1;
        double[] g = {1, -2, 3, 0.5, -0.25, 4};
        double[] x = new double[n * D];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 7;
            for (int k = 0; k < D; k++) {
                x[i * D + k] = r.nextGaussian();
                s += g[k] * x[i * D + k];
            }
            f[i] = s;
        }
        double[] est = new double[D];
        assertThat(new ProxyGradient(D, n).ridge(x, f, all(n), n, est)).isEqualTo(n);
        for (int k = 0; k < D; k++) {
            assertThat(est[k]).isCloseTo(g[k], within(RIDGE_BIAS));
        }
    }

    @Test
    void isExactForQuadraticsWithAntitheticPairs() {
        SplittableRandom r = new SplittableRandom(2);
        int pairs = D;
        int n = 2 * pairs + 1;
        double[] p = new double[D];
        for (int k = 0; k < D; k++) {
            p[k] = r.nextGaussian();
        }
        double[] x = new double[n * D];
        System.arraycopy(p, 0, x, 0, D);
        for (int i = 0; i < pairs; i++) {
            for (int k = 0; k < D; k++) {
                double o = 0.3 * r.nextGaussian();
                x[(1 + 2 * i) * D + k] = p[k] + o;
                x[(2 + 2 * i) * D + k] = p[k] - o;
            }
        }
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = quadratic(x, i);
        }
        double[] est = new double[D];
        new ProxyGradient(D, n).ridge(x, f, all(n), n, est);
        double[] exact = quadraticGradient(p);
        for (int k = 0; k < D; k++) {
            assertThat(est[k]).isCloseTo(exact[k], within(1e-7 * (1 + Math.abs(exact[k]))));
        }
        // The antithetic estimator is exact on the same design too.
        int[] plus = new int[pairs];
        int[] minus = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            plus[i] = 1 + 2 * i;
            minus[i] = 2 + 2 * i;
        }
        double[] es = new double[D];
        assertThat(new ProxyGradient(D, n).antithetic(x, f, p, plus, minus, pairs, es)).isEqualTo(pairs);
        double dot = 0;
        for (int k = 0; k < D; k++) {
            dot += es[k] * exact[k];
        }
        assertThat(dot).as("ES estimate is a descent-aligned direction").isPositive();
    }

    private static double quadratic(double[] x, int row) {
        double s = 0;
        for (int k = 0; k < D; k++) {
            double v = x[row * D + k] - 0.1 * k;
            s += (k + 1) * v * v + (k > 0 ? 0.5 * v * (x[row * D + k - 1]) : 0);
        }
        return s;
    }

    private static double[] quadraticGradient(double[] p) {
        double[] x = p.clone();
        double[] g = new double[D];
        double h = 1e-5;
        for (int k = 0; k < D; k++) {
            double[] a = x.clone();
            double[] b = x.clone();
            a[k] += h;
            b[k] -= h;
            g[k] = (quadratic(a, 0) - quadratic(b, 0)) / (2 * h);
        }
        return g;
    }

    @Test
    void givesTheMinimumNormEstimateInTheSampledSubspaceWhenFewPoints() {
        // Two points along e_0 in R^6: only the first coordinate is observable.
        double[] x = new double[2 * D];
        x[0] = 1;
        x[D] = -1;
        double[] f = {5, 1};
        double[] est = new double[D];
        new ProxyGradient(D, 2).ridge(x, f, all(2), 2, est);
        assertThat(est[0]).isCloseTo(2.0, within(1e-6));
        for (int k = 1; k < D; k++) {
            assertThat(est[k]).isZero();
        }
    }

    @Test
    void skipsRowsWithInvalidValues() {
        SplittableRandom r = new SplittableRandom(3);
        int n = D + 3;
        double[] x = new double[n * D];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < D; k++) {
                x[i * D + k] = r.nextGaussian();
                s += (k + 1) * x[i * D + k];
            }
            f[i] = s;
        }
        f[2] = Double.NaN;
        f[5] = Double.POSITIVE_INFINITY;
        double[] est = new double[D];
        assertThat(new ProxyGradient(D, n).ridge(x, f, all(n), n, est)).isEqualTo(n - 2);
        for (int k = 0; k < D; k++) {
            assertThat(est[k]).isCloseTo(k + 1, within(RIDGE_BIAS));
        }
    }
}
