package io.github.l2e4j.benchmark.bbob;

/**
 * The random numbers of the 2009 BBOB code that COCO still uses to build every {@code bbob} and
 * {@code bbob-largescale} instance: uniform numbers, Gaussian numbers, the optimum x_opt, the
 * offset f_opt and random rotation matrices, each a pure function of an integer seed.
 *
 * <p><b>Uniform numbers.</b> A Park–Miller "minimal standard" generator
 * {@code s <- 16807 s mod (2^31 - 1)} (computed with Schrage's factorisation
 * {@code 2^31 - 1 = 16807 * 127773 + 2836}) feeds a Bays–Durham shuffle table of 32 slots. The
 * seed is made positive and at least 1; 40 warm-up steps fill the table (the last 32 of them), and
 * each output {@code r} is the table entry chosen by the previous output ({@code r / 67108865}),
 * which is then replaced by the next generator value. The number returned is
 * {@code r / 2.147483647e9}; an exact 0 would be replaced by {@code 1e-99}.
 *
 * <p><b>Gaussian numbers</b> (Box–Muller): for n numbers, draw 2n uniforms {@code u} and return
 * {@code g_i = sqrt(-2 ln u_i) cos(2 pi u_(n+i))}, with an exact 0 replaced by {@code 1e-99}.
 *
 * <p>The arithmetic is done in {@code long} as in the C code, and the elementary functions are
 * {@link StrictMath}'s, so x_opt, f_opt and the rotations are bit for bit the same on every JVM
 * (and, measured against COCO's reference values, closer to glibc's than the {@link Math}
 * intrinsics). Seeds must lie in
 * {@code [-(2^31 - 2), 2^31 - 2]}: beyond that the C code leaves the range of its shuffle table.
 *
 * <p>Reference: COCO, {@code code-experiments/src/suite_bbob_legacy_code.c} (numbbo/coco,
 * BSD-3-Clause); this is an independent Java rendering of the same algorithm.
 */
final class LegacyRandom {

    /** The Park–Miller modulus 2^31 - 1. */
    static final long MODULUS = 2147483647L;
    /** Largest seed magnitude the generator accepts. */
    static final long MAX_SEED = MODULUS - 1;
    /** Replacement for an exact zero, so that {@code log} and divisions stay finite. */
    static final double TINY = 1e-99;

    private static final long MULTIPLIER = 16807L;
    private static final long SCHRAGE_Q = 127773L;
    private static final long SCHRAGE_R = 2836L;
    private static final int TABLE_SIZE = 32;
    private static final int WARM_UP = 40;
    private static final long TABLE_DIVISOR = 67108865L;
    private static final double OUTPUT_DIVISOR = 2.147483647e9;

    /** Number of decimals x_opt is quantised to: {@code floor(1e4 u) / 1e4}. */
    private static final double XOPT_QUANTUM = 1e4;
    /** x_opt is uniform on [-XOPT_HALF_WIDTH, XOPT_HALF_WIDTH]. */
    private static final double XOPT_HALF_WIDTH = 4.0;
    /** Replacement for an x_opt coordinate that would be exactly 0. */
    private static final double XOPT_ZERO = -1e-5;
    /** f_opt is clamped to [-FOPT_BOUND, FOPT_BOUND]. */
    private static final double FOPT_BOUND = 1000.0;
    /** Seed step between instances. */
    static final long INSTANCE_SEED_STEP = 10000L;

    private LegacyRandom() {
    }

