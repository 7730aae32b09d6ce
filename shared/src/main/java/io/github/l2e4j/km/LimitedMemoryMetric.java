package io.github.l2e4j.km;

import java.util.Arrays;

/**
 * A diagonal-plus-low-rank inverse-Hessian estimate for large dimensions: limited-memory BFGS
 * with the last r secant pairs over the diagonal {@code H0 = gamma diag(shape)}, where gamma is
 * Shanno's scaling {@code s^T y / y^T D y} of the newest pair.
 *
 * <p>{@code H v} is the two-loop recursion, O(D r). Samples use the product form of the BFGS
 * update: if {@code H_(i-1) = L L^T} then {@code H_i = V_i^T H_(i-1) V_i + rho_i s_i s_i^T} with
 * {@code V_i = I - rho_i y_i s_i^T}, so {@code v_i = V_i^T v_(i-1) + sqrt(rho_i) s_i zeta_i} maps
 * a sample of {@code N(0, H_(i-1))} and one more standard normal {@code zeta_i} to a sample of
 * {@code N(0, H_i)}: O(D r) per sample, no matrix is ever formed. Pairs are accepted only when
 * the curvature condition holds and the pair's curvature {@code y^T y / s^T y} stays within
 * {@link #MAX_CONDITION} of gamma, which bounds H's eigenvalues.
 */
public final class LimitedMemoryMetric implements Metric {

    /** Default number of stored pairs. */
    public static final int DEFAULT_MEMORY = 10;

    private final int d;
    private final int r;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alphaScratch;
    private final double[] shape;
    private final double[] sqrtShape;
    private final double[][] bs;
    private final double[] damped;
    private final double[] bsScratch;
    private final double[] sbs;
    private boolean inverseDirty = true;
    private double gamma;
    private double scale0;
    private int count;
    private int head;
    private int updates;

    /** A metric for dimension d with memory r. */
    public LimitedMemoryMetric(int d, int r) {
        this.d = d;
        this.r = r;
        this.s = new double[r][d];
        this.y = new double[r][d];
        this.rho = new double[r];
        this.alphaScratch = new double[r];
        this.bs = new double[r][d];
        this.damped = new double[d];
        this.bsScratch = new double[d];
        this.sbs = new double[r];
        this.shape = new double[d];
        this.sqrtShape = new double[d];
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
        for (int i = 0; i < d; i++) {
            shape[i] = shapeIn[i];
            sqrtShape[i] = Math.sqrt(shapeIn[i]);
        }
        gamma = scale;
        scale0 = scale;
        inverseDirty = true;
        count = 0;
        head = 0;
        updates = 0;
    }

    @Override
    public void rescale(double factor) {
        gamma *= factor;
        scale0 *= factor;
        inverseDirty = true;
        // Stored pairs keep their own curvature; rescaling only applies before the first pair.
    }

    @Override
    public boolean update(double[] sNew, double[] yIn) {
        double[] yNew = damped;
        if (!Metric.powellDamping(this, sNew, yIn, yNew, bsScratch)) {
            return false;
        }
        double sy = 0;
        double ss = 0;
        double yy = 0;
        double yDy = 0;
        for (int i = 0; i < d; i++) {
            sy += sNew[i] * yNew[i];
            ss += sNew[i] * sNew[i];
            yy += yNew[i] * yNew[i];
            yDy += yNew[i] * shape[i] * yNew[i];
        }
        if (!(sy > CURVATURE * Math.sqrt(ss * yy)) || !Double.isFinite(sy)) {
            return false;
        }
        double g = sy / yDy;
        if (!(g > scale0 / MAX_SCALE_CHANGE && g < scale0 * MAX_SCALE_CHANGE)) {
            return false;
        }
        if (count > 0 && !(g > gamma / MAX_CONDITION && g < gamma * MAX_CONDITION)) {
            return false;
        }
        System.arraycopy(sNew, 0, s[head], 0, d);
        System.arraycopy(yNew, 0, y[head], 0, d);
        rho[head] = 1.0 / sy;
        head = (head + 1) % r;
        count = Math.min(count + 1, r);
        gamma = g;
        updates++;
        inverseDirty = true;
        return true;
    }

