package io.github.l2e4j.operator;

import io.github.l2e4j.internal.LinAlg;

import java.util.Arrays;

/**
 * Gradient estimates from an evaluated population (zeroth-order information only).
 *
 * <h2>Ridge regression (default)</h2>
 * With {@code Delta_j = x_j - x_bar} (rows of Delta, n x D) and {@code y_j = f_j - f_bar}:
 * <pre>
 *   g = Delta^T (Delta Delta^T + lambda I_n)^-1 y     (dual form, used when n &le; D)
 *   g = (Delta^T Delta + lambda I_D)^-1 Delta^T y     (primal form, used when n &gt; D; the same estimate)
 *   lambda = {@value #RIDGE} * trace(Delta^T Delta) / size
 * </pre>
 * Up to the ridge's bias (relative size lambda / smallest eigenvalue of Delta^T Delta) it is exact
 * for linear f when the points span R^D, and for quadratic f when the points are
 * symmetric about their mean (antithetic pairs): the even part of f is orthogonal to the odd
 * columns of Delta. When n &le; D it is the minimum-norm estimate in the sampled subspace.
 *
 * <h2>Antithetic ES</h2>
 * For pairs {@code x = p +- o_i}: {@code g = (1 / (2 P s^2)) sum_i (f(p+o_i) - f(p-o_i)) o_i} with
 * {@code s^2 = mean ||o_i||^2 / D}; unbiased for the Gaussian-smoothed gradient [Nesterov and
 * Spokoiny 2017].
 *
 * <p>Mutable scratch, owned by one search. Only rows with finite values are used.
 */
public final class ProxyGradient {

    /** Relative ridge strength. */
    public static final double RIDGE = 1e-12;
    /** How many times the ridge is multiplied by 10 when a factorization fails. */
    private static final int RIDGE_RETRIES = 8;

    private final int d;
    private double[] centred;
    private double[] gram;
    private double[] rhs;
    private final double[] mean;

    /** Scratch for dimension d and up to {@code capacity} rows. */
    public ProxyGradient(int d, int capacity) {
        this.d = d;
        this.mean = new double[d];
        ensure(capacity);
    }

    private void ensure(int capacity) {
        if (centred == null || centred.length < capacity * d) {
            centred = new double[capacity * d];
            gram = new double[Math.max(capacity * capacity, d * d)];
            rhs = new double[Math.max(capacity, d)];
        }
    }

    /**
     * Ridge-regression gradient over the given rows.
     *
     * @param x    row-major points (not modified)
     * @param f    values per row (not modified)
     * @param rows indices of the rows to use (not modified); rows with non-finite f are skipped
     * @param n    number of entries of rows to use
     * @param out  receives the estimate (length d)
     * @return the number of rows used; 0 or 1 means no information (out is zero)
     */
    public int ridge(double[] x, double[] f, int[] rows, int n, double[] out) {
        ensure(n);
        Arrays.fill(out, 0, d, 0.0);
        Arrays.fill(mean, 0.0);
        int used = 0;
        double fMean = 0;
        for (int t = 0; t < n; t++) {
            int r = rows[t];
            if (!Double.isFinite(f[r])) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                mean[j] += x[r * d + j];
            }
            fMean += f[r];
            used++;
        }
        if (used < 2) {
            return used;
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= used;
        }
        fMean /= used;
        int u = 0;
        double trace = 0;
        double[] ys = rhsY(used);
        for (int t = 0; t < n; t++) {
            int r = rows[t];
            if (!Double.isFinite(f[r])) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                double v = x[r * d + j] - mean[j];
                centred[u * d + j] = v;
                trace += v * v;
            }
            ys[u] = f[r] - fMean;
            u++;
        }
        if (!(trace > 0)) {
            return used;
        }
        if (used <= d) {
            dual(used, trace, ys, out);
        } else {
            primal(used, trace, ys, out);
        }
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(out[j])) {
                Arrays.fill(out, 0, d, 0.0);
                return 0;
            }
        }
        return used;
    }

    private double[] yBuffer = new double[0];

    private double[] rhsY(int n) {
        if (yBuffer.length < n) {
            yBuffer = new double[n];
        }
        return yBuffer;
    }

    private void dual(int n, double trace, double[] y, double[] out) {
        double lambda = RIDGE * trace / n;
        for (int attempt = 0; attempt <= RIDGE_RETRIES; attempt++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b <= a; b++) {
                    double s = LinAlg.dot(centred, a * d, centred, b * d, d);
                    gram[a * n + b] = s;
                    gram[b * n + a] = s;
                }
                gram[a * n + a] += lambda;
            }
            if (LinAlg.cholesky(gram, n)) {
                System.arraycopy(y, 0, rhs, 0, n);
                LinAlg.choleskySolve(gram, rhs, n);
                for (int a = 0; a < n; a++) {
                    double beta = rhs[a];
                    for (int j = 0; j < d; j++) {
                        out[j] += centred[a * d + j] * beta;
                    }
                }
                return;
            }
            lambda *= 10;
        }
    }

    private void primal(int n, double trace, double[] y, double[] out) {
        double lambda = RIDGE * trace / d;
        for (int attempt = 0; attempt <= RIDGE_RETRIES; attempt++) {
            Arrays.fill(gram, 0, d * d, 0.0);
            Arrays.fill(rhs, 0, d, 0.0);
            for (int a = 0; a < n; a++) {
                int off = a * d;
                for (int i = 0; i < d; i++) {
                    double vi = centred[off + i];
                    rhs[i] += vi * y[a];
                    for (int j = 0; j <= i; j++) {
                        gram[i * d + j] += vi * centred[off + j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    gram[j * d + i] = gram[i * d + j];
                }
                gram[i * d + i] += lambda;
            }
            if (LinAlg.cholesky(gram, d)) {
                LinAlg.choleskySolve(gram, rhs, d);
                System.arraycopy(rhs, 0, out, 0, d);
                return;
            }
            lambda *= 10;
        }
    }

    /**
     * Antithetic ES gradient from pairs {@code (plus[i], minus[i])} of rows mirrored about a point.
     *
     * @param x      row-major points (not modified)
     * @param f      values (not modified)
     * @param anchor the point the pairs are mirrored about (not modified)
     * @param plus   row indices of the + members
     * @param minus  row indices of the - members
     * @param pairs  number of pairs
     * @param out    receives the estimate
     * @return the number of pairs used (both values finite)
     */
    public int antithetic(double[] x, double[] f, double[] anchor, int[] plus, int[] minus, int pairs,
                          double[] out) {
        Arrays.fill(out, 0, d, 0.0);
        int used = 0;
        double sq = 0;
        for (int i = 0; i < pairs; i++) {
            int a = plus[i];
            int b = minus[i];
            if (!Double.isFinite(f[a]) || !Double.isFinite(f[b])) {
                continue;
            }
            double diff = f[a] - f[b];
            for (int j = 0; j < d; j++) {
                double o = 0.5 * (x[a * d + j] - x[b * d + j]);
                out[j] += diff * o;
                sq += o * o;
            }
            used++;
        }
        if (used == 0 || !(sq > 0)) {
            Arrays.fill(out, 0, d, 0.0);
            return 0;
        }
        double s2 = sq / (used * (double) d);
        for (int j = 0; j < d; j++) {
            out[j] /= 2 * used * s2;
        }
        return used;
    }
}