    /** {@code n} uniform numbers in (0, 1] from {@code seed}. */
    static double[] uniform(int n, long seed) {
        if (seed > MAX_SEED || seed < -MAX_SEED) {
            throw new IllegalArgumentException("seed must be in [-" + MAX_SEED + ", " + MAX_SEED
                    + "] (COCO's legacy generator), was " + seed + "; use a smaller instance or dimension");
        }
        long s = seed < 0 ? -seed : seed;
        if (s < 1) {
            s = 1;
        }
        long[] table = new long[TABLE_SIZE];
        for (int i = WARM_UP - 1; i >= 0; i--) {
            s = next(s);
            if (i < TABLE_SIZE) {
                table[i] = s;
            }
        }
        long last = table[0];
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            s = next(s);
            int slot = (int) (last / TABLE_DIVISOR);
            last = table[slot];
            table[slot] = s;
            double u = last / OUTPUT_DIVISOR;
            out[k] = u == 0.0 ? TINY : u;
        }
        return out;
    }

    /** One Park–Miller step by Schrage's method; {@code s} in [1, MODULUS - 1]. */
    private static long next(long s) {
        long q = s / SCHRAGE_Q;
        long t = MULTIPLIER * (s - q * SCHRAGE_Q) - SCHRAGE_R * q;
        return t < 0 ? t + MODULUS : t;
    }

    /** {@code n} standard Gaussian numbers from {@code seed} (Box–Muller on 2n uniforms). */
    static double[] gauss(int n, long seed) {
        double[] u = uniform(2 * n, seed);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double v = StrictMath.sqrt(-2 * StrictMath.log(u[i])) * StrictMath.cos(2 * Math.PI * u[n + i]);
            g[i] = v == 0.0 ? TINY : v;
        }
        return g;
    }

    /**
     * The d x d orthogonal matrix of seed {@code seed}, row-major ({@code r[row * d + col]}): a
     * Gaussian matrix filled column by column, then Gram–Schmidt over its columns.
     */
    static double[] rotation(int d, long seed) {
        double[] g = gauss(d * d, seed);
        double[] b = new double[d * d];
        for (int row = 0; row < d; row++) {
            for (int col = 0; col < d; col++) {
                b[row * d + col] = g[col * d + row];
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                double prod = 0;
                for (int k = 0; k < d; k++) {
                    prod += b[k * d + i] * b[k * d + j];
                }
                for (int k = 0; k < d; k++) {
                    b[k * d + i] -= prod * b[k * d + j];
                }
            }
            double prod = 0;
            for (int k = 0; k < d; k++) {
                prod += b[k * d + i] * b[k * d + i];
            }
            for (int k = 0; k < d; k++) {
                b[k * d + i] /= StrictMath.sqrt(prod);
            }
        }
        return b;
    }

    /**
     * The standard optimum of seed {@code seed}: {@code x_i = 8 floor(1e4 u_i) / 1e4 - 4}, i.e.
     * uniform on [-4, 4] in steps of 1e-4, with an exact 0 replaced by -1e-5.
     */
    static double[] xopt(int d, long seed) {
        double[] x = uniform(d, seed);
        for (int i = 0; i < d; i++) {
            x[i] = 2 * XOPT_HALF_WIDTH * Math.floor(XOPT_QUANTUM * x[i]) / XOPT_QUANTUM - XOPT_HALF_WIDTH;
            if (x[i] == 0.0) {
                x[i] = XOPT_ZERO;
            }
        }
        return x;
    }

    /**
     * The optimal value of a function and instance:
     * {@code clamp(round(100 * 100 * g1 / g2) / 100, -1000, 1000)} with {@code g1}, {@code g2}
     * the first Gaussian numbers of seeds {@code s} and {@code s + 1},
     * {@code s = base + 10000 * instance}; the base is the function number, except 3 for f4 and
     * 17 for f18.
     */
    static double fopt(int function, int instance) {
        long base = function == 4 ? 3 : function == 18 ? 17 : function;
        long seed = base + INSTANCE_SEED_STEP * instance;
        double g1 = gauss(1, seed)[0];
        double g2 = gauss(1, seed + 1)[0];
        double v = round(100.0 * 100.0 * g1 / g2) / 100.0;
        return Math.min(FOPT_BOUND, Math.max(-FOPT_BOUND, v));
    }

    /** COCO's rounding: {@code floor(x + 0.5)}. */
    static double round(double x) {
        return Math.floor(x + 0.5);
    }
}
