package io.github.l2e4j.km;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

import java.util.Arrays;

/**
 * A dense inverse-Hessian estimate for small dimensions (D &le; a few hundred): BFGS updates
 * <pre>
 *   H+ = (I - rho s y^T) H (I - rho y s^T) + rho s s^T,   rho = 1 / (y^T s)
 * </pre>
 * with Shanno's initial scaling {@code H = (s^T y / y^T D y) D} before the first pair, and an
 * eigendecomposition after each update that clips the eigenvalues into
 * {@code [lambda_max / MAX_CONDITION, lambda_max]} and into {@code [scale0 / MAX_SCALE_CHANGE,
 * scale0 * MAX_SCALE_CHANGE]}, so H stays within fixed bounds. The decomposition also gives the
 * sampling factor, the symmetric square root {@code (H / scale)^(1/2) = B diag(sqrt(lambda / scale)) B^T}.
 *
 * <p>Cost per update O(D^3) for the decomposition (Hipparchus' symmetric solver: this runs once
 * per generation, not per candidate).
 */
public final class FullMetric implements Metric {

    private final int d;
    private final double[] h;
    private final double[] basis;
    private final double[] eigen;
    private final double[] shape;
    private final double[] hy;
    private final double[] sqrtRel;
    private final double[] sqrtShape;
    private final double[] damped;
    private final double[] bs;
    private double scale0;
    private double meanEigen;
    private double maxEigen;
    private int updates;

