package io.github.l2e4j.benchmark.bbob;

import io.github.l2e4j.problem.Objective;

import static io.github.l2e4j.benchmark.bbob.Transforms.affine;
import static io.github.l2e4j.benchmark.bbob.Transforms.penalty;
import static io.github.l2e4j.benchmark.bbob.Transforms.rotate;
import static io.github.l2e4j.benchmark.bbob.Transforms.shift;
import static io.github.l2e4j.benchmark.bbob.Transforms.tasy;
import static io.github.l2e4j.benchmark.bbob.Transforms.tosz;

/**
 * The 24 functions of COCO's {@code bbob} suite, each built from its own COCO definition
 * ({@code f_*.c}): which seeds give x_opt and which rotation, in which order the transformations
 * are applied, and where f_opt and the boundary penalty are added. The comments name the
 * rotation seeds: {@code R(s)} is the legacy rotation of seed s, {@code r = f + 10000 i} the
 * function's seed.
 */
final class BbobFunctions {

    /** Seed offset of the second rotation (and of f12's x_opt). */
    static final long ROTATION_SEED_OFFSET = 1_000_000L;
    private static final double SLOPE_BASE = Math.sqrt(100.0);
    private static final double SLOPE_BOUNDARY = 25.0;
    private static final double SECTOR_WEIGHT = 100.0;
    private static final double SECTOR_EXPONENT = 0.9;
    private static final double STEP_CONDITION = 100.0;
    private static final double STEP_ROUNDING = 10.0;
    private static final double STEP_FLOOR = 1.0e-4;
    private static final double STEP_THRESHOLD = 0.5;
    private static final double ROSENBROCK_XOPT_SCALE = 0.75;
    private static final double ROSENBROCK_DIMENSION_SCALE = 8.0;
    private static final double SCHWEFEL_OPTIMUM = 4.2096874637;
    private static final double LUNACEK_MU0 = 2.5;
    private static final double LUNACEK_D = 1.0;
    private static final double LUNACEK_PENALTY = 1e4;

    private BbobFunctions() {
    }

    /** Function {@code f} (1..24), instance {@code inst} (>= 1), dimension {@code d} (>= 2); arguments already checked. */
    static BbobInstance create(int f, int inst, int d) {
        long r = f + LegacyRandom.INSTANCE_SEED_STEP * inst;
        double fopt = LegacyRandom.fopt(f, inst);
        return switch (f) {
            case 1 -> sphere(f, inst, d, r, fopt);
            case 2 -> ellipsoid(f, inst, d, r, fopt);
            case 3 -> rastrigin(f, inst, d, r, fopt);
            case 4 -> buecheRastrigin(f, inst, d, 3 + LegacyRandom.INSTANCE_SEED_STEP * inst, fopt);
            case 5 -> linearSlope(f, inst, d, r, fopt);
            case 6 -> attractiveSector(f, inst, d, r, fopt);
            case 7 -> stepEllipsoid(f, inst, d, r, fopt);
            case 8 -> rosenbrock(f, inst, d, r, fopt);
            case 9 -> rosenbrockRotated(f, inst, d, r, fopt);
            case 10 -> ellipsoidRotated(f, inst, d, r, fopt);
            case 11 -> discus(f, inst, d, r, fopt);
            case 12 -> bentCigar(f, inst, d, r, fopt);
            case 13 -> sharpRidge(f, inst, d, r, fopt);
            case 14 -> differentPowers(f, inst, d, r, fopt);
            case 15 -> rastriginRotated(f, inst, d, r, fopt);
            case 16 -> weierstrass(f, inst, d, r, fopt);
            case 17 -> schaffers(f, inst, d, r, fopt, 10.0);
            case 18 -> schaffers(f, inst, d, 17 + LegacyRandom.INSTANCE_SEED_STEP * inst, fopt, 1000.0);
            case 19 -> griewankRosenbrock(f, inst, d, r, fopt);
            case 20 -> schwefel(f, inst, d, r, fopt, RawFunctions.SCHWEFEL_CONSTANT, Bbob.SUITE);
            case 21 -> gallagher(f, inst, d, r, fopt, Gallagher.PEAKS_101);
            case 22 -> gallagher(f, inst, d, r, fopt, Gallagher.PEAKS_21);
            case 23 -> katsuura(f, inst, d, r, fopt);
            case 24 -> lunacek(f, inst, d, r, fopt);
            default -> throw new IllegalArgumentException("function must be in [1, 24], was " + f);
        };
    }

