package io.github.l2e4j.problem;

/**
 * An objective to minimise.
 *
 * <p>Implementations must not modify {@code x}. They may return NaN or an infinite value; the
 * search ranks such points worst and never lets them enter its centre, gradient or metric. If
 * the objective is used from several threads (parallel evaluation) it must be thread safe.
 */
@FunctionalInterface
public interface Objective {

    /** The value f(x) to minimise. */
    double value(double[] x);
}
