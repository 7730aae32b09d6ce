package io.github.l2e4j.gradient;

/**
 * A first-order oracle: the value and the gradient of a smooth function at one point, in one call
 * (most differentiable objectives share work between the two, e.g. the residual {@code Wx - y}).
 *
 * <p>Implementations must not modify {@code x} and must be thread safe if the problem is used
 * from several threads. They may return NaN or an infinite value; the optimisers treat such a
 * point as a failed step and never crash on it.
 */
@FunctionalInterface
public interface FirstOrderOracle {

    /**
     * Writes {@code grad f(x)} into {@code gradient} (same length as x; overwritten) and returns f(x).
     *
     * @param x        the point (not modified)
     * @param gradient output, overwritten
     * @return f(x)
     */
    double valueAndGradient(double[] x, double[] gradient);
}
