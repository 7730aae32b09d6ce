package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fourteen DF problems of the CEC 2018 competition on dynamic multi-objective optimisation [1],
 * as the official MATLAB reference {@code cec2018_DF.m} defines them. Immutable and thread safe.
 *
 * <h2>Definitions</h2>
 * Variables x_1..x_n (n = {@value #DEFAULT_DIMENSION} by default), time t; all objectives minimised.
 * <table>
 *   <caption>DF1-DF14</caption>
 *   <tr><th>DF</th><th>M</th><th>box</th><th>definition</th></tr>
 *   <tr><td>1</td><td>2</td><td>[0,1]^n</td><td>G = |sin(pi t/2)|, H = 0.75 sin(pi t/2) + 1.25, g = 1 + sum_{i&ge;2}(x_i - G)^2;
 *   f1 = x1, f2 = g(1 - (x1/g)^H)</td></tr>
 *   <tr><td>2</td><td>2</td><td>[0,1]^n</td><td>G as DF1, r = 1 + floor((n-1)G), g = 1 + sum_{i&ne;r}(x_i - G)^2;
 *   f1 = x_r, f2 = g(1 - (x_r/g)^0.5)</td></tr>
 *   <tr><td>3</td><td>2</td><td>x1 in [0,1], x_i in [-1,2]</td><td>G = sin(pi t/2), H = G + 1.5,
 *   g = 1 + sum_{i&ge;2}(x_i - G - x1^H)^2; f1 = x1, f2 = g(1 - (x1/g)^H)</td></tr>
 *   <tr><td>4</td><td>2</td><td>[-2,2]^n</td><td>a = sin(pi t/2), b = 1 + |cos(pi t/2)|, c = max(|a|, a + b),
 *   H = 1.5 + a, g = 1 + sum_{i&ge;2}(x_i - a (x1/c)^2 / i)^2; f1 = g|x1 - a|^H, f2 = g|x1 - a - b|^H</td></tr>
 *   <tr><td>5</td><td>2</td><td>x1 in [0,1], x_i in [-1,1]</td><td>G = sin(pi t/2), w = floor(10G),
 *   g = 1 + sum(x_i - G)^2; f1 = g(x1 + 0.02 sin(w pi x1)), f2 = g(1 - x1 + 0.02 sin(w pi x1))</td></tr>
 *   <tr><td>6</td><td>2</td><td>as DF5</td><td>G = sin(pi t/2), a = 0.2 + 2.8|G|, y_i = x_i - G,
 *   g = 1 + sum(|G| y_i^2 - 10 cos(2 pi y_i) + 10); f1 = g(x1 + 0.1 sin(3 pi x1))^a, f2 = g(1 - x1 + 0.1 sin(3 pi x1))^a</td></tr>
 *   <tr><td>7</td><td>2</td><td>x1 in [1,4], x_i in [0,1]</td><td>a = 5 cos(pi t/2), g = 1 + sum(x_i - 1/(1 + e^{a(x1 - 2.5)}))^2;
 *   f1 = g(1 + t)/x1, f2 = g x1/(1 + t)</td></tr>
 *   <tr><td>8</td><td>2</td><td>as DF5</td><td>G = sin(pi t/2), a = 2.25 + 2 cos(2 pi t),
 *   g = 1 + sum(x_i - G sin(4 pi x1)/(1 + |G|))^2; f1 = g(x1 + 0.1 sin(3 pi x1)), f2 = g(1 - x1 + 0.1 sin(3 pi x1))^a</td></tr>
 *   <tr><td>9</td><td>2</td><td>as DF5</td><td>N = 1 + floor(10|sin(pi t/2)|), g = 1 + sum_{i&ge;2}(x_i - cos(4t + x1 + x_{i-1}))^2;
 *   f1 = g(x1 + max(0, (0.1 + 0.5/N) sin(2 N pi x1))), f2 = g(1 - x1 + max(0, (0.1 + 0.5/N) sin(2 N pi x1)))</td></tr>
 *   <tr><td>10</td><td>3</td><td>x1, x2 in [0,1], x_i in [-1,1]</td><td>G = sin(pi t/2), H = 2.25 + 2 cos(pi t/2),
 *   g = 1 + sum_{i&ge;3}(x_i - sin(4 pi (x1 + x2))/(1 + |G|))^2; f1 = g sin^H(pi x1/2),
 *   f2 = g sin^H(pi x2/2) cos^H(pi x1/2), f3 = g cos^H(pi x2/2) cos^H(pi x1/2)</td></tr>
 *   <tr><td>11</td><td>3</td><td>[0,1]^n</td><td>G = |sin(pi t/2)|, g = 1 + G + sum_{i&ge;3}(x_i - 0.5 G x1)^2,
 *   y_j = pi G/6 + (pi/2 - pi G/3) x_j; f1 = g sin y1, f2 = g sin y2 cos y1, f3 = g cos y2 cos y1</td></tr>
 *   <tr><td>12</td><td>3</td><td>as DF10</td><td>k = 10 sin(pi t), g = 1 + sum_{i&ge;3}(x_i - sin(t x1))^2
 *   + |prod_{j=1,2} sin(floor(k(2 x_j - 1)) pi/2)|; f1 = g cos(pi x2/2) cos(pi x1/2), f2 = g sin(pi x2/2) cos(pi x1/2),
 *   f3 = g sin(pi x1/2)</td></tr>
 *   <tr><td>13</td><td>3</td><td>as DF10</td><td>G = sin(pi t/2), p = floor(6G), g = 1 + sum_{i&ge;3}(x_i - G)^2;
 *   f1 = g cos^2(pi x1/2), f2 = g cos^2(pi x2/2), f3 = g sin^2(pi x1/2) + sin(pi x1/2) cos^2(p pi x1)
 *   + sin^2(pi x2/2) + sin(pi x2/2) cos^2(p pi x2)</td></tr>
 *   <tr><td>14</td><td>3</td><td>as DF10</td><td>G = sin(pi t/2), g = 1 + sum_{i&ge;3}(x_i - G)^2, y = 0.5 + G(x1 - 0.5);
 *   f1 = g(1 - y + 0.05 sin(6 pi y)), f2 = g(1 - x2 + 0.05 sin(6 pi x2))(y + 0.05 sin(6 pi y)),
 *   f3 = g(x2 + 0.05 sin(6 pi x2))(y + 0.05 sin(6 pi y))</td></tr>
 * </table>
 *
 * <h2>Which reference, and the deviations</h2>
 * The MATLAB file is the ground truth (the C++ file computes t in integer arithmetic and has further
 * bugs; the Python translation differs in DF3, DF4, DF8, DF10 and DF12). Where versions disagree:
 * <ul>
 *   <li>DF6: the MATLAB file writes {@code x1} for {@code x(1)} (an undefined name); read as x(1). The
 *   constant 2.8 is MATLAB's (PlatEMO's port has 2.5).</li>
 *   <li>DF8: sin(4 pi x1), as in MATLAB (the C++ and Python files use sin(4 pi x1^b) with b = 100 G^2).</li>
 *   <li>DF10: 4 pi (x1 + x2), as in MATLAB (the C++ and Python files have 2 pi).</li>
 *   <li>DF12: the product over x1 and x2, inside an absolute value, as in MATLAB.</li>
 *   <li>DF13: g multiplies only the first term of f3, as written in MATLAB (and pymoo). On PS(t) g = 1,
 *   so the front is the same either way.</li>
 * </ul>
 *
 * <h2>Pareto fronts and sets</h2>
 * g = 1 (its minimum) on PS(t) for every problem but DF11, where g = 1 + G. The samplers:
 * <ul>
 *   <li>two objectives: {@value FrontSampling#CURVE_POINTS} equally spaced values of the position
 *   variable (x1; x_r for DF2; for DF4 x1 = a + b s, s in [0, 1], cut at the box: a + b = 1 + sin + |cos|
 *   exceeds x1's upper bound 2 for most t &gt; 0, so the part of the analytic curve f1^(1/H) + f2^(1/H) = b
 *   beyond x1 = 2 is not attainable and not sampled), the rest at their PS(t) values.
 *   Every point is Pareto optimal (f1 increases and f2 decreases strictly along the curve; for DF5,
 *   DF6, DF8 because 0.02 w pi &lt; 1 and 0.3 pi &lt; 1) except on DF9, whose front is disconnected:
 *   {@value FrontSampling#FILTERED_CURVE_POINTS} values are filtered to the non-dominated ones.
 *   PS of DF9: x_i = cos(4t + x1 + x_{i-1}) in turn for i = 2..n.</li>
 *   <li>DF10: {@code sum_k f_k^(2/H) = 1}: unit vectors u of the octant from a simplex lattice
 *   ({@value FrontSampling#OCTANT_DIVISIONS} divisions, 1035 points), f = u^H.</li>
 *   <li>DF11, DF14: a {@value FrontSampling#GRID_POINTS} x {@value FrontSampling#GRID_POINTS} grid of (x1, x2);
 *   every point is Pareto optimal (DF14: f1 falls and y + 0.05 sin(6 pi y) rises strictly with y, so a point
 *   with larger y could only dominate by smaller factors in both x2 terms, which move in opposite directions);
 *   repeated vectors (the pole x1 = 1 of DF11 with G = 0; DF14 with G = 0, a curve) are dropped.</li>
 *   <li>DF12, DF13: a {@value FrontSampling#FILTERED_GRID_POINTS}-per-axis grid of (x1, x2), the rest at
 *   their PS(t) values (DF12: the g of the grid point, 1 or 2), filtered to the non-dominated ones.</li>
 * </ul>
 *
 * <p>[1] S. Jiang, S. Yang, X. Yao, K. C. Tan, M. Kaiser, N. Krasnogor, Benchmark problems for CEC2018
 * competition on dynamic multiobjective optimisation, Newcastle University, 2018.
 */
public final class DfProblem extends BenchmarkProblem {

    /** The default number of variables, as in the competition. */
    public static final int DEFAULT_DIMENSION = 10;
    /** Number of DF problems. */
    public static final int COUNT = 14;

    private DfProblem(int number, int n) {
        super("DF", number, n, number >= 10 ? 3 : 2, boxOf(number, n));
    }

    /** DF{number} with {@value #DEFAULT_DIMENSION} variables. */
    public static DfProblem of(int number) {
        return of(number, DEFAULT_DIMENSION);
    }

    /**
     * DF{number} with n variables.
     *
     * @param number 1..14
     * @param n      number of variables, &ge; M + 1 (3 for DF1-DF9, 4 for DF10-DF14)
     */
    public static DfProblem of(int number, int n) {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("DF problem number must be in [1, " + COUNT + "], was " + number);
        }
        int min = number >= 10 ? 4 : 3;
        if (n < min) {
            throw new IllegalArgumentException("dimension of DF" + number + " must be >= " + min + ", was " + n);
        }
        return new DfProblem(number, n);
    }

    private static Bounds boxOf(int number, int n) {
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            switch (number) {
                case 1, 2, 11 -> {
                    lo[i] = 0;
                    hi[i] = 1;
                }
                case 3 -> {
                    lo[i] = i == 0 ? 0 : -1;
                    hi[i] = i == 0 ? 1 : 2;
                }
                case 4 -> {
                    lo[i] = -2;
                    hi[i] = 2;
                }
                case 7 -> {
                    lo[i] = i == 0 ? 1 : 0;
                    hi[i] = i == 0 ? 4 : 1;
                }
                case 5, 6, 8, 9 -> {
                    lo[i] = i == 0 ? 0 : -1;
                    hi[i] = 1;
                }
                default -> { // 10, 12, 13, 14
                    lo[i] = i < 2 ? 0 : -1;
                    hi[i] = 1;
                }
            }
        }
        return Bounds.of(lo, hi);
    }

    @Override
    void objectives(double[] x, double t, double[] f) {
        final double pi = Math.PI;
        double s = Math.sin(0.5 * pi * t);
        switch (number) {
            case 1 -> {
                double big = Math.abs(s);
                double h = 0.75 * s + 1.25;
                double g = 1 + sumSquares(x, 1, n, big);
                f[0] = x[0];
                f[1] = g * (1 - Math.pow(x[0] / g, h));
            }
            case 2 -> {
                double big = Math.abs(s);
                int r = rIndex(big);
                double g = 1;
                for (int i = 0; i < n; i++) {
                    if (i != r) {
                        double d = x[i] - big;
                        g += d * d;
                    }
                }
                f[0] = x[r];
                f[1] = g * (1 - Math.pow(x[r] / g, 0.5));
            }
            case 3 -> {
                double h = s + 1.5;
                double shift = s + Math.pow(x[0], h);
                double g = 1 + sumSquares(x, 1, n, shift);
                f[0] = x[0];
                f[1] = g * (1 - Math.pow(x[0] / g, h));
            }
            case 4 -> {
                double a = s;
                double b = 1 + Math.abs(Math.cos(0.5 * pi * t));
                double c = Math.max(Math.abs(a), a + b);
                double h = 1.5 + a;
                double q = x[0] / c;
                double g = 1;
                for (int i = 1; i < n; i++) {
                    double d = x[i] - a * q * q / (i + 1);
                    g += d * d;
                }
                f[0] = g * Math.pow(Math.abs(x[0] - a), h);
                f[1] = g * Math.pow(Math.abs(x[0] - a - b), h);
            }
            case 5 -> {
                double w = Math.floor(10 * s);
                double g = 1 + sumSquares(x, 1, n, s);
                double wave = 0.02 * Math.sin(w * pi * x[0]);
                f[0] = g * (x[0] + wave);
                f[1] = g * (1 - x[0] + wave);
            }
            case 6 -> {
                double abs = Math.abs(s);
                double a = 0.2 + 2.8 * abs;
                double g = 1;
                for (int i = 1; i < n; i++) {
                    double y = x[i] - s;
                    g += abs * y * y - 10 * Math.cos(2 * pi * y) + 10;
                }
                double wave = 0.1 * Math.sin(3 * pi * x[0]);
                f[0] = g * Math.pow(x[0] + wave, a);
                f[1] = g * Math.pow(1 - x[0] + wave, a);
            }
            case 7 -> {
                double a = 5 * Math.cos(0.5 * pi * t);
                double target = df7Target(a, x[0]);
                double g = 1 + sumSquares(x, 1, n, target);
                f[0] = g * (1 + t) / x[0];
                f[1] = g * x[0] / (1 + t);
            }
            case 8 -> {
                double a = 2.25 + 2 * Math.cos(2 * pi * t);
                double target = s * Math.sin(4 * pi * x[0]) / (1 + Math.abs(s));
                double g = 1 + sumSquares(x, 1, n, target);
                double wave = 0.1 * Math.sin(3 * pi * x[0]);
                f[0] = g * (x[0] + wave);
                f[1] = g * Math.pow(1 - x[0] + wave, a);
            }
            case 9 -> {
                double g = 1;
                for (int i = 1; i < n; i++) {
                    double d = x[i] - Math.cos(4 * t + x[0] + x[i - 1]);
                    g += d * d;
                }
                double bump = df9Bump(t, x[0]);
                f[0] = g * (x[0] + bump);
                f[1] = g * (1 - x[0] + bump);
            }
            case 10 -> {
                double h = 2.25 + 2 * Math.cos(0.5 * pi * t);
                double target = Math.sin(4 * pi * (x[0] + x[1])) / (1 + Math.abs(s));
                double g = 1 + sumSquares(x, 2, n, target);
                double s1 = Math.sin(0.5 * pi * x[0]);
                double c1 = Math.cos(0.5 * pi * x[0]);
                double s2 = Math.sin(0.5 * pi * x[1]);
                double c2 = Math.cos(0.5 * pi * x[1]);
                f[0] = g * Math.pow(s1, h);
                f[1] = g * Math.pow(s2, h) * Math.pow(c1, h);
                f[2] = g * Math.pow(c2, h) * Math.pow(c1, h);
            }
            case 11 -> {
                double big = Math.abs(s);
                double g = 1 + big + sumSquares(x, 2, n, 0.5 * big * x[0]);
                double y1 = pi * big / 6 + (pi / 2 - pi * big / 3) * x[0];
                double y2 = pi * big / 6 + (pi / 2 - pi * big / 3) * x[1];
                f[0] = g * Math.sin(y1);
                f[1] = g * Math.sin(y2) * Math.cos(y1);
                f[2] = g * Math.cos(y2) * Math.cos(y1);
            }
            case 12 -> {
                double g = 1 + sumSquares(x, 2, n, Math.sin(t * x[0])) + df12Holes(t, x[0], x[1]);
                double c1 = Math.cos(0.5 * pi * x[0]);
                f[0] = g * Math.cos(0.5 * pi * x[1]) * c1;
                f[1] = g * Math.sin(0.5 * pi * x[1]) * c1;
                f[2] = g * Math.sin(0.5 * pi * x[0]);
            }
            case 13 -> {
                double p = Math.floor(6 * s);
                double g = 1 + sumSquares(x, 2, n, s);
                double s1 = Math.sin(0.5 * pi * x[0]);
                double s2 = Math.sin(0.5 * pi * x[1]);
                double c1 = Math.cos(0.5 * pi * x[0]);
                double c2 = Math.cos(0.5 * pi * x[1]);
                double q1 = Math.cos(p * pi * x[0]);
                double q2 = Math.cos(p * pi * x[1]);
                f[0] = g * c1 * c1;
                f[1] = g * c2 * c2;
                f[2] = g * s1 * s1 + s1 * q1 * q1 + s2 * s2 + s2 * q2 * q2;
            }
            case 14 -> {
                double g = 1 + sumSquares(x, 2, n, s);
                double y = 0.5 + s * (x[0] - 0.5);
                double wy = 0.05 * Math.sin(6 * pi * y);
                double w2 = 0.05 * Math.sin(6 * pi * x[1]);
                f[0] = g * (1 - y + wy);
                f[1] = g * (1 - x[1] + w2) * (y + wy);
                f[2] = g * (x[1] + w2) * (y + wy);
            }
            default -> throw new IllegalStateException("DF" + number);
        }
    }

    /** 0-based index r - 1 of DF2's position variable, r = 1 + floor((n - 1) G). */
    private int rIndex(double big) {
        return (int) Math.floor((n - 1) * big);
    }

    private static double df7Target(double a, double x1) {
        return 1 / (1 + Math.exp(a * (x1 - 2.5)));
    }

    private static double df9Bump(double t, double x1) {
        double nn = 1 + Math.floor(10 * Math.abs(Math.sin(0.5 * Math.PI * t)));
        return Math.max(0, (0.1 + 0.5 / nn) * Math.sin(2 * nn * Math.PI * x1));
    }

    private static double df12Holes(double t, double x1, double x2) {
        double k = 10 * Math.sin(Math.PI * t);
        double a = Math.sin(Math.floor(k * (2 * x1 - 1)) * Math.PI / 2);
        double b = Math.sin(Math.floor(k * (2 * x2 - 1)) * Math.PI / 2);
        return Math.abs(a * b);
    }

    // ------------------------------------------------------------------ Pareto fronts

    @Override
    public FrontSample paretoFront(double t) {
        double s = Math.sin(0.5 * Math.PI * t);
        List<double[]> fs = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        switch (number) {
            case 1, 2, 3, 5, 6, 7, 8 -> {
                double lo = number == 7 ? 1 : 0;
                double hi = number == 7 ? 4 : 1;
                for (double u : FrontSampling.linspace(lo, hi, FrontSampling.CURVE_POINTS)) {
                    double[] x = new double[n];
                    curveSet(t, s, u, x);
                    xs.add(x);
                    fs.add(curveFront(t, s, u));
                }
                return FrontSampling.all(t, fs, xs);
            }
            case 4 -> {
                double a = s;
                double b = 1 + Math.abs(Math.cos(0.5 * Math.PI * t));
                double c = Math.max(Math.abs(a), a + b);
                double h = 1.5 + a;
                // x1 runs over [a, a + b], cut at the box's upper bound (a + b exceeds 2 for most t > 0).
                double top = Math.min(1, (bounds().upper(0) - a) / b);
                for (double u : FrontSampling.linspace(0, top, FrontSampling.CURVE_POINTS)) {
                    double x1 = Math.min(a + b * u, bounds().upper(0));
                    double[] x = new double[n];
                    x[0] = x1;
                    for (int i = 1; i < n; i++) {
                        x[i] = a * (x1 / c) * (x1 / c) / (i + 1);
                    }
                    xs.add(x);
                    fs.add(new double[] {Math.pow(b * u, h), Math.pow(b * (1 - u), h)});
                }
                return FrontSampling.all(t, fs, xs);
            }
            case 9 -> {
                for (double u : FrontSampling.linspace(0, 1, FrontSampling.FILTERED_CURVE_POINTS)) {
                    double[] x = new double[n];
                    x[0] = u;
                    for (int i = 1; i < n; i++) {
                        x[i] = Math.cos(4 * t + u + x[i - 1]);
                    }
                    double bump = df9Bump(t, u);
                    xs.add(x);
                    fs.add(new double[] {u + bump, 1 - u + bump});
                }
                return FrontSampling.nondominated(t, fs, xs);
            }
            case 10 -> {
                double h = 2.25 + 2 * Math.cos(0.5 * Math.PI * t);
                for (double[] u : FrontSampling.octant()) {
                    double[] x = new double[n];
                    x[0] = FrontSampling.unitAngleOfSine(u[0]);
                    x[1] = FrontSampling.unitAngle(u[1], u[2]);
                    double target = Math.sin(4 * Math.PI * (x[0] + x[1])) / (1 + Math.abs(s));
                    Arrays.fill(x, 2, n, target);
                    xs.add(x);
                    fs.add(new double[] {Math.pow(u[0], h), Math.pow(u[1], h), Math.pow(u[2], h)});
                }
                return FrontSampling.all(t, fs, xs);
            }
            case 11, 14 -> {
                double big = Math.abs(s);
                double[] grid = FrontSampling.linspace(0, 1, FrontSampling.GRID_POINTS);
                for (double x1 : grid) {
                    for (double x2 : grid) {
                        double[] x = new double[n];
                        x[0] = x1;
                        x[1] = x2;
                        double[] f = new double[3];
                        if (number == 11) {
                            Arrays.fill(x, 2, n, 0.5 * big * x1);
                            double r = 1 + big;
                            double y1 = Math.PI * big / 6 + (Math.PI / 2 - Math.PI * big / 3) * x1;
                            double y2 = Math.PI * big / 6 + (Math.PI / 2 - Math.PI * big / 3) * x2;
                            f[0] = r * Math.sin(y1);
                            f[1] = r * Math.sin(y2) * Math.cos(y1);
                            f[2] = r * Math.cos(y2) * Math.cos(y1);
                        } else {
                            Arrays.fill(x, 2, n, s);
                            double y = 0.5 + s * (x1 - 0.5);
                            double wy = 0.05 * Math.sin(6 * Math.PI * y);
                            double w2 = 0.05 * Math.sin(6 * Math.PI * x2);
                            f[0] = 1 - y + wy;
                            f[1] = (1 - x2 + w2) * (y + wy);
                            f[2] = (x2 + w2) * (y + wy);
                        }
                        xs.add(x);
                        fs.add(f);
                    }
                }
                // Every point is Pareto optimal; the filter only drops repeated vectors (a pole, or G = 0).
                return FrontSampling.nondominated(t, fs, xs);
            }
            case 12, 13 -> {
                double[] grid = FrontSampling.linspace(0, 1, FrontSampling.FILTERED_GRID_POINTS);
                double p = Math.floor(6 * s);
                for (double x1 : grid) {
                    for (double x2 : grid) {
                        double[] x = new double[n];
                        x[0] = x1;
                        x[1] = x2;
                        double[] f = new double[3];
                        double s1 = Math.sin(0.5 * Math.PI * x1);
                        double c1 = Math.cos(0.5 * Math.PI * x1);
                        double s2 = Math.sin(0.5 * Math.PI * x2);
                        double c2 = Math.cos(0.5 * Math.PI * x2);
                        if (number == 12) {
                            Arrays.fill(x, 2, n, Math.sin(t * x1));
                            double g = 1 + df12Holes(t, x1, x2);
                            f[0] = g * c2 * c1;
                            f[1] = g * s2 * c1;
                            f[2] = g * s1;
                        } else {
                            Arrays.fill(x, 2, n, s);
                            double q1 = Math.cos(p * Math.PI * x1);
                            double q2 = Math.cos(p * Math.PI * x2);
                            f[0] = c1 * c1;
                            f[1] = c2 * c2;
                            f[2] = s1 * s1 + s1 * q1 * q1 + s2 * s2 + s2 * q2 * q2;
                        }
                        xs.add(x);
                        fs.add(f);
                    }
                }
                return FrontSampling.nondominated(t, fs, xs);
            }
            default -> throw new IllegalStateException("DF" + number);
        }
    }

    /** PS(t) of the curve problems DF1-3, DF5-8 at position u (x1, or x_r for DF2). */
    private void curveSet(double t, double s, double u, double[] x) {
        switch (number) {
            case 1, 5, 6 -> {
                Arrays.fill(x, number == 1 ? Math.abs(s) : s);
                x[0] = u;
            }
            case 2 -> {
                double big = Math.abs(s);
                Arrays.fill(x, big);
                x[rIndex(big)] = u;
            }
            case 3 -> {
                Arrays.fill(x, s + Math.pow(u, s + 1.5));
                x[0] = u;
            }
            case 7 -> {
                Arrays.fill(x, df7Target(5 * Math.cos(0.5 * Math.PI * t), u));
                x[0] = u;
            }
            case 8 -> {
                Arrays.fill(x, s * Math.sin(4 * Math.PI * u) / (1 + Math.abs(s)));
                x[0] = u;
            }
            default -> throw new IllegalStateException("DF" + number);
        }
    }

    /** PF(t) of the curve problems DF1-3, DF5-8 at position u, with g = 1. */
    private double[] curveFront(double t, double s, double u) {
        return switch (number) {
            case 1 -> new double[] {u, 1 - Math.pow(u, 0.75 * s + 1.25)};
            case 2 -> new double[] {u, 1 - Math.sqrt(u)};
            case 3 -> new double[] {u, 1 - Math.pow(u, s + 1.5)};
            case 5 -> {
                double wave = 0.02 * Math.sin(Math.floor(10 * s) * Math.PI * u);
                yield new double[] {u + wave, 1 - u + wave};
            }
            case 6 -> {
                double a = 0.2 + 2.8 * Math.abs(s);
                double wave = 0.1 * Math.sin(3 * Math.PI * u);
                yield new double[] {Math.pow(u + wave, a), Math.pow(1 - u + wave, a)};
            }
            case 7 -> new double[] {(1 + t) / u, u / (1 + t)};
            case 8 -> {
                double a = 2.25 + 2 * Math.cos(2 * Math.PI * t);
                double wave = 0.1 * Math.sin(3 * Math.PI * u);
                yield new double[] {u + wave, Math.pow(1 - u + wave, a)};
            }
            default -> throw new IllegalStateException("DF" + number);
        };
    }
}