    /** A metric for dimension d, reset to the identity. */
    public FullMetric(int d) {
        this.d = d;
        this.h = new double[d * d];
        this.basis = new double[d * d];
        this.eigen = new double[d];
        this.shape = new double[d];
        this.hy = new double[d];
        this.sqrtRel = new double[d];
        this.sqrtShape = new double[d * d];
        this.damped = new double[d];
        this.bs = new double[d];
        double[] ones = new double[d];
        Arrays.fill(ones, 1.0);
        reset(ones, 1.0);
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public void reset(double[] shapeIn, double scale) {
        Arrays.fill(h, 0.0);
        Arrays.fill(basis, 0.0);
        for (int i = 0; i < d; i++) {
            shape[i] = shapeIn[i];
            h[i * d + i] = scale * shapeIn[i];
            basis[i * d + i] = 1.0;
            eigen[i] = scale * shapeIn[i];
        }
        scale0 = scale;
        updates = 0;
        summarize();
    }

    @Override
    public void rescale(double factor) {
        for (int i = 0; i < d * d; i++) {
            h[i] *= factor;
        }
        for (int i = 0; i < d; i++) {
            eigen[i] *= factor;
        }
        scale0 *= factor;
        summarize();
    }

    @Override
    public boolean update(double[] s, double[] yIn) {
        double[] y = damped;
        if (!Metric.powellDamping(this, s, yIn, y, bs)) {
            return false;
        }
        double sy = 0;
        double ss = 0;
        double yy = 0;
        for (int i = 0; i < d; i++) {
            sy += s[i] * y[i];
            ss += s[i] * s[i];
            yy += y[i] * y[i];
        }
        if (!(sy > CURVATURE * Math.sqrt(ss * yy)) || !Double.isFinite(sy)) {
            return false;
        }
        if (updates == 0) {
            double yDy = 0;
            for (int i = 0; i < d; i++) {
                yDy += y[i] * shape[i] * y[i];
            }
            double gamma = sy / yDy;
            Arrays.fill(h, 0.0);
            for (int i = 0; i < d; i++) {
                h[i * d + i] = gamma * shape[i];
            }
        }
        double rho = 1.0 / sy;
        for (int i = 0; i < d; i++) {
            double t = 0;
            for (int j = 0; j < d; j++) {
                t += h[i * d + j] * y[j];
            }
            hy[i] = t;
        }
        double yhy = 0;
        for (int i = 0; i < d; i++) {
            yhy += y[i] * hy[i];
        }
        double c = rho * rho * yhy + rho;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                h[i * d + j] += c * s[i] * s[j] - rho * (s[i] * hy[j] + hy[i] * s[j]);
            }
        }
        updates++;
        decomposeAndClip();
        return true;
    }

    private void decomposeAndClip() {
        double[][] rows = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = 0.5 * (h[i * d + j] + h[j * d + i]);
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(rows, false);
        EigenDecompositionSymmetric ed = new EigenDecompositionSymmetric(m);
        double[] values = ed.getEigenvalues();
        RealMatrix v = ed.getV();
        double max = 0;
        for (double x : values) {
            max = Math.max(max, x);
        }
        double hi = Math.min(max, scale0 * MAX_SCALE_CHANGE);
        if (!(hi > 0)) {
            hi = scale0;
        }
        double lo = Math.max(hi / MAX_CONDITION, scale0 / MAX_SCALE_CHANGE);
        boolean clipped = false;
        for (int k = 0; k < d; k++) {
            double x = values[k];
            double cx = x < lo || !(x == x) ? lo : Math.min(x, hi);
            clipped |= cx != x;
            eigen[k] = cx;
            for (int i = 0; i < d; i++) {
                basis[i * d + k] = v.getEntry(i, k);
            }
        }
        if (clipped) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double t = 0;
                    for (int k = 0; k < d; k++) {
                        t += basis[i * d + k] * eigen[k] * basis[j * d + k];
                    }
                    h[i * d + j] = t;
                }
            }
        }
        summarize();
    }

    private void summarize() {
        double sum = 0;
        double max = 0;
        for (int i = 0; i < d; i++) {
            sum += eigen[i];
            max = Math.max(max, eigen[i]);
        }
        meanEigen = sum / d;
        maxEigen = max;
        for (int i = 0; i < d; i++) {
            sqrtRel[i] = Math.sqrt(eigen[i] / meanEigen);
        }
        // The symmetric square root B diag(sqrt(lambda / mean)) B^T: unlike B diag(...) alone it does
        // not depend on the signs or the order the eigensolver gives the eigenvectors in, so samples
        // are a continuous function of H (two runs whose H differ by rounding sample the same points).
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double t = 0;
                for (int k = 0; k < d; k++) {
                    t += basis[i * d + k] * sqrtRel[k] * basis[j * d + k];
                }
                sqrtShape[i * d + j] = t;
                sqrtShape[j * d + i] = t;
            }
        }
    }

    @Override
    public void apply(double[] v, double[] out) {
        for (int i = 0; i < d; i++) {
            double t = 0;
            int off = i * d;
            for (int j = 0; j < d; j++) {
                t += h[off + j] * v[j];
            }
            out[i] = t;
        }
    }

    @Override
    public void applyInverse(double[] v, double[] out) {
        for (int k = 0; k < d; k++) {
            double t = 0;
            for (int i = 0; i < d; i++) {
                t += basis[i * d + k] * v[i];
            }
            hy[k] = t / eigen[k];
        }
        for (int i = 0; i < d; i++) {
            double t = 0;
            int off = i * d;
            for (int k = 0; k < d; k++) {
                t += basis[off + k] * hy[k];
            }
            out[i] = t;
        }
    }

    @Override
    public int extraNormals() {
        return 0;
    }

    @Override
    public void sample(double[] xi, double[] extra, double[] out) {
        for (int i = 0; i < d; i++) {
            double t = 0;
            int off = i * d;
            for (int k = 0; k < d; k++) {
                t += sqrtShape[off + k] * xi[k];
            }
            out[i] = t;
        }
    }

    @Override
    public double scale() {
        return meanEigen;
    }

    @Override
    public double maxShapeStd() {
        return Math.sqrt(maxEigen / meanEigen);
    }

    @Override
    public int updates() {
        return updates;
    }

    /** The eigenvalues of H (a copy), for tests and diagnostics. */
    public double[] eigenvalues() {
        return eigen.clone();
    }
}
