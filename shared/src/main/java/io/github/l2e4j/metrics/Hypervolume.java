package io.github.l2e4j.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The hypervolume of a set of objective vectors (all objectives minimised) with respect to a
 * reference point r: the Lebesgue measure of the region dominated by the set and bounded by r,
 * <pre>
 *   HV(A; r) = &lambda;( union over a in A of [a_1, r_1] &times; ... &times; [a_M, r_M] ).
 * </pre>
 * Points that do not strictly dominate r in every objective contribute nothing. Computed exactly
 * by slicing along the last objective (the kernel shared with {@link DynamicMetrics#hypervolume},
 * after dropping dominated points; "hypervolume by slicing objectives", exact in any M; its
 * cost grows as n<sup>M-1</sup>, fine for the fronts of a study, not for thousands of points in
 * many objectives). Reference [3] of the package.
 */
public final class Hypervolume {

    private Hypervolume() {
    }

    /**
     * The hypervolume of {@code points} (rows; not modified) with respect to {@code reference}.
     *
     * @throws IllegalArgumentException if a row's length differs from the reference's or a value is NaN
     */
    public static double of(double[][] points, double[] reference) {
        int m = reference.length;
        if (m < 1) {
            throw new IllegalArgumentException("reference must have at least one objective");
        }
        List<double[]> inside = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            if (p.length != m) {
                throw new IllegalArgumentException("points[" + i + "] must have " + m + " objectives (the reference's), had "
                        + p.length);
            }
            boolean dominates = true;
            for (int j = 0; j < m; j++) {
                if (Double.isNaN(p[j])) {
                    throw new IllegalArgumentException("points[" + i + "][" + j + "] must not be NaN");
                }
                dominates &= p[j] < reference[j];
            }
            if (dominates) {
                inside.add(p);
            }
        }
        return DynamicMetrics.dominatedVolume(inside, reference);
    }
}
