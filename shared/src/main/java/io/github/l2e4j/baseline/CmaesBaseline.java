package io.github.l2e4j.baseline;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.search.RunRecorder;
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
        long generations = 0;
        String reason = "budget";
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            sigma[i] = SIGMA0 * b.width(i);
        }
        while (counter.recorder.evaluations() < spec.budget()) {
            double[] x0 = new double[d];
            for (int i = 0; i < d; i++) {
                x0[i] = b.lower(i) + (0.1 + 0.8 * init.nextDouble()) * b.width(i);
            }
            long remaining = spec.budget() - counter.recorder.evaluations();
            CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, spec.stopValue(), true, 0, 0,
                    new Well19937c(Streams.of(spec.seed(), "cmaes", restarts).nextLong()), false, null);
            long before = counter.recorder.evaluations();
            try {
                cma.optimize(new MaxEval((int) Math.min(Integer.MAX_VALUE, remaining)),
                        new ObjectiveFunction(counter::value), GoalType.MINIMIZE, new InitialGuess(x0),
                        new SimpleBounds(b.lower(), b.upper()), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
            } catch (MathIllegalStateException | BudgetExhausted e) {
                generations += (counter.recorder.evaluations() - before) / lambda;
                break; // evaluation budget exhausted
            }
            generations += (counter.recorder.evaluations() - before) / lambda;
            if (counter.recorder.best() <= spec.stopValue()) {
                reason = "target";
                break;
            }
            restarts++;
            lambda *= 2;
        }
        if (counter.recorder.best() <= spec.stopValue()) {
            reason = "target";
        }
        RunRecorder rec = counter.recorder;
        return new Result(rec.bestPoint(b.lower()), rec.best(), rec.evaluations(), generations, restarts,
                (System.nanoTime() - start) / 1e9, reason, rec.hits());
    }

    /** Thrown to stop Hipparchus exactly at the budget. */
    private static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super(null, null, false, false);
        }
    }

    /** Counts evaluations for Hipparchus and stops it exactly at the budget. */
    private static final class Counter {
        private final Objective objective;
        private final long budget;
        final RunRecorder recorder;

        Counter(Objective objective, RunSpec spec) {
            this.objective = objective;
            this.budget = spec.budget();
            this.recorder = new RunRecorder(spec.targets());
        }

        double value(double[] x) {
            if (recorder.evaluations() >= budget) {
                throw new BudgetExhausted();
            }
            double v = objective.value(x);
            recorder.record(x, v);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }
    }
}
