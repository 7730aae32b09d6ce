package io.github.l2e4j.problem;

import io.github.l2e4j.internal.Checks;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A box-constrained minimisation problem: {@code minimise f(x) subject to x in [lower, upper]}.
 *
 * <p>Immutable. The gradient is optional: when present, the search uses it in place of its
 * population proxy gradient, which is what the convex and non-convex guarantees (G2, G3) assume.
 * The optimal value {@code f*} is optional and only used for reporting {@code f - f*}.
 *
 * <pre>{@code
 * Problem sphere = Problem.builder("sphere", Bounds.cube(-5, 5, 10))
 *         .objective(x -> { double s = 0; for (double v : x) s += v * v; return s; })
 *         .gradient((x, g) -> { for (int i = 0; i < x.length; i++) g[i] = 2 * x[i]; })
 *         .optimalValue(0)
 *         .build();
 * }</pre>
 */
public final class Problem {

    private final String name;
    private final Bounds bounds;
    private final Objective objective;
    private final Gradient gradient;
    private final double optimalValue;

    private Problem(Builder b) {
        this.name = b.name;
        this.bounds = b.bounds;
        this.objective = Objects.requireNonNull(b.objective, "objective must be set");
        this.gradient = b.gradient;
        this.optimalValue = b.optimalValue;
    }

    /** Starts a problem with a name and a box. */
    public static Builder builder(String name, Bounds bounds) {
        return new Builder(name, bounds);
    }

    /** A problem from a box and an objective, without gradient or known optimum. */
    public static Problem of(String name, Bounds bounds, Objective objective) {
        return builder(name, bounds).objective(objective).build();
    }

    /** The problem's name (for reports and ids). */
    public String name() {
        return name;
    }

    /** The box. */
    public Bounds bounds() {
        return bounds;
    }

    /** The dimension D. */
    public int dimension() {
        return bounds.dimension();
    }

    /** The objective. */
    public Objective objective() {
        return objective;
    }

    /** The exact gradient, if the problem has one. */
    public Optional<Gradient> gradient() {
        return Optional.ofNullable(gradient);
    }

    /** The optimal value f*, if known. */
    public OptionalDouble optimalValue() {
        return Double.isNaN(optimalValue) ? OptionalDouble.empty() : OptionalDouble.of(optimalValue);
    }

    /** A copy of this problem without its gradient (forces the black-box proxy gradient). */
    public Problem withoutGradient() {
        return toBuilder().gradient(null).build();
    }

    /** A builder initialised with this problem. */
    public Builder toBuilder() {
        Builder b = new Builder(name, bounds).objective(objective).gradient(gradient);
        b.optimalValue = optimalValue;
        return b;
    }

    @Override
    public String toString() {
        return name + " on " + bounds + (gradient != null ? " (with gradient)" : "");
    }

    /** Builder for {@link Problem}. */
    public static final class Builder {
        private final String name;
        private final Bounds bounds;
        private Objective objective;
        private Gradient gradient;
        private double optimalValue = Double.NaN;

        private Builder(String name, Bounds bounds) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("problem name must not be blank");
            }
            this.name = name;
            this.bounds = Objects.requireNonNull(bounds, "bounds must not be null");
        }

        /** The objective to minimise (required). */
        public Builder objective(Objective objective) {
            this.objective = objective;
            return this;
        }

        /** The exact gradient of the objective, or null for none. */
        public Builder gradient(Gradient gradient) {
            this.gradient = gradient;
            return this;
        }

        /** The known optimal value f* (finite). */
        public Builder optimalValue(double fOpt) {
            this.optimalValue = Checks.finite("optimalValue", fOpt);
            return this;
        }

        /** Builds the problem. */
        public Problem build() {
            if (objective == null) {
                throw new IllegalArgumentException("objective must be set for problem '" + name + "'");
            }
            return new Problem(this);
        }
    }
}
