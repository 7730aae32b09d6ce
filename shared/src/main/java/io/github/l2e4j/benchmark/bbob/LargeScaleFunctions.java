package io.github.l2e4j.benchmark.bbob;

import io.github.l2e4j.problem.Objective;

import static io.github.l2e4j.benchmark.bbob.Transforms.penalty;
import static io.github.l2e4j.benchmark.bbob.Transforms.shift;
import static io.github.l2e4j.benchmark.bbob.Transforms.tasy;
import static io.github.l2e4j.benchmark.bbob.Transforms.tosz;

/**
 * The 24 functions of COCO's {@code bbob-largescale} suite, each from its own COCO definition
 * ({@code f_*_permblockdiag_bbob_problem_allocate} and the generalised functions). A dense
 * rotation of bbob becomes a {@link PermutedBlockRotation} {@code P_b B P_a}; in the comments
 * {@code [a, s, b]} names one by its seeds: permutation seed a, block seed s, permutation seed b,
 * all relative to {@code r = f + 10000 i}. {@code n(D) = min(1, 40/D)} is the normalisation.
 */
final class LargeScaleFunctions {

    private static final long M1 = 1_000_000L;
    private static final long M2 = 2_000_000L;
    private static final long M3 = 3_000_000L;
    private static final long M4 = 4_000_000L;
    private static final long M5 = 5_000_000L;
    private static final long M6 = 6_000_000L;
    /** The generalised discus, bent cigar and sharp ridge treat {@code ceil(D / 40)} axes specially. */
    private static final int SPECIAL_AXES_DIVISOR = 40;
    private static final double LUNACEK_MU0 = 2.5;
    private static final double LUNACEK_D = 1.0;
    private static final double LUNACEK_PENALTY = 1e4;
    private static final double SECTOR_EXPONENT = 0.9;

    private LargeScaleFunctions() {
    }

    /** Function {@code f} (1..24), instance {@code inst}, dimension {@code d}; arguments already checked. */
    static BbobInstance create(int f, int inst, int d) {
        long r = f + LegacyRandom.INSTANCE_SEED_STEP * inst;
        double fopt = LegacyRandom.fopt(f, inst);
        double n = Transforms.normalisation(d);
        return switch (f) {
            case 1 -> sphere(f, inst, d, r, fopt, n);
            case 2 -> ellipsoid(f, inst, d, r, fopt, n);
            case 3 -> rastrigin(f, inst, d, r, fopt, n);
            case 4 -> buecheRastrigin(f, inst, d, 3 + LegacyRandom.INSTANCE_SEED_STEP * inst, fopt, n);
            case 5 -> linearSlope(f, inst, d, r, fopt, n);
            case 6 -> attractiveSector(f, inst, d, r, fopt, n);
            case 7 -> stepEllipsoid(f, inst, d, r, fopt, n);
            case 8 -> rosenbrock(f, inst, d, r, fopt, n);
            case 9 -> rosenbrockRotated(f, inst, d, r, fopt, n);
            case 10 -> ellipsoidRotated(f, inst, d, r, fopt, n);
            case 11 -> discus(f, inst, d, r, fopt, n);
            case 12 -> bentCigar(f, inst, d, r, fopt, n);
            case 13 -> sharpRidge(f, inst, d, r, fopt, n);
            case 14 -> differentPowers(f, inst, d, r, fopt, n);
            case 15 -> rastriginRotated(f, inst, d, r, fopt, n);
            case 16 -> weierstrass(f, inst, d, r, fopt);
            case 17 -> schaffers(f, inst, d, r, fopt, 10.0);
            case 18 -> schaffers(f, inst, d, 17 + LegacyRandom.INSTANCE_SEED_STEP * inst, fopt, 1000.0);
            case 19 -> griewankRosenbrock(f, inst, d, r, fopt);
            case 20 -> BbobFunctions.schwefel(f, inst, d, r, fopt, 4.189828872724339 * 100., BbobLargeScale.SUITE);
            case 21 -> gallagher(f, inst, d, r, fopt, Gallagher.PEAKS_101);
            case 22 -> gallagher(f, inst, d, r, fopt, Gallagher.PEAKS_21);
            case 23 -> katsuura(f, inst, d, r, fopt);
            case 24 -> lunacek(f, inst, d, r, fopt, n);
            default -> throw new IllegalArgumentException("function must be in [1, 24], was " + f);
        };
    }

