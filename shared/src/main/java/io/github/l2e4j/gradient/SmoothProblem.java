package io.github.l2e4j.gradient;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Gradient;
import io.github.l2e4j.problem.LipschitzGradient;
import io.github.l2e4j.problem.Problem;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A differentiable problem for gradient methods: {@code minimise f(x)} over R^D with a
 * {@linkplain FirstOrderOracle first-order oracle} {@code x -> (f(x), grad f(x))}, a start point
 * x_0, and, when known, the Lipschitz constant L of the gradient
 * ({@code ||grad f(x) - grad f(y)|| <= L ||x - y||}), the optimal value f*, a lower bound of f and
 * a Hessian-vector product.
 *
 * <p>The problem is unconstrained: the optimisers of {@code io.github.l2e4j.l2o} run on R^D, as in
 * Song et al. and Martin &amp; Furieri. The box {@link #bounds()} is only used by {@link #toProblem()},
 * which turns it into a box-constrained {@link Problem} for the rest of the library (the command
 * line, the study runner, L2E); it should contain the region the iterates visit.
 *
 * <p>Immutable and thread safe if the oracle is. Build one with {@link #builder} or take one from
 * {@link GradientProblems}.
 */
public final class SmoothProblem {

    private final String name;
    private final int dimension;
    private final FirstOrderOracle oracle;
    private final double lipschitz;
    private final double optimalValue;
    private final double lowerBound;
    private final double[] start;
    private final Bounds bounds;
    private final HessianVectorProduct hessian;
    private final boolean convex;
    private final double[] minimizer;

    private SmoothProblem(Builder b) {
        this.name = b.name;
        this.dimension = b.dimension;
        this.oracle = b.oracle;
        this.lipschitz = b.lipschitz;
        this.optimalValue = b.optimalValue;
        this.lowerBound = b.lowerBound;
        this.start = b.start != null ? b.start.clone() : new double[b.dimension];
        this.bounds = b.bounds;
        this.hessian = b.hessian;
        this.convex = b.convex;
        this.minimizer = b.minimizer;
    }

    /**
     * Starts a problem.
     *
     * @param name      for reports and ids (not blank)
     * @param dimension D &gt;= 1
     */
    public static Builder builder(String name, int dimension) {
        return new Builder(name, dimension);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The dimension D. */
    public int dimension() {
        return dimension;
    }

    /** The oracle. */
    public FirstOrderOracle oracle() {
        return oracle;
    }

    /** Writes {@code grad f(x)} into {@code gradient} and returns f(x). */
    public double valueAndGradient(double[] x, double[] gradient) {
        return oracle.valueAndGradient(x, gradient);
    }

    /** f(x) (allocates a gradient buffer). */
    public double value(double[] x) {
        return oracle.valueAndGradient(x, new double[dimension]);
    }

    /** The Lipschitz constant L of the gradient, if known. */
    public OptionalDouble lipschitzConstant() {
        return Double.isNaN(lipschitz) ? OptionalDouble.empty() : OptionalDouble.of(lipschitz);
    }

    /** The optimal value f* over R^D, if known. */
    public OptionalDouble optimalValue() {
        return Double.isNaN(optimalValue) ? OptionalDouble.empty() : OptionalDouble.of(optimalValue);
    }

    /** A lower bound of f (f* itself when known), if one is known. */
    public OptionalDouble lowerBound() {
        double low = Double.isNaN(lowerBound) ? optimalValue : lowerBound;
        return Double.isNaN(low) ? OptionalDouble.empty() : OptionalDouble.of(low);
    }

    /** The start point x_0 (a copy; the origin unless set). */
    public double[] start() {
        return start.clone();
    }

    /** The box used by {@link #toProblem()}. */
    public Bounds bounds() {
        return bounds;
    }

    /** The Hessian-vector product, if the problem has one. */
    public Optional<HessianVectorProduct> hessianVectorProduct() {
        return Optional.ofNullable(hessian);
    }

    /** True if f is known to be convex (informational; nothing relies on it). */
    public boolean isConvex() {
        return convex;
    }

    /**
     * This problem as a box-constrained {@link Problem}: objective f, exact gradient (a
     * {@link LipschitzGradient} when L is known), f* when known and a minimiser lies in the box.
     */
    public Problem toProblem() {
        FirstOrderOracle o = oracle;
        int d = dimension;
        Gradient g = (x, out) -> o.valueAndGradient(x, out);
        Problem.Builder b = Problem.builder(name, bounds)
                .objective(x -> o.valueAndGradient(x, new double[d]))
                .gradient(Double.isNaN(lipschitz) ? g : LipschitzGradient.of(g, lipschitz));
        if (!Double.isNaN(optimalValue) && (minimizer == null || bounds.contains(minimizer))) {
            b.optimalValue(optimalValue);
        }
        return b.build();
    }

    /** A known minimiser x* (a copy), if one was given. */
    public Optional<double[]> minimizer() {
        return Optional.ofNullable(minimizer).map(double[]::clone);
    }

    /** A builder initialised with this problem. */
    public Builder toBuilder() {
        Builder b = new Builder(name, dimension).oracle(oracle).start(start).bounds(bounds)
                .hessianVectorProduct(hessian).convex(convex);
        b.minimizer = minimizer;
        b.lipschitz = lipschitz;
        b.optimalValue = optimalValue;
        b.lowerBound = lowerBound;
        return b;
    }

    @Override
    public String toString() {
        return name + " (D = " + dimension + (Double.isNaN(lipschitz) ? "" : ", L = " + lipschitz) + ")";
    }

    /** Builder for {@link SmoothProblem}. */
    public static final class Builder {
        private final String name;
        private final int dimension;
        private FirstOrderOracle oracle;
        private double lipschitz = Double.NaN;
        private double optimalValue = Double.NaN;
        private double lowerBound = Double.NaN;
        private double[] start;
        private Bounds bounds;
        private HessianVectorProduct hessian;
        private boolean convex;
        private double[] minimizer;

        private Builder(String name, int dimension) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("problem name must not be blank");
            }
            this.name = name;
            this.dimension = Checks.atLeast("dimension", dimension, 1);
        }

        /** The first-order oracle (required). */
        public Builder oracle(FirstOrderOracle oracle) {
            this.oracle = Objects.requireNonNull(oracle, "oracle must not be null");
            return this;
        }

        /** The Lipschitz constant L of the gradient (finite, &gt; 0). */
        public Builder lipschitzConstant(double l) {
            this.lipschitz = Checks.positive("lipschitzConstant", l);
            return this;
        }

        /** The optimal value f* (finite). */
        public Builder optimalValue(double fOpt) {
            this.optimalValue = Checks.finite("optimalValue", fOpt);
            return this;
        }

        /** A known lower bound of f (finite), e.g. 0 for a sum of squares. */
        public Builder lowerBound(double low) {
            this.lowerBound = Checks.finite("lowerBound", low);
            return this;
        }

        /** The start point x_0 (finite, length D; copied). Default: the origin. */
        public Builder start(double[] x0) {
            this.start = Checks.finiteVector("start", x0, dimension).clone();
            return this;
        }

        /** The box for {@link #toProblem()} (dimension D). Default: [-10, 10]^D. */
        public Builder bounds(Bounds bounds) {
            if (bounds != null && bounds.dimension() != dimension) {
                throw new IllegalArgumentException("bounds must have dimension " + dimension + ", was "
                        + bounds.dimension());
            }
            this.bounds = bounds;
            return this;
        }

        /** The Hessian-vector product, or null for none. */
        public Builder hessianVectorProduct(HessianVectorProduct hessian) {
            this.hessian = hessian;
            return this;
        }

        /** A known minimiser x* (finite, length D; copied), or null. */
        public Builder minimizer(double[] xStar) {
            this.minimizer = xStar == null ? null : Checks.finiteVector("minimizer", xStar, dimension).clone();
            return this;
        }

        /** Whether f is convex (default false). */
        public Builder convex(boolean convex) {
            this.convex = convex;
            return this;
        }

        /** Builds the problem. */
        public SmoothProblem build() {
            if (oracle == null) {
                throw new IllegalArgumentException("oracle must be set for problem '" + name + "'");
            }
            if (bounds == null) {
                bounds = Bounds.cube(-GradientProblems.DEFAULT_BOX, GradientProblems.DEFAULT_BOX, dimension);
            }
            if (!Double.isNaN(lowerBound) && !Double.isNaN(optimalValue) && lowerBound > optimalValue) {
                throw new IllegalArgumentException("lowerBound must be <= optimalValue, were " + lowerBound
                        + " and " + optimalValue);
            }
            return new SmoothProblem(this);
        }
    }
}
