package io.github.l2e4j.benchmark.bbob;

import io.github.l2e4j.problem.Problem;

import java.util.Locale;

/**
 * COCO's noiseless {@code bbob} suite, f1–f24, instance by instance as COCO's C code computes it.
 *
 * <p>Every function is {@code f(x) = f_raw(z(x)) + f_opt} on the box {@code [-5, 5]^D}, where the
 * map {@code z} shifts by the optimum {@code x_opt}, rotates and applies the non-linear
 * transformations T_osz, T_asy and Lambda (see {@code Transforms}), and some functions add the
 * boundary penalty {@code f_pen(x) = sum max(0, |x_i| - 5)^2}. With {@code r = f + 10000 i} the
 * seed of function f, instance i:
 *
 * <table>
 *   <caption>The functions (R(s): the legacy rotation of seed s)</caption>
 *   <tr><th>f</th><th>name</th><th>z</th><th>f - f_opt</th></tr>
 *   <tr><td>1</td><td>sphere</td><td>x - x_opt</td><td>sum z_i^2</td></tr>
 *   <tr><td>2</td><td>ellipsoid</td><td>T_osz(x - x_opt)</td><td>sum 10^(6 (i-1)/(D-1)) z_i^2</td></tr>
 *   <tr><td>3</td><td>Rastrigin</td><td>Lambda^10 T_asy^0.2(T_osz(x - x_opt))</td><td>10 (D - sum cos 2 pi z_i) + |z|^2</td></tr>
 *   <tr><td>4</td><td>Büche-Rastrigin</td><td>s T_osz(x - x_opt), seed base 3</td><td>as f3 + 100 f_pen</td></tr>
 *   <tr><td>5</td><td>linear slope</td><td>x, x_opt = ±5</td><td>sum 5 |s_i| - s_i z_i</td></tr>
 *   <tr><td>6</td><td>attractive sector</td><td>R(r+10^6) Lambda^10 R(r) (x - x_opt)</td><td>T_osz(sum (s_i z_i)^2)^0.9</td></tr>
 *   <tr><td>7</td><td>step ellipsoid</td><td>R(r+10^6) round(Lambda^10 R(r) (x - x_opt))</td><td>0.1 max(|z^_1|/10^4, sum 100^((i-1)/(D-1)) z_i^2) + f_pen</td></tr>
 *   <tr><td>8</td><td>Rosenbrock</td><td>max(1, sqrt(D)/8)(x - x_opt) + 1</td><td>sum 100 (z_i^2 - z_(i+1))^2 + (z_i - 1)^2</td></tr>
 *   <tr><td>9</td><td>Rosenbrock rotated</td><td>max(1, sqrt(D)/8) R(r) x + 1/2</td><td>as f8</td></tr>
 *   <tr><td>10</td><td>ellipsoid rotated</td><td>T_osz(R(r+10^6)(x - x_opt))</td><td>as f2</td></tr>
 *   <tr><td>11</td><td>discus</td><td>T_osz(R(r+10^6)(x - x_opt))</td><td>10^6 z_1^2 + sum_(i>1) z_i^2</td></tr>
 *   <tr><td>12</td><td>bent cigar</td><td>R T_asy^0.5(R (x - x_opt)), R = R(r+10^6), x_opt of seed r+10^6</td><td>z_1^2 + 10^6 sum_(i>1) z_i^2</td></tr>
 *   <tr><td>13</td><td>sharp ridge</td><td>R(r+10^6) Lambda^10 R(r)(x - x_opt)</td><td>z_1^2 + 100 sqrt(sum_(i>1) z_i^2)</td></tr>
 *   <tr><td>14</td><td>different powers</td><td>R(r+10^6)(x - x_opt)</td><td>sqrt(sum |z_i|^(2 + 4 (i-1)/(D-1)))</td></tr>
 *   <tr><td>15</td><td>Rastrigin rotated</td><td>R Lambda^10 Q T_asy^0.2(T_osz(R (x - x_opt)))</td><td>as f3</td></tr>
 *   <tr><td>16</td><td>Weierstrass</td><td>R Lambda^(1/100) Q T_osz(R (x - x_opt))</td><td>10 ((1/D) sum_i sum_k 2^-k cos(2 pi 3^k (z_i + 1/2)) - f0)^3 + (10/D) f_pen</td></tr>
 *   <tr><td>17</td><td>Schaffers F7</td><td>Lambda^10 Q T_asy^0.5(R (x - x_opt))</td><td>((1/(D-1)) sum sqrt(s_i)(1 + sin^2(50 s_i^0.2)))^2 + 10 f_pen</td></tr>
 *   <tr><td>18</td><td>Schaffers F7, ill-conditioned</td><td>as f17 with Lambda^1000, seed base 17</td><td>as f17</td></tr>
 *   <tr><td>19</td><td>Griewank-Rosenbrock</td><td>max(1, sqrt(D)/8) R(r) x + 1/2</td><td>(10/(D-1)) sum (s_i/4000 - cos s_i) + 10</td></tr>
 *   <tr><td>20</td><td>Schwefel</td><td>100 (Lambda^10 (z^ - 2|x_opt|) + 2|x_opt|)</td><td>-(1/(100 D)) sum z_i sin sqrt|z_i| + 4.189828872724339 + 100 f_pen(z/100)</td></tr>
 *   <tr><td>21</td><td>Gallagher 101 peaks</td><td>R(r) x</td><td>T_osz(10 - max_i w_i exp(...))^2 + f_pen</td></tr>
 *   <tr><td>22</td><td>Gallagher 21 peaks</td><td>R(r) x</td><td>as f21</td></tr>
 *   <tr><td>23</td><td>Katsuura</td><td>R(r+10^6) Lambda^100 R(r)(x - x_opt)</td><td>(10/D^2) prod (1 + i sum_j |2^j z_i - [2^j z_i]| 2^-j)^(10/D^1.2) - 10/D^2 + f_pen</td></tr>
 *   <tr><td>24</td><td>Lunacek bi-Rastrigin</td><td>R(r+10^6) Lambda^100 R(r)(2 sign(x_opt) x - 2.5)</td><td>min(...) + 10 (D - sum cos 2 pi z_i) + 10^4 f_pen</td></tr>
 * </table>
 * R and Q name the two rotations {@code R(r + 10^6)} and {@code R(r)}; which one COCO uses
 * where is given per function above and differs from the 2009 documentation's naming.
 *
 * <p>x_opt is uniform on {@code [-4, 4]^D} (quantised to 10^-4) from seed r, except: f4 uses
 * seed {@code 3 + 10000 i} and makes its odd coordinates positive; f5 puts it at ±5; f8 scales it
 * by 0.75; f9 and f19 have {@code x_opt = R^T 1 / (2 max(1, sqrt(D)/8))}; f12 draws it from seed
 * {@code r + 10^6}; f18 uses seed base 17; f20, f21, f22 and f24 define their own (see the
 * functions). f_opt is {@code clamp(round(100 g1/g2, 2), -1000, 1000)} from two Gaussian numbers
 * of seeds {@code s}, {@code s + 1}, {@code s = f + 10000 i} (3 for f4, 17 for f18).
 *
 * <p>Any dimension in {@code [2, MAX_DIMENSION]} and any instance in {@code [1, MAX_INSTANCE]}
 * is accepted (COCO itself uses D in {2, 3, 5, 10, 20, 40}); rotations are dense {@code D x D}
 * matrices, so for large D use {@link BbobLargeScale}. Values agree with those of COCO's C code
 * to a relative error of 1e-9 (the tested bound); measured, the error is below 1e-11 except for
 * f19, whose cosine of arguments up to about 10^6 turns last-bit differences of the rotation
 * into errors up to 2e-10.
 *
 * <p>References: [1] N. Hansen, S. Finck, R. Ros, A. Auger, "Real-Parameter Black-Box
 * Optimization Benchmarking 2009: Noiseless Functions Definitions", INRIA RR-6829, 2009.
 * [2] COCO, github.com/numbbo/coco-experiment, {@code src/f_*.c}, {@code src/transform_*.c},
 * {@code src/suite_bbob_legacy_code.c} (BSD-3-Clause); this is an independent Java port.
 */
