package io.github.l2e4j.benchmark;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Built-in test functions on {@code [-5, 5]^D}, each with its exact gradient and f* = 0:
 * <ul>
 *   <li>{@code sphere}: {@code sum (x_i - o_i)^2};</li>
 *   <li>{@code ellipsoid}: rotated ellipsoid of condition 1e6, {@code sum 10^(6 i/(D-1)) z_i^2},
 *       {@code z = R (x - o)};</li>
 *   <li>{@code rosenbrock}: {@code sum_(i<D) 100 (x_i^2 - x_(i+1))^2 + (x_i - 1)^2}, optimum at (1, ..., 1);</li>
 *   <li>{@code rastrigin}: {@code 10 D + sum (z_i^2 - 10 cos 2 pi z_i)}, {@code z = x - o}.</li>
 * </ul>
 * The shift o is drawn uniformly from [-3, 3]^D and the rotation R is a random orthogonal matrix
 * (QR of a Gaussian matrix, signs fixed), both from a fixed seed per function and dimension, so
 * every run sees the same instance. Not the BBOB suite (see the {@code bbob} ids for that).
 */
public final class TestFunctions {

    /** The names {@link #create} accepts. */
    public static final List<String> NAMES = List.of("sphere", "ellipsoid", "rosenbrock", "rastrigin");
    /** Condition number of the rotated ellipsoid. */
    public static final double ELLIPSOID_CONDITION = 1e6;

    private TestFunctions() {
    }

    /**
     * The named function in dimension d.
     *
     * @throws IllegalArgumentException naming the function and the allowed names if unknown, or if d &lt; 1
     */
    public static Problem create(String name, int d) {
        Checks.atLeast("dimension", d, 1);
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "sphere" -> sphere(d);
            case "ellipsoid" -> ellipsoid(d, ELLIPSOID_CONDITION);
            case "rosenbrock" -> rosenbrock(d);
            case "rastrigin" -> rastrigin(d);
            default -> throw new IllegalArgumentException("unknown function '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }

    /** The shifted sphere. */
    public static Problem sphere(int d) {
        double[] o = shift("sphere", d);
        return Problem.builder("sphere_d" + d, Bounds.cube(-5, 5, d))
                .objective(x -> {
                    double s = 0;
                    for (int i = 0; i < d; i++) {
                        double t = x[i] - o[i];
                        s += t * t;
                    }
                    return s;
                })
                .gradient((x, g) -> {
                    for (int i = 0; i < d; i++) {
                        g[i] = 2 * (x[i] - o[i]);
                    }
                })
                .optimalValue(0)
                .build();
    }

    /** The shifted, rotated ellipsoid with the given condition number. */
    public static Problem ellipsoid(int d, double condition) {
        Checks.inClosedRange("condition", condition, 1, 1e16);
        double[] o = shift("ellipsoid", d);
        double[] rot = rotation("ellipsoid", d);
        double[] scale = new double[d];
        for (int i = 0; i < d; i++) {
            scale[i] = d == 1 ? 1 : Math.pow(condition, (double) i / (d - 1));
        }
        return Problem.builder("ellipsoid_d" + d, Bounds.cube(-5, 5, d))
                .objective(x -> {
                    double s = 0;
                    for (int i = 0; i < d; i++) {
                        double z = 0;
                        for (int j = 0; j < d; j++) {
                            z += rot[i * d + j] * (x[j] - o[j]);
                        }
                        s += scale[i] * z * z;
                    }
                    return s;
                })
                .gradient((x, g) -> {
                    double[] z = new double[d];
                    for (int i = 0; i < d; i++) {
                        double t = 0;
                        for (int j = 0; j < d; j++) {
                            t += rot[i * d + j] * (x[j] - o[j]);
                        }
                        z[i] = 2 * scale[i] * t;
                    }
                    for (int j = 0; j < d; j++) {
                        double t = 0;
                        for (int i = 0; i < d; i++) {
                            t += rot[i * d + j] * z[i];
                        }
                        g[j] = t;
                    }
                })
                .optimalValue(0)
                .build();
    }

    /** The classic Rosenbrock function (optimum at all ones; needs D &ge; 2 to be non-trivial). */
    public static Problem rosenbrock(int d) {
        return Problem.builder("rosenbrock_d" + d, Bounds.cube(-5, 5, d))
                .objective(x -> {
                    double s = 0;
                    for (int i = 0; i + 1 < d; i++) {
                        double a = x[i] * x[i] - x[i + 1];
                        double b = x[i] - 1;
                        s += 100 * a * a + b * b;
                    }
                    if (d == 1) {
                        s = (x[0] - 1) * (x[0] - 1);
                    }
                    return s;
                })
                .gradient((x, g) -> {
                    java.util.Arrays.fill(g, 0.0);
                    if (d == 1) {
                        g[0] = 2 * (x[0] - 1);
                        return;
                    }
                    for (int i = 0; i + 1 < d; i++) {
                        double a = x[i] * x[i] - x[i + 1];
                        g[i] += 400 * a * x[i] + 2 * (x[i] - 1);
                        g[i + 1] -= 200 * a;
                    }
                })
                .optimalValue(0)
                .build();
    }

    /** The shifted Rastrigin function. */
    public static Problem rastrigin(int d) {
        double[] o = shift("rastrigin", d);
        return Problem.builder("rastrigin_d" + d, Bounds.cube(-5, 5, d))
                .objective(x -> {
                    double s = 10.0 * d;
                    for (int i = 0; i < d; i++) {
                        double z = x[i] - o[i];
                        s += z * z - 10 * Math.cos(2 * Math.PI * z);
                    }
                    return s;
                })
                .gradient((x, g) -> {
                    for (int i = 0; i < d; i++) {
                        double z = x[i] - o[i];
                        g[i] = 2 * z + 20 * Math.PI * Math.sin(2 * Math.PI * z);
                    }
                })
                .optimalValue(0)
                .build();
    }

    static double[] shift(String name, int d) {
        SplittableRandom r = Streams.of(d, "test-function-shift:" + name);
        double[] o = new double[d];
        for (int i = 0; i < d; i++) {
            o[i] = -3 + 6 * r.nextDouble();
        }
        return o;
    }

    /** A random orthogonal matrix (row-major): modified Gram-Schmidt on a Gaussian matrix. */
    static double[] rotation(String name, int d) {
        SplittableRandom r = Streams.of(d, "test-function-rotation:" + name);
        double[] q = new double[d * d];
        for (int i = 0; i < d * d; i++) {
            q[i] = r.nextGaussian();
        }
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < i; k++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += q[i * d + j] * q[k * d + j];
                }
                for (int j = 0; j < d; j++) {
                    q[i * d + j] -= dot * q[k * d + j];
                }
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += q[i * d + j] * q[i * d + j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                q[i * d + j] /= norm;
            }
        }
        return q;
    }
}