    private int slot(int age) {
        // age 0 = newest
        return ((head - 1 - age) % r + r) % r;
    }

    @Override
    public void apply(double[] v, double[] out) {
        System.arraycopy(v, 0, out, 0, d);
        for (int a = 0; a < count; a++) {
            int k = slot(a);
            double t = 0;
            for (int i = 0; i < d; i++) {
                t += s[k][i] * out[i];
            }
            t *= rho[k];
            alphaScratch[a] = t;
            for (int i = 0; i < d; i++) {
                out[i] -= t * y[k][i];
            }
        }
        for (int i = 0; i < d; i++) {
            out[i] *= gamma * shape[i];
        }
        for (int a = count - 1; a >= 0; a--) {
            int k = slot(a);
            double b = 0;
            for (int i = 0; i < d; i++) {
                b += y[k][i] * out[i];
            }
            b *= rho[k];
            double c = alphaScratch[a] - b;
            for (int i = 0; i < d; i++) {
                out[i] += c * s[k][i];
            }
        }
    }

    /**
     * {@code H^-1 v} by the direct BFGS recursion {@code B_i = B_(i-1) - b_i b_i^T / (s_i^T b_i) + y_i y_i^T / (y_i^T s_i)}
     * with {@code b_i = B_(i-1) s_i}, cached per pair set: O(D r) per call, O(D r^2) after a change.
     */
    @Override
    public void applyInverse(double[] v, double[] out) {
        if (inverseDirty) {
            for (int a = count - 1; a >= 0; a--) {
                int k = slot(a);
                directProduct(s[k], bs[k], a + 1);
                double t = 0;
                for (int i = 0; i < d; i++) {
                    t += s[k][i] * bs[k][i];
                }
                sbs[k] = t;
            }
            inverseDirty = false;
        }
        directProduct(v, out, 0);
    }

    /** out = B_j v where B_j uses the pairs older than age {@code newestAge} (age count-1 is the oldest). */
    private void directProduct(double[] v, double[] out, int newestAge) {
        for (int i = 0; i < d; i++) {
            out[i] = v[i] / (gamma * shape[i]);
        }
        for (int a = count - 1; a >= newestAge; a--) {
            int k = slot(a);
            double yv = 0;
            double bv = 0;
            for (int i = 0; i < d; i++) {
                yv += y[k][i] * v[i];
                bv += bs[k][i] * v[i];
            }
            double cy = yv * rho[k];
            double cb = sbs[k] > 0 ? bv / sbs[k] : 0;
            for (int i = 0; i < d; i++) {
                out[i] += cy * y[k][i] - cb * bs[k][i];
            }
        }
    }

    @Override
    public int extraNormals() {
        return r;
    }

    @Override
    public void sample(double[] xi, double[] extra, double[] out) {
        for (int i = 0; i < d; i++) {
            out[i] = Math.sqrt(gamma) * sqrtShape[i] * xi[i];
        }
        for (int a = count - 1; a >= 0; a--) {
            int k = slot(a);
            double t = 0;
            for (int i = 0; i < d; i++) {
                t += y[k][i] * out[i];
            }
            double c1 = rho[k] * t;
            double c2 = Math.sqrt(rho[k]) * extra[a];
            for (int i = 0; i < d; i++) {
                out[i] += (c2 - c1) * s[k][i];
            }
        }
        double inv = 1.0 / Math.sqrt(gamma);
        for (int i = 0; i < d; i++) {
            out[i] *= inv;
        }
    }

    @Override
    public double scale() {
        return gamma;
    }

    @Override
    public double maxShapeStd() {
        double maxShape = 0;
        for (double v : shape) {
            maxShape = Math.max(maxShape, v);
        }
        double extraVar = 0;
        for (int a = 0; a < count; a++) {
            int k = slot(a);
            double ss = 0;
            for (int i = 0; i < d; i++) {
                ss += s[k][i] * s[k][i];
            }
            extraVar += rho[k] * ss / gamma;
        }
        return Math.sqrt(maxShape + extraVar);
    }

    @Override
    public int updates() {
        return updates;
    }
}