public final class Bbob {

    /** The suite name and id prefix. */
    public static final String SUITE = "bbob";
    /** Number of functions. */
    public static final int FUNCTIONS = 24;
    /** Smallest dimension. */
    public static final int MIN_DIMENSION = 2;
    /**
     * Largest instance number: the seeds {@code f + 10000 i + offsets} must stay below 2^31 - 1,
     * the range of COCO's legacy generator.
     */
    public static final int MAX_INSTANCE = 100_000;
    /**
     * Largest dimension: bbob's rotations are dense {@code D x D} matrices (about 2.4 GB for f15
     * at this size); use {@link BbobLargeScale} for large D.
     */
    public static final int MAX_DIMENSION = 10_000;

    private Bbob() {
    }

    /**
     * The instance of function {@code function} (1..24), instance number {@code instance}
     * (1..{@value #MAX_INSTANCE}) in dimension {@code dimension} (2..{@value #MAX_DIMENSION}).
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public static BbobInstance instance(int function, int instance, int dimension) {
        checkArguments(function, instance, dimension, MAX_DIMENSION, "; use bbob-largescale for larger dimensions");
        return BbobFunctions.create(function, instance, dimension);
    }

    /** {@link #instance} as a {@link Problem} named by its COCO id. */
    public static Problem problem(int function, int instance, int dimension) {
        return instance(function, instance, dimension).toProblem();
    }

    /** COCO's id {@code bbob_f%03d_i%02d_d%02d}, e.g. {@code bbob_f008_i03_d10}. */
    public static String id(int function, int instance, int dimension) {
        return String.format(Locale.ROOT, "%s_f%03d_i%02d_d%02d", SUITE, function, instance, dimension);
    }

    static void checkArguments(int function, int instance, int dimension, int maxDimension, String hint) {
        if (function < 1 || function > FUNCTIONS) {
            throw new IllegalArgumentException("function must be in [1, " + FUNCTIONS + "], was " + function);
        }
        if (instance < 1 || instance > MAX_INSTANCE) {
            throw new IllegalArgumentException("instance must be in [1, " + MAX_INSTANCE + "], was " + instance);
        }
        if (dimension < MIN_DIMENSION || dimension > maxDimension) {
            throw new IllegalArgumentException("dimension must be in [" + MIN_DIMENSION + ", " + maxDimension
                    + "], was " + dimension + (dimension > maxDimension ? hint : ""));
        }
    }
}
