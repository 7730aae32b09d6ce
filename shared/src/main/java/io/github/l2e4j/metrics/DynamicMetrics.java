package io.github.l2e4j.metrics;

import io.github.l2e4j.mo.Dominance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Indicators of dynamic multi-objective runs (all objectives minimised, raw objective values, no
 * normalization).
 *
 * <ul>
 *   <li><b>IGD</b>(P*, P) = (1/|P*|) sum_{v in P*} min_{u in P} ||v - u||_2: the mean distance from the
 *   true front's sample P* to the approximation P (smaller is better; +infinity for an empty P).</li>
 *   <li><b>HV</b>(P, r) = the Lebesgue measure of the union of the boxes [u, r] over u in P that
 *   strictly dominate r (larger is better). Computed exactly by slicing along the last objective
 *   (HSO [2]), O(|P|^(M-1) log |P|): meant for the few hundred points of one population.</li>
 *   <li><b>MIGD</b> and <b>MHV</b> = the mean of IGD(PF*(t), P_t) and HV(P_t, r_t) over the time steps t of a
 *   run [1]: {@link #mean(double[])} of the per-step values.</li>
 * </ul>
 * Approximations with NaN or infinite objective values ignore those rows.
 *
 * <p>[1] S. Jiang, S. Yang, X. Yao, K. C. Tan, M. Kaiser, N. Krasnogor, Benchmark problems for CEC2018
 * competition on dynamic multiobjective optimisation, 2018. [2] L. While, P. Hingston, L. Barone,
 * S. Huband, A faster algorithm for calculating hypervolume, IEEE TEC 10(1):29-38, 2006.
 */
public final class DynamicMetrics {

    private DynamicMetrics() {
    }

    /**
     * IGD(reference, approximation).
     *
     * @param reference     the true front's sample P* (not modified), at least one row
     * @param approximation the approximation P (not modified); rows with non-finite values are ignored
     * @return the mean distance, or +infinity if P has no finite row
     */
    public static double igd(double[][] reference, double[][] approximation) {
        if (reference == null || reference.length == 0) {
            throw new IllegalArgumentException("reference front must have at least one point");
        }
        int m = reference[0].length;
        List<double[]> p = finiteRows(approximation, m, "approximation");
        if (p.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (double[] v : reference) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] u : p) {
                double d = 0;
                for (int k = 0; k < m; k++) {
                    double e = v[k] - u[k];
                    d += e * e;
                }
                best = Math.min(best, d);
            }
            sum += Math.sqrt(best);
        }
        return sum / reference.length;
    }

    /**
     * HV(points, reference point): the volume dominated by the points and bounded by r.
     *
     * @param points    objective vectors (not modified); non-finite rows and rows not strictly better than r
     *                  in every objective contribute nothing
     * @param reference r, finite
     */
    public static double hypervolume(double[][] points, double[] reference) {
        if (reference == null || reference.length < 1) {
            throw new IllegalArgumentException("reference point must have at least one component");
        }
        int m = reference.length;
        for (int k = 0; k < m; k++) {
            if (!Double.isFinite(reference[k])) {
                throw new IllegalArgumentException("reference point[" + k + "] must be finite, was " + reference[k]);
            }
        }
        List<double[]> inside = new ArrayList<>();
        for (double[] u : finiteRows(points, m, "points")) {
            boolean strictly = true;
            for (int k = 0; k < m && strictly; k++) {
                strictly = u[k] < reference[k];
            }
            if (strictly) {
                inside.add(u);
            }
        }
        return dominatedVolume(inside, reference);
    }

    /**
     * The volume dominated by points that all lie strictly below the reference point: the one slicing
     * kernel of {@link #hypervolume} and {@link Hypervolume#of}, after their own checks.
     */
    static double dominatedVolume(List<double[]> inside, double[] reference) {
        return volume(nondominated(inside), reference, reference.length);
    }

    /** The reference point of a front: its largest value in each objective plus the offset. */
    public static double[] referencePoint(double[][] front, double offset) {
        if (front == null || front.length == 0) {
            throw new IllegalArgumentException("front must have at least one point");
        }
        double[] r = new double[front[0].length];
        Arrays.fill(r, Double.NEGATIVE_INFINITY);
        for (double[] f : front) {
            for (int k = 0; k < r.length; k++) {
                r[k] = Math.max(r[k], f[k]);
            }
        }
        for (int k = 0; k < r.length; k++) {
            r[k] += offset;
        }
        return r;
    }

    /** The mean of the values (MIGD of per-step IGDs, MHV of per-step HVs); NaN for none. */
    public static double mean(double[] values) {
        if (values == null || values.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** The median of the values (NaN for none; the mean of the two middle values for an even count). */
    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * The q-quantile with linear interpolation between order statistics (type 7 of Hyndman and Fan):
     * position (n - 1) q in the sorted values. NaN for no values.
     */
    public static double quantile(double[] values, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1], was " + q);
        }
        if (values == null || values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = (s.length - 1) * q;
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    /** The non-dominated rows with finite values (copies are not made; repeated vectors are kept once). */
    public static double[][] nondominated(double[][] points) {
        if (points == null || points.length == 0) {
            return new double[0][];
        }
        return nondominated(finiteRows(points, points[0].length, "points")).toArray(new double[0][]);
    }

    private static List<double[]> nondominated(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Arrays::compare);
        List<double[]> kept = new ArrayList<>();
        for (double[] u : sorted) {
            boolean dominated = false;
            for (int j = 0; j < kept.size() && !dominated; j++) {
                double[] v = kept.get(j);
                dominated = Dominance.dominates(v, u) || Arrays.equals(v, u);
            }
            if (!dominated) {
                kept.add(u);
            }
        }
        return kept;
    }

    private static List<double[]> finiteRows(double[][] rows, int m, String name) {
        List<double[]> out = new ArrayList<>();
        if (rows == null) {
            return out;
        }
        for (int i = 0; i < rows.length; i++) {
            double[] u = rows[i];
            if (u == null || u.length != m) {
                throw new IllegalArgumentException(name + "[" + i + "] must have " + m + " objective values, had "
                        + (u == null ? "null" : u.length));
            }
            if (Dominance.valid(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** Volume of mutually non-dominated points inside the box below r, in the first m objectives. */
    private static double volume(List<double[]> front, double[] r, int m) {
        if (front.isEmpty()) {
            return 0;
        }
        if (m == 1) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] u : front) {
                best = Math.min(best, u[0]);
            }
            return r[0] - best;
        }
        if (m == 2) {
            List<double[]> s = new ArrayList<>(front);
            s.sort(Comparator.comparingDouble(u -> u[0]));
            double area = 0;
            double ceiling = r[1];
            for (double[] u : s) {
                if (u[1] < ceiling) {
                    area += (r[0] - u[0]) * (ceiling - u[1]);
                    ceiling = u[1];
                }
            }
            return area;
        }
        int last = m - 1;
        List<double[]> s = new ArrayList<>(front);
        s.sort(Comparator.comparingDouble(u -> u[last]));
        double total = 0;
        List<double[]> slice = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            slice.add(s.get(i));
            double top = i + 1 < s.size() ? s.get(i + 1)[last] : r[last];
            double depth = top - s.get(i)[last];
            if (depth > 0) {
                total += depth * volume(nondominatedPrefix(slice, last), r, last);
            }
        }
        return total;
    }

    /** The rows non-dominated in their first m objectives (of rows equal there, the first is kept). */
    private static List<double[]> nondominatedPrefix(List<double[]> rows, int m) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double[] u = rows.get(i);
            boolean dominated = false;
            for (int j = 0; j < rows.size() && !dominated; j++) {
                double[] v = rows.get(j);
                dominated = j != i && weaklyDominatesPrefix(v, u, m) && (j < i || !equalPrefix(v, u, m));
            }
            if (!dominated) {
                kept.add(u);
            }
        }
        return kept;
    }

    private static boolean weaklyDominatesPrefix(double[] a, double[] b, int m) {
        for (int k = 0; k < m; k++) {
            if (a[k] > b[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalPrefix(double[] a, double[] b, int m) {
        for (int k = 0; k < m; k++) {
            if (a[k] != b[k]) {
                return false;
            }
        }
        return true;
    }
}
