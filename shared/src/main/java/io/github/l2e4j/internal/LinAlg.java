package io.github.l2e4j.internal;

/**
 * Small dense kernels on row-major {@code double[]} arrays.
 *
 * <p>Written by hand because they run inside the per-generation loop on tiny matrices (N x N with
 * N of a few dozen, or D x D with D &le; 100) where a library call costs more in allocation and
 * dispatch than the arithmetic (see research/ecosystem.md: plain loops match EJML and Hipparchus
 * at these sizes). Each method documents which arguments it modifies; none allocates.
 */
public final class LinAlg {

    private LinAlg() {
    }

    /** Returns {@code a . b} over the first {@code n} entries. Modifies nothing. */
    public static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * {@code sum_j a[aOff + j] * b[bOff + j]} for j &lt; n with four independent accumulators (the
     * JIT does not reorder floating-point sums, so one accumulator is latency-bound; this kernel is
     * the ridge regression's Gram matrix, O(N^2 D) per generation). The summation order is fixed,
     * so results are deterministic. Modifies nothing.
     */
    public static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[aOff + j] * b[bOff + j];
            s1 += a[aOff + j + 1] * b[bOff + j + 1];
            s2 += a[aOff + j + 2] * b[bOff + j + 2];
            s3 += a[aOff + j + 3] * b[bOff + j + 3];
        }
        for (; j < n; j++) {
            s0 += a[aOff + j] * b[bOff + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Euclidean norm of the first {@code n} entries. Modifies nothing. */
    public static double norm(double[] a, int n) {
        return Math.sqrt(dot(a, a, n));
    }

    /** Euclidean distance between row {@code i} of {@code x} (stride d) and {@code c}. */
    public static double rowDistance(double[] x, int i, double[] c, int d) {
        double s = 0;
        int off = i * d;
        for (int j = 0; j < d; j++) {
            double t = x[off + j] - c[j];
            s += t * t;
        }
        return Math.sqrt(s);
    }

    /** {@code out = M v} for a row-major n x n matrix. Modifies {@code out} only. */
    public static void multiply(double[] m, double[] v, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            int off = i * n;
            for (int j = 0; j < n; j++) {
                s += m[off + j] * v[j];
            }
            out[i] = s;
        }
    }

    /**
     * In-place Cholesky factorization of the symmetric positive definite n x n matrix {@code a}
     * (row-major): on success the lower triangle holds L with {@code a = L L^T}; the strict upper
     * triangle is left untouched.
     *
     * @return false if a non-positive pivot was met ({@code a} is then partially overwritten)
     */
    public static boolean cholesky(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                double l = a[j * n + k];
                d -= l * l;
            }
            if (!(d > 0)) {
                return false;
            }
            double ljj = Math.sqrt(d);
            a[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / ljj;
            }
        }
        return true;
    }

    /**
     * Solves {@code L L^T x = b} with the factor from {@link #cholesky}; {@code b} is overwritten
     * with x. Modifies {@code b} only.
     */
    public static void choleskySolve(double[] l, double[] b, int n) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }

    /** Clamps {@code v} into [lo, hi]; NaN maps to the midpoint so it never leaves the box. */
    public static double clamp(double v, double lo, double hi) {
        if (v >= lo) {
            return v <= hi ? v : hi;
        }
        return v < lo ? lo : 0.5 * (lo + hi);
    }

    /** Numerically safe logistic function. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** Numerically safe softplus: {@code max(x,0) + log1p(exp(-|x|))}. */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** SiLU (swish): {@code x * sigmoid(x)}. */
    public static double silu(double x) {
        return x * sigmoid(x);
    }
}
