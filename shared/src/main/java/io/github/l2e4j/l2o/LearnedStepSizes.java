package io.github.l2e4j.l2o;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.Streams;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Learned coordinate-wise step sizes (Song, Lin &amp; Xu [1], "L2O-P"):
 * <pre>
 *   x_(k+1) = x_k - (1/L) P_k (.) grad f(x_k),
 *   P_(k,i) = 1 + (1 - epsilon) tanh(z_(k,i)),   z_(k,i) = phi_theta(u_(k,i)) in R,
 *   u_(k,i) = [ grad_i f(x_k) / L,  x_(k,i) ],
 * </pre>
 * with one small network phi_theta shared by every coordinate and iteration:
 * {@code phi(u) = w_2^T relu(W_1 u + b_1) + b_2}, hidden width H, {@code 4H + 1} weights. So
 * {@code P in [epsilon, 2 - epsilon]} with {@code epsilon = }{@value #MARGIN}, inside GD's
 * stability range (0, 2) of [1]. The first feature is the gradient divided by L (the GD step
 * itself), which makes the method invariant to scaling f by a constant; the second is x_i, as in [1].
 *
 * <p><b>Do-no-harm start.</b> Untrained weights have {@code w_2 = 0, b_2 = 0}, so z = 0 exactly,
 * P = 1 exactly and {@code (1/L) (P g_i)} is bit for bit GD's step {@code (1/L) g_i}: the untrained
 * method <em>is</em> {@link GradientDescent}.
 *
 * <p><b>Convergence for every theta.</b> With {@code d = x_(k+1) - x_k} and the descent lemma,
 * <pre>
 *   f(x_(k+1)) &lt;= f(x_k) + g^T d + (L/2) ||d||^2 = f(x_k) - (1/L) sum_i P_i (1 - P_i/2) g_i^2
 *              &lt;= f(x_k) - (c/L) ||g||^2,      c = epsilon (1 - epsilon/2) &gt; 0,
 * </pre>
 * because {@code P (1 - P/2)} is smallest at the ends of [epsilon, 2 - epsilon]. Hence, for any
 * weights and any L-smooth f bounded below: f decreases monotonically and
 * {@code sum_k ||grad f(x_k)||^2 <= L (f(x_0) - inf f) / c}, so grad f(x_k) -&gt; 0; for convex f with
 * bounded sublevel sets {@code f(x_k) - f* <= L R^2 / (c k)}; for mu-strongly convex f
 * {@code f(x_k) - f* <= (1 - 2 c mu / L)^k (f(x_0) - f*)}. Learning only chooses where in the
 * safe range each step lands. In a box (clamped steps) the same holds with the diagonal metric
 * {@code diag(L/P_i)}, whose projection onto a box is the clamp: f still decreases by
 * {@code L sum_i (1/P_i - 1/2) d_i^2 >= 0}.
 *
 * <p>Immutable and thread safe. Reference: [1] Q. Song, W. Lin, H. Xu, <i>Learning Provably
 * Improves the Convergence of Gradient Descent</i>, NeurIPS 2025, arXiv 2501.18092.
 */
public final class LearnedStepSizes implements GradientMethod {

    /** epsilon: P lies in [epsilon, 2 - epsilon]. */
    public static final double MARGIN = 0.01;
    /** Number of per-coordinate input features. */
    public static final int FEATURES = 2;
    /** The default hidden width H. */
    public static final int DEFAULT_HIDDEN = 16;
    /** Standard deviation of the random first-layer weights of an untrained model. */
    public static final double INIT_SCALE = 1.0;

    private static final double SLOPE = 1 - MARGIN;

    private final int hidden;
    private final double[] theta;
    private final String name;

    private LearnedStepSizes(int hidden, double[] theta, String name) {
        this.hidden = hidden;
        this.theta = theta;
        this.name = name;
    }

    /** The number of weights of a model with hidden width H: {@code (FEATURES + 2) H + 1}. */
    public static int parameterCount(int hidden) {
        return (FEATURES + 2) * hidden + 1;
    }

    /**
     * An untrained model: first layer {@code W_1, b_1 ~ N(0, INIT_SCALE^2)} from the seed, last
     * layer zero, so it equals gradient descent exactly.
     */
    public static LearnedStepSizes untrained(int hidden, long seed) {
        Checks.atLeast("hidden", hidden, 1);
        double[] theta = new double[parameterCount(hidden)];
        SplittableRandom r = Streams.of(seed, "l2o-steps-init");
        for (int i = 0; i < (FEATURES + 1) * hidden; i++) {
            theta[i] = INIT_SCALE * r.nextGaussian();
        }
        return new LearnedStepSizes(hidden, theta, "l2o-steps");
    }

    /**
     * A model with the given weights, laid out as {@code [W_1 (H x FEATURES, row-major), b_1 (H),
     * w_2 (H), b_2]}.
     *
     * @throws IllegalArgumentException if the length is not {@link #parameterCount} or an entry is not finite
     */
    public static LearnedStepSizes of(int hidden, double[] theta) {
        Checks.atLeast("hidden", hidden, 1);
        if (theta == null || theta.length != parameterCount(hidden)) {
            throw new IllegalArgumentException("theta must have length " + parameterCount(hidden)
                    + " (4 H + 1 for hidden width H = " + hidden + "), was " + (theta == null ? "null" : theta.length));
        }
        Checks.finiteVector("theta", theta, theta.length);
        return new LearnedStepSizes(hidden, theta.clone(), "l2o-steps");
    }

    /** The same weights under another name (for reports). */
    public LearnedStepSizes named(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new LearnedStepSizes(hidden, theta, newName);
    }

    /** The hidden width H. */
    public int hidden() {
        return hidden;
    }

    /** The weights (a copy). */
    public double[] theta() {
        return theta.clone();
    }

    /** True if the last layer is zero, i.e. the model is exactly gradient descent. */
    public boolean isGradientDescent() {
        for (int i = (FEATURES + 1) * hidden; i < theta.length; i++) {
            if (theta[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The multiplier P in [epsilon, 2 - epsilon] for one coordinate's features. */
    public double multiplier(double gradientOverL, double x) {
        return multiplier(theta, hidden, gradientOverL, x);
    }

    static double multiplier(double[] theta, int hidden, double u0, double u1) {
        return squash(logit(theta, hidden, u0, u1));
    }

    /** z = phi(u). */
    static double logit(double[] theta, int hidden, double u0, double u1) {
        int b1 = FEATURES * hidden;
        int w2 = b1 + hidden;
        double z = theta[w2 + hidden];
        for (int h = 0; h < hidden; h++) {
            double a = theta[2 * h] * u0 + theta[2 * h + 1] * u1 + theta[b1 + h];
            if (a > 0) {
                z += theta[w2 + h] * a;
            }
        }
        return z;
    }

    /** P = 1 + (1 - epsilon) tanh(z); a NaN z maps to 1. */
    static double squash(double z) {
        double p = 1 + SLOPE * Math.tanh(z);
        return p >= MARGIN && p <= 2 - MARGIN ? p : 1;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Stepper stepper(int dimension) {
        return new GradientDescent.PlainStepper(dimension) {
            @Override
            public void propose(double[] q, double f, double[] g, double lipschitz, double[] out) {
                double eta = 1.0 / lipschitz;
                for (int i = 0; i < q.length; i++) {
                    double p = multiplier(theta, hidden, g[i] / lipschitz, q[i]);
                    out[i] = q[i] - eta * (p * g[i]);
                }
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnedStepSizes m && m.hidden == hidden && Arrays.equals(m.theta, theta);
    }

    @Override
    public int hashCode() {
        return 31 * hidden + Arrays.hashCode(theta);
    }

    @Override
    public String toString() {
        return "LearnedStepSizes[" + name + ", H = " + hidden + (isGradientDescent() ? ", untrained (= GD)" : "") + "]";
    }
}
