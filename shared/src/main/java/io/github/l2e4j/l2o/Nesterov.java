package io.github.l2e4j.l2o;

/**
 * Nesterov's accelerated gradient method for convex L-smooth f, in its FISTA form
 * (Beck &amp; Teboulle 2009):
 * <pre>
 *   x_(k+1) = y_k - (1/L) grad f(y_k)
 *   t_(k+1) = (1 + sqrt(1 + 4 t_k^2)) / 2,       t_0 = 1,  y_0 = x_0
 *   y_(k+1) = x_(k+1) + ((t_k - 1) / t_(k+1)) (x_(k+1) - x_k)
 * </pre>
 * with {@code f(x_k) - f* <= 2 L ||x_0 - x*||^2 / (k + 1)^2} on convex f. The gradient is queried
 * at the extrapolated points y_k; the iterate is x_k. Not monotone, and no guarantee on
 * non-convex f.
 */
public final class Nesterov implements GradientMethod {

    private static final Nesterov INSTANCE = new Nesterov();

    private Nesterov() {
    }

    /** The method. */
    public static Nesterov create() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "nesterov";
    }

    @Override
    public Stepper stepper(int dimension) {
        return new Stepper() {
            private final double[] x = new double[dimension];
            private double t = 1;

            @Override
            public void start(double[] x0, double f0, double[] g0, double lipschitz) {
                System.arraycopy(x0, 0, x, 0, dimension);
                t = 1;
            }

            @Override
            public void propose(double[] q, double f, double[] g, double lipschitz, double[] out) {
                double eta = 1.0 / lipschitz;
                for (int i = 0; i < dimension; i++) {
                    out[i] = q[i] - eta * g[i];
                }
            }

            @Override
            public void accept(double[] candidate, double[] nextQuery) {
                double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
                double beta = (t - 1) / tNext;
                for (int i = 0; i < dimension; i++) {
                    nextQuery[i] = candidate[i] + beta * (candidate[i] - x[i]);
                    x[i] = candidate[i];
                }
                t = tNext;
            }

            @Override
            public boolean queriesCandidate() {
                return false;
            }

            @Override
            public void resetMomentum(double[] nextQuery) {
                t = 1;
                System.arraycopy(x, 0, nextQuery, 0, dimension);
            }

            @Override
            public double[] iterate() {
                return x.clone();
            }
        };
    }

    @Override
    public String toString() {
        return "Nesterov[FISTA momentum, step 1/L]";
    }
}
