package io.github.l2e4j.baseline;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.RunSpec;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The CMA-ES baseline: Hipparchus' {@link CMAESOptimizer} with its default settings, wrapped in
 * IPOP restarts (population doubled at each restart, new uniform start in the middle 80% of the
 * box, sigma0 = 0.2 of the box width, as l2e4j's own default). No tuning.
 *
 * <p>Evaluations are counted by a wrapper around the objective; targets are recorded as the
 * evaluation at which the best value first reached them. NaN values are passed to CMA-ES as
 * +infinity.
 */
public final class CmaesBaseline implements Algorithm {

    /** Relative initial step size. */
    public static final double SIGMA0 = 0.2;

    @Override
    public String name() {
        return "cmaes";
    }

    @Override
    public String description() {
        return "Hipparchus CMAESOptimizer (default settings) with IPOP restarts";
    }

    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        long start = System.nanoTime();
        Bounds b = problem.bounds();
        int d = problem.dimension();
        Counter counter = new Counter(problem.objective(), spec);
        SplittableRandom init = Streams.of(spec.seed(), "cmaes-init");
        int lambda = 4 + (int) (3 * Math.log(d));
        int restarts = 0;
        String reason = "budget";
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            sigma[i] = SIGMA0 * b.width(i);
        }
        while (counter.evaluations < spec.budget()) {
            double[] x0 = new double[d];
            for (int i = 0; i < d; i++) {
                x0[i] = b.lower(i) + (0.1 + 0.8 * init.nextDouble()) * b.width(i);
            }
            long remaining = spec.budget() - counter.evaluations;
            CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, spec.stopValue(), true, 0, 0,
                    new Well19937c(Streams.of(spec.seed(), "cmaes", restarts).nextLong()), false, null);
            try {
                cma.optimize(new MaxEval((int) Math.min(Integer.MAX_VALUE, remaining)),
                        new ObjectiveFunction(counter::value), GoalType.MINIMIZE, new InitialGuess(x0),
                        new SimpleBounds(b.lower(), b.upper()), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
            } catch (MathIllegalStateException e) {
                break; // evaluation budget exhausted
            } catch (BudgetExhausted e) {
                break;
            }
            if (counter.best <= spec.stopValue()) {
                reason = "target";
                break;
            }
            restarts++;
            lambda *= 2;
        }
        if (counter.best <= spec.stopValue()) {
            reason = "target";
        }
        return new Result(counter.bestPoint, counter.best, counter.evaluations, counter.iterations(lambda), restarts,
                (System.nanoTime() - start) / 1e9, reason, counter.hits);
    }

    /** Thrown to stop Hipparchus exactly at the budget. */
    private static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super(null, null, false, false);
        }
    }

    private static final class Counter {
        private final Objective objective;
        private final RunSpec spec;
        private final double[] targets;
        private final long[] hits;
        long evaluations;
        double best = Double.POSITIVE_INFINITY;
        double[] bestPoint;

        Counter(Objective objective, RunSpec spec) {
            this.objective = objective;
            this.spec = spec;
            this.targets = spec.targets();
            this.hits = new long[targets.length];
            Arrays.fill(hits, -1);
        }

        double value(double[] x) {
            if (evaluations >= spec.budget()) {
                throw new BudgetExhausted();
            }
            double v = objective.value(x);
            evaluations++;
            if (Double.isFinite(v) && v < best) {
                best = v;
                bestPoint = x.clone();
                for (int t = 0; t < targets.length; t++) {
                    if (hits[t] < 0 && v <= targets[t]) {
                        hits[t] = evaluations;
                    }
                }
            }
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }

        long iterations(int lambda) {
            return evaluations / Math.max(1, lambda);
        }
    }
}
