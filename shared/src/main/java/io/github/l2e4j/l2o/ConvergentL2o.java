package io.github.l2e4j.l2o;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.internal.Streams;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A convergent learned optimiser after Martin &amp; Furieri [1]: gradient descent plus a learned
 * perturbation whose energy is finite for <em>every</em> weight vector,
 * <pre>
 *   x_(k+1) = x_k - (1/L) grad f(x_k) + v_k,     v_k = m_k omega_k / ||omega_k||.
 * </pre>
 * <b>Magnitude</b>: a contractive recurrent unit with state {@code z in R^r} (r = {@value #STATE}),
 * driven only by the start point and free afterwards (the free response of an l2-stable system,
 * as the REN of [1]):
 * <pre>
 *   z_0 = tanh(B s + b),   s = [1, log(1 + rms(x_0)), log(1 + s_0)],   s_0 = ||grad f(x_0)|| / L_0,
 *   z_(k+1) = tanh(A z_k),  A = rho A~ / max(1, ||A~||_F),  rho = RHO_MAX sigmoid(a) in (0, RHO_MAX),
 *   m_k = s_0 kappa ||z_k||,  kappa = KAPPA_MAX sigmoid(c).
 * </pre>
 * Since |tanh t| &lt;= |t| and {@code ||A||_2 <= ||A||_F <= rho}, {@code ||z_(k+1)|| <= rho ||z_k||},
 * so {@code ||v_k|| <= s_0 KAPPA_MAX sqrt(r) RHO_MAX^k}: v decays geometrically and
 * {@code sum_k ||v_k||^2 <= s_0^2 KAPPA_MAX^2 r / (1 - RHO_MAX^2)} whatever the weights.
 * <b>Direction</b>: a small network shared by the coordinates,
 * {@code omega_i = w_2^T relu(W_1 [g_i / rms(g), delta_i / rms(delta)] + b_1) + b_2}, where delta
 * is the previous step (so it can learn momentum); {@code v = 0} when omega vanishes.
 *
 * <p><b>Guarantee (any weights).</b> For f with an L-Lipschitz gradient and bounded below, the
 * descent lemma with step 1/L gives
 * <pre>
 *   f(x_(k+1)) &lt;= f(x_k) - (1/L) g^T g + g^T v + (L/2) ||g/L - v||^2 = f(x_k) - ||g_k||^2 / (2L) + (L/2) ||v_k||^2,
 * </pre>
 * so {@code sum_k ||grad f(x_k)||^2 <= 2L (f(x_0) - inf f) + L^2 sum_k ||v_k||^2 < infinity} and
 * {@code grad f(x_k) -> 0} — on non-convex f too ([1], Theorem 1; the "only if" direction holds
 * as well: any convergent algorithm has this form with a square-summable v). With a backtracking
 * estimate of L the same holds with the estimate, since the run enforces the descent-lemma test
 * along the step taken. Not claimed: a rate, or that the limit is a minimiser.
 *
 * <p>Immutable and thread safe. Reference: [1] A. Martin, L. Furieri, <i>Learning to optimize
 * with convergence guarantees using nonlinear system theory</i>, IEEE Control Systems Letters
 * 2024, arXiv 2403.09389.
 */
public final class ConvergentL2o implements GradientMethod {

    /** Dimension r of the recurrent magnitude state. */
    public static final int STATE = 4;
    /** Number of start features s. */
    public static final int START_FEATURES = 3;
    /** Number of per-coordinate direction features. */
    public static final int DIRECTION_FEATURES = 2;
    /** The default hidden width of the direction network. */
    public static final int DEFAULT_HIDDEN = 8;
    /** Upper bound of the contraction factor rho. */
    public static final double RHO_MAX = 0.99;
    /** Upper bound of the magnitude scale kappa, in units of the first gradient step s_0 (the 1/L step is conservative, so useful perturbations are larger than it). */
    public static final double KAPPA_MAX = 10.0;
    /** Standard deviation of the weights of an untrained model. */
    public static final double INIT_SCALE = 0.5;

    private static final int B = 0;
    private static final int BZ = B + STATE * START_FEATURES;
    private static final int A = BZ + STATE;
    private static final int RHO = A + STATE * STATE;
    private static final int KAPPA = RHO + 1;
    private static final int NET = KAPPA + 1;

    private final int hidden;
    private final double[] theta;
    private final double[] contraction;
    private final double rho;
    private final double kappa;
    private final String name;

    private ConvergentL2o(int hidden, double[] theta, String name) {
        this.hidden = hidden;
        this.theta = theta;
        this.name = name;
        this.rho = RHO_MAX * LinAlg.sigmoid(theta[RHO]);
        this.kappa = KAPPA_MAX * LinAlg.sigmoid(theta[KAPPA]);
        double fro = 0;
        for (int i = 0; i < STATE * STATE; i++) {
            fro += theta[A + i] * theta[A + i];
        }
        double scale = rho / Math.max(1, Math.sqrt(fro));
        this.contraction = new double[STATE * STATE];
        for (int i = 0; i < STATE * STATE; i++) {
            contraction[i] = scale * theta[A + i];
        }
    }

    /** The number of weights with a direction network of hidden width H. */
    public static int parameterCount(int hidden) {
        return NET + (DIRECTION_FEATURES + 2) * hidden + 1;
    }

    /** A model with every weight drawn from {@code N(0, INIT_SCALE^2)} (the untrained start of training). */
    public static ConvergentL2o untrained(int hidden, long seed) {
        return random(hidden, seed, INIT_SCALE);
    }

    /** A model with every weight drawn from {@code N(0, scale^2)}: for testing the guarantee with arbitrary weights. */
    public static ConvergentL2o random(int hidden, long seed, double scale) {
        Checks.atLeast("hidden", hidden, 1);
        Checks.inClosedRange("scale", scale, 0, 1e150);
        SplittableRandom r = Streams.of(seed, "l2o-convergent-init");
        double[] theta = new double[parameterCount(hidden)];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = scale * r.nextGaussian();
        }
        return new ConvergentL2o(hidden, theta, "l2o-convergent");
    }

    /**
     * A model with the given weights: {@code [B (r x 3), b (r), A~ (r x r), a, c, W_1 (H x 2), b_1 (H), w_2 (H), b_2]}.
     *
     * @throws IllegalArgumentException if the length is not {@link #parameterCount} or an entry is not finite
     */
    public static ConvergentL2o of(int hidden, double[] theta) {
        Checks.atLeast("hidden", hidden, 1);
        if (theta == null || theta.length != parameterCount(hidden)) {
            throw new IllegalArgumentException("theta must have length " + parameterCount(hidden)
                    + " (for direction width H = " + hidden + "), was " + (theta == null ? "null" : theta.length));
        }
        Checks.finiteVector("theta", theta, theta.length);
        return new ConvergentL2o(hidden, theta.clone(), "l2o-convergent");
    }

    /** The same weights under another name. */
    public ConvergentL2o named(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new ConvergentL2o(hidden, theta, newName);
    }

    /** The direction network's hidden width H. */
    public int hidden() {
        return hidden;
    }

    /** The weights (a copy). */
    public double[] theta() {
        return theta.clone();
    }

    /** The contraction factor rho in (0, RHO_MAX). */
    public double rho() {
        return rho;
    }

    /** The magnitude scale kappa in (0, KAPPA_MAX). */
    public double kappa() {
        return kappa;
    }

    /**
     * The bound {@code ||v_k|| <= s_0 kappa rho^k ||z_0||} with {@code ||z_0|| <= sqrt(r)}:
     * the largest perturbation at iteration k for a first gradient step of length s_0.
     */
    public double perturbationBound(double firstStep, int k) {
        return firstStep * kappa * Math.pow(rho, k) * Math.sqrt(STATE);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Stepper stepper(int dimension) {
        return new Stepper() {
            private final double[] x = new double[dimension];
            private final double[] delta = new double[dimension];
            private final double[] z = new double[STATE];
            private final double[] zNext = new double[STATE];
            private final double[] omega = new double[dimension];
            private double firstStep;

            @Override
            public void start(double[] x0, double f0, double[] g0, double lipschitz) {
                System.arraycopy(x0, 0, x, 0, dimension);
                Arrays.fill(delta, 0);
                firstStep = LinAlg.norm(g0, g0.length) / lipschitz;
                double[] s = {1, Math.log1p(rms(x0)), Math.log1p(firstStep)};
                for (int j = 0; j < STATE; j++) {
                    double a = theta[BZ + j];
                    for (int c = 0; c < START_FEATURES; c++) {
                        a += theta[B + j * START_FEATURES + c] * s[c];
                    }
                    z[j] = Math.tanh(a);
                }
            }

            @Override
            public void propose(double[] q, double f, double[] g, double lipschitz, double[] out) {
                double eta = 1.0 / lipschitz;
                double magnitude = firstStep * kappa * LinAlg.norm(z, z.length);
                double gs = rms(g);
                double ds = rms(delta);
                double on = 0;
                for (int i = 0; i < dimension; i++) {
                    double u0 = gs > 0 ? g[i] / gs : 0;
                    double u1 = ds > 0 ? delta[i] / ds : 0;
                    omega[i] = direction(u0, u1);
                    on += omega[i] * omega[i];
                }
                on = Math.sqrt(on);
                double scale = on > 0 && on < Double.POSITIVE_INFINITY && magnitude > 0 ? magnitude / on : 0;
                for (int i = 0; i < dimension; i++) {
                    out[i] = q[i] - eta * g[i];
                    if (scale > 0) {
                        out[i] += scale * omega[i];
                    }
                }
            }

            @Override
            public void accept(double[] candidate, double[] nextQuery) {
                for (int i = 0; i < dimension; i++) {
                    delta[i] = candidate[i] - x[i];
                    x[i] = candidate[i];
                }
                System.arraycopy(candidate, 0, nextQuery, 0, dimension);
                for (int j = 0; j < STATE; j++) {
                    double a = 0;
                    for (int c = 0; c < STATE; c++) {
                        a += contraction[j * STATE + c] * z[c];
                    }
                    zNext[j] = Math.tanh(a);
                }
                System.arraycopy(zNext, 0, z, 0, STATE);
            }

            @Override
            public boolean queriesCandidate() {
                return true;
            }

            @Override
            public double[] iterate() {
                return x.clone();
            }
        };
    }

    private double direction(double u0, double u1) {
        int w1 = NET;
        int b1 = w1 + DIRECTION_FEATURES * hidden;
        int w2 = b1 + hidden;
        double o = theta[w2 + hidden];
        for (int h = 0; h < hidden; h++) {
            double a = theta[w1 + 2 * h] * u0 + theta[w1 + 2 * h + 1] * u1 + theta[b1 + h];
            if (a > 0) {
                o += theta[w2 + h] * a;
            }
        }
        return o;
    }

    private static double rms(double[] v) {
        return LinAlg.norm(v, v.length) / Math.sqrt(v.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvergentL2o m && m.hidden == hidden && Arrays.equals(m.theta, theta);
    }

    @Override
    public int hashCode() {
        return 31 * hidden + Arrays.hashCode(theta);
    }

    @Override
    public String toString() {
        return "ConvergentL2o[" + name + ", H = " + hidden + ", rho = " + rho + ", kappa = " + kappa + "]";
    }
}
