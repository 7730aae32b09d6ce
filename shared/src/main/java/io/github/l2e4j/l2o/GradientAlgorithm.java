package io.github.l2e4j.l2o;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Gradient;
import io.github.l2e4j.problem.LipschitzGradient;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.RunRecorder;
import io.github.l2e4j.search.SearchSettings;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.RunSpec;

import java.util.SplittableRandom;

/**
 * A {@link GradientMethod} as an {@link Algorithm} of the study runner and the command line: it
 * runs the method on a {@link Problem} that has an exact gradient, inside the problem's box.
 *
 * <ul>
 *   <li>Start: uniform in the middle {@link SearchSettings#DEFAULT_INIT_FRACTION} of the box, from
 *       the run seed (as L2E starts).</li>
 *   <li>Step: 1/L when the gradient is a {@link LipschitzGradient}, else backtracking
 *       (see {@link GradientRun}).</li>
 *   <li>Budget: one evaluation is one point at which f and grad f are computed; the run stops at
 *       the budget, at the stop value, or when a step no longer moves x.</li>
 * </ul>
 * Immutable and thread safe.
 */
public final class GradientAlgorithm implements Algorithm {

    private final String name;
    private final String description;
    private final GradientMethod method;

    /** A method under a name. */
    public GradientAlgorithm(String name, String description, GradientMethod method) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        this.name = name;
        this.description = description;
        this.method = method;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** Always true: a gradient method runs on the problem's exact gradient. */
    @Override
    public boolean needsGradient() {
        return true;
    }

    /** The method. */
    public GradientMethod method() {
        return method;
    }

    /**
     * Runs the method.
     *
     * @throws IllegalArgumentException if the problem has no exact gradient
     */
    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        long start = System.nanoTime();
        Gradient gradient = problem.gradient().orElseThrow(() -> new IllegalArgumentException(
                "algorithm " + name + " needs the problem's exact gradient, but " + problem.name()
                        + " has none (on the command line: pass --gradient)"));
        Bounds b = problem.bounds();
        int d = problem.dimension();
        SplittableRandom r = Streams.of(spec.seed(), "gradient-start");
        double[] x0 = new double[d];
        for (int i = 0; i < d; i++) {
            double u = 0.5 * (1 - SearchSettings.DEFAULT_INIT_FRACTION) + SearchSettings.DEFAULT_INIT_FRACTION * r.nextDouble();
            x0[i] = b.lower(i) + u * b.width(i);
        }
        RunRecorder rec = new RunRecorder(spec.targets());
        GradientRun.Builder run = GradientRun.builder()
                .iterations((int) Math.min(spec.budget(), Integer.MAX_VALUE - 1))
                .budget(spec.budget())
                .bounds(b)
                .stopValue(spec.stopValue())
                .evaluationListener(rec::record);
        if (gradient instanceof LipschitzGradient lg) {
            run.lipschitz(lg.lipschitzConstant());
        }
        Trajectory t = run.build().run(method, (x, g) -> {
            double f = problem.objective().value(x);
            gradient.gradient(x, g);
            return f;
        }, x0);
        String reason = rec.best() <= spec.stopValue() ? "target" : t.stopReason();
        return new Result(rec.bestPoint(x0), rec.best(), rec.evaluations(), t.iterations(), 0,
                (System.nanoTime() - start) / 1e9, reason, rec.hits());
    }

    @Override
    public String toString() {
        return "GradientAlgorithm[" + name + ": " + method + "]";
    }
}
