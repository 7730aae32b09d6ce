package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

/**
 * A box-constrained multi-objective problem whose objectives depend on a time t (all objectives
 * minimised). Implementations are immutable and thread safe; the time is passed in, so the same
 * instance serves every run. {@link DynamicEnvironment} binds a problem to a {@link TimeSchedule}
 * and a generation counter.
 */
public interface DynamicProblem {

    /** The name, e.g. {@code DF1}. */
    String name();

    /** Number of objectives M &ge; 2. */
    int objectives();

    /** Number of decision variables n. */
    default int dimension() {
        return bounds().dimension();
    }

    /** The box of the decision variables. */
    Bounds bounds();

    /**
     * The objective vector of x at time t.
     *
     * @param x decision vector of length n (not modified)
     * @param t the time
     * @param f receives the M objective values
     * @throws IllegalArgumentException if x or f has the wrong length
     */
    void evaluate(double[] x, double t, double[] f);

    /** The objective vector of x at time t, in a new array. */
    default double[] evaluate(double[] x, double t) {
        double[] f = new double[objectives()];
        evaluate(x, t, f);
        return f;
    }

    /**
     * Points of the true Pareto front at time t with their Pareto-optimal decision vectors, at the
     * problem's documented resolution.
     */
    FrontSample paretoFront(double t);
}
