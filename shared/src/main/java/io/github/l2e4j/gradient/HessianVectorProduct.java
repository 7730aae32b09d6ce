package io.github.l2e4j.gradient;

/**
 * A Hessian-vector product {@code out = grad^2 f(x) v}: what exact reverse-mode training through an
 * unrolled gradient method needs, because {@code d grad f(x_k) / d x_k} is the Hessian.
 *
 * <p>Implementations must not modify {@code x} or {@code v}.
 */
@FunctionalInterface
public interface HessianVectorProduct {

    /** Writes {@code grad^2 f(x) v} into {@code out} (overwritten). */
    void multiply(double[] x, double[] v, double[] out);
}
