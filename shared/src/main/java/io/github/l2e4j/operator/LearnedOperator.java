package io.github.l2e4j.operator;

import io.github.l2e4j.internal.LinAlg;

import java.util.Arrays;
import java.util.SplittableRandom;

import static io.github.l2e4j.operator.ThetaLayout.*;

/**
 * The learned evolutionary operator: a bidirectional selective-scan (Mamba-style) mixer over the
 * fitness-sorted population and bounded output heads. Immutable and thread safe; one instance
 * can drive any number of concurrent searches.
 *
 * <h2>Forward pass</h2>
 * For the sorted tokens u_j (see {@link io.github.l2e4j.population.TokenFeatures}):
 * <pre>
 *   e_j = W_in u_j + b_in
 *   for each direction (best-&gt;worst, worst-&gt;best), channel h, state n:
 *     Delta_jh = min(softplus(a_h e_jh + beta_h), 10),   A_hn = -exp(A_log,hn) &lt; 0
 *     s_jhn    = exp(Delta_jh A_hn) s_(j-1)hn + Delta_jh (W_B e_j)_n e_jh
 *     y_jh     = sum_n (W_C e_j)_n s_jhn + D_h e_jh
 *   o_j = (y_fwd,j + y_bwd,j) * SiLU(W_z e_j + b_z),    o_bar = mean_j o_j
 * </pre>
 * The decay {@code exp(Delta A)} lies in (0, 1) for every theta, so the scan is stable; its cost
 * is O(N) and independent of the dimension D.
 *
 * <h2>Heads (all bounded by construction)</h2>
 * <pre>
 *   recombination  w      = softmax(l0_j + v_w . o_j)         in the simplex over the tokens
 *   mutation       m_j    = m_min + (m_max - m_min) sigmoid(v_m . o_j + b_m)
 *   contraction    gamma  = rho sigmoid(v_c . o_bar + b_c)     in [0, rho]
 *   relaxation     alpha  = a_min + (a_max - a_min) sigmoid(v_a . o_bar + b_a)
 *   gate           g      = g_max sigmoid(v_g . o_bar + b_g)
 *   step           s      = 2^(stepLog2 tanh(v_s . o_bar + b_s))
 *   rate           k      = 2^(rateLog2 tanh(v_k . o_bar + b_k))       multiplies c_1 and c_mu
 *   damping        delta  = 2^(dampingLog2 tanh(v_d . o_bar + b_d))   multiplies d_sigma
 * </pre>
 * {@code l0} is the CMA-ES log-rank prior on the best half ({@code ln(ln(mu+1/2) - ln j)}), so
 * at {@link #theta0()} (every v zero) w equals CMA-ES's recombination weights and the other heads
 * sit at the documented defaults: the untrained operator is a known, sane baseline (Song et al.'s
 * "do no harm" initialization) and training can only move away from it.
 *
 * <p>References: [1] Gu and Dao, Mamba: linear-time sequence modeling with selective state
 * spaces, arXiv 2312.00752. [2] Gao, Liu, Cheng and Tan, Learning to evolve with convergence
 * guarantee via neural unrolling, arXiv 2512.11453. [3] Song, Lin and Xu, Learning provably
 * improves the convergence of gradient descent, arXiv 2501.18092.
 */
public final class LearnedOperator {

    /** Contraction gamma at theta0. */
    public static final double DEFAULT_GAMMA = 0.05;
    /** KM relaxation alpha at theta0. */
    public static final double DEFAULT_ALPHA = 0.85;
    /** Gate g at theta0. */
    public static final double DEFAULT_GATE = 0.3;
    /** Step-size multiplier at theta0. */
    public static final double DEFAULT_STEP = 1.0;
    /** Mutation multiplier at theta0. */
    public static final double DEFAULT_MUTATION = 1.0;
    /** Upper clamp of the scan step Delta (keeps exp(Delta A) away from underflow artefacts). */
    public static final double MAX_DELTA = 10.0;
    /** Logit of tokens outside the best half in the recombination prior. */
    public static final double PRIOR_FLOOR = -30.0;
    /** Seed of the deterministic internal initialization of theta0. */
    public static final long THETA0_SEED = 0x4C32454A4CL;

