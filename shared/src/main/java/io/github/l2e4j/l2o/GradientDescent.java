package io.github.l2e4j.l2o;

/**
 * Gradient descent with the step 1/L: {@code x_(k+1) = x_k - (1/L) grad f(x_k)}.
 *
 * <p>On an L-smooth f it decreases f by at least {@code ||grad f(x_k)||^2 / (2L)} per step; on a
 * convex f, {@code f(x_k) - f* <= L ||x_0 - x*||^2 / (2k)} (Nesterov, <i>Lectures on Convex
 * Optimization</i>, 2018, Cor. 2.1.2). This is the baseline the learned optimisers start from and
 * are measured against.
 */
public final class GradientDescent implements GradientMethod {

    private static final GradientDescent INSTANCE = new GradientDescent();

    private GradientDescent() {
    }

    /** The method. */
    public static GradientDescent create() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "gd";
    }

    @Override
    public Stepper stepper(int dimension) {
        return new PlainStepper(dimension) {
            @Override
            public void propose(double[] q, double f, double[] g, double lipschitz, double[] out) {
                double eta = 1.0 / lipschitz;
                for (int i = 0; i < q.length; i++) {
                    out[i] = q[i] - eta * g[i];
                }
            }
        };
    }

    @Override
    public String toString() {
        return "GradientDescent[step 1/L]";
    }

    /** A stepper whose iterate is its query point and whose next query point is the accepted candidate. */
    abstract static class PlainStepper implements Stepper {
        final double[] x;

        PlainStepper(int dimension) {
            this.x = new double[dimension];
        }

        @Override
        public void start(double[] x0, double f0, double[] g0, double lipschitz) {
            System.arraycopy(x0, 0, x, 0, x.length);
        }

        @Override
        public void accept(double[] candidate, double[] nextQuery) {
            System.arraycopy(candidate, 0, x, 0, x.length);
            System.arraycopy(candidate, 0, nextQuery, 0, x.length);
        }

        @Override
        public boolean queriesCandidate() {
            return true;
        }

        @Override
        public double[] iterate() {
            return x.clone();
        }
    }
}
