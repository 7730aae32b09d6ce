package io.github.l2e4j.search;

import io.github.l2e4j.TestThetas;
import io.github.l2e4j.Tolerances;
import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantees of DESIGN.md section 4, checked with random weights theta (N(0,1) entries and
 * the same scaled by 100) as well as theta0: they must hold for every theta.
 */
class GuaranteesTest {

    @Provide
    Arbitrary<Double> thetaScales() {
        return Arbitraries.of(0.0, 1.0, 100.0);
    }

    /** Scale 0 is theta0, a negative scale the shipped weights, otherwise random theta of that scale. */
    private static LearnedOperator operator(long seed, double scale) {
        if (scale < 0) {
            return DefaultWeights.operator();
        }
        return scale == 0 ? LearnedOperator.theta0() : TestThetas.random(seed, scale);
    }

    /** The shipped weights are one more theta: every guarantee is checked on them too, on three seeds. */
    @Example
    void theShippedWeightsKeepEveryGuarantee() {
        for (long seed : new long[]{1, 2, 3}) {
            g1SpreadContractsWithTheNoiseOff(seed, -1);
            g1TheEnvelopeCollapsesThePopulationByTheEndOfTheHorizon(seed, -1);
            g2CentreConvergesOnTheIllConditionedEllipsoid(seed, -1);
            g3GradientVanishesOnRosenbrock(seed, -1);
            g4BestSoFarIsMonotone(seed, -1, seed % 2 == 0);
            theCentreRisesByAtMostTheSummableSlackInEveryRun(seed, -1);
        }
    }

    /**
     * G1 (a): with the noise term off, the samples' steps in units of sigma contract by the memory
     * share kappa &le; rho every generation (the spread divided by the sigma it was drawn with).
     */
    @Property(tries = 30, seed = "20261125")
    void g1SpreadContractsWithTheNoiseOff(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                          @ForAll("thetaScales") double scale) {
        LearnedOperator op = operator(seed, scale);
        double rho = op.ranges().rho();
        Problem p = TestFunctions.rastrigin(6).withoutGradient();
        L2eSearch s = L2eSearch.create(op, p.bounds(),
                SearchSettings.builder().noise(false).restarts(false).build(), seed);
        double previous = Double.NaN;
        double kappa = Double.NaN;
        double sigma = Double.NaN;
        double first = Double.NaN;
        double bound = 1;
        int generations = 40;
        for (int g = 0; g < generations; g++) {
            tell(s, p);
            Diagnostics dg = s.diagnostics();
            if (g == 0) {
                first = dg.spread() / SearchSettings.DEFAULT_SIGMA0 / 10;
                previous = first;
            } else {
                double relative = dg.spread() / sigma;
                assertThat(relative).as("generation %d", g).isLessThanOrEqualTo(kappa * previous + 1e-12);
                bound *= kappa;
                previous = relative;
            }
            assertThat(dg.gammaPrime()).isBetween(0.0, rho + Tolerances.RANGE);
            kappa = dg.gammaPrime();
            sigma = dg.sigma();
        }
        assertThat(first).isPositive();
        assertThat(previous).isLessThanOrEqualTo(first * bound + 1e-12);
    }

    /**
     * G1 (b): with the noise on, the sampling scale is free for the first 90% of the run's horizon and
     * then falls with the envelope, so by the end of the horizon the population has collapsed.
     */
    @Property(tries = 12, seed = "20261207")
    void g1TheEnvelopeCollapsesThePopulationByTheEndOfTheHorizon(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                                                 @ForAll("thetaScales") double scale) {
        LearnedOperator op = operator(seed, scale);
        Problem p = TestFunctions.rastrigin(6).withoutGradient();
        int horizon = 60;
        L2eSearch s = L2eSearch.create(op, p.bounds(),
                SearchSettings.builder().horizon(horizon).restarts(false).build(), seed);
        double first = Double.NaN;
        for (int g = 0; g < horizon; g++) {
            tell(s, p);
            Diagnostics dg = s.diagnostics();
            if (g == 0) {
                first = dg.spread();
            }
            if (g < 0.9 * horizon - 1) {
                assertThat(dg.envelope()).isInfinite();
            } else {
                // max_j ||y_j|| <= 3.04 m_max sqrt(D) sqrt(lambda_max C) + kappa ||y'||: the scale is capped by the envelope
                assertThat(dg.sigma()).isLessThanOrEqualTo(dg.envelope() * 1e6);
            }
        }
        assertThat(s.diagnostics().spread()).isLessThanOrEqualTo(1e-6 * first);
    }

