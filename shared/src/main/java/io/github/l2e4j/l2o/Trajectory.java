package io.github.l2e4j.l2o;

import java.util.Arrays;

/**
 * The outcome of one {@link GradientRun}.
 *
 * @param iterate       the method's final iterate x_K (for Nesterov the x sequence, not the query point)
 * @param values        f at the accepted query points q_0 ... q_K (length iterations + 1)
 * @param gradientNorms {@code ||grad f(q_k)||} at the same points
 * @param evaluations   oracle calls (value and gradient at one point count as one)
 * @param lipschitz     the step constant L at the end (the given L, or the backtracking estimate)
 * @param stopReason    {@code iterations}, {@code budget}, {@code stationary} (the gradient norm reached the
 *                      tolerance, or a step no longer moved x), {@code target},
 *                      {@code non-finite} (f or the gradient was NaN or infinite where no smaller
 *                      step helps) or {@code step-underflow}
 */
public record Trajectory(double[] iterate, double[] values, double[] gradientNorms, long evaluations,
                         double lipschitz, String stopReason) {

    /** Copies the arrays. */
    public Trajectory {
        iterate = iterate.clone();
        values = values.clone();
        gradientNorms = gradientNorms.clone();
    }

    /** Iterations K taken. */
    public int iterations() {
        return values.length - 1;
    }

    /** f at the last query point. */
    public double lastValue() {
        return values[values.length - 1];
    }

    /** The gradient norm at the last query point. */
    public double lastGradientNorm() {
        return gradientNorms[gradientNorms.length - 1];
    }

    @Override
    public double[] iterate() {
        return iterate.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    @Override
    public String toString() {
        return "Trajectory[iterations=" + iterations() + ", lastValue=" + lastValue() + ", lastGradientNorm="
                + lastGradientNorm() + ", evaluations=" + evaluations + ", lipschitz=" + lipschitz + ", stopReason="
                + stopReason + ", iterate=" + Arrays.toString(iterate) + "]";
    }
}
