package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The five FDA problems of Farina, Deb and Amato [1], with their dimensions set explicitly.
 * Immutable and thread safe. Variables x_1..x_n, time t, all objectives minimised.
 *
 * <table>
 *   <caption>FDA1-FDA5</caption>
 *   <tr><th>FDA</th><th>M</th><th>n (default)</th><th>box</th><th>definition</th></tr>
 *   <tr><td>1</td><td>2</td><td>{@value #FDA1_DIMENSION}</td><td>x1 in [0,1], x_i in [-1,1]</td>
 *   <td>G = sin(pi t/2), g = 1 + sum_{i&ge;2}(x_i - G)^2; f1 = x1, f2 = g(1 - sqrt(f1/g)). Type I: PS moves, PF fixed.</td></tr>
 *   <tr><td>2</td><td>2</td><td>{@value #FDA2_DIMENSION} (fixed)</td><td>x1 in [0,1], x_i in [-1,1]</td>
 *   <td>Deb, Rao N. and Karthik's version [2]: x_II = x_2..x_6, x_III = x_7..x_13, H = 2 sin(pi (t - 1)/2),
 *   g = 1 + sum_{x_II} x_i^2, f1 = x1, f2 = g(1 - (f1/g)^(2^(H + sum_{x_III}(x_i - H/4)^2))). Type III: PF changes.</td></tr>
 *   <tr><td>3</td><td>2</td><td>{@value #FDA3_DIMENSION}</td><td>x1 in [0,1], x_i in [-1,1]</td>
 *   <td>|x_I| = 1: F = 10^(2 sin(pi t/2)), G = |sin(pi t/2)|, f1 = x1^F, g = 1 + G + sum_{i&ge;2}(x_i - G)^2,
 *   f2 = g(1 - sqrt(f1/g)). Type II: both change.</td></tr>
 *   <tr><td>4</td><td>3</td><td>{@value #FDA45_DIMENSION}</td><td>[0,1]^n</td>
 *   <td>G = |sin(pi t/2)|, g = sum_{i&ge;3}(x_i - G)^2; f1 = (1+g) cos(pi x1/2) cos(pi x2/2),
 *   f2 = (1+g) cos(pi x1/2) sin(pi x2/2), f3 = (1+g) sin(pi x1/2). Type I.</td></tr>
 *   <tr><td>5</td><td>3</td><td>{@value #FDA45_DIMENSION}</td><td>[0,1]^n</td>
 *   <td>F = 1 + 100 sin^4(pi t/2), y_j = x_j^F (j = 1, 2), G = |sin(pi t/2)|, g = G + sum_{i&ge;3}(x_i - G)^2;
 *   f as FDA4 with y for x. Type II.</td></tr>
 * </table>
 *
 * <h2>Choices, where the versions differ</h2>
 * <ul>
 *   <li>FDA1: n = 10 (jMetal defaults to 100; the dimension is a parameter).</li>
 *   <li>FDA2: the original's exponent {@code (H + sum (x_i - H)^2)^-1} is minimised by moving x_III away
 *   from H, to the box's edge (PlatEMO calls the original "questionable" and drops the inverse; jMetal
 *   uses yet another variant). We use the modification of Deb, Rao N. and Karthik [2], the paper that
 *   introduced DNSGA-II, as pymoo's {@code fda2_deb} does, with its fixed split 1 + 5 + 7.</li>
 *   <li>FDA3: one position variable (|x_I| = 1) as in jMetal and PlatEMO, n = 10.</li>
 *   <li>FDA4, FDA5: n = M + 9 = 12, the paper's and PlatEMO's setting.</li>
 * </ul>
 *
 * <h2>Pareto fronts and sets</h2>
 * FDA1: f2 = 1 - sqrt(f1), PS x_i = G. FDA2: f2 = 1 - f1^(2^H), PS x_II = 0, x_III = H/4. FDA3: f2 =
 * (1+G)(1 - sqrt(f1/(1+G))), f1 in [0, 1], PS x1 = f1^(1/F), x_i = G. Two-objective samples take
 * {@value FrontSampling#CURVE_POINTS} equally spaced f1. FDA4: the unit sphere in the positive octant;
 * FDA5: the sphere of radius 1 + G; both sampled as {@value FrontSampling#OCTANT_DIVISIONS}-division
 * simplex-lattice directions scaled to the sphere (1035 points), PS x_i = G (FDA5: x_j = y_j^(1/F)).
 *
 * <p>[1] M. Farina, K. Deb, P. Amato, Dynamic multiobjective optimization problems: test cases,
 * approximations, and applications, IEEE TEC 8(5):425-442, 2004. [2] K. Deb, U. Bhaskara Rao N.,
 * S. Karthik, Dynamic multi-objective optimization and decision-making using modified NSGA-II: a case
 * study on hydro-thermal power scheduling, EMO 2007, LNCS 4403, 803-817.
 */
public final class FdaProblem extends BenchmarkProblem {

    /** Default number of variables of FDA1. */
    public static final int FDA1_DIMENSION = 10;
    /** The number of variables of FDA2 (1 + 5 + 7, fixed). */
    public static final int FDA2_DIMENSION = 13;
    /** Size of FDA2's x_II. */
    public static final int FDA2_SECOND_GROUP = 5;
    /** Default number of variables of FDA3. */
    public static final int FDA3_DIMENSION = 10;
    /** Default number of variables of FDA4 and FDA5 (M + 9). */
    public static final int FDA45_DIMENSION = 12;
    /** Number of FDA problems. */
    public static final int COUNT = 5;

    private FdaProblem(int number, int n) {
        super("FDA", number, n, number >= 4 ? 3 : 2, boxOf(number, n));
    }

    private static Bounds boxOf(int number, int n) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = number >= 4 || i == 0 ? 0 : -1;
            hi[i] = 1;
        }
        return Bounds.of(lo, hi);
    }

    /** FDA{number} with its default dimension. */
    public static FdaProblem of(int number) {
        return of(number, defaultDimension(number));
    }

    /**
     * FDA{number} with n variables.
     *
     * @param number 1..5
     * @param n      number of variables: &ge; 2 for FDA1 and FDA3, exactly {@value #FDA2_DIMENSION} for FDA2,
     *               &ge; 3 for FDA4 and FDA5
     */
    public static FdaProblem of(int number, int n) {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("FDA problem number must be in [1, " + COUNT + "], was " + number);
        }
        if (number == 2 && n != FDA2_DIMENSION) {
            throw new IllegalArgumentException("dimension of FDA2 must be " + FDA2_DIMENSION
                    + " (its variable groups are fixed: 1 + 5 + 7), was " + n);
        }
        int min = number >= 4 ? 3 : 2;
        if (n < min) {
            throw new IllegalArgumentException("dimension of FDA" + number + " must be >= " + min + ", was " + n);
        }
        return new FdaProblem(number, n);
    }

    /** The default dimension of FDA{number}. */
    public static int defaultDimension(int number) {
        return switch (number) {
            case 1 -> FDA1_DIMENSION;
            case 2 -> FDA2_DIMENSION;
            case 3 -> FDA3_DIMENSION;
            case 4, 5 -> FDA45_DIMENSION;
            default -> throw new IllegalArgumentException("FDA problem number must be in [1, " + COUNT + "], was " + number);
        };
    }

    @Override
    void objectives(double[] x, double t, double[] f) {
        double s = Math.sin(0.5 * Math.PI * t);
        switch (number) {
            case 1 -> {
                double g = 1 + sumSquares(x, 1, n, s);
                f[0] = x[0];
                f[1] = g * (1 - Math.sqrt(x[0] / g));
            }
            case 2 -> {
                double h = fda2H(t);
                int split = 1 + FDA2_SECOND_GROUP;
                double g = 1 + sumSquares(x, 1, split, 0);
                double e = h + sumSquares(x, split, n, h / 4);
                f[0] = x[0];
                f[1] = g * (1 - Math.pow(x[0] / g, Math.pow(2, e)));
            }
            case 3 -> {
                double big = Math.abs(s);
                double fExp = Math.pow(10, 2 * s);
                double g = 1 + big + sumSquares(x, 1, n, big);
                f[0] = Math.pow(x[0], fExp);
                f[1] = g * (1 - Math.sqrt(f[0] / g));
            }
            case 4, 5 -> {
                double big = Math.abs(s);
                double y1 = x[0];
                double y2 = x[1];
                double g = sumSquares(x, 2, n, big);
                if (number == 5) {
                    double fExp = 1 + 100 * s * s * s * s;
                    y1 = Math.pow(x[0], fExp);
                    y2 = Math.pow(x[1], fExp);
                    g += big;
                }
                double c1 = Math.cos(0.5 * Math.PI * y1);
                f[0] = (1 + g) * c1 * Math.cos(0.5 * Math.PI * y2);
                f[1] = (1 + g) * c1 * Math.sin(0.5 * Math.PI * y2);
                f[2] = (1 + g) * Math.sin(0.5 * Math.PI * y1);
            }
            default -> throw new IllegalStateException("FDA" + number);
        }
    }

    private static double fda2H(double t) {
        return 2 * Math.sin(0.5 * Math.PI * (t - 1));
    }

    @Override
    public FrontSample paretoFront(double t) {
        double s = Math.sin(0.5 * Math.PI * t);
        double big = Math.abs(s);
        List<double[]> fs = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        if (m == 2) {
            for (double u : FrontSampling.linspace(0, 1, FrontSampling.CURVE_POINTS)) {
                double[] x = new double[n];
                switch (number) {
                    case 1 -> {
                        Arrays.fill(x, s);
                        x[0] = u;
                        fs.add(new double[] {u, 1 - Math.sqrt(u)});
                    }
                    case 2 -> {
                        double h = fda2H(t);
                        Arrays.fill(x, 1 + FDA2_SECOND_GROUP, n, h / 4);
                        x[0] = u;
                        fs.add(new double[] {u, 1 - Math.pow(u, Math.pow(2, h))});
                    }
                    default -> { // 3
                        double fExp = Math.pow(10, 2 * s);
                        double r = 1 + big;
                        Arrays.fill(x, big);
                        x[0] = Math.pow(u, 1 / fExp);
                        fs.add(new double[] {u, r * (1 - Math.sqrt(u / r))});
                    }
                }
                xs.add(x);
            }
            return FrontSampling.all(t, fs, xs);
        }
        double r = number == 5 ? 1 + big : 1;
        double fExp = number == 5 ? 1 + 100 * s * s * s * s : 1;
        for (double[] u : FrontSampling.octant()) {
            double[] x = new double[n];
            Arrays.fill(x, big);
            double y1 = FrontSampling.unitAngleOfSine(u[2]);
            double y2 = FrontSampling.unitAngle(u[1], u[0]);
            x[0] = number == 5 ? Math.pow(y1, 1 / fExp) : y1;
            x[1] = number == 5 ? Math.pow(y2, 1 / fExp) : y2;
            xs.add(x);
            fs.add(new double[] {r * u[0], r * u[1], r * u[2]});
        }
        return FrontSampling.all(t, fs, xs);
    }
}