    private static final LearnedOperator THETA0 = new LearnedOperator(buildTheta0(HeadRanges.DEFAULT),
            HeadRanges.DEFAULT);

    private final double[] theta;
    private final HeadRanges ranges;
    /** Precomputed A = -exp(A_log) for both directions. */
    private final double[] decayRates;
    /**
     * True when every head's output layer is zero (theta0 is such a point): the heads then depend
     * on their biases only, so the scan is skipped. The outputs are bit-identical either way.
     */
    private final boolean outputLayersZero;

    private LearnedOperator(double[] theta, HeadRanges ranges) {
        this.theta = theta;
        this.ranges = ranges;
        boolean zero = true;
        for (int i = 0; i < theta.length && zero; i++) {
            zero = !ThetaLayout.isOutputWeight(i) || theta[i] == 0.0;
        }
        this.outputLayersZero = zero;
        this.decayRates = new double[2 * H * S];
        for (int dir = 0; dir < 2; dir++) {
            int base = DIR0 + dir * DIR_SIZE + DIR_ALOG;
            for (int i = 0; i < H * S; i++) {
                decayRates[dir * H * S + i] = -Math.exp(theta[base + i]);
            }
        }
    }

    /** The untrained operator: output layers zero, biases at the documented defaults. */
    public static LearnedOperator theta0() {
        return THETA0;
    }

