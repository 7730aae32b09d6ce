package io.github.l2e4j.gradient;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Differentiable test problems with their exact gradients, Hessian-vector products and
 * Lipschitz constants. Matrices are row-major {@code double[]} of {@code rows x columns}.
 *
 * <ul>
 *   <li><b>Quadratic programs / least squares</b> {@code f(x) = (s/2) ||W x - y||^2}:
 *       {@code grad f = s W^T (W x - y)}, {@code grad^2 f = s W^T W}, {@code L = s sigma_max(W)^2}
 *       (computed exactly by an SVD), f* from the least-squares solution.
 *       {@link #randomQp(int, int, long)} is the optimizee of Song et al. [1] (their
 *       {@code optimizees/qp.py}): W with i.i.d. Gaussian entries and columns normalised to unit
 *       norm, {@code x_gt ~ N(0, I)}, {@code y = W x_gt}, {@code x_0 = 0}, s = 1, so f* = 0; their
 *       sizes are n x m = 32 x 20 (the configuration), 32 x 25, 64 x 50, ..., 512 x 400.
 *       {@link #randomQp(int, int, double, long)} sets the conditioning instead: singular values
 *       log-spaced in {@code [kappa^(-1/2), 1]}, so the nonzero eigenvalues of {@code W^T W} span
 *       a ratio kappa.</li>
 *   <li><b>Logistic regression</b> (convex) with labels {@code b_i in {-1, +1}}:
 *       {@code f(w) = (1/m) sum log(1 + exp(-b_i a_i^T w)) + (lambda/2) ||w||^2},
 *       {@code L = ||A||^2 / (4 m) + lambda}; f* by Newton's method.</li>
 *   <li><b>Sigmoid regression</b> (smooth, <em>non-convex</em>, bounded below by 0): the squared
 *       loss of a one-layer sigmoid classifier, as in Martin &amp; Furieri's meta-training task [2],
 *       {@code f(w) = (1/(2m)) sum (sigma(a_i^T w) - b_i)^2 + (lambda/2) ||w||^2} with
 *       {@code b_i in {0, 1}}. With {@code h(t) = (sigma(t) - b)^2 / 2},
 *       {@code |h''| = |sigma'^2 + (sigma - b) sigma''| <= 1/16 + sqrt(3)/18}, hence
 *       {@code L = (1/16 + sqrt(3)/18) ||A||^2 / m + lambda}.</li>
 *   <li><b>Rosenbrock</b> {@code sum_(i<D) 100 (x_(i+1) - x_i^2)^2 + (1 - x_i)^2} from
 *       {@code x_0 = 0}: its gradient is not globally Lipschitz, but the sublevel set of x_0 lies
 *       in the cube {@code |x_i| <= r = 1 + sqrt(D - 1)}, on which Gershgorin's theorem bounds the
 *       Hessian by {@code L = 1200 r^2 + 1200 r + 202}; a gradient method with steps that
 *       decrease f never leaves the cube, so L is valid along its path.</li>
 * </ul>
 * Random instances are drawn from {@link #INSTANCE_SEED}, the kind, the sizes and the instance
 * number, so an id names one fixed problem.
 *
 * <p>References: [1] Q. Song, W. Lin, H. Xu, <i>Learning Provably Improves the Convergence of
 * Gradient Descent</i>, NeurIPS 2025, arXiv 2501.18092. [2] A. Martin, L. Furieri, <i>Learning to
 * optimize with convergence guarantees using nonlinear system theory</i>, IEEE L-CSS 2024,
 * arXiv 2403.09389.
 */
public final class GradientProblems {

    /** Half-width of the default box {@code [-10, 10]^D} used by {@link SmoothProblem#toProblem()}. */
    public static final double DEFAULT_BOX = 10;
    /** Song et al.'s configured size: n = 32 variables. */
    public static final int SONG_VARIABLES = 32;
    /** Song et al.'s configured size: m = 20 rows. */
    public static final int SONG_ROWS = 20;
    /** The seed every random instance is derived from. */
    public static final long INSTANCE_SEED = 0x6772616469656E74L;
    /** Ridge weight lambda of the random logistic and sigmoid regressions. */
    public static final double DEFAULT_RIDGE = 1e-2;
    /** Probability that a random classification label is flipped (so the data are not separable). */
    public static final double LABEL_NOISE = 0.1;
    /** Bound on |h''| of the squared-sigmoid loss {@code h(t) = (sigma(t) - b)^2 / 2}, b in [0, 1]. */
    public static final double SIGMOID_LOSS_CURVATURE = 1.0 / 16 + Math.sqrt(3) / 18;
    /** Newton's method for f* of logistic regression stops at this gradient norm. */
    static final double NEWTON_TOLERANCE = 1e-13;
    private static final int NEWTON_MAX_ITERATIONS = 100;
    private static final int NEWTON_MAX_HALVINGS = 60;
    /** Armijo constant of Newton's line search. */
    private static final double ARMIJO = 1e-4;
    /** Cholesky thresholds of the Newton system (relative symmetry, absolute positivity). */
    private static final double CHOLESKY_SYMMETRY = 1e-12;
    private static final double CHOLESKY_POSITIVITY = 1e-14;

    private GradientProblems() {
    }

    // ---------------------------------------------------------------- quadratic / least squares

    /**
     * {@code f(x) = (scale/2) ||W x - y||^2} with W of {@code rows x columns} (row-major, copied).
     * f* and a minimiser come from the least-squares solution; x_0 = 0; box [-10, 10]^n.
     *
     * @throws IllegalArgumentException if the sizes do not match or an entry is not finite
     */
    public static SmoothProblem quadratic(String name, int rows, int columns, double[] w, double[] y, double scale) {
        Checks.atLeast("rows", rows, 1);
        Checks.atLeast("columns", columns, 1);
        Checks.finiteVector("W", w, rows * columns);
        Checks.finiteVector("y", y, rows);
        Checks.positive("scale", scale);
        RealMatrix wm = MatrixUtils.createRealMatrix(rows, columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                wm.setEntry(r, c, w[r * columns + c]);
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(wm);
        double sigmaMax = svd.getSingularValues()[0];
        double[] xStar = svd.getSolver().solve(new ArrayRealVector(y, false)).toArray();
        LeastSquares ls = new LeastSquares(rows, columns, w.clone(), y.clone(), scale);
        double fStar = ls.valueAndGradient(xStar, new double[columns]);
        return builderFor(name, columns, ls)
                .lipschitzConstant(Math.max(scale * sigmaMax * sigmaMax, Double.MIN_NORMAL))
                .optimalValue(fStar)
                .minimizer(xStar)
                .convex(true)
                .build();
    }

    /**
     * Least squares {@code f(x) = (1/(2m)) ||A x - b||^2} with A of {@code m x n} (row-major).
     *
     * @see #quadratic
     */
    public static SmoothProblem leastSquares(String name, int m, int n, double[] a, double[] b) {
        return quadratic(name, m, n, a, b, 1.0 / m);
    }

    /**
     * Song et al.'s random QP: {@code f(x) = (1/2) ||W x - y||^2} with W of {@code m x n},
     * Gaussian with unit-norm columns, {@code y = W x_gt}, {@code x_gt ~ N(0, I)}, x_0 = 0, f* = 0.
     *
     * @param n        variables (&gt;= 1)
     * @param m        rows (&gt;= 1)
     * @param instance instance number (any; distinct numbers give independent instances)
     */
    public static SmoothProblem randomQp(int n, int m, long instance) {
        Checks.atLeast("n", n, 1);
        Checks.atLeast("m", m, 1);
        SplittableRandom r = Streams.of(INSTANCE_SEED, "qp:n" + n + ":m" + m, instance);
        double[] w = new double[m * n];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian();
        }
        for (int c = 0; c < n; c++) {
            double s = 0;
            for (int row = 0; row < m; row++) {
                s += w[row * n + c] * w[row * n + c];
            }
            double inv = 1 / Math.sqrt(s);
            for (int row = 0; row < m; row++) {
                w[row * n + c] *= inv;
            }
        }
        return consistent("qp_n" + n + "_m" + m + "_i" + instance, m, n, w, r);
    }

    /**
     * A random QP with set conditioning: {@code W = U diag(s) V^T} with U, V random orthonormal
     * (QR of Gaussian matrices) and s log-spaced from 1 down to {@code condition^(-1/2)}, so the
     * nonzero eigenvalues of {@code W^T W} lie in {@code [1/condition, 1]} (L = 1);
     * {@code y = W x_gt}, {@code x_gt ~ N(0, I)}, x_0 = 0, f* = 0.
     *
     * @param condition kappa in [1, 1e12]
     */
    public static SmoothProblem randomQp(int n, int m, double condition, long instance) {
        Checks.atLeast("n", n, 1);
        Checks.atLeast("m", m, 1);
        Checks.inClosedRange("condition", condition, 1, 1e12);
        SplittableRandom r = Streams.of(INSTANCE_SEED, "qp:n" + n + ":m" + m + ":c" + condition, instance);
        int k = Math.min(m, n);
        RealMatrix u = orthonormalColumns(m, k, r);
        RealMatrix v = orthonormalColumns(n, k, r);
        double[] w = new double[m * n];
        for (int j = 0; j < k; j++) {
            double s = k == 1 ? 1 : Math.pow(condition, -0.5 * j / (k - 1));
            for (int row = 0; row < m; row++) {
                double us = u.getEntry(row, j) * s;
                for (int c = 0; c < n; c++) {
                    w[row * n + c] += us * v.getEntry(c, j);
                }
            }
        }
        return consistent("qp_n" + n + "_m" + m + "_c" + Checks.fmt(condition) + "_i" + instance, m, n, w, r);
    }

    private static SmoothProblem consistent(String name, int m, int n, double[] w, SplittableRandom r) {
        double[] xGt = new double[n];
        for (int i = 0; i < n; i++) {
            xGt[i] = r.nextGaussian();
        }
        double[] y = new double[m];
        for (int row = 0; row < m; row++) {
            double s = 0;
            for (int c = 0; c < n; c++) {
                s += w[row * n + c] * xGt[c];
            }
            y[row] = s;
        }
        return quadratic(name, m, n, w, y, 1).toBuilder().optimalValue(0).minimizer(xGt).build();
    }

    /**
     * Random least squares: A of {@code m x n} with N(0, 1) entries, {@code b = A x_gt + noise e},
     * {@code x_gt, e ~ N(0, I)}; {@code f = ||A x - b||^2 / (2m)}; x_0 = 0.
     */
    public static SmoothProblem randomLeastSquares(int n, int m, double noise, long instance) {
        Checks.atLeast("n", n, 1);
        Checks.atLeast("m", m, 1);
        Checks.inClosedRange("noise", noise, 0, 1e6);
        SplittableRandom r = Streams.of(INSTANCE_SEED, "lsq:n" + n + ":m" + m, instance);
        double[] a = gaussian(m * n, r);
        double[] xGt = gaussian(n, r);
        double[] b = new double[m];
        for (int row = 0; row < m; row++) {
            double s = 0;
            for (int c = 0; c < n; c++) {
                s += a[row * n + c] * xGt[c];
            }
            b[row] = s + noise * r.nextGaussian();
        }
        return leastSquares("lsq_n" + n + "_m" + m + "_i" + instance, m, n, a, b);
    }

    // ---------------------------------------------------------------- classification

    /**
     * L2-regularised logistic regression, labels in {-1, +1}; f* by Newton's method.
     *
     * @param a      features, m x n row-major
     * @param labels m labels, each -1 or +1
     * @param lambda ridge weight &gt; 0 (so a minimiser exists)
     */
    public static SmoothProblem logisticRegression(String name, int m, int n, double[] a, double[] labels,
                                                   double lambda) {
        Checks.atLeast("m", m, 1);
        Checks.atLeast("n", n, 1);
        Checks.finiteVector("A", a, m * n);
        Checks.finiteVector("labels", labels, m);
        for (int i = 0; i < m; i++) {
            if (labels[i] != 1 && labels[i] != -1) {
                throw new IllegalArgumentException("labels[" + i + "] must be -1 or +1, was " + Checks.fmt(labels[i]));
            }
        }
        Checks.positive("lambda", lambda);
        Logistic f = new Logistic(m, n, a.clone(), labels.clone(), lambda);
        double sigma = spectralNorm(a, m, n);
        double[] wStar = f.newton();
        double fStar = f.valueAndGradient(wStar, new double[n]);
        return builderFor(name, n, f)
                .lipschitzConstant(sigma * sigma / (4.0 * m) + lambda)
                .hessianVectorProduct(f::hessianVector)
                .optimalValue(fStar)
                .minimizer(wStar)
                .convex(true)
                .build();
    }

    /** Random logistic regression: Gaussian features, labels {@code sign(a^T w_gt)} flipped with probability 0.1, lambda = 0.01. */
    public static SmoothProblem randomLogisticRegression(int n, int m, long instance) {
        Checks.atLeast("n", n, 1);
        Checks.atLeast("m", m, 1);
        SplittableRandom r = Streams.of(INSTANCE_SEED, "logreg:n" + n + ":m" + m, instance);
        double[] a = gaussian(m * n, r);
        double[] labels = classify(a, m, n, r, -1);
        return logisticRegression("logreg_n" + n + "_m" + m + "_i" + instance, m, n, a, labels, DEFAULT_RIDGE);
    }

    /**
     * The non-convex sigmoid regression (squared loss of a sigmoid classifier), labels in {0, 1}.
     * Lower bound 0; f* unknown.
     *
     * @param lambda ridge weight &gt;= 0
     */
    public static SmoothProblem sigmoidRegression(String name, int m, int n, double[] a, double[] labels,
                                                  double lambda) {
        Checks.atLeast("m", m, 1);
        Checks.atLeast("n", n, 1);
        Checks.finiteVector("A", a, m * n);
        Checks.finiteVector("labels", labels, m);
        for (int i = 0; i < m; i++) {
            Checks.inClosedRange("labels[" + i + "]", labels[i], 0, 1);
        }
        Checks.inClosedRange("lambda", lambda, 0, 1e12);
        Sigmoid f = new Sigmoid(m, n, a.clone(), labels.clone(), lambda);
        double sigma = spectralNorm(a, m, n);
        return builderFor(name, n, f)
                .lipschitzConstant(SIGMOID_LOSS_CURVATURE * sigma * sigma / m + lambda + Double.MIN_NORMAL)
                .hessianVectorProduct(f::hessianVector)
                .lowerBound(0)
                .convex(false)
                .build();
    }

    /**
     * Random sigmoid regression: Gaussian features, labels {@code [a^T w_gt > 0]} flipped with
     * probability 0.1, lambda = 0.01, and a random start {@code x_0 ~ N(0, 4 I)} (far enough out
     * that the sigmoid's non-convex, saturated regions matter).
     */
    public static SmoothProblem randomSigmoidRegression(int n, int m, long instance) {
        Checks.atLeast("n", n, 1);
        Checks.atLeast("m", m, 1);
        SplittableRandom r = Streams.of(INSTANCE_SEED, "sigmoid:n" + n + ":m" + m, instance);
        double[] a = gaussian(m * n, r);
        double[] labels = classify(a, m, n, r, 0);
        double[] x0 = gaussian(n, r);
        for (int i = 0; i < n; i++) {
            x0[i] *= 2;
        }
        return sigmoidRegression("sigmoid_n" + n + "_m" + m + "_i" + instance, m, n, a, labels, DEFAULT_RIDGE)
                .toBuilder().start(x0).build();
    }

    // ---------------------------------------------------------------- Rosenbrock

    /** Rosenbrock in dimension d &gt;= 2 from x_0 = 0, with L valid on its sublevel set (see the class comment). */
    public static SmoothProblem rosenbrock(int d) {
        Checks.atLeast("dimension", d, 2);
        double r = 1 + Math.sqrt(d - 1.0);
        double[] ones = new double[d];
        Arrays.fill(ones, 1);
        return SmoothProblem.builder("rosenbrock_d" + d, d)
                .oracle(GradientProblems::rosenbrock)
                .hessianVectorProduct(GradientProblems::rosenbrockHessian)
                .lipschitzConstant(1200 * r * r + 1200 * r + 202)
                .optimalValue(0)
                .minimizer(ones)
                .bounds(Bounds.cube(-r, r, d))
                .build();
    }

    private static double rosenbrock(double[] x, double[] g) {
        int d = x.length;
        Arrays.fill(g, 0);
        double f = 0;
        for (int i = 0; i < d - 1; i++) {
            double t = x[i + 1] - x[i] * x[i];
            double u = 1 - x[i];
            f += 100 * t * t + u * u;
            g[i] += -400 * x[i] * t - 2 * u;
            g[i + 1] += 200 * t;
        }
        return f;
    }

    private static void rosenbrockHessian(double[] x, double[] v, double[] out) {
        int d = x.length;
        Arrays.fill(out, 0);
        for (int i = 0; i < d - 1; i++) {
            double hii = 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
            double hij = -400 * x[i];
            out[i] += hii * v[i] + hij * v[i + 1];
            out[i + 1] += hij * v[i] + 200 * v[i + 1];
        }
    }

    // ---------------------------------------------------------------- helpers

    private static SmoothProblem.Builder builderFor(String name, int n, FirstOrderOracle f) {
        SmoothProblem.Builder b = SmoothProblem.builder(name, n).oracle(f);
        if (f instanceof LeastSquares ls) {
            b.hessianVectorProduct(ls::hessianVector);
        }
        return b;
    }

    private static double[] gaussian(int n, SplittableRandom r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return v;
    }

    /** Labels {@code [a_i^T w_gt > 0]} (1, else {@code negative}), each flipped with probability LABEL_NOISE. */
    private static double[] classify(double[] a, int m, int n, SplittableRandom r, double negative) {
        double[] wGt = gaussian(n, r);
        double[] labels = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int c = 0; c < n; c++) {
                s += a[i * n + c] * wGt[c];
            }
            boolean positive = s > 0;
            if (r.nextDouble() < LABEL_NOISE) {
                positive = !positive;
            }
            labels[i] = positive ? 1 : negative;
        }
        return labels;
    }

    private static RealMatrix orthonormalColumns(int rows, int k, SplittableRandom r) {
        RealMatrix g = MatrixUtils.createRealMatrix(rows, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < rows; j++) {
                g.setEntry(i, j, r.nextGaussian());
            }
        }
        return new QRDecomposition(g).getQ().getSubMatrix(0, rows - 1, 0, k - 1);
    }

    private static double spectralNorm(double[] a, int m, int n) {
        return new SingularValueDecomposition(MatrixUtils.createRealMatrix(toRows(a, m, n))).getNorm();
    }

    private static double[][] toRows(double[] a, int m, int n) {
        double[][] rows = new double[m][];
        for (int i = 0; i < m; i++) {
            rows[i] = Arrays.copyOfRange(a, i * n, (i + 1) * n);
        }
        return rows;
    }

    /** {@code (s/2) ||W x - y||^2}. */
    static final class LeastSquares implements FirstOrderOracle {
        private final int m;
        private final int n;
        private final double[] w;
        private final double[] y;
        private final double scale;

        LeastSquares(int m, int n, double[] w, double[] y, double scale) {
            this.m = m;
            this.n = n;
            this.w = w;
            this.y = y;
            this.scale = scale;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            Arrays.fill(g, 0);
            double f = 0;
            for (int r = 0; r < m; r++) {
                int off = r * n;
                double s = -y[r];
                for (int c = 0; c < n; c++) {
                    s += w[off + c] * x[c];
                }
                f += s * s;
                double ss = scale * s;
                for (int c = 0; c < n; c++) {
                    g[c] += w[off + c] * ss;
                }
            }
            return 0.5 * scale * f;
        }

        void hessianVector(double[] x, double[] v, double[] out) {
            Arrays.fill(out, 0);
            for (int r = 0; r < m; r++) {
                int off = r * n;
                double s = 0;
                for (int c = 0; c < n; c++) {
                    s += w[off + c] * v[c];
                }
                s *= scale;
                for (int c = 0; c < n; c++) {
                    out[c] += w[off + c] * s;
                }
            }
        }
    }

    /** Regularised logistic loss. */
    static final class Logistic implements FirstOrderOracle {
        private final int m;
        private final int n;
        private final double[] a;
        private final double[] b;
        private final double lambda;

        Logistic(int m, int n, double[] a, double[] b, double lambda) {
            this.m = m;
            this.n = n;
            this.a = a;
            this.b = b;
            this.lambda = lambda;
        }

        @Override
        public double valueAndGradient(double[] w, double[] g) {
            double f = 0;
            double reg = 0;
            for (int c = 0; c < n; c++) {
                g[c] = lambda * w[c];
                reg += w[c] * w[c];
            }
            for (int i = 0; i < m; i++) {
                int off = i * n;
                double t = 0;
                for (int c = 0; c < n; c++) {
                    t += a[off + c] * w[c];
                }
                double margin = b[i] * t;
                f += LinAlg.softplus(-margin);
                double coef = -b[i] * LinAlg.sigmoid(-margin) / m;
                for (int c = 0; c < n; c++) {
                    g[c] += coef * a[off + c];
                }
            }
            return f / m + 0.5 * lambda * reg;
        }

        void hessianVector(double[] w, double[] v, double[] out) {
            for (int c = 0; c < n; c++) {
                out[c] = lambda * v[c];
            }
            for (int i = 0; i < m; i++) {
                int off = i * n;
                double t = 0;
                double av = 0;
                for (int c = 0; c < n; c++) {
                    t += a[off + c] * w[c];
                    av += a[off + c] * v[c];
                }
                double s = LinAlg.sigmoid(t);
                double coef = s * (1 - s) * av / m;
                for (int c = 0; c < n; c++) {
                    out[c] += coef * a[off + c];
                }
            }
        }

        /** Newton's method with Armijo backtracking from w = 0. */
        double[] newton() {
            double[] w = new double[n];
            double[] g = new double[n];
            double[] trial = new double[n];
            double[] gt = new double[n];
            double f = valueAndGradient(w, g);
            for (int it = 0; it < NEWTON_MAX_ITERATIONS; it++) {
                double gn = Math.sqrt(LinAlg.dot(g, g, g.length));
                if (gn <= NEWTON_TOLERANCE) {
                    break;
                }
                RealMatrix h = MatrixUtils.createRealMatrix(n, n);
                double[] e = new double[n];
                double[] col = new double[n];
                for (int c = 0; c < n; c++) {
                    Arrays.fill(e, 0);
                    e[c] = 1;
                    hessianVector(w, e, col);
                    h.setColumn(c, col);
                }
                double[] step = new CholeskyDecomposition(h, CHOLESKY_SYMMETRY, CHOLESKY_POSITIVITY).getSolver()
                        .solve(new ArrayRealVector(g, false)).toArray();
                double slope = LinAlg.dot(g, step, g.length);
                double t = 1;
                double ft = f;
                boolean accepted = false;
                for (int ls = 0; ls < NEWTON_MAX_HALVINGS; ls++) {
                    for (int c = 0; c < n; c++) {
                        trial[c] = w[c] - t * step[c];
                    }
                    ft = valueAndGradient(trial, gt);
                    if (ft <= f - ARMIJO * t * slope) {
                        accepted = true;
                        break;
                    }
                    t *= 0.5;
                }
                if (!accepted) {
                    break;
                }
                System.arraycopy(trial, 0, w, 0, n);
                System.arraycopy(gt, 0, g, 0, n);
                f = ft;
            }
            return w;
        }
    }

    /** Regularised squared sigmoid loss (non-convex). */
    static final class Sigmoid implements FirstOrderOracle {
        private final int m;
        private final int n;
        private final double[] a;
        private final double[] b;
        private final double lambda;

        Sigmoid(int m, int n, double[] a, double[] b, double lambda) {
            this.m = m;
            this.n = n;
            this.a = a;
            this.b = b;
            this.lambda = lambda;
        }

        @Override
        public double valueAndGradient(double[] w, double[] g) {
            double f = 0;
            double reg = 0;
            for (int c = 0; c < n; c++) {
                g[c] = lambda * w[c];
                reg += w[c] * w[c];
            }
            for (int i = 0; i < m; i++) {
                int off = i * n;
                double t = 0;
                for (int c = 0; c < n; c++) {
                    t += a[off + c] * w[c];
                }
                double s = LinAlg.sigmoid(t);
                double res = s - b[i];
                f += res * res;
                double coef = res * s * (1 - s) / m;
                for (int c = 0; c < n; c++) {
                    g[c] += coef * a[off + c];
                }
            }
            return 0.5 * f / m + 0.5 * lambda * reg;
        }

        void hessianVector(double[] w, double[] v, double[] out) {
            for (int c = 0; c < n; c++) {
                out[c] = lambda * v[c];
            }
            for (int i = 0; i < m; i++) {
                int off = i * n;
                double t = 0;
                double av = 0;
                for (int c = 0; c < n; c++) {
                    t += a[off + c] * w[c];
                    av += a[off + c] * v[c];
                }
                double s = LinAlg.sigmoid(t);
                double d1 = s * (1 - s);
                double d2 = d1 * (1 - 2 * s);
                double h = d1 * d1 + (s - b[i]) * d2;
                double coef = h * av / m;
                for (int c = 0; c < n; c++) {
                    out[c] += coef * a[off + c];
                }
            }
        }
    }
}
