package io.github.l2e4j.problem;

/**
 * An exact gradient of an objective: writes {@code grad f(x)} into {@code out}.
 *
 * <p>Implementations must not modify {@code x}.
 */
@FunctionalInterface
public interface Gradient {

    /** Writes the gradient at {@code x} into {@code out} (same length as x). */
    void gradient(double[] x, double[] out);
}
