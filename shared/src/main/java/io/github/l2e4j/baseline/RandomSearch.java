package io.github.l2e4j.baseline;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.search.RunRecorder;
import io.github.l2e4j.study.RunSpec;

import java.util.SplittableRandom;

/** Uniform random search in the box: the floor every other algorithm must beat. */
public final class RandomSearch implements Algorithm {

    @Override
    public String name() {
        return "random";
    }

    @Override
    public String description() {
        return "uniform random search in the box";
    }

    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        long start = System.nanoTime();
        Bounds b = problem.bounds();
        int d = problem.dimension();
        SplittableRandom r = Streams.of(spec.seed(), "random-search");
        RunRecorder rec = new RunRecorder(spec.targets());
        double[] x = new double[d];
        while (rec.evaluations() < spec.budget() && rec.best() > spec.stopValue()) {
            for (int i = 0; i < d; i++) {
                x[i] = b.lower(i) + r.nextDouble() * b.width(i);
            }
            rec.record(x, problem.objective().value(x));
        }
        return new Result(rec.bestPoint(b.lower()), rec.best(), rec.evaluations(), rec.evaluations(), 0,
                (System.nanoTime() - start) / 1e9, rec.best() <= spec.stopValue() ? "target" : "budget", rec.hits());
    }
}
