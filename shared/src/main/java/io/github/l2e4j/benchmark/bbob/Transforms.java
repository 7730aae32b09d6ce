package io.github.l2e4j.benchmark.bbob;

/**
 * The variable and objective transformations shared by the BBOB functions, written as pure
 * functions on plain arrays. Every method that returns an array returns a new one and leaves its
 * arguments unmodified.
 *
 * <ul>
 *   <li>{@link #tosz T_osz}: {@code sign(x) exp(x^ + 0.049 (sin c1 x^ + sin c2 x^))},
 *       {@code x^ = ln|x|}, {@code c1 = 10, c2 = 7.9} for {@code x > 0} and
 *       {@code c1 = 5.5, c2 = 3.1} otherwise; {@code T_osz(0) = 0}. COCO computes it as
 *       {@code exp(t + 0.49 (sin a t + sin b t))^0.1} with {@code t = ln|x| / 0.1}, which is what
 *       is done here.</li>
 *   <li>{@link #tasy T_asy^beta}: {@code x_i^(1 + beta (i / (D - 1)) sqrt(x_i))} for
 *       {@code x_i > 0} (0-based {@code i}), else {@code x_i}.</li>
 *   <li>{@link #conditioning Lambda^alpha}: {@code alpha^(0.5 i / (D - 1))} on coordinate i.</li>
 *   <li>{@link #penalty f_pen}: {@code sum max(0, |x_i| - 5)^2}.</li>
 * </ul>
 */
final class Transforms {

    /** The search box of every BBOB problem is {@code [-BOX, BOX]^D}. */
    static final double BOX = 5.0;
    /** Exponent of T_osz in COCO's form. */
    private static final double OSZ_EXPONENT = 0.1;
    private static final double OSZ_AMPLITUDE = 0.49;
    private static final double OSZ_POSITIVE_FREQUENCY = 0.79;
    private static final double OSZ_NEGATIVE_FREQUENCY_1 = 0.55;
    private static final double OSZ_NEGATIVE_FREQUENCY_2 = 0.31;
    /** Dimension beyond which the large-scale suite divides objectives by {@code D / 40}. */
    static final double NORMALISATION_DIMENSION = 40.0;

    private Transforms() {
    }

    /** T_osz of one value (also the objective oscillation of f6, f21 and f22). */
    static double tosz(double x) {
        if (x > 0.0) {
            double t = Math.log(x) / OSZ_EXPONENT;
            double base = Math.exp(t + OSZ_AMPLITUDE * (Math.sin(t) + Math.sin(OSZ_POSITIVE_FREQUENCY * t)));
            return Math.pow(base, OSZ_EXPONENT);
        } else if (x < 0.0) {
            double t = Math.log(-x) / OSZ_EXPONENT;
            double base = Math.exp(t + OSZ_AMPLITUDE
                    * (Math.sin(OSZ_NEGATIVE_FREQUENCY_1 * t) + Math.sin(OSZ_NEGATIVE_FREQUENCY_2 * t)));
            return -Math.pow(base, OSZ_EXPONENT);
        }
        return 0.0;
    }

    /** T_osz applied to every coordinate. */
    static double[] tosz(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = tosz(x[i]);
        }
        return y;
    }

    /** T_asy^beta applied to every coordinate. */
    static double[] tasy(double[] x, double beta) {
        int n = x.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            if (xi > 0.0) {
                double exponent = 1.0 + ((beta * (double) i) / ((double) n - 1.0)) * Math.sqrt(xi);
                y[i] = Math.pow(xi, exponent);
            } else {
                y[i] = xi;
            }
        }
        return y;
    }

    /** The diagonal of Lambda^alpha in dimension d: {@code alpha^(0.5 i / (d - 1))}. */
    static double[] conditioning(double alpha, int d) {
        double[] c = new double[d];
        for (int i = 0; i < d; i++) {
            c[i] = Math.pow(alpha, 0.5 * (double) i / ((double) d - 1.0));
        }
        return c;
    }

    /** {@code c_i * x_i}. */
    static double[] scale(double[] c, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = c[i] * x[i];
        }
        return y;
    }

    /** {@code factor * x_i}. */
    static double[] scale(double factor, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = factor * x[i];
        }
        return y;
    }

    /** {@code x_i - offset_i}. */
    static double[] shift(double[] x, double[] offset) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - offset[i];
        }
        return y;
    }

    /** {@code x_i - offset}. */
    static double[] shift(double[] x, double offset) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - offset;
        }
        return y;
    }

    /**
     * {@code b + M x} for a row-major d x d matrix, accumulated as COCO does: start from
     * {@code b_i} and add {@code x_j M_ij} for {@code j = 0, 1, ...}.
     */
    static double[] affine(double[] m, double b, double[] x) {
        int d = x.length;
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            int row = i * d;
            double s = b;
            for (int j = 0; j < d; j++) {
                s += x[j] * m[row + j];
            }
            y[i] = s;
        }
        return y;
    }

    /** {@code M x} for a row-major d x d matrix. */
    static double[] rotate(double[] m, double[] x) {
        return affine(m, 0.0, x);
    }

    /** {@code R Lambda Q}: {@code sum_k R_ik lambda_k Q_kj}, accumulated over k as COCO does. */
    static double[] product(double[] r, double[] lambda, double[] q, int d) {
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0.0;
                for (int k = 0; k < d; k++) {
                    s += r[i * d + k] * lambda[k] * q[k * d + j];
                }
                m[i * d + j] = s;
            }
        }
        return m;
    }

    /** {@code base^(k / (d - 1))} for {@code k = 0 .. d-1}: the diagonal COCO puts between two rotations. */
    static double[] powers(double base, int d) {
        double[] p = new double[d];
        for (int k = 0; k < d; k++) {
            p[k] = Math.pow(base, 1.0 * k / ((double) d - 1.0));
        }
        return p;
    }

    /** The coordinate permutation {@code y_i = x_(p_i)}. */
    static double[] permute(int[] p, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[p[i]];
        }
        return y;
    }

    /** f_pen: the squared distance of x from the box {@code [-5, 5]^D}. */
    static double penalty(double[] x) {
        double p = 0.0;
        for (double xi : x) {
            double above = xi - BOX;
            double below = -BOX - xi;
            if (above > 0.0) {
                p += above * above;
            } else if (below > 0.0) {
                p += below * below;
            }
        }
        return p;
    }

    /** The large-scale normalisation factor {@code min(1, 40 / D)}. */
    static double normalisation(int d) {
        double r = NORMALISATION_DIMENSION / (double) d;
        return 1.0 < r ? 1.0 : r;
    }

    /** {@code sum x_i^2}. */
    static double sumOfSquares(double[] x) {
        double s = 0.0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }

    /** True if some coordinate is NaN. */
    static boolean hasNaN(double[] x) {
        for (double v : x) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
