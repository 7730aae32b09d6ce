package io.github.l2e4j.cma;

import io.github.l2e4j.baseline.CmaesBipop;
import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.RunSpec;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CmaEsTest {

    private static final double TARGET = 1e-8;

    @Test
    void defaultWeightsFollowTheTutorial() {
        CmaParameters p = CmaParameters.of(10, 10, false);
        assertThat(p.mu()).isEqualTo(5);
        double pos = 0;
        double neg = 0;
        for (int i = 0; i < 10; i++) {
            if (i < 5) {
                assertThat(p.weight(i)).isPositive();
                pos += p.weight(i);
            } else {
                assertThat(p.weight(i)).isLessThanOrEqualTo(0);
                neg += p.weight(i);
            }
        }
        assertThat(pos).isCloseTo(1, within(1e-12));
        assertThat(neg).isNegative();
        assertThat(p.muEff()).isCloseTo(3.1672, within(1e-3));
        assertThat(p.c1() + p.cMu()).isLessThan(1);
        // sep-CMA: positive weights only, faster rates.
        CmaParameters sep = CmaParameters.of(10, 10, true);
        assertThat(sep.weight(9)).isZero();
        assertThat(sep.cMu()).isGreaterThan(p.cMu());
        assertThat(CmaParameters.defaultLambda(10)).isEqualTo(10);
        assertThat(CmaParameters.defaultLambda(40)).isEqualTo(15);
    }

    @Test
    void badParametersAreRefusedWithTheirName() {
        assertThatThrownBy(() -> CmaParameters.of(10, 1, false)).hasMessageContaining("lambda");
        assertThatThrownBy(() -> CmaParameters.of(10, 10, false, true, 100, 1)).hasMessageContaining("rateMultiplier");
        assertThatThrownBy(() -> new CmaEs(CmaParameters.of(3, 6, false), new double[3], 0, new double[]{1, 1, 1}))
                .hasMessageContaining("sigma");
    }

    /** The core against Hipparchus' CMA-ES: same lambda, no restarts, median evaluations within +-20%. */
    @ParameterizedTest
    @ValueSource(strings = {"sphere", "ellipsoid", "rosenbrock"})
    void medianEvaluationsAreWithinTwentyPercentOfHipparchus(String function) {
        Problem p = TestFunctions.create(function, 10).withoutGradient();
        CmaesBipop ours = new CmaesBipop("cmaes-norestart", false, false, 0);
        long[] a = new long[10];
        long[] h = new long[10];
        for (int s = 1; s <= 10; s++) {
            Result r = ours.minimize(p, RunSpec.of(100_000, TARGET, s));
            a[s - 1] = r.bestValue() <= TARGET ? r.evaluations() : Long.MAX_VALUE;
            h[s - 1] = hipparchus(p, s);
        }
        double ratio = median(a) / median(h);
        assertThat(ratio).as("ours %s, Hipparchus %s", Arrays.toString(a), Arrays.toString(h)).isBetween(0.8, 1.2);
    }

    @Test
    void bipopIsDeterministicAndSolvesTheLinearSlopeInACorner() {
        Problem p = Bbob.problem(5, 1, 10).withoutGradient();
        double fOpt = p.optimalValue().orElseThrow();
        CmaesBipop bipop = new CmaesBipop();
        Result a = bipop.minimize(p, RunSpec.of(10_000, fOpt + TARGET, 3));
        Result b = bipop.minimize(p, RunSpec.of(10_000, fOpt + TARGET, 3));
        assertThat(a.bestValue()).isLessThanOrEqualTo(fOpt + TARGET);
        assertThat(a.evaluations()).isEqualTo(b.evaluations());
        assertThat(a.bestPoint()).containsExactly(b.bestPoint());
        assertThat(a.evaluations()).isLessThan(1_000);
    }

    @Test
    void bipopRestartsWithLargerPopulationsAndSolvesRastrigin() {
        Problem p = TestFunctions.create("rastrigin", 5).withoutGradient();
        Result r = new CmaesBipop().minimize(p, RunSpec.of(200_000, TARGET, 1));
        assertThat(r.restarts()).isPositive();
        assertThat(r.bestValue()).isLessThanOrEqualTo(TARGET);
    }

    @Test
    void theDiagonalVariantSolvesAHighDimensionalSeparableEllipsoid() {
        Problem p = Bbob.problem(2, 1, 200).withoutGradient();
        double fOpt = p.optimalValue().orElseThrow();
        Result r = new CmaesBipop().minimize(p, RunSpec.of(400_000, fOpt + TARGET, 1));
        assertThat(r.bestValue() - fOpt).isLessThanOrEqualTo(1e-6);
    }

    /**
     * The rate and damping multipliers of the learned heads: with positive weights only (sep-CMA) the
     * change of C is linear in the rate multiplier k, and the damping multiplier divides the log
     * step-size change (below its cap of 1).
     */
    @Test
    void rateAndDampingMultipliersScaleTheCovarianceChangeAndTheStepSizeChange() {
        int d = 6;
        CmaParameters p = CmaParameters.of(d, 10, true);
        double[] ys = new double[10 * d];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < ys.length; i++) {
            ys[i] = r.nextGaussian() * (1 + i % d);
        }
        int[] ranked = {3, 1, 4, 0, 9, 2, 6, 5, 8, 7};
        double[] weights = new double[10];
        for (int i = 0; i < 10; i++) {
            weights[i] = Math.max(0, p.weight(i));
        }
        double[] shape = new double[d];
        Arrays.fill(shape, 1.0);
        CmaEs plain = new CmaEs(p, new double[d], 0.5, shape);
        CmaEs slow = new CmaEs(p, new double[d], 0.5, shape);
        CmaEs damped = new CmaEs(p, new double[d], 0.5, shape);
        plain.update(ys, ranked, 10, weights);
        slow.update(ys, ranked, 10, weights, 0.5, 1);
        damped.update(ys, ranked, 10, weights, 1, 2);
        double[] c1 = plain.covariance();
        double[] cHalf = slow.covariance();
        for (int i = 0; i < d; i++) {
            assertThat(cHalf[i] - 1).isCloseTo(0.5 * (c1[i] - 1), within(1e-12));
        }
        assertThat(slow.sigma()).isEqualTo(plain.sigma());
        assertThat(Math.log(damped.sigma() / 0.5)).isCloseTo(0.5 * Math.log(plain.sigma() / 0.5), within(1e-12));
        assertThat(damped.covariance()).containsExactly(c1);
        assertThatThrownBy(() -> plain.update(ys, ranked, 10, weights, 0, 1)).hasMessageContaining("rateMultiplier");
        assertThatThrownBy(() -> plain.update(ys, ranked, 10, weights, 1, Double.NaN))
                .hasMessageContaining("dampingMultiplier");
    }

    /**
     * Active CMA with the heads' extreme multipliers (1/2 and 2, drawn anew every generation) and an
     * adversarial ranking (random steps, random order, so the negative weights hit arbitrary
     * directions) keeps C positive definite: the cap on k (c_1 + c_mu) and the shrunken negative rate.
     */
    @Test
    void activeUpdatesWithExtremeRateMultipliersKeepTheCovariancePositiveDefinite() {
        for (int d : new int[]{2, 5, 10}) {
            int lambda = CmaParameters.defaultLambda(d);
            CmaParameters p = CmaParameters.of(d, lambda, false, true, 1.5, 1);
            double[] shape = new double[d];
            Arrays.fill(shape, 1.0);
            SplittableRandom r = new SplittableRandom(d);
            CmaEs cma = null;
            double[] ys = new double[lambda * d];
            double[] weights = new double[lambda];
            for (int i = 0; i < lambda; i++) {
                weights[i] = p.weight(i);
            }
            double[] z = new double[d];
            double[] y = new double[d];
            for (int g = 0; g < 300; g++) {
                if (g % 20 == 0) {
                    // A fresh run every 20 generations: a random ranking is a random walk of C's shape,
                    // and the check below wants C's condition within what doubles resolve.
                    cma = new CmaEs(p, new double[d], 1, shape);
                }
                for (int j = 0; j < lambda; j++) {
                    for (int i = 0; i < d; i++) {
                        z[i] = r.nextGaussian();
                    }
                    cma.transform(z, y);
                    System.arraycopy(y, 0, ys, j * d, d);
                }
                int[] ranked = new int[lambda];
                for (int j = 0; j < lambda; j++) {
                    ranked[j] = j;
                }
                for (int j = lambda - 1; j > 0; j--) {
                    int k = r.nextInt(j + 1);
                    int t = ranked[j];
                    ranked[j] = ranked[k];
                    ranked[k] = t;
                }
                cma.update(ys, ranked, lambda, weights, r.nextBoolean() ? 2 : 0.5, r.nextBoolean() ? 2 : 0.5);
                org.hipparchus.linear.RealMatrix c = new org.hipparchus.linear.Array2DRowRealMatrix(d, d);
                double[] flat = cma.covariance();
                for (int i = 0; i < d; i++) {
                    for (int k = 0; k < d; k++) {
                        c.setEntry(i, k, flat[i * d + k]);
                    }
                }
                double[] eig = new org.hipparchus.linear.EigenDecompositionSymmetric(c).getEigenvalues();
                double max = Arrays.stream(eig).max().orElseThrow();
                assertThat(Arrays.stream(eig).min().orElseThrow()).as("D = %d, generation %d", d, g)
                        .isGreaterThan(max * 1e-12);
                cma.setSigma(1);
            }
        }
    }

    @Test
    void nanValuesRankWorstAndNeverBecomeTheBest() {
        Problem base = TestFunctions.create("sphere", 6).withoutGradient();
        Problem p = Problem.builder("nan-half", base.bounds())
                .objective(x -> x[0] > 1 ? Double.NaN : base.objective().value(x)).build();
        Result r = new CmaesBipop().minimize(p, RunSpec.of(20_000, TARGET, 2));
        assertThat(r.bestValue()).isFinite().isLessThanOrEqualTo(1e-6);
        assertThat(r.bestPoint()[0]).isLessThanOrEqualTo(1);
    }

    @Test
    void theScheduleAlternatesRegimesByBudget() {
        BipopSchedule s = new BipopSchedule(10, 10 * 512, true);
        SplittableRandom r = new SplittableRandom(1);
        BipopSchedule.Run first = s.next(1000, r);
        assertThat(first.large()).isTrue();
        assertThat(first.lambda()).isEqualTo(20);
        BipopSchedule.Run second = s.next(2000, r);
        assertThat(second.large()).isFalse();
        assertThat(second.lambda()).isBetween(10, 20);
        assertThat(second.sigmaFactor()).isBetween(0.01, 1.0);
        // small runs continue while they have used fewer evaluations than the large ones
        BipopSchedule.Run third = s.next(500, r);
        assertThat(third.large()).isFalse();
        BipopSchedule.Run fourth = s.next(1600, r);
        assertThat(fourth.large()).isTrue();
        assertThat(fourth.lambda()).isEqualTo(40);
        BipopSchedule ipop = new BipopSchedule(10, 30, false);
        assertThat(ipop.next(1, r).lambda()).isEqualTo(20);
        assertThat(ipop.next(1, r).lambda()).isEqualTo(30);
        assertThat(new BipopSchedule(10, 1000, false, 3).next(1, r).lambda()).isEqualTo(30);
    }

    @Test
    void pycmaScheduleCountsTheFirstRunAsSmallDrawsFromTheLastLargeSizeAndCapsSmallRuns() {
        for (int seed = 1; seed <= 50; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            BipopSchedule s = BipopSchedule.pycma(10, 10 * 512, true);
            assertThat(s.runBudget()).isEqualTo(Long.MAX_VALUE);
            BipopSchedule.Run first = s.next(3000, r);
            assertThat(first.large()).isTrue();
            assertThat(first.lambda()).isEqualTo(20);
            assertThat(s.runBudget()).isEqualTo(Long.MAX_VALUE);
            // the first run's 3000 evaluations count as small: 2000 large ones are fewer, another large run
            BipopSchedule.Run second = s.next(2000, r);
            assertThat(second.large()).isTrue();
            assertThat(second.lambda()).isEqualTo(40);
            BipopSchedule.Run small = s.next(2001, r);
            assertThat(small.large()).isFalse();
            assertThat(small.sigmaFactor()).isBetween(0.01, 1.0);
            // lambda_s = floor(10 (40 / 10)^(U^2)) and at most half of the 4001 large evaluations
            assertThat(small.lambda()).isBetween(10, 40);
            assertThat(s.runBudget()).isEqualTo(2001);
            // Hansen's reading above: the second restart would have been small, with lambda_s = 10
            BipopSchedule h = new BipopSchedule(10, 10 * 512, true);
            h.next(3000, r);
            assertThat(h.next(2000, r).lambda()).isEqualTo(10);
            assertThat(h.runBudget()).isEqualTo(Long.MAX_VALUE);
        }
        int largest = 0;
        for (int seed = 1; seed <= 50; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            BipopSchedule s = BipopSchedule.pycma(10, 10 * 512, true);
            s.next(1000, r);
            largest = Math.max(largest, s.next(2000, r).lambda());
        }
        assertThat(largest).as("lambda_s after one large run of 20").isGreaterThan(10).isLessThanOrEqualTo(20);
    }

    @Test
    void tolXIsAFactorOnSigma0() {
        assertThatThrownBy(() -> new CmaTermination(10, 10, 1, 0)).hasMessageContaining("tolX");
        assertThat(CmaesBipop.TOL_X).isEqualTo(CmaTermination.TOL_X_CMAES_M);
    }

    @Test
    void nbipopFavoursTheRegimeThatFoundTheBestValueAndShrinksLargeStepSizes() {
        SplittableRandom r = new SplittableRandom(1);
        BipopSchedule s = new BipopSchedule(10, 10 * 512, true, 2, 2, 1.6);
        BipopSchedule.Run large = s.next(1000, 5.0, r);
        assertThat(large.large()).isTrue();
        assertThat(large.sigmaFactor()).isCloseTo(1 / 1.6, within(1e-15));
        // the large run found the best value: small runs get half its 2000 evaluations
        assertThat(s.next(2000, 1.0, r).large()).isFalse();
        assertThat(s.next(800, 3.0, r).large()).isFalse();
        BipopSchedule.Run second = s.next(300, 2.0, r);
        assertThat(second.large()).isTrue();
        assertThat(second.sigmaFactor()).isCloseTo(1 / (1.6 * 1.6), within(1e-15));
        // a small run that finds the best value turns the shares round: 2 small evaluations per large one
        assertThat(s.next(4000, 1.5, r).large()).isFalse();
        assertThat(s.next(5000, 0.5, r).large()).isFalse();
        assertThat(s.next(3000, 0.7, r).large()).isFalse();
        assertThat(s.next(3000, 0.7, r).large()).isTrue();
        // Hansen's BIPOP at the same evaluations: the small runs would have stopped at 1100 < 2000
        BipopSchedule h = new BipopSchedule(10, 10 * 512, true);
        h.next(1000, r);
        h.next(2000, r);
        assertThat(h.next(800, r).large()).isFalse();
        assertThat(h.next(300, r).large()).isFalse();
        assertThatThrownBy(() -> new BipopSchedule(10, 100, true, 2, 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetFavour");
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return 0.5 * ((double) s[4] + s[5]);
    }

    private static long hipparchus(Problem p, long seed) {
        int d = p.dimension();
        SplittableRandom init = new SplittableRandom(seed);
        double[] x0 = new double[d];
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            x0[i] = p.bounds().lower(i) + (0.1 + 0.8 * init.nextDouble()) * p.bounds().width(i);
            sigma[i] = 0.2 * p.bounds().width(i);
        }
        long[] count = {0, Long.MAX_VALUE};
        CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, TARGET, true, 0, 0, new Well19937c(seed), false, null);
        try {
            cma.optimize(new MaxEval(100_000), new ObjectiveFunction(x -> {
                count[0]++;
                double v = p.objective().value(x);
                if (v <= TARGET && count[1] == Long.MAX_VALUE) {
                    count[1] = count[0];
                }
                return v;
            }), GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(p.bounds().lower(), p.bounds().upper()),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(CmaParameters.defaultLambda(d)));
        } catch (MathIllegalStateException e) {
            // budget
        }
        return count[1];
    }
}
