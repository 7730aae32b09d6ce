package io.github.l2e4j.km;

import io.github.l2e4j.internal.LinAlg;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

import java.util.Arrays;

/**
 * A dense inverse-Hessian estimate for small dimensions: BFGS updates of H and, alongside, of its
 * inverse B (the Hessian model)
 * <pre>
 *   H+ = (I - rho s y^T) H (I - rho y s^T) + rho s s^T,        rho = 1 / (y^T s)
 *   B+ = B - (B s)(B s)^T / (s^T B s) + y y^T / (y^T s)
 * </pre>
 * with Shanno's initial scaling {@code H = (s^T y / y^T D y) D} before the first pair.
 *
 * <p>Every {@code max(1, round(D / DECOMPOSITION_DIVISOR))} updates (every update for D &lt; 15) an
 * eigendecomposition clips the eigenvalues into {@code [lambda_max / MAX_CONDITION, lambda_max]}
 * and into {@code [scale0 / MAX_SCALE_CHANGE, scale0 * MAX_SCALE_CHANGE]}, rebuilds H and B from
 * the clipped spectrum, and refreshes the sampling factor, the symmetric square root
 * {@code (H / scale)^(1/2) = V diag(sqrt(lambda / scale)) V^T}. In between, the sampling factor is
 * at most that many updates old (as CMA-ES's lazy eigendecomposition), and H and B stay exact
 * inverses of each other. Cost: O(D^2) per update, O(D^3) per decomposition (Hipparchus'
 * symmetric solver).
 */
public final class FullMetric implements Metric {

    /** Decompose every max(1, round(D / DECOMPOSITION_DIVISOR)) updates. */
    public static final double DECOMPOSITION_DIVISOR = 10.0;

    private final int d;
    private final int interval;
    private final double[] h;
    private final double[] b;
    private final double[] basis;
    private final double[] eigen;
    private final double[] shape;
    private final double[] hy;
    private final double[] sqrtRel;
    private final double[] sqrtShape;
    private final double[] damped;
    private final double[] bs;
    private double scale0;
    private double maxEigenAtDecomposition;
    private double meanEigenAtDecomposition;
    private int updates;
    private int sinceDecomposition;

    /** A metric for dimension d, reset to the identity. */
    public FullMetric(int d) {
        this.d = d;
        this.interval = Math.max(1, (int) Math.round(d / DECOMPOSITION_DIVISOR));
        this.h = new double[d * d];
        this.b = new double[d * d];
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
        Arrays.fill(b, 0.0);
        Arrays.fill(basis, 0.0);
        for (int i = 0; i < d; i++) {
            shape[i] = shapeIn[i];
            h[i * d + i] = scale * shapeIn[i];
            b[i * d + i] = 1 / (scale * shapeIn[i]);
            basis[i * d + i] = 1.0;
            eigen[i] = scale * shapeIn[i];
        }
        scale0 = scale;
        updates = 0;
        sinceDecomposition = 0;
        refreshSampling();
    }

