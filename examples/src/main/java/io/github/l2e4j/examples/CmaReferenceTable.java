package io.github.l2e4j.examples;

import io.github.l2e4j.baseline.CmaesBipop;
import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.cma.CmaParameters;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
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

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Checks l2e4j's CMA-ES core against its reference, Hipparchus' {@link CMAESOptimizer}: both
 * without restarts, with CMA-ES's default population size and the same start conventions
 * (uniform start in the middle 80% of the box, sigma0 = 0.2 x the box width); the median over
 * seeds 1..S of the evaluations to reach f - f* &le; 1e-8 on the sphere, the rotated ellipsoid
 * (condition 1e6) and Rosenbrock (docs/quality.md, "CMA-ES core against its reference").
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.CmaReferenceTable [D] [seeds] [budget]
 * </pre>
 */
public final class CmaReferenceTable {

    private static final double TARGET = 1e-8;

    private CmaReferenceTable() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int d = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long budget = args.length > 2 ? Long.parseLong(args[2]) : 100_000;
        System.out.printf(Locale.ROOT, "Evaluations to f - f* <= 1e-8, D = %d, lambda = %d, no restarts, seeds 1..%d, budget %d%n%n",
                d, CmaParameters.defaultLambda(d), seeds, budget);
        System.out.println("| function | l2e4j CMA-ES (median, reached) | Hipparchus CMA-ES (median, reached) | ratio |");
        System.out.println("|---|---|---|---|");
        CmaesBipop ours = new CmaesBipop("cmaes-norestart", false, false, 0);
        for (String name : new String[]{"sphere", "ellipsoid", "rosenbrock"}) {
            Problem p = TestFunctions.create(name, d).withoutGradient();
            long[] a = new long[seeds];
            long[] h = new long[seeds];
            int ra = 0;
            int rh = 0;
            for (int s = 1; s <= seeds; s++) {
                Result r = ours.minimize(p, RunSpec.of(budget, TARGET, s));
                a[s - 1] = r.bestValue() <= TARGET ? r.evaluations() : Long.MAX_VALUE;
                ra += r.bestValue() <= TARGET ? 1 : 0;
                h[s - 1] = hipparchus(p, budget, s);
                rh += h[s - 1] < Long.MAX_VALUE ? 1 : 0;
            }
            double ma = median(a);
            double mh = median(h);
            System.out.printf(Locale.ROOT, "| %s | %.0f (%d/%d) | %.0f (%d/%d) | %.2f |%n", name, ma, ra, seeds, mh, rh, seeds,
                    ma / mh);
        }
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * ((double) s[n / 2 - 1] + s[n / 2]);
    }

    /** Hipparchus CMA-ES, one run without restarts; evaluations to the target or Long.MAX_VALUE. */
    static long hipparchus(Problem p, long budget, long seed) {
        Bounds b = p.bounds();
        int d = p.dimension();
        SplittableRandom init = Streams.of(seed, "cmaes-init");
        double[] x0 = new double[d];
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            x0[i] = b.lower(i) + (0.1 + 0.8 * init.nextDouble()) * b.width(i);
            sigma[i] = 0.2 * b.width(i);
        }
        long[] count = {0, Long.MAX_VALUE};
        CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, TARGET, true, 0, 0,
                new Well19937c(Streams.of(seed, "cmaes", 0).nextLong()), false, null);
        try {
            cma.optimize(new MaxEval((int) budget), new ObjectiveFunction(x -> {
                count[0]++;
                double v = p.objective().value(x);
                if (v <= TARGET && count[1] == Long.MAX_VALUE) {
                    count[1] = count[0];
                }
                return v;
            }), GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(b.lower(), b.upper()),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(CmaParameters.defaultLambda(d)));
        } catch (MathIllegalStateException e) {
            // budget exhausted
        }
        return count[1];
    }
}
