package io.github.l2e4j.benchmark.bbob;

/**
 * The untransformed BBOB functions ("raw" functions in COCO), evaluated at an already
 * transformed point {@code z} of dimension {@code D = z.length}. Sums are accumulated in the
 * order COCO uses, so that results agree with COCO's to the last few bits. No method modifies its
 * argument.
 */
final class RawFunctions {

    /** Condition number of the ellipsoid, discus and bent cigar functions. */
    static final double HIGH_CONDITION = 1.0e6;
    /** Weight of the ridge in the sharp ridge function. */
    private static final double RIDGE_WEIGHT = 100.0;
    /** Number of cosine terms of the Weierstrass function. */
    private static final int WEIERSTRASS_TERMS = 12;
    /** Number of binary digits summed by the Katsuura function. */
    private static final int KATSUURA_DIGITS = 32;
    /** Schwefel's constant 418.9828872724339 (the value of one coordinate's term at its optimum). */
    static final double SCHWEFEL_CONSTANT = 418.9828872724339;
    /** Coordinates beyond this magnitude are penalised inside the Schwefel function. */
    private static final double SCHWEFEL_BOX = 500.0;
    private static final double TWO_PI = 2.0 * Math.PI;

    /** {@code 2^j} for {@code j = 0 .. 32} (exact). */
    private static final double[] POWERS_OF_TWO = new double[KATSUURA_DIGITS + 1];
    private static final double[] WEIERSTRASS_A = new double[WEIERSTRASS_TERMS];
    private static final double[] WEIERSTRASS_B = new double[WEIERSTRASS_TERMS];
    private static final double WEIERSTRASS_F0;

    static {
        double f0 = 0.0;
        for (int k = 0; k < WEIERSTRASS_TERMS; k++) {
            WEIERSTRASS_A[k] = Math.pow(0.5, k);
            WEIERSTRASS_B[k] = Math.pow(3.0, k);
            f0 += WEIERSTRASS_A[k] * Math.cos(2 * Math.PI * WEIERSTRASS_B[k] * 0.5);
        }
        WEIERSTRASS_F0 = f0;
        for (int j = 0; j <= KATSUURA_DIGITS; j++) {
            POWERS_OF_TWO[j] = Math.pow(2., (double) j);
        }
    }

    private RawFunctions() {
    }

    /** Sphere: {@code sum z_i^2}. */
    static double sphere(double[] z) {
        return Transforms.sumOfSquares(z);
    }

