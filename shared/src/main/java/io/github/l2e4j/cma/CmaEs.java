package io.github.l2e4j.cma;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

import java.util.Arrays;

/**
 * The state of one CMA-ES run, driven from outside (ask/tell at the level of step vectors): the
 * mean m, the step size sigma, the covariance C (full, or diagonal for sep-CMA-ES), and the two
 * evolution paths. A caller draws {@code x_i = m + sigma y_i} with {@code y_i = }{@link #transform}
 * {@code (z_i)}, evaluates, ranks, and hands the ranked y back to {@link #update}. Mutable, one
 * instance per run, not thread safe.
 *
 * <h2>One update [Hansen's tutorial, arXiv 1604.00772, with active weights]</h2>
 * <pre>
 *   &lt;y&gt;_w  = sum_{i&lt;=mu} w_i y_(i)
 *   m      &lt;- m + sigma &lt;y&gt;_w                                        (c_m = 1)
 *   p_s    &lt;- (1 - c_s) p_s + sqrt(c_s (2 - c_s) mu_eff) C^(-1/2) &lt;y&gt;_w
 *   sigma  &lt;- sigma exp((c_s / d_s) (||p_s|| / E||N(0,I)|| - 1))
 *   h_s    = [ ||p_s|| / sqrt(1 - (1 - c_s)^(2(g+1))) &lt; (1.4 + 2/(D+1)) E||N(0,I)|| ]
 *   p_c    &lt;- (1 - c_c) p_c + h_s sqrt(c_c (2 - c_c) mu_eff) &lt;y&gt;_w
 *   w°_i   = w_i (w_i &ge; 0),  w_i D / ||C^(-1/2) y_(i)||^2 (w_i &lt; 0)
 *   C      &lt;- (1 + c_1 (1 - h_s) c_c (2 - c_c) - c_1 - c_mu sum_i w_i) C + c_1 p_c p_c^T + c_mu sum_i w°_i y_(i) y_(i)^T
 * </pre>
 * The eigendecomposition {@code C = B diag(d^2) B^T} that sampling and {@code C^(-1/2)} need is
 * lazy: it is recomputed when {@code lambda / ((c_1 + c_mu) D 10)} evaluations have passed since the
 * last one (the tutorial's schedule), which keeps the cubic cost at O(D^2) per sample on average.
 * It uses Hipparchus' {@link EigenDecompositionSymmetric}. The diagonal variant costs O(D) per sample.
 */
public final class CmaEs {

    /** Condition number of C beyond which {@link #conditionTooLarge()} reports true. */
    public static final double MAX_CONDITION = 1e14;
    /** Cap on {@code c_1 + c_mu} after a rate multiplier (as in {@link CmaParameters}). */
    static final double MAX_RATE_SUM = 0.9;

    private final CmaParameters params;
    private final int d;
    private final boolean diagonal;
    private final double[] mean;
    private final double[] ps;
    private final double[] pc;
    /** C: d x d row-major (full) or its diagonal (length d). */
    private final double[] c;
    /** Eigenvectors as columns, row-major d x d (full only). */
    private final double[] b;
    /** Square roots of C's eigenvalues (full) or of its diagonal (diagonal). */
    private final double[] sqrtEig;
    private final double[] tmp;
    private final double[] yw;
    private final double[] invSqrtY;
    private final double[] row;
    private double sigma;
    private long generation;
    private long eigenGeneration;
    private boolean eigenFailed;

    /**
     * A run starting at {@code mean} with step size sigma and covariance {@code diag(shape)}.
     *
     * @param shape positive diagonal of the initial C (often all ones), not modified
     */
    public CmaEs(CmaParameters params, double[] mean, double sigma, double[] shape) {
        this.params = params;
        this.d = params.dimension();
        this.diagonal = params.diagonal();
        if (mean.length != d || shape.length != d) {
            throw new IllegalArgumentException("mean and shape must have length " + d + ", had " + mean.length
                    + " and " + shape.length);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, was " + sigma);
        }
        this.mean = mean.clone();
        this.sigma = sigma;
        this.ps = new double[d];
        this.pc = new double[d];
        this.sqrtEig = new double[d];
        this.tmp = new double[d];
        this.yw = new double[d];
        this.invSqrtY = new double[d];
        this.row = new double[d];
        if (diagonal) {
            this.c = shape.clone();
            this.b = null;
            for (int i = 0; i < d; i++) {
                sqrtEig[i] = Math.sqrt(c[i]);
            }
        } else {
            this.c = new double[d * d];
            this.b = new double[d * d];
            for (int i = 0; i < d; i++) {
                c[i * d + i] = shape[i];
                b[i * d + i] = 1;
                sqrtEig[i] = Math.sqrt(shape[i]);
            }
        }
    }