    private static BbobInstance of(int f, int inst, int d, double fopt, double[] xopt, Objective k) {
        return new BbobInstance(Bbob.SUITE, Bbob.id(f, inst, d), f, inst, d, fopt, xopt, k);
    }

    /** f1: {@code z = x - x_opt}; {@code f = sum z_i^2 + f_opt}. */
    private static BbobInstance sphere(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.sphere(shift(x, xopt)) + fopt);
    }

    /** f2: {@code z = T_osz(x - x_opt)}; ellipsoid of condition 10^6. */
    private static BbobInstance ellipsoid(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] w = RawFunctions.ellipsoidWeights(RawFunctions.HIGH_CONDITION, d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.ellipsoid(tosz(shift(x, xopt)), w) + fopt);
    }

    /** f3: {@code z = Lambda^10 T_asy^0.2(T_osz(x - x_opt))}; Rastrigin. */
    private static BbobInstance rastrigin(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] lambda = Transforms.conditioning(10.0, d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.rastrigin(Transforms.scale(lambda, tasy(tosz(shift(x, xopt)), 0.2))) + fopt);
    }

    /**
     * f4 (seed base 3, so x_opt and f_opt are f3's, except that the odd coordinates of x_opt
     * (1-based) are made positive): {@code z_i = s_i T_osz(x - x_opt)_i} with
     * {@code s_i = 10^(0.5 (i-1)/(D-1))}, times 10 for odd i where the value is positive;
     * Rastrigin, plus {@code 100 f_pen(x)}.
     */
    private static BbobInstance buecheRastrigin(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        for (int i = 0; i < d; i += 2) {
            xopt[i] = Math.abs(xopt[i]);
        }
        double[] s = BueRastrigin.factors(d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.buecheRastrigin(BueRastrigin.apply(s, tosz(shift(x, xopt)))) + fopt
                        + BueRastrigin.PENALTY * penalty(x));
    }

    /**
     * f5: linear slope with x_opt = 5 sign(u) on the boundary;
     * {@code f = sum 5 |s_i| - s_i z_i}, {@code s_i = sign(x_opt,i) 10^((i-1)/(D-1))},
     * {@code z_i = x_i} if {@code x_opt,i x_i < 25}, else {@code x_opt,i}.
     */
    private static BbobInstance linearSlope(int f, int inst, int d, long r, double fopt) {
        double[] best = linearSlopeOptimum(d, r);
        double[] s = linearSlopeWeights(best);
        return of(f, inst, d, fopt, best, x -> linearSlopeRaw(x, best, s) + fopt);
    }

    static double[] linearSlopeOptimum(int d, long r) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] best = new double[d];
        for (int i = 0; i < d; i++) {
            best[i] = xopt[i] < 0.0 ? -Transforms.BOX : Transforms.BOX;
        }
        return best;
    }

    static double[] linearSlopeWeights(double[] best) {
        int d = best.length;
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            double exponent = (double) i / ((double) d - 1);
            s[i] = best[i] > 0.0 ? Math.pow(SLOPE_BASE, exponent) : -Math.pow(SLOPE_BASE, exponent);
        }
        return s;
    }

    static double linearSlopeRaw(double[] x, double[] best, double[] s) {
        double result = 0.0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] * best[i] < SLOPE_BOUNDARY) {
                result += 5.0 * Math.abs(s[i]) - s[i] * x[i];
            } else {
                result += 5.0 * Math.abs(s[i]) - s[i] * best[i];
            }
        }
        return result;
    }

    /**
     * f6: {@code z = R(r + 10^6) Lambda^10 R(r) (x - x_opt)};
     * {@code f = T_osz(sum (s_i z_i)^2)^0.9 + f_opt}, {@code s_i = 100} if {@code z_i x_opt,i > 0}.
     */
    private static BbobInstance attractiveSector(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] m = Transforms.product(LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET),
                Transforms.powers(Math.sqrt(10.0), d), LegacyRandom.rotation(d, r), d);
        return of(f, inst, d, fopt, xopt,
                x -> Math.pow(tosz(attractiveSectorRaw(rotate(m, shift(x, xopt)), xopt)), SECTOR_EXPONENT) + fopt);
    }

    static double attractiveSectorRaw(double[] z, double[] xopt) {
        double result = 0.0;
        for (int i = 0; i < z.length; i++) {
            if (xopt[i] * z[i] > 0.0) {
                result += SECTOR_WEIGHT * SECTOR_WEIGHT * z[i] * z[i];
            } else {
                result += z[i] * z[i];
            }
        }
        return result;
    }

    /**
     * f7: {@code z^ = Lambda^10 R(r) (x - x_opt)}, rounded to integers where {@code |z^_i| > 0.5}
     * and to tenths elsewhere, {@code z = R(r + 10^6) z~};
     * {@code f = 0.1 max(|z^_1| / 10^4, sum 100^((i-1)/(D-1)) z_i^2) + f_pen(x) + f_opt}.
     */
    private static BbobInstance stepEllipsoid(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] rot1 = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        double[] rot2 = LegacyRandom.rotation(d, r);
        double[] c = new double[d];
        for (int i = 0; i < d; i++) {
            c[i] = Math.sqrt(Math.pow(STEP_CONDITION / 10., (double) i / (double) (d - 1)));
        }
        double[] w = RawFunctions.ellipsoidWeights(STEP_CONDITION, d);
        return of(f, inst, d, fopt, xopt, x -> {
            double pen = penalty(x);
            double[] zh = new double[d];
            for (int i = 0; i < d; i++) {
                double s = 0.0;
                for (int j = 0; j < d; j++) {
                    s += c[i] * rot2[i * d + j] * (x[j] - xopt[j]);
                }
                zh[i] = s;
            }
            double first = zh[0];
            double[] z = rotate(rot1, roundSteps(zh));
            double sum = 0.0;
            for (int i = 0; i < d; i++) {
                sum += w[i] * z[i] * z[i];
            }
            return 0.1 * max(Math.abs(first) * STEP_FLOOR, sum) + pen + fopt;
        });
    }

    /** The rounding of the step ellipsoid: to integers above 0.5 in magnitude, to tenths below. */
    static double[] roundSteps(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) > STEP_THRESHOLD) {
                y[i] = LegacyRandom.round(x[i]);
            } else {
                y[i] = LegacyRandom.round(STEP_ROUNDING * x[i]) / STEP_ROUNDING;
            }
        }
        return y;
    }

    /** The step ellipsoid core {@code 0.1 max(first / 10^4, sum w_i z_i^2)} (large-scale f7). */
    static double stepCore(double[] z, double[] w, double first) {
        double sum = 0.0;
        for (int i = 0; i < z.length; i++) {
            sum += w[i] * z[i] * z[i];
        }
        return 0.1 * max(first * STEP_FLOOR, sum);
    }

    /** COCO's max: the first argument on ties. */
    static double max(double a, double b) {
        return a >= b ? a : b;
    }

    /** The Rosenbrock scaling {@code max(1, sqrt(n) / 8)}. */
    static double rosenbrockFactor(int n) {
        return max(1.0, Math.sqrt((double) n) / ROSENBROCK_DIMENSION_SCALE);
    }

    /** The Rosenbrock optimum {@code 0.75 x_opt(r)}. */
    static double[] rosenbrockOptimum(int d, long r) {
        double[] xopt = LegacyRandom.xopt(d, r);
        for (int i = 0; i < d; i++) {
            xopt[i] *= ROSENBROCK_XOPT_SCALE;
        }
        return xopt;
    }

    /** f8: {@code x_opt = 0.75 x_opt(r)}, {@code z = max(1, sqrt(D)/8) (x - x_opt) + 1}; Rosenbrock. */
    private static BbobInstance rosenbrock(int f, int inst, int d, long r, double fopt) {
        double[] xopt = rosenbrockOptimum(d, r);
        double factor = rosenbrockFactor(d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.rosenbrock(shift(Transforms.scale(factor, shift(x, xopt)), -1.0)) + fopt);
    }

    /**
     * f9: {@code z = max(1, sqrt(D)/8) R(r) x + 1/2} (no random shift); Rosenbrock;
     * {@code x_opt = R^T 1 / (2 max(1, sqrt(D)/8))}.
     */
    private static BbobInstance rosenbrockRotated(int f, int inst, int d, long r, double fopt) {
        double[] rot = LegacyRandom.rotation(d, r);
        double factor = rosenbrockFactor(d);
        double[] m = new double[d * d];
        for (int i = 0; i < d * d; i++) {
            m[i] = factor * rot[i];
        }
        double[] xopt = new double[d];
        for (int col = 0; col < d; col++) {
            double s = 0;
            for (int row = 0; row < d; row++) {
                s += rot[row * d + col];
            }
            xopt[col] = s / (2. * factor);
        }
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.rosenbrock(affine(m, 0.5, x)) + fopt);
    }

    /** f10: {@code z = T_osz(R(r + 10^6)(x - x_opt))}; ellipsoid of condition 10^6. */
    private static BbobInstance ellipsoidRotated(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] rot = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        double[] w = RawFunctions.ellipsoidWeights(RawFunctions.HIGH_CONDITION, d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.ellipsoid(tosz(rotate(rot, shift(x, xopt))), w) + fopt);
    }

    /** f11: {@code z = T_osz(R(r + 10^6)(x - x_opt))}; discus. */
    private static BbobInstance discus(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] rot = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.discus(tosz(rotate(rot, shift(x, xopt)))) + fopt);
    }

    /**
     * f12: x_opt from seed {@code r + 10^6} (not r);
     * {@code z = R T_asy^0.5(R (x - x_opt))}, {@code R = R(r + 10^6)} twice; bent cigar.
     */
    private static BbobInstance bentCigar(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r + ROTATION_SEED_OFFSET);
        double[] rot = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.bentCigar(rotate(rot, tasy(rotate(rot, shift(x, xopt)), 0.5)), 1) + fopt);
    }

    /** f13: {@code z = R(r + 10^6) Lambda^10 R(r) (x - x_opt)}; sharp ridge. */
    private static BbobInstance sharpRidge(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] m = Transforms.product(LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET),
                Transforms.powers(Math.sqrt(10.0), d), LegacyRandom.rotation(d, r), d);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.sharpRidge(rotate(m, shift(x, xopt)), 1) + fopt);
    }

    /** f14: {@code z = R(r + 10^6)(x - x_opt)}; different powers. */
    private static BbobInstance differentPowers(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] rot = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.differentPowers(rotate(rot, shift(x, xopt))) + fopt);
    }

    /**
     * f15: {@code z = R Lambda^10 Q T_asy^0.2(T_osz(R (x - x_opt)))} with {@code R = R(r + 10^6)},
     * {@code Q = R(r)}; Rastrigin.
     */
    private static BbobInstance rastriginRotated(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] rot1 = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        double[] m = Transforms.product(rot1, Transforms.powers(Math.sqrt(10.0), d), LegacyRandom.rotation(d, r), d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.rastrigin(rotate(m, tasy(tosz(rotate(rot1, shift(x, xopt))), 0.2))) + fopt);
    }

    /**
     * f16: {@code z = R Lambda^(1/100) Q T_osz(R (x - x_opt))} with {@code R = R(r + 10^6)},
     * {@code Q = R(r)}; Weierstrass, plus {@code (10/D) f_pen(x)}.
     */
    private static BbobInstance weierstrass(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] rot1 = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        double[] m = Transforms.product(rot1, Transforms.powers(1.0 / Math.sqrt(100.0), d),
                LegacyRandom.rotation(d, r), d);
        double penaltyFactor = 10.0 / (double) d;
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.weierstrass(rotate(m, tosz(rotate(rot1, shift(x, xopt))))) + fopt
                        + penaltyFactor * penalty(x));
    }

    /**
     * f17 (condition 10) and f18 (condition 1000, seed base 17):
     * {@code z = Lambda^c Q T_asy^0.5(R (x - x_opt))} with {@code R = R(r + 10^6)}, {@code Q = R(r)};
     * Schaffers F7, plus {@code 10 f_pen(x)}.
     */
    private static BbobInstance schaffers(int f, int inst, int d, long r, double fopt, double condition) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] rot1 = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        double[] rot2 = LegacyRandom.rotation(d, r);
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            double scale = Math.pow(Math.sqrt(condition), 1.0 * i / ((double) d - 1.0));
            for (int j = 0; j < d; j++) {
                m[i * d + j] = rot2[i * d + j] * scale;
            }
        }
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.schaffers(rotate(m, tasy(rotate(rot1, shift(x, xopt)), 0.5))) + fopt
                        + 10.0 * penalty(x));
    }

    /**
     * f19: {@code z = max(1, sqrt(D)/8) R(r) x + 1/2} (no random shift); Griewank-Rosenbrock;
     * {@code x_opt = R^T 1 / (2 max(1, sqrt(D)/8))}.
     */
    private static BbobInstance griewankRosenbrock(int f, int inst, int d, long r, double fopt) {
        double[] rot = LegacyRandom.rotation(d, r);
        double scale = rosenbrockFactor(d);
        for (int i = 0; i < d * d; i++) {
            rot[i] *= scale;
        }
        double[] xopt = new double[d];
        for (int col = 0; col < d; col++) {
            double s = 0;
            for (int row = 0; row < d; row++) {
                s += rot[row * d + col];
            }
            xopt[col] = s / (2. * scale);
        }
        return of(f, inst, d, fopt, xopt, x -> RawFunctions.griewankRosenbrock(shift(rotate(rot, x), -0.5)) + fopt);
    }

    /**
     * f20 (also the large-scale f20): {@code x_opt = 4.2096874637/2 * 1^+-}, the signs from
     * {@code uniform(D, r) < 1/2}; {@code x^ = 2 1^+- x},
     * {@code z^_1 = x^_1, z^_i = x^_i + (x^_(i-1) - 2|x_opt,i-1|)/4},
     * {@code z = 100 (Lambda^10 (z^ - 2|x_opt|) + 2|x_opt|)}; Schwefel.
     */
    static BbobInstance schwefel(int f, int inst, int d, long r, double fopt, double constant, String suite) {
        double[] u = LegacyRandom.uniform(d, r);
        double[] xopt = new double[d];
        double[] twice = new double[d];
        double[] minusTwice = new double[d];
        for (int i = 0; i < d; i++) {
            xopt[i] = (u[i] < 0.5 ? -1 : 1) * 0.5 * SCHWEFEL_OPTIMUM;
            minusTwice[i] = -2 * Math.abs(xopt[i]);
            twice[i] = 2 * Math.abs(xopt[i]);
        }
        double[] lambda = Transforms.conditioning(10.0, d);
        Objective k = x -> {
            double[] y = new double[d];
            for (int i = 0; i < d; i++) {
                y[i] = u[i] < 0.5 ? -x[i] : x[i];
            }
            y = Transforms.scale(2.0, y);
            double[] z = new double[d];
            z[0] = y[0];
            for (int i = 1; i < d; i++) {
                z[i] = y[i] + 0.25 * (y[i - 1] - 2.0 * Math.abs(xopt[i - 1]));
            }
            z = shift(Transforms.scale(lambda, shift(z, twice)), minusTwice);
            return RawFunctions.schwefel(Transforms.scale(100.0, z), constant) + fopt;
        };
        String id = suite.equals(Bbob.SUITE) ? Bbob.id(f, inst, d) : BbobLargeScale.id(f, inst, d);
        return new BbobInstance(suite, id, f, inst, d, fopt, xopt, k);
    }

    /** f21 (101 peaks) and f22 (21 peaks): Gallagher's Gaussian peaks, see {@link Gallagher}. */
    private static BbobInstance gallagher(int f, int inst, int d, long r, double fopt, int peaks) {
        Gallagher g = Gallagher.of(d, r, peaks);
        return of(f, inst, d, fopt, g.optimum(), x -> g.value(x) + fopt);
    }

    /** f23: {@code z = R(r + 10^6) Lambda^100 R(r) (x - x_opt)}; Katsuura, plus {@code f_pen(x)}. */
    private static BbobInstance katsuura(int f, int inst, int d, long r, double fopt) {
        double[] xopt = LegacyRandom.xopt(d, r);
        double[] m = Transforms.product(LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET),
                Transforms.powers(Math.sqrt(100.0), d), LegacyRandom.rotation(d, r), d);
        return of(f, inst, d, fopt, xopt,
                x -> RawFunctions.katsuura(rotate(m, shift(x, xopt))) + fopt + penalty(x));
    }

    /** The Lunacek signs {@code 1^+-}: the signs of {@code gauss(D, r)} (not of the standard x_opt). */
    static double[] lunacekOptimum(int d, long r) {
        double[] g = LegacyRandom.gauss(d, r);
        double[] xopt = new double[d];
        for (int i = 0; i < d; i++) {
            xopt[i] = 0.5 * LUNACEK_MU0;
            if (g[i] < 0.0) {
                xopt[i] *= -1.0;
            }
        }
        return xopt;
    }

    /** Lunacek's {@code s = 1 - 1 / (2 sqrt(D + 20) - 8.2)}. */
    static double lunacekS(int d) {
        return 1. - 0.5 / (Math.sqrt((double) (d + 20)) - 4.1);
    }

    /** Lunacek's {@code mu1 = -sqrt((mu0^2 - d) / s)}. */
    static double lunacekMu1(double s) {
        return -Math.sqrt((LUNACEK_MU0 * LUNACEK_MU0 - LUNACEK_D) / s);
    }

    /**
     * f24: {@code x_opt = (mu0/2) 1^+-} with signs from {@code gauss(D, r)};
     * {@code x^ = 2 sign(x_opt) x}, {@code z = R(r + 10^6) Lambda^100 R(r) (x^ - mu0)};
     * {@code f = min(sum (x^_i - mu0)^2, D + s sum (x^_i - mu1)^2) + 10 (D - sum cos 2 pi z_i)
     * + 10^4 f_pen(x) + f_opt}.
     */
    private static BbobInstance lunacek(int f, int inst, int d, long r, double fopt) {
        double[] xopt = lunacekOptimum(d, r);
        double[] rot1 = LegacyRandom.rotation(d, r + ROTATION_SEED_OFFSET);
        double[] rot2 = LegacyRandom.rotation(d, r);
        double[] c = new double[d];
        for (int i = 0; i < d; i++) {
            c[i] = Math.pow(Math.sqrt(100.0), ((double) i) / (double) (d - 1));
        }
        double s = lunacekS(d);
        double mu1 = lunacekMu1(s);
        return of(f, inst, d, fopt, xopt, x -> {
            double pen = penalty(x);
            double[] xh = new double[d];
            for (int i = 0; i < d; i++) {
                xh[i] = 2. * x[i];
                if (xopt[i] < 0.) {
                    xh[i] *= -1.;
                }
            }
            double[] t = new double[d];
            for (int i = 0; i < d; i++) {
                double acc = 0.0;
                for (int j = 0; j < d; j++) {
                    acc += c[i] * rot2[i * d + j] * (xh[j] - LUNACEK_MU0);
                }
                t[i] = acc;
            }
            double[] z = rotate(rot1, t);
            double sum1 = 0.;
            double sum2 = 0.;
            double sum3 = 0.;
            for (int i = 0; i < d; i++) {
                sum1 += (xh[i] - LUNACEK_MU0) * (xh[i] - LUNACEK_MU0);
                sum2 += (xh[i] - mu1) * (xh[i] - mu1);
                sum3 += Math.cos(2 * Math.PI * z[i]);
            }
            double result = min(sum1, LUNACEK_D * (double) d + s * sum2)
                    + 10. * ((double) d - sum3) + LUNACEK_PENALTY * pen;
            return result + fopt;
        });
    }

    /** COCO's min: the first argument on ties. */
    static double min(double a, double b) {
        return a <= b ? a : b;
    }

    /** The Büche-Rastrigin scaling. */
    static final class BueRastrigin {
        /** Factor of the boundary penalty of f4. */
        static final double PENALTY = 100.0;
        private static final double ODD_FACTOR = 10.0;

        private BueRastrigin() {
        }

        /** {@code sqrt(10)^(i / (D - 1))}. */
        static double[] factors(int d) {
            double[] s = new double[d];
            for (int i = 0; i < d; i++) {
                s[i] = Math.pow(Math.sqrt(10.0), (double) i / ((double) d - 1.0));
            }
            return s;
        }

        /** {@code s_i z_i}, with s_i times 10 where {@code z_i > 0} and i is even (0-based). */
        static double[] apply(double[] s, double[] z) {
            double[] y = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                double factor = s[i];
                if (z[i] > 0.0 && i % 2 == 0) {
                    factor *= ODD_FACTOR;
                }
                y[i] = factor * z[i];
            }
            return y;
        }
    }
}
