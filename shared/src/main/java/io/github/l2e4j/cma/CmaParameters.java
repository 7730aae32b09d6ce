package io.github.l2e4j.cma;

import io.github.l2e4j.internal.Checks;

import java.util.Arrays;

/**
 * The strategy parameters of CMA-ES for a dimension D and a population size lambda, with the
 * defaults of Hansen's tutorial [1] (section "Strategy parameters: default values", active
 * weights included) and optional bounded multipliers on the learning rates and the damping.
 * Immutable.
 *
 * <pre>
 *   w'_i      = ln((lambda + 1) / 2) - ln i,                    i = 1..lambda
 *   mu        = floor(lambda / 2),   mu_eff = (sum_{i&lt;=mu} w'_i)^2 / sum_{i&lt;=mu} w'_i^2
 *   c_1       = 2 / ((D + 1.3)^2 + mu_eff)
 *   c_mu      = min(1 - c_1, 2 (mu_eff - 2 + 1/mu_eff) / ((D + 2)^2 + mu_eff))
 *   w_i       = w'_i / sum_{positive} w'_j                           (i &lt;= mu)
 *   w_i       = w'_i min(1 + c_1/c_mu, 1 + 2 mu_eff^- / (mu_eff + 2), (1 - c_1 - c_mu) / (D c_mu)) / sum_{negative} |w'_j|
 *   c_sigma   = (mu_eff + 2) / (D + mu_eff + 5)
 *   d_sigma   = 1 + 2 max(0, sqrt((mu_eff - 1) / (D + 1)) - 1) + c_sigma
 *   c_c       = (4 + mu_eff / D) / (D + 4 + 2 mu_eff / D)
 *   E||N(0,I)|| ~ sqrt(D) (1 - 1/(4D) + 1/(21 D^2))
 * </pre>
 * The diagonal variant (sep-CMA-ES [2]) multiplies c_1 and c_mu by (D + 2) / 3, capped so that
 * c_1 + c_mu &le; 1, and uses positive weights only.
 *
 * <p>References: [1] N. Hansen, The CMA evolution strategy: a tutorial, arXiv 1604.00772.
 * [2] R. Ros and N. Hansen, A simple modification in CMA-ES achieving linear time and space
 * complexity, PPSN X (2008).
 */
public final class CmaParameters {

    /** Smallest population size. */
    public static final int MIN_LAMBDA = 2;

    private final int dimension;
    private final int lambda;
    private final int mu;
    private final boolean diagonal;
    private final boolean active;
    private final double[] weights;
    private final double muEff;
    private final double c1;
    private final double cMu;
    private final double cSigma;
    private final double dSigma;
    private final double cc;
    private final double chiN;

