package io.github.l2e4j.gradient;

import io.github.l2e4j.Tolerances;
import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GradientProblemsTest {

    /** Central-difference step. */
    private static final double FD_STEP = 1e-6;
    /** Relative agreement of analytic and finite-difference derivatives. */
    private static final double FD_TOLERANCE = 1e-6;

    private static List<SmoothProblem> all() {
        return List.of(
                GradientProblems.randomQp(12, 8, 1),
                GradientProblems.randomQp(10, 10, 100.0, 2),
                GradientProblems.randomLeastSquares(6, 20, 0.1, 3),
                GradientProblems.randomLogisticRegression(5, 40, 4),
                GradientProblems.randomSigmoidRegression(5, 40, 5),
                GradientProblems.rosenbrock(5));
    }

    private static double[] randomPoint(int d, SplittableRandom r, double scale) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = scale * (2 * r.nextDouble() - 1);
        }
        return x;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    @Test
    void gradientsAndHessianVectorProductsMatchFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(7);
        for (SmoothProblem p : all()) {
            int d = p.dimension();
            double[] x = randomPoint(d, r, 1.5);
            double[] g = new double[d];
            p.valueAndGradient(x, g);
            double[] v = randomPoint(d, r, 1);
            double[] hv = new double[d];
            p.hessianVectorProduct().orElseThrow().multiply(x, v, hv);
            double[] gp = new double[d];
            double[] gm = new double[d];
            double[] xp = x.clone();
            double[] xm = x.clone();
            for (int i = 0; i < d; i++) {
                xp[i] = x[i] + FD_STEP * v[i];
                xm[i] = x[i] - FD_STEP * v[i];
            }
            p.valueAndGradient(xp, gp);
            p.valueAndGradient(xm, gm);
            for (int i = 0; i < d; i++) {
                double[] e = x.clone();
                e[i] += FD_STEP;
                double fp = p.value(e);
                e[i] -= 2 * FD_STEP;
                double fm = p.value(e);
                double fd = (fp - fm) / (2 * FD_STEP);
                assertThat(g[i]).as(p.name() + " grad[" + i + "]")
                        .isCloseTo(fd, within(FD_TOLERANCE * (1 + Math.abs(fd))));
                double hfd = (gp[i] - gm[i]) / (2 * FD_STEP);
                assertThat(hv[i]).as(p.name() + " Hv[" + i + "]")
                        .isCloseTo(hfd, within(FD_TOLERANCE * (1 + Math.abs(hfd)) * 10));
            }
        }
    }

    @Test
    void lipschitzConstantBoundsTheGradientDifferences() {
        SplittableRandom r = new SplittableRandom(11);
        for (SmoothProblem p : all()) {
            double l = p.lipschitzConstant().orElseThrow();
            Bounds b = p.bounds();
            double scale = p.name().startsWith("rosenbrock") ? b.upper(0) : 3;
            for (int t = 0; t < 200; t++) {
                double[] x = randomPoint(p.dimension(), r, scale);
                double[] y = randomPoint(p.dimension(), r, scale);
                double[] gx = new double[x.length];
                double[] gy = new double[x.length];
                p.valueAndGradient(x, gx);
                p.valueAndGradient(y, gy);
                double[] dg = new double[x.length];
                double[] dx = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    dg[i] = gx[i] - gy[i];
                    dx[i] = x[i] - y[i];
                }
                assertThat(norm(dg)).as(p.name()).isLessThanOrEqualTo(l * norm(dx) * (1 + Tolerances.ROUNDING));
            }
        }
    }

    @Test
    void quadraticLipschitzConstantIsTight() {
        SmoothProblem p = GradientProblems.randomQp(32, 20, 1);
        double l = p.lipschitzConstant().orElseThrow();
        // power iteration on the Hessian W^T W
        double[] v = new double[32];
        java.util.Arrays.fill(v, 1);
        double[] hv = new double[32];
        double lambda = 0;
        for (int it = 0; it < 2000; it++) {
            p.hessianVectorProduct().orElseThrow().multiply(v, v, hv);
            lambda = norm(hv) / norm(v);
            double n = norm(hv);
            for (int i = 0; i < 32; i++) {
                v[i] = hv[i] / n;
            }
        }
        assertThat(lambda).isCloseTo(l, within(1e-9 * l));
    }

    @Test
    void songQpHasUnitColumnsZeroOptimumAndStartsAtTheOrigin() {
        SmoothProblem p = GradientProblems.randomQp(32, 20, 5);
        assertThat(p.name()).isEqualTo("qp_n32_m20_i5");
        assertThat(p.start()).containsOnly(0.0);
        assertThat(p.optimalValue().orElseThrow()).isZero();
        double[] xStar = p.minimizer().orElseThrow();
        double[] g = new double[32];
        assertThat(p.valueAndGradient(xStar, g)).isLessThan(1e-25);
        assertThat(norm(g)).isLessThan(1e-12);
        // column norms: f(e_j) = ||w_j - y||^2 / 2 and the Hessian diagonal is ||w_j||^2 = 1
        double[] e = new double[32];
        double[] hv = new double[32];
        for (int j = 0; j < 32; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            p.hessianVectorProduct().orElseThrow().multiply(e, e, hv);
            assertThat(hv[j]).isCloseTo(1.0, within(1e-12));
        }
        assertThat(GradientProblems.randomQp(32, 20, 5).value(new double[32])).isEqualTo(p.value(new double[32]));
        assertThat(GradientProblems.randomQp(32, 20, 6).value(new double[32])).isNotEqualTo(p.value(new double[32]));
    }

    @Test
    void conditionedQpHasTheRequestedEigenvalueRange() {
        SmoothProblem p = GradientProblems.randomQp(8, 8, 1e4, 1);
        assertThat(p.lipschitzConstant().orElseThrow()).isCloseTo(1.0, within(1e-12));
        // the smallest eigenvalue of W^T W: inverse iteration is overkill; use the Rayleigh quotient minimum over
        // the eigenvectors found by deflated power iteration on (L I - H)
        double[] v = new double[8];
        java.util.Arrays.fill(v, 1);
        double[] hv = new double[8];
        for (int it = 0; it < 200_000; it++) {
            p.hessianVectorProduct().orElseThrow().multiply(v, v, hv);
            for (int i = 0; i < 8; i++) {
                hv[i] = v[i] - hv[i];
            }
            double n = norm(hv);
            for (int i = 0; i < 8; i++) {
                v[i] = hv[i] / n;
            }
        }
        p.hessianVectorProduct().orElseThrow().multiply(v, v, hv);
        double rayleigh = 0;
        for (int i = 0; i < 8; i++) {
            rayleigh += v[i] * hv[i];
        }
        assertThat(rayleigh).isCloseTo(1e-4, within(1e-8));
    }

    @Test
    void logisticOptimumIsStationaryAndLowest() {
        SmoothProblem p = GradientProblems.randomLogisticRegression(6, 80, 1);
        double fStar = p.optimalValue().orElseThrow();
        double[] g = new double[6];
        assertThat(p.valueAndGradient(p.minimizer().orElseThrow(), g)).isEqualTo(fStar);
        assertThat(norm(g)).isLessThan(1e-12);
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 100; t++) {
            assertThat(p.value(randomPoint(6, r, 2))).isGreaterThanOrEqualTo(fStar);
        }
        assertThat(p.isConvex()).isTrue();
    }

    @Test
    void sigmoidRegressionIsNonConvexAndBoundedBelowByZero() {
        SmoothProblem p = GradientProblems.randomSigmoidRegression(4, 50, 1);
        assertThat(p.isConvex()).isFalse();
        assertThat(p.lowerBound().orElseThrow()).isZero();
        assertThat(p.optimalValue()).isEmpty();
        // a negative curvature direction exists somewhere (non-convex): search a few points
        SplittableRandom r = new SplittableRandom(5);
        double minCurvature = Double.POSITIVE_INFINITY;
        double[] hv = new double[4];
        for (int t = 0; t < 500; t++) {
            double[] x = randomPoint(4, r, 6);
            double[] v = randomPoint(4, r, 1);
            p.hessianVectorProduct().orElseThrow().multiply(x, v, hv);
            double c = 0;
            for (int i = 0; i < 4; i++) {
                c += v[i] * hv[i];
            }
            minCurvature = Math.min(minCurvature, c / (norm(v) * norm(v)));
            assertThat(p.value(x)).isGreaterThanOrEqualTo(0);
        }
        assertThat(minCurvature).isNegative();
    }

    @Test
    void toProblemKeepsGradientLipschitzAndOptimum() {
        SmoothProblem s = GradientProblems.randomQp(32, 20, 1);
        io.github.l2e4j.problem.Problem p = s.toProblem();
        assertThat(p.name()).isEqualTo(s.name());
        assertThat(p.optimalValue().orElseThrow()).isZero();
        assertThat(p.gradient().orElseThrow()).isInstanceOf(io.github.l2e4j.problem.LipschitzGradient.class);
        assertThat(((io.github.l2e4j.problem.LipschitzGradient) p.gradient().orElseThrow()).lipschitzConstant())
                .isEqualTo(s.lipschitzConstant().orElseThrow());
        double[] x = randomPoint(32, new SplittableRandom(1), 1);
        double[] g1 = new double[32];
        double[] g2 = new double[32];
        assertThat(p.objective().value(x)).isEqualTo(s.valueAndGradient(x, g1));
        p.gradient().orElseThrow().gradient(x, g2);
        assertThat(g2).containsExactly(g1);
    }

    @Test
    void badInputIsRejectedWithTheParameterNamed() {
        assertThatThrownBy(() -> GradientProblems.logisticRegression("x", 2, 1, new double[]{1, 2},
                new double[]{1, 0.5}, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("labels[1] must be -1 or +1, was 0.5");
        assertThatThrownBy(() -> GradientProblems.quadratic("x", 2, 2, new double[]{1, 2, 3, Double.NaN},
                new double[]{1, 1}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("W[3] must be finite, was NaN");
        assertThatThrownBy(() -> GradientProblems.randomQp(0, 20, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be >= 1, was 0");
        assertThatThrownBy(() -> GradientProblems.randomQp(4, 4, 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("condition must be in [1, 1000000000000], was 0.5");
        assertThatThrownBy(() -> GradientProblems.sigmoidRegression("x", 1, 1, new double[]{1}, new double[]{2}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("labels[0] must be in [0, 1], was 2");
        assertThatThrownBy(() -> SmoothProblem.builder("x", 2).oracle((x, g) -> 0).lipschitzConstant(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lipschitzConstant must be a finite number > 0, was -1");
        assertThatThrownBy(() -> SmoothProblem.builder("x", 2).oracle((x, g) -> 0).start(new double[]{0, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start[1] must be finite, was NaN");
        assertThatThrownBy(() -> SmoothProblem.builder("x", 2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oracle must be set for problem 'x'");
    }
}