    /**
     * An operator from a weight vector.
     *
     * @throws IllegalArgumentException if theta has the wrong length or a non-finite entry
     */
    public static LearnedOperator of(double[] theta, HeadRanges ranges) {
        if (theta == null || theta.length != SIZE) {
            throw new IllegalArgumentException("theta must have " + SIZE + " parameters, had "
                    + (theta == null ? "null" : theta.length));
        }
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i])) {
                throw new IllegalArgumentException("theta[" + i + "] must be finite, was " + theta[i]);
            }
        }
        if (ranges == null) {
            throw new IllegalArgumentException("ranges must not be null");
        }
        return new LearnedOperator(theta.clone(), ranges);
    }

    /** The theta0 vector for the given ranges (biases map to the defaults inside those ranges). */
    public static double[] buildTheta0(HeadRanges ranges) {
        double[] t = new double[SIZE];
        SplittableRandom r = new SplittableRandom(THETA0_SEED);
        for (int i = 0; i < H * F; i++) {
            t[W_IN + i] = r.nextGaussian() / Math.sqrt(F);
        }
        for (int dir = 0; dir < 2; dir++) {
            int base = DIR0 + dir * DIR_SIZE;
            for (int h = 0; h < H; h++) {
                t[base + DIR_A + h] = 1.0;
                double dt = Math.exp(Math.log(1e-3) + (Math.log(1e-1) - Math.log(1e-3)) * h / (H - 1));
                t[base + DIR_BETA + h] = Math.log(Math.expm1(dt));
                for (int n = 0; n < S; n++) {
                    t[base + DIR_ALOG + h * S + n] = Math.log(n + 1);
                }
                t[base + DIR_D + h] = 1.0;
            }
            for (int i = 0; i < S * H; i++) {
                t[base + DIR_WB + i] = r.nextGaussian() / Math.sqrt(H);
                t[base + DIR_WC + i] = r.nextGaussian() / Math.sqrt(H);
            }
        }
        for (int i = 0; i < H * H; i++) {
            t[W_Z + i] = r.nextGaussian() / Math.sqrt(H);
        }
        // Output layers stay zero; only the biases set the defaults.
        t[HEAD_MUTATION + H] = logit((DEFAULT_MUTATION - ranges.mutationMin())
                / (ranges.mutationMax() - ranges.mutationMin()));
        t[HEAD_CONTRACTION + H] = logit(DEFAULT_GAMMA / ranges.rho());
        t[HEAD_RELAXATION + H] = logit((DEFAULT_ALPHA - ranges.alphaMin())
                / (ranges.alphaMax() - ranges.alphaMin()));
        t[HEAD_GATE + H] = logit(DEFAULT_GATE / ranges.gateMax());
        t[HEAD_STEP + H] = ranges.stepLog2() > 0
                ? atanh(Math.log(DEFAULT_STEP) / Math.log(2) / ranges.stepLog2()) : 0;
        // The rate and damping heads' biases stay 0: tanh(0) = 0, multipliers 2^0 = 1 exactly.
        return t;
    }

    private static double logit(double p) {
        double q = LinAlg.clamp(p, 1e-6, 1 - 1e-6);
        return Math.log(q / (1 - q));
    }

    private static double atanh(double x) {
        double q = LinAlg.clamp(x, -1 + 1e-9, 1 - 1e-9);
        return 0.5 * Math.log((1 + q) / (1 - q));
    }

    /** A copy of the weight vector. */
    public double[] theta() {
        return theta.clone();
    }

    /** The head ranges. */
    public HeadRanges ranges() {
        return ranges;
    }

    /** Number of parameters ({@value ThetaLayout#SIZE}). */
    public int parameterCount() {
        return SIZE;
    }

    /** The same operator with other weights. */
    public LearnedOperator withTheta(double[] newTheta) {
        return of(newTheta, ranges);
    }

    /**
     * Runs the mixer and the heads on n sorted tokens.
     *
     * @param features n rows of {@link ThetaLayout#F} features, best token first (not modified)
     * @param n        number of tokens, 1 &le; n &le; out.capacity()
     * @param out      receives the outputs (and is used as scratch)
     */
    public void forward(double[] features, int n, OperatorOutput out) {
        if (outputLayersZero) {
            Arrays.fill(out.o, 0, n * H, 0.0);
            Arrays.fill(out.pooled, 0.0);
            heads(n, out);
            return;
        }
        double[] e = out.e;
        double[] gz = out.gateZ;
        for (int j = 0; j < n; j++) {
            int fo = j * F;
            int eo = j * H;
            for (int h = 0; h < H; h++) {
                double s = theta[B_IN + h];
                int wo = W_IN + h * F;
                for (int k = 0; k < F; k++) {
                    s += theta[wo + k] * features[fo + k];
                }
                e[eo + h] = s;
            }
            for (int h = 0; h < H; h++) {
                double s = theta[B_Z + h];
                int wo = W_Z + h * H;
                for (int k = 0; k < H; k++) {
                    s += theta[wo + k] * e[eo + k];
                }
                gz[eo + h] = LinAlg.silu(s);
            }
        }
        scan(0, n, out.yForward, out);
        scan(1, n, out.yBackward, out);
        double[] o = out.o;
        boolean finite = true;
        for (int i = 0; i < n * H; i++) {
            o[i] = (out.yForward[i] + out.yBackward[i]) * gz[i];
            finite &= Double.isFinite(o[i]);
        }
        if (!finite) {
            // Extreme weights overflowed: fall back to the heads' biases for this generation.
            Arrays.fill(o, 0, n * H, 0.0);
        }
        double[] pooled = out.pooled;
        Arrays.fill(pooled, 0.0);
        for (int j = 0; j < n; j++) {
            for (int h = 0; h < H; h++) {
                pooled[h] += o[j * H + h];
            }
        }
        for (int h = 0; h < H; h++) {
            pooled[h] /= n;
        }
        heads(n, out);
    }

    private void scan(int dir, int n, double[] y, OperatorOutput out) {
        int base = DIR0 + dir * DIR_SIZE;
        double[] st = out.state;
        double[] bv = out.b;
        double[] cv = out.c;
        double[] e = out.e;
        Arrays.fill(st, 0.0);
        int aOff = dir * H * S;
        for (int step = 0; step < n; step++) {
            int j = dir == 0 ? step : n - 1 - step;
            int eo = j * H;
            for (int s = 0; s < S; s++) {
                double sb = 0;
                double sc = 0;
                int wb = base + DIR_WB + s * H;
                int wc = base + DIR_WC + s * H;
                for (int k = 0; k < H; k++) {
                    sb += theta[wb + k] * e[eo + k];
                    sc += theta[wc + k] * e[eo + k];
                }
                bv[s] = sb;
                cv[s] = sc;
            }
            for (int h = 0; h < H; h++) {
                double ejh = e[eo + h];
                double delta = Math.min(LinAlg.softplus(theta[base + DIR_A + h] * ejh + theta[base + DIR_BETA + h]),
                        MAX_DELTA);
                double acc = theta[base + DIR_D + h] * ejh;
                for (int s = 0; s < S; s++) {
                    int si = h * S + s;
                    double v = Math.exp(delta * decayRates[aOff + si]) * st[si] + delta * bv[s] * ejh;
                    st[si] = v;
                    acc += cv[s] * v;
                }
                y[eo + h] = acc;
            }
        }
    }

    private void heads(int n, OperatorOutput out) {
        double[] o = out.o;
        int mu = Math.max(1, n / 2);
        double lnMu = Math.log(mu + 0.5);
        double max = Double.NEGATIVE_INFINITY;
        double[] w = out.weights;
        for (int j = 0; j < n; j++) {
            double prior = j < mu ? Math.log(lnMu - Math.log(j + 1)) : PRIOR_FLOOR;
            double l = prior + theta[HEAD_RECOMBINATION + H] + dotHead(HEAD_RECOMBINATION, o, j * H);
            w[j] = l;
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            w[j] = Math.exp(w[j] - max);
            sum += w[j];
        }
        for (int j = 0; j < n; j++) {
            w[j] /= sum;
        }
        double mMin = ranges.mutationMin();
        double mSpan = ranges.mutationMax() - mMin;
        for (int j = 0; j < n; j++) {
            out.mutation[j] = mMin + mSpan * LinAlg.sigmoid(theta[HEAD_MUTATION + H] + dotHead(HEAD_MUTATION, o, j * H));
        }
        double[] p = out.pooled;
        out.gamma = ranges.rho() * LinAlg.sigmoid(pooledHead(HEAD_CONTRACTION, p));
        out.alpha = ranges.alphaMin() + (ranges.alphaMax() - ranges.alphaMin())
                * LinAlg.sigmoid(pooledHead(HEAD_RELAXATION, p));
        out.gate = ranges.gateMax() * LinAlg.sigmoid(pooledHead(HEAD_GATE, p));
        out.step = Math.pow(2, ranges.stepLog2() * Math.tanh(pooledHead(HEAD_STEP, p)));
        out.rate = Math.pow(2, ranges.rateLog2() * Math.tanh(pooledHead(HEAD_RATE, p)));
        out.damping = Math.pow(2, ranges.dampingLog2() * Math.tanh(pooledHead(HEAD_DAMPING, p)));
    }

    private double dotHead(int head, double[] v, int off) {
        double s = 0;
        for (int h = 0; h < H; h++) {
            s += theta[head + h] * v[off + h];
        }
        return s;
    }

    private double pooledHead(int head, double[] p) {
        return theta[head + H] + dotHead(head, p, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnedOperator l && Arrays.equals(theta, l.theta) && ranges.equals(l.ranges);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(theta) + ranges.hashCode();
    }

    @Override
    public String toString() {
        return "LearnedOperator[" + SIZE + " parameters" + (equals(THETA0) ? ", theta0" : "") + "]";
    }
}
