package io.github.l2e4j.problem;

/**
 * An exact gradient whose Lipschitz constant is known: {@code ||grad f(x) - grad f(y)|| <= L ||x - y||}
 * for all x, y (in the problem's box at least).
 *
 * <p>Gradient methods ({@code gd}, {@code nesterov}, the learned optimisers of
 * {@code io.github.l2e4j.l2o}) take their step {@code 1/L} from it; for a plain {@link Gradient}
 * they estimate L by backtracking instead. Implementations must not modify {@code x}.
 */
public interface LipschitzGradient extends Gradient {

    /** The Lipschitz constant L of the gradient: finite and &gt; 0. */
    double lipschitzConstant();

    /**
     * A gradient with a known Lipschitz constant.
     *
     * @throws IllegalArgumentException if L is not finite and &gt; 0
     */
    static LipschitzGradient of(Gradient gradient, double lipschitzConstant) {
        if (gradient == null) {
            throw new IllegalArgumentException("gradient must not be null");
        }
        if (!(lipschitzConstant > 0 && lipschitzConstant < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lipschitzConstant must be a finite number > 0, was " + lipschitzConstant);
        }
        return new LipschitzGradient() {
            @Override
            public double lipschitzConstant() {
                return lipschitzConstant;
            }

            @Override
            public void gradient(double[] x, double[] out) {
                gradient.gradient(x, out);
            }
        };
    }
}
