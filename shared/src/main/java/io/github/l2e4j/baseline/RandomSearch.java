package io.github.l2e4j.baseline;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.RunSpec;

import java.util.Arrays;
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
        double[] targets = spec.targets();
        long[] hits = new long[targets.length];
        Arrays.fill(hits, -1);
        double best = Double.POSITIVE_INFINITY;
        double[] bestPoint = b.lower();
        double[] x = new double[d];
        long evals = 0;
        while (evals < spec.budget()) {
            for (int i = 0; i < d; i++) {
                x[i] = b.lower(i) + r.nextDouble() * b.width(i);
            }
            double v = problem.objective().value(x);
            evals++;
            if (Double.isFinite(v) && v < best) {
                best = v;
                bestPoint = x.clone();
                for (int t = 0; t < targets.length; t++) {
                    if (hits[t] < 0 && v <= targets[t]) {
                        hits[t] = evals;
                    }
                }
                if (best <= spec.stopValue()) {
                    break;
                }
            }
        }
        return new Result(bestPoint, best, evals, evals, 0, (System.nanoTime() - start) / 1e9,
                best <= spec.stopValue() ? "target" : "budget", hits);
    }
}