    /**
     * The weights {@code condition^(i / (D - 1))} of the ellipsoid (and, with 100, of the step
     * ellipsoid core).
     */
    static double[] ellipsoidWeights(double condition, int d) {
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            w[i] = Math.pow(condition, 1.0 * (double) i / ((double) d - 1.0));
        }
        return w;
    }

    /** Ellipsoid: {@code z_1^2 + sum_(i>1) w_i z_i^2} with weights from {@link #ellipsoidWeights}. */
    static double ellipsoid(double[] z, double[] w) {
        double r = z[0] * z[0];
        for (int i = 1; i < z.length; i++) {
            r += w[i] * z[i] * z[i];
        }
        return r;
    }

    /** Rastrigin: {@code 10 (D - sum cos 2 pi z_i) + sum z_i^2}. */
    static double rastrigin(double[] z) {
        double sum1 = 0.0;
        double sum2 = 0.0;
        for (double v : z) {
            sum1 += Math.cos(TWO_PI * v);
            sum2 += v * v;
        }
        if (Double.isInfinite(sum2)) {
            return sum2;
        }
        return 10.0 * ((double) z.length - sum1) + sum2;
    }

    /** The core of the Büche-Rastrigin function (Rastrigin's formula, written as COCO's f4 has it). */
    static double buecheRastrigin(double[] z) {
        double sum1 = 0.0;
        double sum2 = 0.0;
        for (double v : z) {
            sum1 += Math.cos(2 * Math.PI * v);
            sum2 += v * v;
        }
        return 10.0 * ((double) z.length - sum1) + sum2;
    }

    /** Rosenbrock: {@code 100 sum (z_i^2 - z_(i+1))^2 + sum (z_i - 1)^2}, the two sums kept apart. */
    static double rosenbrock(double[] z) {
        double s1 = 0.0;
        double s2 = 0.0;
        for (int i = 0; i < z.length - 1; i++) {
            double t = z[i] * z[i] - z[i + 1];
            s1 += t * t;
            t = z[i] - 1.0;
            s2 += t * t;
        }
        return 100.0 * s1 + s2;
    }

    /** Discus (bbob): {@code 10^6 z_1^2 + sum_(i>1) z_i^2}. */
    static double discus(double[] z) {
        double r = HIGH_CONDITION * z[0] * z[0];
        for (int i = 1; i < z.length; i++) {
            r += z[i] * z[i];
        }
        return r;
    }

    /** Generalised discus (large scale): {@code 10^6 sum_(i<=k) z_i^2 + sum_(i>k) z_i^2}, {@code k = ceil(D/40)}. */
    static double discusGeneralized(double[] z, int shortAxes) {
        double r = 0.0;
        for (int i = 0; i < shortAxes; i++) {
            r += z[i] * z[i];
        }
        r *= HIGH_CONDITION;
        for (int i = shortAxes; i < z.length; i++) {
            r += z[i] * z[i];
        }
        return r;
    }

    /** Bent cigar: {@code sum_(i<=k) z_i^2 + 10^6 sum_(i>k) z_i^2}; k = 1 in bbob, {@code ceil(D/40)} in large scale. */
    static double bentCigar(double[] z, int longAxes) {
        double r = 0.0;
        for (int i = 0; i < longAxes; i++) {
            r += z[i] * z[i];
        }
        for (int i = longAxes; i < z.length; i++) {
            r += HIGH_CONDITION * z[i] * z[i];
        }
        return r;
    }

    /** Sharp ridge: {@code sum_(i<=k) z_i^2 + 100 sqrt(sum_(i>k) z_i^2)}; k = 1 in bbob, {@code ceil(D/40)} in large scale. */
    static double sharpRidge(double[] z, int linearAxes) {
        double r = 0.0;
        for (int i = linearAxes; i < z.length; i++) {
            r += z[i] * z[i];
        }
        r = RIDGE_WEIGHT * Math.sqrt(r);
        for (int i = 0; i < linearAxes; i++) {
            r += z[i] * z[i];
        }
        return r;
    }

    /** Different powers: {@code sqrt(sum |z_i|^(2 + 4 i / (D - 1)))}. */
    static double differentPowers(double[] z) {
        int d = z.length;
        double sum = 0.0;
        for (int i = 0; i < d; i++) {
            double exponent = 2.0 + (4.0 * (double) i) / ((double) d - 1.0);
            sum += Math.pow(Math.abs(z[i]), exponent);
        }
        return Math.sqrt(sum);
    }

    /**
     * Weierstrass: {@code 10 ((1/D) sum_i sum_(k<12) 2^-k cos(2 pi 3^k (z_i + 1/2)) - f0)^3},
     * {@code f0 = sum_k 2^-k cos(pi 3^k)}.
     */
    static double weierstrass(double[] z) {
        double r = 0.0;
        for (double v : z) {
            for (int k = 0; k < WEIERSTRASS_TERMS; k++) {
                r += Math.cos(2 * Math.PI * (v + 0.5) * WEIERSTRASS_B[k]) * WEIERSTRASS_A[k];
            }
        }
        return 10.0 * Math.pow(r / (double) z.length - WEIERSTRASS_F0, 3.0);
    }

    /** Schaffers F7: {@code ((1/(D-1)) sum s_i^(1/2) (1 + sin^2(50 s_i^(1/5))))^2}, {@code s_i = z_i^2 + z_(i+1)^2}. */
    static double schaffers(double[] z) {
        double r = 0.0;
        for (int i = 0; i < z.length - 1; i++) {
            double t = z[i] * z[i] + z[i + 1] * z[i + 1];
            if (Double.isInfinite(t) && Double.isNaN(Math.sin(50.0 * Math.pow(t, 0.1)))) {
                return t;
            }
            r += Math.pow(t, 0.25) * (1.0 + Math.pow(Math.sin(50.0 * Math.pow(t, 0.1)), 2.0));
        }
        return Math.pow(r / ((double) z.length - 1.0), 2.0);
    }

    /**
     * Composite Griewank-Rosenbrock F8F2: {@code 10 + (10 / (D - 1)) sum (s_i / 4000 - cos s_i)},
     * {@code s_i = 100 (z_i^2 - z_(i+1))^2 + (1 - z_i)^2}.
     */
    static double griewankRosenbrock(double[] z) {
        final double f = 10.0;
        double r = 0.0;
        for (int i = 0; i < z.length - 1; i++) {
            double c1 = z[i] * z[i] - z[i + 1];
            double c2 = 1.0 - z[i];
            double t = 100.0 * c1 * c1 + c2 * c2;
            r += t / 4000. - Math.cos(t);
        }
        return f + f * r / (double) (z.length - 1);
    }

    /**
     * Schwefel: {@code 0.01 (sum max(0, |z_i| - 500)^2 + c - (1/D) sum z_i sin sqrt|z_i|)} with
     * the given constant c.
     */
    static double schwefel(double[] z, double constant) {
        double penalty = 0.0;
        for (double v : z) {
            double t = Math.abs(v) - SCHWEFEL_BOX;
            if (t > 0.0) {
                penalty += t * t;
            }
        }
        double sum = 0.0;
        for (double v : z) {
            sum += v * Math.sin(Math.sqrt(Math.abs(v)));
        }
        return 0.01 * (penalty + constant - sum / (double) z.length);
    }

    /**
     * Katsuura: {@code (10/D^2) prod_i (1 + i sum_(j<=32) |2^j z_i - round(2^j z_i)| / 2^j)^(10/D^1.2) - 10/D^2}
     * (1-based i).
     */
    static double katsuura(double[] z) {
        int d = z.length;
        double exponent = 10. / Math.pow((double) d, 1.2);
        double r = 1.0;
        for (int i = 0; i < d; i++) {
            double t = 0.0;
            for (int j = 1; j <= KATSUURA_DIGITS; j++) {
                double p = POWERS_OF_TWO[j];
                t += Math.abs(p * z[i] - LegacyRandom.round(p * z[i])) / p;
            }
            t = 1.0 + ((double) i + 1) * t;
            r *= Math.pow(t, exponent);
        }
        return 10. / ((double) d) / ((double) d) * (-1. + r);
    }
}
