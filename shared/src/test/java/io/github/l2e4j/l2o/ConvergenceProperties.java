package io.github.l2e4j.l2o;

import io.github.l2e4j.Tolerances;
import io.github.l2e4j.gradient.GradientProblems;
import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.internal.Streams;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantees of the learned gradient methods, checked with random weights of every scale: they
 * must hold for all weights, trained or not.
 */
class ConvergenceProperties {

    /** Iterations of the convex runs. */
    private static final int CONVEX_ITERATIONS = 20_000;
    /** Iterations of the non-convex runs. */
    private static final int NONCONVEX_ITERATIONS = 4_000;
    /** ||grad f(x_K)|| / max(1, ||grad f(x_0)||) must fall below this on the non-convex runs. */
    private static final double STATIONARITY = Tolerances.GRADIENT_NORM;

    @Provide
    Arbitrary<Double> weightScales() {
        return Arbitraries.of(0.5, 1.0, 10.0, 1000.0);
    }

    private static double[] randomTheta(int n, long seed, double scale) {
        SplittableRandom r = Streams.of(seed, "test-theta");
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = scale * r.nextGaussian();
        }
        return t;
    }

    private static double norm2(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    /** Eigenvalues of the (constant or local) Hessian at x, from Hessian-vector products. */
    private static double[] hessianEigenvalues(SmoothProblem p, double[] x) {
        int n = p.dimension();
        RealMatrix h = MatrixUtils.createRealMatrix(n, n);
        double[] e = new double[n];
        double[] col = new double[n];
        for (int c = 0; c < n; c++) {
            java.util.Arrays.fill(e, 0);
            e[c] = 1;
            p.hessianVectorProduct().orElseThrow().multiply(x, e, col);
            h.setColumn(c, col);
        }
        h = h.add(h.transpose()).scalarMultiply(0.5);
        return new EigenDecompositionSymmetric(h).getEigenvalues();
    }

    /**
     * A convex, L-smooth problem of one of four kinds and its Polyak-Lojasiewicz constant mu
     * ({@code ||grad f||^2 >= 2 mu (f - f*)}): for least squares the smallest nonzero eigenvalue of
     * the Hessian, for logistic regression the ridge weight.
     */
    private record Convex(SmoothProblem problem, double mu) {
    }

    private static Convex convex(int kind, long seed) {
        SmoothProblem p = switch (kind) {
            case 0 -> GradientProblems.randomQp(32, 20, seed);
            case 1 -> GradientProblems.randomQp(16, 16, 100.0, seed);
            case 2 -> GradientProblems.randomLeastSquares(10, 40, 0.5, seed);
            default -> GradientProblems.randomLogisticRegression(8, 80, seed);
        };
        if (kind == 3) {
            return new Convex(p, GradientProblems.DEFAULT_RIDGE);
        }
        double[] eig = hessianEigenvalues(p, p.start());
        double l = p.lipschitzConstant().orElseThrow();
        double mu = Double.POSITIVE_INFINITY;
        for (double v : eig) {
            if (v > 1e-9 * l) {
                mu = Math.min(mu, v);
            }
        }
        return new Convex(p, mu);
    }

    /**
     * Learned step sizes with random weights on L-smooth convex problems: every step decreases f by
     * at least (c/L) ||g||^2, and the gap obeys the linear rate (1 - 2 c mu / L)^k that this implies
     * under the PL inequality; so the iteration converges for every weight vector.
     */
    @Property(tries = 40, seed = "20261125")
    void learnedStepSizesConvergeOnConvexProblemsForAnyWeights(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                                               @ForAll("weightScales") double scale,
                                                               @ForAll @IntRange(min = 0, max = 3) int kind) {
        Convex c = convex(kind, seed);
        SmoothProblem p = c.problem();
        double l = p.lipschitzConstant().orElseThrow();
        double fStar = p.optimalValue().orElseThrow();
        int hidden = 8;
        LearnedStepSizes m = LearnedStepSizes.of(hidden, randomTheta(LearnedStepSizes.parameterCount(hidden), seed, scale));
        double eps = LearnedStepSizes.MARGIN;
        double cc = eps * (1 - eps / 2);
        List<double[]> gs = new ArrayList<>();
        Trajectory t = GradientRun.builder().iterations(CONVEX_ITERATIONS).lipschitz(l)
                .listener((k, q, f, g) -> gs.add(new double[]{norm2(g)})).build().run(m, p.oracle(), p.start());
        double[] f = t.values();
        double gap0 = f[0] - fStar;
        double rate = 1 - 2 * cc * c.mu() / l;
        double slack = Tolerances.ROUNDING * 1e-3 * (1 + Math.abs(fStar));
        for (int k = 0; k + 1 < f.length; k++) {
            assertThat(f[k + 1]).as("descent at k = %d", k)
                    .isLessThanOrEqualTo(f[k] - cc / l * gs.get(k)[0] + slack + 1e-12 * Math.abs(f[k]));
        }
        int last = f.length - 1;
        assertThat(f[last] - fStar).as("linear-rate bound after %d steps", last)
                .isLessThanOrEqualTo(Math.pow(rate, last) * gap0 + slack);
        assertThat(t.stopReason()).isIn("iterations", "stationary");
    }

    /** A smooth non-convex problem with a known lower bound. */
    private record NonConvex(SmoothProblem problem, double lowerBound) {
    }

    /**
     * Non-convex problems: sigmoid regression, or a random positive-definite quadratic plus a
     * cosine ripple {@code f(x) = x^T Q x / 2 + sum_i b_i cos(w x_i)} (L = ||Q|| + max b w^2,
     * f &gt;= -sum b_i).
     */
    private static NonConvex nonConvex(int kind, long seed) {
        if (kind == 0) {
            return new NonConvex(GradientProblems.randomSigmoidRegression(6, 60, seed), 0);
        }
        int n = 6;
        SplittableRandom r = Streams.of(seed, "test-ripple");
        double[] mm = new double[n * n];
        for (int i = 0; i < mm.length; i++) {
            mm[i] = r.nextGaussian();
        }
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += mm[k * n + i] * mm[k * n + j];
                }
                q[i * n + j] = s / n + (i == j ? 0.1 : 0);
            }
        }
        double[] b = new double[n];
        double low = 0;
        double maxB = 0;
        for (int i = 0; i < n; i++) {
            b[i] = 0.5 + r.nextDouble();
            low -= b[i];
            maxB = Math.max(maxB, b[i]);
        }
        double w = 3;
        RealMatrix qm = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                qm.setEntry(i, j, q[i * n + j]);
            }
        }
        double qNorm = 0;
        for (double v : new EigenDecompositionSymmetric(qm).getEigenvalues()) {
            qNorm = Math.max(qNorm, Math.abs(v));
        }
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = 3 * r.nextGaussian();
        }
        SmoothProblem p = SmoothProblem.builder("ripple_" + seed, n)
                .oracle((x, g) -> {
                    double f = 0;
                    for (int i = 0; i < n; i++) {
                        double s = 0;
                        for (int j = 0; j < n; j++) {
                            s += q[i * n + j] * x[j];
                        }
                        f += 0.5 * x[i] * s + b[i] * Math.cos(w * x[i]);
                        g[i] = s - b[i] * w * Math.sin(w * x[i]);
                    }
                    return f;
                })
                .lipschitzConstant(qNorm + maxB * w * w)
                .lowerBound(low)
                .start(x0)
                .build();
        return new NonConvex(p, low);
    }

    private static void checkConvergentRun(ConvergentL2o m, NonConvex nc) {
        SmoothProblem p = nc.problem();
        double l = p.lipschitzConstant().orElseThrow();
        List<double[]> qs = new ArrayList<>();
        List<double[]> gs = new ArrayList<>();
        List<Double> fs = new ArrayList<>();
        Trajectory t = GradientRun.builder().iterations(NONCONVEX_ITERATIONS).lipschitz(l)
                .listener((k, q, f, g) -> {
                    qs.add(q.clone());
                    gs.add(g.clone());
                    fs.add(f);
                }).build().run(m, p.oracle(), p.start());
        double s0 = Math.sqrt(norm2(gs.get(0))) / l;
        double sumG = 0;
        double sumV = 0;
        for (int k = 0; k + 1 < qs.size(); k++) {
            double[] v = new double[p.dimension()];
            for (int i = 0; i < v.length; i++) {
                v[i] = qs.get(k + 1)[i] - qs.get(k)[i] + gs.get(k)[i] / l;
            }
            double vn2 = norm2(v);
            double round = 1e-12 * (1 + Math.sqrt(norm2(qs.get(k))));
            assertThat(Math.sqrt(vn2)).as("||v_%d||", k).isLessThanOrEqualTo(m.perturbationBound(s0, k) + round);
            double fk = fs.get(k);
            assertThat(fs.get(k + 1)).as("descent lemma at k = %d", k).isLessThanOrEqualTo(
                    fk - norm2(gs.get(k)) / (2 * l) + 0.5 * l * vn2 + 1e-12 * (1 + Math.abs(fk)));
            sumG += norm2(gs.get(k));
            sumV += vn2;
        }
        assertThat(sumG).isLessThanOrEqualTo(2 * l * (fs.get(0) - nc.lowerBound()) + l * l * sumV + 1e-9);
        double g0 = Math.sqrt(norm2(gs.get(0)));
        assertThat(t.lastGradientNorm()).as("||grad f(x_K)||, K = %d, ||grad f(x_0)|| = %s", t.iterations(), g0)
                .isLessThanOrEqualTo(STATIONARITY * Math.max(1, g0));
    }

    /**
     * The convergent L2O with random weights on smooth non-convex problems: the perturbation stays
     * under its geometric envelope, every step obeys the descent lemma with the perturbation's
     * energy, and ||grad f(x_k)|| goes to 0.
     */
    @Property(tries = 40, seed = "20261125")
    void convergentL2oReachesStationarityOnNonConvexProblemsForAnyWeights(
            @ForAll @LongRange(min = 1, max = 100_000) long seed, @ForAll("weightScales") double scale,
            @ForAll @IntRange(min = 0, max = 1) int kind) {
        int hidden = 4;
        ConvergentL2o m = ConvergentL2o.random(hidden, seed, scale);
        checkConvergentRun(m, nonConvex(kind, seed));
    }

    /** The 100 random weight draws on one held-out sigmoid regression: every one converges. */
    @Property(tries = 100, seed = "20261126")
    void hundredRandomWeightDrawsAllConverge(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                             @ForAll("weightScales") double scale) {
        ConvergentL2o m = ConvergentL2o.random(ConvergentL2o.DEFAULT_HIDDEN, seed, scale);
        checkConvergentRun(m, new NonConvex(GradientProblems.randomSigmoidRegression(10, 100, 1), 0));
    }
}
