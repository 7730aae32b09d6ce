package io.github.l2e4j.benchmark.bbob;

import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.problem.Problem;

import java.util.Objects;

/**
 * One instance of a COCO single-objective benchmark function: a function number, an instance
 * number and a dimension, with its objective {@code f}, its optimal value {@code f_opt} and the
 * optimum {@code x_opt} COCO records for it ({@code f(x_opt) = f_opt} up to rounding).
 *
 * <p>Immutable and thread safe: {@link #value} allocates its scratch space per call and never
 * modifies its argument. For f5 (linear slope) the optimum lies on the boundary of the box
 * {@code [-5, 5]^D}; every other optimum is inside it.
 *
 * @see Bbob
 * @see BbobLargeScale
 */
public final class BbobInstance {

    private final String suite;
    private final String id;
    private final int function;
    private final int instance;
    private final int dimension;
    private final double optimalValue;
    private final double[] optimum;
    private final Objective kernel;

    BbobInstance(String suite, String id, int function, int instance, int dimension,
                 double optimalValue, double[] optimum, Objective kernel) {
        this.suite = suite;
        this.id = id;
        this.function = function;
        this.instance = instance;
        this.dimension = dimension;
        this.optimalValue = optimalValue;
        this.optimum = optimum.clone();
        this.kernel = Objects.requireNonNull(kernel);
    }

    /** The suite: {@code "bbob"} or {@code "bbob-largescale"}. */
    public String suite() {
        return suite;
    }

    /** COCO's problem id, e.g. {@code bbob_f008_i03_d10} or {@code bbob-largescale_f008_i03_d0640}. */
    public String id() {
        return id;
    }

    /** The function number, 1 to 24. */
    public int function() {
        return function;
    }

    /** The instance number, at least 1. */
    public int instance() {
        return instance;
    }

    /** The dimension D. */
    public int dimension() {
        return dimension;
    }

    /** The optimal value f_opt. */
    public double optimalValue() {
        return optimalValue;
    }

    /** A copy of the optimum x_opt (COCO's {@code best_parameter}). */
    public double[] optimum() {
        return optimum.clone();
    }

    /**
     * The objective value {@code f(x)}; NaN if a coordinate of x is NaN. Points outside the box
     * are evaluated too (most functions add COCO's boundary penalty there).
     *
     * @param x the point, not modified
     * @throws IllegalArgumentException if {@code x.length != dimension()}
     */
    public double value(double[] x) {
        if (x == null || x.length != dimension) {
            throw new IllegalArgumentException("x must have length " + dimension + " (the dimension of " + id
                    + "), was " + (x == null ? "null" : Integer.toString(x.length)));
        }
        if (Transforms.hasNaN(x)) {
            return Double.NaN;
        }
        return kernel.value(x);
    }

    /** This instance as a {@link Problem} named {@link #id()} on {@code [-5, 5]^D}, with f* = f_opt. */
    public Problem toProblem() {
        return Problem.builder(id, Bounds.cube(-Transforms.BOX, Transforms.BOX, dimension))
                .objective(this::value)
                .optimalValue(optimalValue)
                .build();
    }

    @Override
    public String toString() {
        return id + " (f_opt = " + optimalValue + ")";
    }
}