    private static BbobInstance of(int f, int inst, int d, double fopt, double[] xopt, Objective k) {
        return new BbobInstance(BbobLargeScale.SUITE, BbobLargeScale.id(f, inst, d), f, inst, d, fopt, xopt, k);
    }

    private static PermutedBlockRotation rotation(int d, long first, long block, long last) {
        return PermutedBlockRotation.of(d, first, block, last);
    }

    private static int specialAxes(int d) {
        return d / SPECIAL_AXES_DIVISOR + (d % SPECIAL_AXES_DIVISOR != 0 ? 1 : 0);
    }

    /** f1: bbob f1 times n(D). */
    private static BbobInstance sphere(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.sphere(shift(x, xopt)) * n + fopt);
    }

    /** f2: bbob f2 times n(D). */
    private static BbobInstance ellipsoid(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] w = RawFunctions.ellipsoidWeights(RawFunctions.HIGH_CONDITION, d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.ellipsoid(tosz(shift(x, xopt)), w) * n + fopt);
    }

    /** f3: bbob f3 times n(D). */
    private static BbobInstance rastrigin(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] lambda = Transforms.conditioning(10.0, d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.rastrigin(Transforms.scale(lambda, tasy(tosz(shift(x, xopt)), 0.2))) * n + fopt);
    }

    /** f4: bbob f4 with the raw value times n(D) (the penalty is not normalised). */
    private static BbobInstance buecheRastrigin(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        for (int i = 0; i < d; i += 2) {
            xopt[i] = Math.abs(xopt[i]);
        }
        double[] s = BbobFunctions.BueRastrigin.factors(d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.buecheRastrigin(BbobFunctions.BueRastrigin.apply(s, tosz(shift(x, xopt)))) * n
                        + fopt + BbobFunctions.BueRastrigin.PENALTY * penalty(x));
    }

    /** f5: bbob f5 times n(D). */
    private static BbobInstance linearSlope(int f, int inst, int d, long r, double fopt, double n) {
        double[] best = BbobFunctions.linearSlopeOptimum(d, r);
        double[] s = BbobFunctions.linearSlopeWeights(best);
        return of(f, inst, d, fopt, best, x -> BbobFunctions.linearSlopeRaw(x, best, s) * n + fopt);
    }

    /**
     * f6: {@code z = [4, 1, 5] Lambda^10 [2, 0, 3] (x - x_opt)};
     * {@code f = T_osz(n(D) sum (s_i z_i)^2)^0.9 + f_opt}.
     */
    private static BbobInstance attractiveSector(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M2, r, r + M3);
        PermutedBlockRotation b = rotation(d, r + M4, r + M1, r + M5);
        double[] lambda = Transforms.conditioning(10.0, d);
        return of(f, inst, d, fopt, xopt, x -> {
            double[] z = b.apply(Transforms.scale(lambda, a.apply(shift(x, xopt))));
            double y = BbobFunctions.attractiveSectorRaw(z, xopt) * n;
            return Math.pow(tosz(y), SECTOR_EXPONENT) + fopt;
        });
    }

    /**
     * f7: {@code z^ = Lambda^10 [2, 0, 3] (x - x_opt)}, {@code z = [4, 1, 5] round(z^)};
     * {@code f = n(D) 0.1 max(D |z^_1| / 10^4, sum 100^((i-1)/(D-1)) z_i^2) + f_pen(x) + f_opt}.
     */
    private static BbobInstance stepEllipsoid(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M2, r, r + M3);
        PermutedBlockRotation b = rotation(d, r + M4, r + M1, r + M5);
        double[] lambda = Transforms.conditioning(10.0, d);
        double[] w = RawFunctions.ellipsoidWeights(100.0, d);
        return of(f, inst, d, fopt, xopt, x -> {
            double pen = penalty(x);
            double[] zh = Transforms.scale(lambda, a.apply(shift(x, xopt)));
            double first = Math.abs(zh[0]) * (double) d;
            double[] z = b.apply(BbobFunctions.roundSteps(zh));
            return BbobFunctions.stepCore(z, w, first) * n + pen + fopt;
        });
    }

    /** f8: bbob f8 with {@code max(1, sqrt(min(D, 40))/8)}, times n(D). */
    private static BbobInstance rosenbrock(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = BbobFunctions.rosenbrockOptimum(d, r);
        double factor = BbobFunctions.rosenbrockFactor(BlockRotation.blockSize(d));
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.rosenbrock(shift(Transforms.scale(factor, shift(x, xopt)), -1.0)) * n + fopt);
    }

    /**
     * f9: unlike bbob f9, shifted by {@code x_opt = 0.75 x_opt(r)}:
     * {@code z = max(1, sqrt(min(D, 40))/8) [2, 0, 3] (x - x_opt) + 1}; Rosenbrock times n(D).
     */
    private static BbobInstance rosenbrockRotated(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = BbobFunctions.rosenbrockOptimum(d, r);
        double factor = BbobFunctions.rosenbrockFactor(BlockRotation.blockSize(d));
        PermutedBlockRotation a = rotation(d, r + M2, r, r + M3);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.rosenbrock(shift(Transforms.scale(factor, a.apply(shift(x, xopt))), -1.0)) * n + fopt);
    }

    /** f10: {@code z = T_osz([2, 1, 3] (x - x_opt))}; ellipsoid times n(D). */
    private static BbobInstance ellipsoidRotated(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M2, r + M1, r + M3);
        double[] w = RawFunctions.ellipsoidWeights(RawFunctions.HIGH_CONDITION, d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.ellipsoid(tosz(a.apply(shift(x, xopt))), w) * n + fopt);
    }

    /** f11: {@code z = T_osz([2, 1, 3] (x - x_opt))}; discus with {@code ceil(D/40)} short axes, times n(D). */
    private static BbobInstance discus(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M2, r + M1, r + M3);
        int k = specialAxes(d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.discusGeneralized(tosz(a.apply(shift(x, xopt))), k) * n + fopt);
    }

    /**
     * f12: x_opt of seed {@code r + 10^6}; {@code z = A T_asy^0.5(A (x - x_opt))},
     * {@code A = [2, 1, 3]}; bent cigar with {@code ceil(D/40)} long axes, times n(D).
     */
    private static BbobInstance bentCigar(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r + M1);
        PermutedBlockRotation a = rotation(d, r + M2, r + M1, r + M3);
        int k = specialAxes(d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.bentCigar(a.apply(tasy(a.apply(shift(x, xopt)), 0.5)), k) * n + fopt);
    }

    /**
     * f13: {@code z = [3, 1, 4] Lambda^10 [5, 0, 6] (x - x_opt)}; sharp ridge with
     * {@code ceil(D/40)} linear axes, times n(D).
     */
    private static BbobInstance sharpRidge(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M5, r, r + M6);
        PermutedBlockRotation b = rotation(d, r + M3, r + M1, r + M4);
        double[] lambda = Transforms.conditioning(10.0, d);
        int k = specialAxes(d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.sharpRidge(b.apply(Transforms.scale(lambda, a.apply(shift(x, xopt)))), k) * n + fopt);
    }

    /** f14: {@code z = [2, 1, 3] (x - x_opt)}; different powers times n(D). */
    private static BbobInstance differentPowers(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M2, r + M1, r + M3);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.differentPowers(a.apply(shift(x, xopt))) * n + fopt);
    }

    /**
     * f15: {@code z = A Lambda^10 [5, 0, 6] T_asy^0.2(T_osz(A (x - x_opt)))},
     * {@code A = [3, 1, 4]}; Rastrigin times n(D).
     */
    private static BbobInstance rastriginRotated(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M3, r + M1, r + M4);
        PermutedBlockRotation b = rotation(d, r + M5, r, r + M6);
        double[] lambda = Transforms.conditioning(10.0, d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.rastrigin(
                a.apply(Transforms.scale(lambda, b.apply(tasy(tosz(a.apply(shift(x, xopt))), 0.2))))) * n + fopt);
    }

    /**
     * f16: {@code z = A Lambda^(1/100) [3, 0, 4] T_osz(A (x - x_opt))}, {@code A = [5, 1, 6]};
     * Weierstrass (not normalised) plus {@code (10/D) f_pen(x)}.
     */
    private static BbobInstance weierstrass(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M5, r + M1, r + M6);
        PermutedBlockRotation b = rotation(d, r + M3, r, r + M4);
        double[] lambda = Transforms.conditioning(1.0 / 100.0, d);
        double penaltyFactor = 10.0 / (double) d;
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.weierstrass(
                a.apply(Transforms.scale(lambda, b.apply(tosz(a.apply(shift(x, xopt)))))))
                + penaltyFactor * penalty(x) + fopt);
    }

    /**
     * f17 (condition 10) and f18 (condition 1000, seed base 17):
     * {@code z = Lambda^c [3, 0, 4] T_asy^0.5([5, 1, 6] (x - x_opt))}; Schaffers F7 (not
     * normalised) plus {@code 10 f_pen(x)}.
     */
    private static BbobInstance schaffers(int f, int inst, int d, long r, double fopt, double condition) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M5, r + M1, r + M6);
        PermutedBlockRotation b = rotation(d, r + M3, r, r + M4);
        double[] lambda = Transforms.conditioning(condition, d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.schaffers(
                Transforms.scale(lambda, b.apply(tasy(a.apply(shift(x, xopt)), 0.5)))) + 10.0 * penalty(x) + fopt);
    }

    /**
     * f19: {@code z = max(1, sqrt(min(D, 40))/8) [2, 0, 3] x + 1/2} (no random shift);
     * Griewank-Rosenbrock (not normalised); {@code x_opt = P_a^T B^T 1 / (2 max(1, sqrt(min(D,40))/8))}.
     */
    private static BbobInstance griewankRosenbrock(int f, int inst, int d, long r, double fopt) {
        int[] first = Permutations.truncatedSwaps(d, r + M2);
        BlockRotation block = BlockRotation.of(d, r);
        int[] last = Permutations.truncatedSwaps(d, r + M3);
        PermutedBlockRotation a = new PermutedBlockRotation(first, block, last);
        double scale = BbobFunctions.rosenbrockFactor(BlockRotation.blockSize(d));
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1.0);
        double[] columnSums = block.applyTransposed(ones);
        double[] xopt = new double[d];
        for (int j = 0; j < d; j++) {
            xopt[first[j]] = columnSums[j] / (2. * scale);
        }
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.griewankRosenbrock(shift(Transforms.scale(scale, a.apply(x)), -0.5)) + fopt);
    }

    /** f21 (101 peaks) and f22 (21 peaks), see {@link LargeScaleGallagher}. */
    private static BbobInstance gallagher(int f, int inst, int d, long r, double fopt, int peaks) {
        LargeScaleGallagher g = LargeScaleGallagher.of(d, r, peaks);
        return of(f, inst, d, fopt, g.optimum(), x -> g.value(x) + fopt);
    }

    /** f23: {@code z = [5, 1, 6] Lambda^100 [3, 0, 4] (x - x_opt)}; Katsuura (not normalised) plus f_pen. */
    private static BbobInstance katsuura(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        PermutedBlockRotation a = rotation(d, r + M3, r, r + M4);
        PermutedBlockRotation b = rotation(d, r + M5, r + M1, r + M6);
        double[] lambda = Transforms.conditioning(100.0, d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.katsuura(
                b.apply(Transforms.scale(lambda, a.apply(shift(x, xopt))))) + penalty(x) + fopt);
    }

    /**
     * f24: {@code x^ = 2 1^+- x} (signs of {@code gauss(D, r)}),
     * {@code z = [5, 1, 6] Lambda^100 [3, 0, 4] (x^ - mu0)};
     * {@code f = n(D) (10 (D - sum cos 2 pi z_i) + min(|x^ - mu0|^2, D + s |x^ - mu1|^2))
     * + 10^4 f_pen(x) + f_opt}.
     */
    private static BbobInstance lunacek(int f, int inst, int d, long r, double fopt, double n) {
        double[] xopt = BbobFunctions.lunacekOptimum(d, r);
        double[] sign = new double[d];
        for (int i = 0; i < d; i++) {
            sign[i] = xopt[i] < 0.0 ? -1.0 : 1.0;
        }
        PermutedBlockRotation a = rotation(d, r + M3, r, r + M4);
        PermutedBlockRotation b = rotation(d, r + M5, r + M1, r + M6);
        double[] lambda = Transforms.conditioning(100.0, d);
        double s = BbobFunctions.lunacekS(d);
        double mu1 = BbobFunctions.lunacekMu1(s);
        return of(f, inst, d, fopt, xopt, x -> {
            double pen = penalty(x);
            double[] xh = new double[d];
            for (int i = 0; i < d; i++) {
                xh[i] = 2.0 * sign[i] * x[i];
            }
            double[] z = b.apply(Transforms.scale(lambda, a.apply(shift(xh, LUNACEK_MU0))));
            double y0 = RawFunctions.sphere(shift(xh, LUNACEK_MU0));
            double y1 = RawFunctions.sphere(shift(xh, mu1)) * s + LUNACEK_D * (double) d;
            double result = (double) d;
            for (int i = 0; i < d; i++) {
                result -= Math.cos(2 * Math.PI * z[i]);
            }
            result *= 10.0;
            result += BbobFunctions.min(y0, y1);
            return result * n + LUNACEK_PENALTY * pen + fopt;
        });
    }
}