    @Override
    public void rescale(double factor) {
        for (int i = 0; i < d * d; i++) {
            h[i] *= factor;
            b[i] /= factor;
        }
        for (int i = 0; i < d; i++) {
            eigen[i] *= factor;
        }
        scale0 *= factor;
        refreshSampling();
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
            Arrays.fill(b, 0.0);
            for (int i = 0; i < d; i++) {
                h[i * d + i] = gamma * shape[i];
                b[i * d + i] = 1 / (gamma * shape[i]);
            }
        }
        double rho = 1.0 / sy;
        // H y and B s (bs), then both rank-two updates.
        double yhy = 0;
        double sbs = 0;
        for (int i = 0; i < d; i++) {
            double t = 0;
            double u = 0;
            int off = i * d;
            for (int j = 0; j < d; j++) {
                t += h[off + j] * y[j];
                u += b[off + j] * s[j];
            }
            hy[i] = t;
            bs[i] = u;
        }
        for (int i = 0; i < d; i++) {
            yhy += y[i] * hy[i];
            sbs += s[i] * bs[i];
        }
        double c = rho * rho * yhy + rho;
        for (int i = 0; i < d; i++) {
            int off = i * d;
            for (int j = 0; j < d; j++) {
                h[off + j] += c * s[i] * s[j] - rho * (s[i] * hy[j] + hy[i] * s[j]);
                b[off + j] += y[i] * y[j] * rho - (sbs > 0 ? bs[i] * bs[j] / sbs : 0);
            }
        }
        updates++;
        if (++sinceDecomposition >= interval) {
            decomposeAndClip();
        }
        return true;
    }

    private void decomposeAndClip() {
        sinceDecomposition = 0;
        // Decompose H / max|H_ij|: the solver's tolerances are absolute, and it failed to converge
        // on finite matrices whose entries were all around 1e-8 (a run's scale can be anything).
        double maxAbs = 0;
        for (double x : h) {
            maxAbs = Math.max(maxAbs, Math.abs(x));
        }
        if (!(maxAbs > 0) || !Double.isFinite(maxAbs)) {
            reset(shape, scale0);
            return;
        }
        double[][] rows = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = 0.5 * (h[i * d + j] + h[j * d + i]) / maxAbs;
            }
        }
        EigenDecompositionSymmetric ed;
        try {
            ed = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(rows, false));
        } catch (MathRuntimeException e) {
            // Never seen after the normalisation; if it happens, fall back to the diagonal of H.
            double[] diagonal = new double[d];
            double mean = 0;
            for (int i = 0; i < d; i++) {
                diagonal[i] = Math.max(h[i * d + i], Double.MIN_NORMAL);
                mean += diagonal[i] / d;
            }
            for (int i = 0; i < d; i++) {
                diagonal[i] /= mean;
            }
            double keep = scale0;
            reset(diagonal, mean);
            scale0 = keep;
            return;
        }
        double[] values = ed.getEigenvalues(); // Hipparchus returns a copy
        for (int k = 0; k < d; k++) {
            values[k] *= maxAbs;
        }
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
        for (int k = 0; k < d; k++) {
            double x = values[k];
            eigen[k] = x < lo || !(x == x) ? lo : Math.min(x, hi);
            for (int i = 0; i < d; i++) {
                basis[i * d + k] = v.getEntry(i, k);
            }
        }
        // Rebuild H and B from the (clipped) spectrum so they stay exact inverses.
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double th = 0;
                double tb = 0;
                for (int k = 0; k < d; k++) {
                    double p = basis[i * d + k] * basis[j * d + k];
                    th += p * eigen[k];
                    tb += p / eigen[k];
                }
                h[i * d + j] = th;
                h[j * d + i] = th;
                b[i * d + j] = tb;
                b[j * d + i] = tb;
            }
        }
        refreshSampling();
    }

    /** The sampling factor and the summary of the spectrum, from the current decomposition. */
    private void refreshSampling() {
        double sum = 0;
        double max = 0;
        for (int i = 0; i < d; i++) {
            sum += eigen[i];
            max = Math.max(max, eigen[i]);
        }
        meanEigenAtDecomposition = sum / d;
        maxEigenAtDecomposition = max;
        for (int i = 0; i < d; i++) {
            sqrtRel[i] = Math.sqrt(eigen[i] / meanEigenAtDecomposition);
        }
        // The symmetric square root V diag(sqrt(lambda / mean)) V^T: unlike V diag(...) alone it does
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
        LinAlg.multiply(h, v, out, d);
    }

    @Override
    public void applyInverse(double[] v, double[] out) {
        LinAlg.multiply(b, v, out, d);
    }

    @Override
    public int extraNormals() {
        return 0;
    }

    @Override
    public void sample(double[] xi, double[] extra, double[] out) {
        LinAlg.multiply(sqrtShape, xi, out, d);
    }

    /** The mean eigenvalue of the sampling factor's decomposition (the scale samples are relative to). */
    @Override
    public double scale() {
        return meanEigenAtDecomposition;
    }

    @Override
    public double maxShapeStd() {
        return Math.sqrt(maxEigenAtDecomposition / meanEigenAtDecomposition);
    }

    @Override
    public int updates() {
        return updates;
    }

    /** The eigenvalues of H at the last decomposition (a copy), for tests and diagnostics. */
    public double[] eigenvalues() {
        return eigen.clone();
    }
}
