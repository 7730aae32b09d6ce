package io.github.l2e4j.dynamic;

/** An objective vector function: what an algorithm calls to evaluate a point (every call may count). */
@FunctionalInterface
public interface VectorObjective {

    /**
     * Evaluates x.
     *
     * @param x the point (not modified)
     * @param f receives the M objective values (minimised)
     */
    void evaluate(double[] x, double[] f);
}
