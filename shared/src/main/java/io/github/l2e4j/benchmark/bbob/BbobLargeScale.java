package io.github.l2e4j.benchmark.bbob;

import io.github.l2e4j.problem.Problem;

import java.util.Locale;

/**
 * COCO's {@code bbob-largescale} suite: the 24 {@link Bbob} functions rebuilt for large D, instance
 * by instance as COCO's C code computes them.
 *
 * <p>Each dense rotation {@code R} of bbob is replaced by {@code P_b B P_a}: B block-diagonal
 * with blocks of size {@code s = min(D, 40)} (the last block takes the rest), block k the legacy
 * rotation of seed {@code seed + 10^6 k}; {@code P_a}, {@code P_b} permutations made of D
 * truncated uniform swaps of range {@code floor(D/3)} (the identity for {@code D <= 40}), from
 * their own seeds {@code r + 2·10^6 ... r + 6·10^6}. A function evaluation therefore costs
 * {@code O(D s)} time, and no {@code D x D} matrix is ever formed. Further differences from bbob:
 * <ul>
 *   <li>most objectives are multiplied by {@code min(1, 40/D)} before f_opt (and any penalty) is
 *       added; f16–f23 are not;</li>
 *   <li>f8, f9 and f19 scale by {@code max(1, sqrt(s)/8)} instead of {@code max(1, sqrt(D)/8)};
 *       f9 is shifted by {@code 0.75 x_opt} like f8;</li>
 *   <li>f11, f12 and f13 treat {@code ceil(D/40)} axes specially instead of one;</li>
 *   <li>f7 compares with {@code D |z^_1| / 10^4} (COCO pre-multiplies by D against the
 *       normalisation);</li>
 *   <li>f21 and f22 condition each peak with its own permutation of the axes and use condition
 *       {@code 1000} (f21) or {@code 10^6} (f22) for the global peak.</li>
 * </ul>
 * Ids are {@code bbob-largescale_f%03d_i%02d_d%04d}, e.g. {@code bbob-largescale_f008_i03_d0640}.
 * COCO's suite uses D in {20, 40, 80, 160, 320, 640} and instances 1–15; any D in
 * {@code [2, MAX_DIMENSION]} is accepted here.
 *
 * <p>References: [1] K. Varelas, O. Ait Elhara, D. Brockhoff, N. Hansen, D. M. Nguyen, T. Tušar,
 * A. Auger, "Benchmarking large-scale continuous optimizers: the bbob-largescale testbed, a COCO
 * software guide and beyond", Applied Soft Computing 97, 2020. [2] COCO,
 * github.com/numbbo/coco-experiment, {@code src/suite_largescale.c} and the
 * {@code *_permblockdiag_*} allocators in {@code src/f_*.c} (BSD-3-Clause); this is an
 * independent Java port.
 */
public final class BbobLargeScale {

    /** The suite name and id prefix. */
    public static final String SUITE = "bbob-largescale";
    /**
     * Largest dimension: block k of a rotation has seed {@code seed + 10^6 k}, and all seeds must
     * stay below 2^31 - 1, the range of COCO's legacy generator, for every instance up to
     * {@link Bbob#MAX_INSTANCE}.
     */
    public static final int MAX_DIMENSION = 40_000;

    private BbobLargeScale() {
    }

    /**
     * The instance of function {@code function} (1..24), instance number {@code instance}
     * (1..{@value Bbob#MAX_INSTANCE}) in dimension {@code dimension} (2..{@value #MAX_DIMENSION}).
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public static BbobInstance instance(int function, int instance, int dimension) {
        Bbob.checkArguments(function, instance, dimension, MAX_DIMENSION, "");
        return LargeScaleFunctions.create(function, instance, dimension);
    }

    /** {@link #instance} as a {@link Problem} named by its COCO id. */
    public static Problem problem(int function, int instance, int dimension) {
        return instance(function, instance, dimension).toProblem();
    }

    /** The id {@code bbob-largescale_f%03d_i%02d_d%04d}, e.g. {@code bbob-largescale_f008_i03_d0640}. */
    public static String id(int function, int instance, int dimension) {
        return String.format(Locale.ROOT, "%s_f%03d_i%02d_d%04d", SUITE, function, instance, dimension);
    }
}