    private static void tell(L2eSearch s, Problem p) {
        double[][] x = s.ask();
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = p.objective().value(x[i]);
        }
        s.tell(f);
    }

    /** G2: convex L-smooth f with the exact gradient: the centre reaches f - f* <= 1e-8. */
    @Property(tries = 12, seed = "20261125")
    void g2CentreConvergesOnTheIllConditionedEllipsoid(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                                       @ForAll("thetaScales") double scale) {
        g2(seed, scale, SearchSettings.builder().restarts(false).build());
    }

    static L2eSearch g2(long seed, double scale, SearchSettings settings) {
        LearnedOperator op = operator(seed, scale);
        Problem p = TestFunctions.ellipsoid(10, 1e6);
        L2eSearch s = L2eSearch.create(op, p.bounds(), settings, p.gradient().orElseThrow(), seed);
        double centre = run(s, p, 2000, c -> c.centreValue() <= Tolerances.TARGET);
        assertThat(centre).isLessThanOrEqualTo(Tolerances.TARGET);
        assertThat(p.objective().value(s.centre())).isLessThanOrEqualTo(Tolerances.TARGET);
        return s;
    }

    /** G3: smooth non-convex f bounded below with the exact gradient: ||grad f(c_k)|| falls below 1e-6. */
    @Property(tries = 12, seed = "20261125")
    void g3GradientVanishesOnRosenbrock(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                        @ForAll("thetaScales") double scale) {
        g3(seed, scale, SearchSettings.builder().restarts(false).build());
    }

    static L2eSearch g3(long seed, double scale, SearchSettings settings) {
        LearnedOperator op = operator(seed, scale);
        Problem p = TestFunctions.rosenbrock(10);
        L2eSearch s = L2eSearch.create(op, p.bounds(), settings, p.gradient().orElseThrow(), seed);
        double[] g = new double[10];
        run(s, p, 5000, c -> {
            p.gradient().orElseThrow().gradient(c.centre(), g);
            return norm(g) < Tolerances.GRADIENT_NORM;
        });
        p.gradient().orElseThrow().gradient(s.centre(), g);
        assertThat(norm(g)).isLessThan(Tolerances.GRADIENT_NORM);
        return s;
    }

    /** G4: on noisy and discontinuous black boxes the best-so-far value never increases. */
    @Property(tries = 20, seed = "20261125")
    void g4BestSoFarIsMonotone(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                               @ForAll("thetaScales") double scale, @ForAll boolean noisy) {
        LearnedOperator op = operator(seed, scale);
        SplittableRandom noise = new SplittableRandom(seed);
        Problem p = Problem.of("g4", Bounds.cube(-5, 5, 8), x -> {
            double s = 0;
            for (double v : x) {
                s += noisy ? v * v * (1 + 0.3 * noise.nextGaussian()) : Math.floor(Math.abs(v) * 3);
            }
            return s;
        });
        L2eSearch s = L2eSearch.create(op, p.bounds(), SearchSettings.defaults(), seed);
        double previous = Double.POSITIVE_INFINITY;
        for (int g = 0; g < 150; g++) {
            double[][] x = s.ask();
            double[] f = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                f[i] = p.objective().value(x[i]);
            }
            s.tell(f);
            assertThat(s.bestValue()).isLessThanOrEqualTo(previous);
            assertThat(s.diagnostics().bestValue()).isEqualTo(s.bestValue());
            previous = s.bestValue();
        }
    }

    /**
     * The safeguard behind G2/G3: within a run (between restarts) the centre's value rises by at
     * most the summable slack, {@code f(c_k) <= f(c_(k-1)) + eps_0 delta^k}, so by at most
     * {@code eps_0 delta / (1 - delta)} in all. eps_0 is a fraction of the value range of the run's
     * first population: 10^-3 with delta = 0.5, or 0.05 with delta = 0.9 in a run whose population
     * grew at a restart. Both kinds of run occur here (BIPOP restarts on Rastrigin).
     */
    @Property(tries = 12, seed = "20261125")
    void theCentreRisesByAtMostTheSummableSlackInEveryRun(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                                          @ForAll("thetaScales") double scale) {
        LearnedOperator op = operator(seed, scale);
        Problem p = TestFunctions.rastrigin(4).withoutGradient();
        L2eSearch s = L2eSearch.create(op, p.bounds(), SearchSettings.defaults(), seed);
        int firstSize = s.populationSize();
        double eps0 = Double.NaN;
        double delta = Double.NaN;
        double previous = Double.NaN;
        double rise = 0;
        int k = 0;
        boolean sawGrown = false;
        boolean sawSmall = false;
        int restarts = 0;
        while (s.evaluations() < 40_000) {
            boolean grown = s.populationSize() > firstSize;
            double[][] x = s.ask();
            double[] f = new double[x.length];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                f[i] = p.objective().value(x[i]);
                lo = Math.min(lo, f[i]);
                hi = Math.max(hi, f[i]);
            }
            if (k == 0) {
                eps0 = (grown ? L2eSearch.GROWN_SAFEGUARD_SLACK : L2eSearch.SAFEGUARD_SLACK) * (hi - lo);
                delta = grown ? L2eSearch.GROWN_SAFEGUARD_DECAY : L2eSearch.SAFEGUARD_DECAY;
                rise = 0;
                sawGrown |= grown;
                sawSmall |= !grown && restarts > 0;
            }
            s.tell(f);
            if (s.restarts() != restarts) {
                restarts = s.restarts();
                k = 0;
                continue;
            }
            double now = s.centreValue();
            if (k > 0) {
                double allowed = eps0 * Math.pow(delta, k) + 1e-12 * (1 + Math.abs(previous));
                assertThat(now - previous).as("run %d, generation %d", restarts, k).isLessThanOrEqualTo(allowed);
                rise += Math.max(0, now - previous);
                assertThat(rise).isLessThanOrEqualTo(eps0 * delta / (1 - delta) + 1e-9 * (1 + Math.abs(now)));
            }
            previous = now;
            k++;
        }
        assertThat(sawGrown).as("a run with a grown population").isTrue();
        assertThat(sawSmall).as("a small restart run").isTrue();
    }

    private static double norm(double[] g) {
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** Runs up to maxGenerations; returns f at the centre when done. */
    private static double run(L2eSearch s, Problem p, int maxGenerations,
                              java.util.function.Predicate<L2eSearch> done) {
        for (int g = 0; g < maxGenerations && !done.test(s); g++) {
            double[][] x = s.ask();
            double[] f = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                f[i] = p.objective().value(x[i]);
            }
            s.tell(f);
        }
        return s.centreValue();
    }
}