    /** The parameters. */
    public CmaParameters parameters() {
        return params;
    }

    /** The mean m (a live view: do not modify). */
    public double[] mean() {
        return mean;
    }

    /** Moves the mean (the paths, sigma and C are kept). */
    public void setMean(double[] m) {
        System.arraycopy(m, 0, mean, 0, d);
    }

    /** The step size sigma. */
    public double sigma() {
        return sigma;
    }

    /** Sets sigma (positive and finite). */
    public void setSigma(double s) {
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("sigma must be positive and finite, was " + s);
        }
        sigma = s;
    }

    /** Updates done. */
    public long generation() {
        return generation;
    }

    /** {@code y = C^(1/2) z}: {@code B diag(d) z} (full; the non-symmetric root, as in the tutorial) or {@code sqrt(C_ii) z_i}. */
    public void transform(double[] z, double[] y) {
        if (diagonal) {
            for (int i = 0; i < d; i++) {
                y[i] = sqrtEig[i] * z[i];
            }
            return;
        }
        for (int k = 0; k < d; k++) {
            tmp[k] = sqrtEig[k] * z[k];
        }
        rotate(tmp, y);
    }

    /** {@code out = B v}: from C's eigen coordinates back to x's (full C only). */
    private void rotate(double[] v, double[] out) {
        for (int i = 0; i < d; i++) {
            double s = 0;
            int row = i * d;
            for (int k = 0; k < d; k++) {
                s += b[row + k] * v[k];
            }
            out[i] = s;
        }
    }

    /** {@code out = diag(1/d) B^T v}: v in the eigen coordinates of C, scaled to unit variance. */
    public void whiten(double[] v, double[] out) {
        if (diagonal) {
            for (int i = 0; i < d; i++) {
                out[i] = v[i] / sqrtEig[i];
            }
            return;
        }
        for (int k = 0; k < d; k++) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += b[i * d + k] * v[i];
            }
            out[k] = s / sqrtEig[k];
        }
    }

    /** {@code out = B diag(1/d) g}: maps a gradient in the whitened eigen coordinates back to x (up to 1/sigma). */
    public void unwhiten(double[] g, double[] out) {
        if (diagonal) {
            for (int i = 0; i < d; i++) {
                out[i] = g[i] / sqrtEig[i];
            }
            return;
        }
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += b[i * d + k] * g[k] / sqrtEig[k];
            }
            out[i] = s;
        }
    }

    /** {@code out = C^(-1/2) y} with the symmetric root {@code B diag(1/d) B^T}: {@code B} times {@link #whiten}. */
    public void inverseSqrt(double[] y, double[] out) {
        if (diagonal) {
            whiten(y, out);
            return;
        }
        whiten(y, tmp);
        rotate(tmp, out);
    }

    /**
     * One CMA-ES update from ranked step vectors. The paths are normalised with the selection mass of
     * the given positive weights, {@code mu_eff = 1 / sum w_i^2}.
     *
     * @param ys      step vectors {@code y_j = (x_j - m) / sigma}, row-major, row j at {@code j * D}
     * @param ranked  row indices, best first
     * @param count   number of ranked rows used (at most lambda; rows past it get weight 0)
     * @param weights weights by rank, length &ge; count: positive ones sum to 1 and come first
     */
    public void update(double[] ys, int[] ranked, int count, double[] weights) {
        update(ys, ranked, count, weights, 1, 1);
    }

    /**
     * {@link #update(double[], int[], int, double[])} with this generation's multipliers on the
     * covariance learning rates and on the step-size damping (the learned operator's rate and damping
     * heads). c_1 and c_mu (for the positive weights) become {@code k c_1} and {@code k c_mu}, k the
     * rate multiplier capped so that {@code k (c_1 + c_mu) <= 0.9} (as {@link CmaParameters} caps its
     * own multiplier; never capped below 1); the negative weights' c_mu becomes {@code k_- c_mu} with
     * {@code k_- = k} for k &le; 1 and {@code k_- = min(k, (1 - k (c_1 + c_mu)) / (1 - (c_1 + c_mu)))}
     * above, which keeps the active update's
     * bound on the negative mass, {@code c_mu,- D sum|w_-| <= 1 - k (c_1 + c_mu)}, so C stays
     * positive definite; d_s becomes {@code delta d_s}. With both multipliers 1 the update is
     * bit-identical to the plain one. The eigendecomposition schedule keeps the parameters' rates.
     *
     * @param rateMultiplier    k &gt; 0 (the heads give [1/2, 2] by default)
     * @param dampingMultiplier delta &gt; 0
     */
    public void update(double[] ys, int[] ranked, int count, double[] weights, double rateMultiplier,
                       double dampingMultiplier) {
        if (!(rateMultiplier > 0) || !(dampingMultiplier > 0) || !Double.isFinite(rateMultiplier)
                || !Double.isFinite(dampingMultiplier)) {
            throw new IllegalArgumentException("rateMultiplier and dampingMultiplier must be finite and > 0, were "
                    + rateMultiplier + " and " + dampingMultiplier);
        }
        Arrays.fill(yw, 0.0);
        double sigmaBefore = sigma;
        double sumW = 0;
        double sumNegative = 0;
        for (int r = 0; r < count; r++) {
            double w = weights[r];
            sumW += w;
            if (w < 0) {
                sumNegative += w;
            }
            if (w > 0) {
                int off = ranked[r] * d;
                for (int i = 0; i < d; i++) {
                    yw[i] += w * ys[off + i];
                }
            }
        }
        double sq = 0;
        for (int r = 0; r < count; r++) {
            if (weights[r] > 0) {
                sq += weights[r] * weights[r];
            }
        }
        double muEff = sq > 0 ? 1 / sq : params.muEff();
        double cs = params.cSigma();
        double ccov = params.cc();
        double rates = params.c1() + params.cMu();
        double k = Math.min(rateMultiplier, Math.max(1, MAX_RATE_SUM / rates));
        double c1 = k * params.c1();
        double cMu = k * params.cMu();
        // k <= 1 needs no shrinking (and c_1 + c_mu may be 1 in large populations); k > 1 implies
        // c_1 + c_mu < 0.9 here. At k = 1 this is params.cMu() exactly, so the plain update is unchanged.
        double cMuNegative = (k <= 1 ? k : Math.min(k, (1 - k * rates) / (1 - rates))) * params.cMu();
        for (int i = 0; i < d; i++) {
            mean[i] += sigma * yw[i];
        }
        inverseSqrt(yw, invSqrtY);
        double psScale = Math.sqrt(cs * (2 - cs) * muEff);
        double psNorm2 = 0;
        for (int i = 0; i < d; i++) {
            ps[i] = (1 - cs) * ps[i] + psScale * invSqrtY[i];
            psNorm2 += ps[i] * ps[i];
        }
        double psNorm = Math.sqrt(psNorm2);
        generation++;
        double chiN = params.chiN();
        boolean hs = psNorm / Math.sqrt(1 - Math.pow(1 - cs, 2.0 * generation)) < (1.4 + 2.0 / (d + 1)) * chiN;
        double pcScale = hs ? Math.sqrt(ccov * (2 - ccov) * muEff) : 0;
        for (int i = 0; i < d; i++) {
            pc[i] = (1 - ccov) * pc[i] + pcScale * yw[i];
        }
        double decay = 1 + c1 * (hs ? 0 : ccov * (2 - ccov)) - c1 - cMu * sumW - (cMuNegative - cMu) * sumNegative;
        if (diagonal) {
            for (int i = 0; i < d; i++) {
                c[i] = decay * c[i] + c1 * pc[i] * pc[i];
            }
        } else {
            for (int i = 0; i < d; i++) {
                int row = i * d;
                double pci = c1 * pc[i];
                for (int j = 0; j <= i; j++) {
                    c[row + j] = decay * c[row + j] + pci * pc[j];
                }
            }
        }
        for (int r = 0; r < count; r++) {
            double w = weights[r];
            if (w == 0) {
                continue;
            }
            int off = ranked[r] * d;
            double wc = w;
            if (w < 0) {
                System.arraycopy(ys, off, row, 0, d);
                inverseSqrt(row, invSqrtY);
                double n2 = 0;
                for (int i = 0; i < d; i++) {
                    n2 += invSqrtY[i] * invSqrtY[i];
                }
                wc = n2 > 0 ? w * d / n2 : 0;
            }
            double f = (w < 0 ? cMuNegative : cMu) * wc;
            if (diagonal) {
                for (int i = 0; i < d; i++) {
                    c[i] += f * ys[off + i] * ys[off + i];
                }
            } else {
                for (int i = 0; i < d; i++) {
                    int row = i * d;
                    double fyi = f * ys[off + i];
                    for (int j = 0; j <= i; j++) {
                        c[row + j] += fyi * ys[off + j];
                    }
                }
            }
        }
        if (!diagonal) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    c[j * d + i] = c[i * d + j];
                }
            }
        }
        sigma *= Math.exp(Math.min(1, (cs / (dampingMultiplier * params.dSigma())) * (psNorm / chiN - 1)));
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            sigma = sigmaBefore;
        }
        if (diagonal) {
            for (int i = 0; i < d; i++) {
                c[i] = Math.max(c[i], Double.MIN_NORMAL);
                sqrtEig[i] = Math.sqrt(c[i]);
            }
        } else if (generation - eigenGeneration >= eigenGap()) {
            decompose();
        }
    }

    /**
     * Generations between two eigendecompositions: the tutorial's {@code lambda / ((c_1 + c_mu) D 10)}
     * evaluations, that is {@code 1 / ((c_1 + c_mu) D 10)} generations (at least one), rounded up:
     * every generation up to about D = 40 with the default lambda, every second one at D = 100.
     */
    long eigenGap() {
        double rate = params.c1() + params.cMu();
        return Math.max(1, (long) Math.ceil(1 / (rate * d * 10)));
    }

    private void decompose() {
        eigenGeneration = generation;
        RealMatrix m = new Array2DRowRealMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m.setEntry(i, j, c[i * d + j]);
            }
        }
        EigenDecompositionSymmetric ed;
        try {
            ed = new EigenDecompositionSymmetric(m);
        } catch (MathRuntimeException e) {
            eigenFailed = true;
            return;
        }
        double[] values = ed.getEigenvalues();
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            eigenFailed = true;
            return;
        }
        double floor = max / (MAX_CONDITION * 10);
        for (int k = 0; k < d; k++) {
            double v = values[k];
            if (!(v > floor)) {
                // Rounding made C indefinite: lift the eigenvalue and rebuild C from the lifted spectrum below.
                v = floor;
            }
            sqrtEig[k] = Math.sqrt(v);
            for (int i = 0; i < d; i++) {
                b[i * d + k] = ed.getEigenvector(k).getEntry(i);
            }
        }
    }

    /**
     * The factor by which sigma widens on flat fitness (Hansen's tutorial, B.3): {@code exp(0.2 + c_s / d_s)}
     * when the best and the {@code ceil(0.1 + n / 4)}-th best of the sorted values are equal, else 1.
     *
     * @param sorted a generation's values, ascending (invalid ones mapped to +infinity)
     */
    public double flatFitnessFactor(double[] sorted, int n) {
        int flat = Math.min(n - 1, (int) Math.ceil(0.1 + n / 4.0));
        return sorted[0] == sorted[flat] && Double.isFinite(sorted[0])
                ? Math.exp(0.2 + params.cSigma() / params.dSigma()) : 1;
    }

    /** Whether C's condition number exceeds {@link #MAX_CONDITION} or its decomposition failed. */
    public boolean conditionTooLarge() {
        if (eigenFailed) {
            return true;
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d; i++) {
            max = Math.max(max, sqrtEig[i]);
            min = Math.min(min, sqrtEig[i]);
        }
        return max * max > MAX_CONDITION * min * min;
    }

    /** The largest of {@code sqrt} of C's eigenvalues (as of the last decomposition). */
    public double maxStd() {
        double max = 0;
        for (int i = 0; i < d; i++) {
            max = Math.max(max, sqrtEig[i]);
        }
        return max;
    }

    /** {@code sqrt(C_ii)}. */
    public double std(int i) {
        return Math.sqrt(diagonal ? c[i] : c[i * d + i]);
    }

    /** A copy of C: d x d row-major (full) or its diagonal (for tests). */
    double[] covariance() {
        return c.clone();
    }

    /** The covariance path p_c (live view). */
    public double[] pathC() {
        return pc;
    }

}