    private CmaParameters(int dimension, int lambda, boolean diagonal, boolean active, double rateMultiplier,
                          double dampingMultiplier) {
        this.dimension = dimension;
        this.lambda = lambda;
        this.mu = lambda / 2;
        this.diagonal = diagonal;
        this.active = active && !diagonal;
        int d = dimension;
        double[] raw = new double[lambda];
        for (int i = 0; i < lambda; i++) {
            raw[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1);
        }
        double sumPos = 0;
        double sumPosSq = 0;
        double sumNeg = 0;
        double sumNegSq = 0;
        for (int i = 0; i < lambda; i++) {
            if (i < mu) {
                sumPos += raw[i];
                sumPosSq += raw[i] * raw[i];
            } else if (raw[i] < 0) {
                sumNeg += -raw[i];
                sumNegSq += raw[i] * raw[i];
            }
        }
        this.muEff = sumPos * sumPos / sumPosSq;
        double muEffMinus = sumNegSq > 0 ? sumNeg * sumNeg / sumNegSq : 0;
        double c1Default = 2 / ((d + 1.3) * (d + 1.3) + muEff);
        double cMuDefault = Math.min(1 - c1Default, 2 * (muEff - 2 + 1 / muEff) / ((d + 2.0) * (d + 2.0) + muEff));
        if (diagonal) {
            double scale = (d + 2) / 3.0;
            c1Default *= scale;
            cMuDefault *= scale;
            double sum = c1Default + cMuDefault;
            if (sum > 0.9) {
                c1Default *= 0.9 / sum;
                cMuDefault *= 0.9 / sum;
            }
        }
        double r = rateMultiplier;
        double c1m = c1Default * r;
        double cMum = cMuDefault * r;
        if (c1m + cMum > 1) {
            cMum = Math.max(0, 1 - c1m);
            c1m = Math.min(c1m, 1);
        }
        this.c1 = c1m;
        this.cMu = cMum;
        this.weights = new double[lambda];
        double negScale = 0;
        if (this.active && sumNeg > 0 && cMu > 0) {
            double alphaMu = 1 + c1 / cMu;
            double alphaMuEff = 1 + 2 * muEffMinus / (muEff + 2);
            double alphaPosDef = (1 - c1 - cMu) / (d * cMu);
            negScale = Math.max(0, Math.min(alphaMu, Math.min(alphaMuEff, alphaPosDef))) / sumNeg;
        }
        for (int i = 0; i < lambda; i++) {
            weights[i] = i < mu ? raw[i] / sumPos : raw[i] < 0 ? raw[i] * negScale : 0;
        }
        this.cSigma = (muEff + 2) / (d + muEff + 5);
        this.dSigma = dampingMultiplier * (1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (d + 1)) - 1) + cSigma);
        this.cc = (4 + muEff / d) / (d + 4 + 2 * muEff / d);
        this.chiN = Math.sqrt(d) * (1 - 1.0 / (4 * d) + 1.0 / (21.0 * d * d));
    }

    /**
     * The default parameters.
     *
     * @param dimension D &ge; 1
     * @param lambda    population size &ge; {@value #MIN_LAMBDA}
     * @param diagonal  sep-CMA-ES (diagonal covariance) instead of the full matrix
     */
    public static CmaParameters of(int dimension, int lambda, boolean diagonal) {
        return of(dimension, lambda, diagonal, true, 1, 1);
    }

    /**
     * Parameters with multipliers on the covariance learning rates (c_1 and c_mu together, the
     * sum then capped at 0.9) and on the step-size damping d_sigma.
     *
     * @param active          use negative (active) weights (ignored for the diagonal variant)
     * @param rateMultiplier  in [1/16, 16]
     * @param dampingMultiplier in [1/16, 16]
     */
    public static CmaParameters of(int dimension, int lambda, boolean diagonal, boolean active,
                                   double rateMultiplier, double dampingMultiplier) {
        Checks.atLeast("dimension", dimension, 1);
        Checks.atLeast("lambda", lambda, MIN_LAMBDA);
        Checks.inClosedRange("rateMultiplier", rateMultiplier, 1.0 / 16, 16);
        Checks.inClosedRange("dampingMultiplier", dampingMultiplier, 1.0 / 16, 16);
        return new CmaParameters(dimension, lambda, diagonal, active, rateMultiplier, dampingMultiplier);
    }

    /** CMA-ES's default population size {@code 4 + floor(3 ln D)}. */
    public static int defaultLambda(int dimension) {
        Checks.atLeast("dimension", dimension, 1);
        return 4 + (int) Math.floor(3 * Math.log(dimension));
    }

    /** The dimension D. */
    public int dimension() {
        return dimension;
    }

    /** The population size lambda. */
    public int lambda() {
        return lambda;
    }

    /** The number of positive weights mu = floor(lambda / 2). */
    public int mu() {
        return mu;
    }

    /** Whether the covariance is diagonal (sep-CMA-ES). */
    public boolean diagonal() {
        return diagonal;
    }

    /** Whether negative weights are used. */
    public boolean active() {
        return active;
    }

    /** Weight of rank i (0-based): positive for i &lt; mu (sum 1), negative or zero after. */
    public double weight(int i) {
        return weights[i];
    }

    /** A copy of the weights. */
    public double[] weights() {
        return weights.clone();
    }

    /** The variance-effective selection mass of the positive weights. */
    public double muEff() {
        return muEff;
    }

    /** Rank-one learning rate. */
    public double c1() {
        return c1;
    }

    /** Rank-mu learning rate. */
    public double cMu() {
        return cMu;
    }

    /** Step-size cumulation rate. */
    public double cSigma() {
        return cSigma;
    }

    /** Step-size damping. */
    public double dSigma() {
        return dSigma;
    }

    /** Covariance-path cumulation rate. */
    public double cc() {
        return cc;
    }

    /** The expected length of a standard normal vector in D dimensions. */
    public double chiN() {
        return chiN;
    }

    @Override
    public String toString() {
        return "CmaParameters[D=" + dimension + ", lambda=" + lambda + ", mu=" + mu + ", muEff=" + muEff
                + ", c1=" + c1 + ", cMu=" + cMu + ", cSigma=" + cSigma + ", dSigma=" + dSigma + ", cc=" + cc
                + ", diagonal=" + diagonal + ", active=" + active + ", weights=" + Arrays.toString(weights) + "]";
    }
}
