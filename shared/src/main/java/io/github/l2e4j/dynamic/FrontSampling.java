package io.github.l2e4j.dynamic;

import io.github.l2e4j.mo.Dominance;
import io.github.l2e4j.mo.WeightVectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Helpers of the Pareto-front samplers: grids, unit vectors of the octant, non-dominated filtering. */
final class FrontSampling {

    /** Points of a two-objective front sampled along its parameter. */
    static final int CURVE_POINTS = 1000;
    /** Parameter points before the non-dominated filter of a disconnected two-objective front (DF9). */
    static final int FILTERED_CURVE_POINTS = 4000;
    /** Simplex-lattice divisions H of the three-objective octant samples: (H+1)(H+2)/2 = 1035 points. */
    static final int OCTANT_DIVISIONS = 44;
    /** Points per axis of a three-objective front sampled on a parameter grid. */
    static final int GRID_POINTS = 50;
    /** Points per axis of a grid that is filtered afterwards (fronts with holes: DF12, DF13). */
    static final int FILTERED_GRID_POINTS = 90;

    private FrontSampling() {
    }

    /** n equally spaced values from lo to hi inclusive. */
    static double[] linspace(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
        }
        v[n - 1] = hi;
        return v;
    }

    /**
     * Unit vectors of the positive octant in three dimensions: the simplex lattice with
     * {@link #OCTANT_DIVISIONS} divisions, each scaled to Euclidean norm 1.
     */
    static double[][] octant() {
        double[][] w = WeightVectors.simplexLattice(3, OCTANT_DIVISIONS);
        for (double[] r : w) {
            double s = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
            for (int k = 0; k < 3; k++) {
                r[k] /= s;
            }
        }
        return w;
    }

    /** The angle (2/pi) asin(v), clamped into [0, 1]. */
    static double unitAngleOfSine(double v) {
        return clamp01(2 / Math.PI * Math.asin(Math.min(1, Math.max(-1, v))));
    }

    /** The angle (2/pi) atan2(y, x) in [0, 1] for y, x &ge; 0. */
    static double unitAngle(double y, double x) {
        return clamp01(2 / Math.PI * Math.atan2(y, x));
    }

    private static double clamp01(double v) {
        return Math.min(1, Math.max(0, v));
    }

    /**
     * The non-dominated rows of (f, x), without repeated objective vectors, in a deterministic order
     * (by the first objective, then the next).
     */
    static FrontSample nondominated(double t, List<double[]> f, List<double[]> x) {
        int p = f.size();
        Integer[] order = new Integer[p];
        for (int i = 0; i < p; i++) {
            order[i] = i;
        }
        Comparator<Integer> lex = (a, b) -> Arrays.compare(f.get(a), f.get(b));
        Arrays.sort(order, lex);
        List<double[]> keptF = new ArrayList<>();
        List<double[]> keptX = new ArrayList<>();
        // Rows come in lexicographic order, so only earlier rows can dominate a row, and a row dominated
        // by a dropped row is dominated by a kept one (transitivity): test against the kept rows. With
        // two or three objectives the kept rows' last two objectives form a staircase (f_(M-1) rising,
        // f_M falling), and a row is dominated iff the staircase step at or left of its f_(M-1) is not
        // above its f_M.
        int m = f.get(0).length;
        TreeMap<Double, Double> staircase = new TreeMap<>();
        double[] previous = null;
        for (int oi = 0; oi < p; oi++) {
            int i = order[oi];
            double[] fi = f.get(i);
            if (previous != null && Arrays.equals(previous, fi)) {
                continue;
            }
            previous = fi;
            boolean dominated;
            if (m == 2 || m == 3) {
                double a = fi[m - 2] + 0.0; // -0.0 becomes 0.0: the map orders them apart
                double b = fi[m - 1];
                Map.Entry<Double, Double> step = staircase.floorEntry(a);
                dominated = step != null && step.getValue() <= b;
                if (!dominated) {
                    // Drop the steps the new row covers: f_(M-1) >= a and f_M >= b.
                    Map.Entry<Double, Double> e = staircase.ceilingEntry(a);
                    while (e != null && e.getValue() >= b) {
                        staircase.remove(e.getKey());
                        e = staircase.higherEntry(e.getKey());
                    }
                    staircase.put(a, b);
                }
            } else {
                dominated = false;
                for (int j = 0; j < keptF.size() && !dominated; j++) {
                    dominated = Dominance.dominates(keptF.get(j), fi);
                }
            }
            if (!dominated) {
                keptF.add(fi);
                keptX.add(x.get(i));
            }
        }
        return new FrontSample(t, keptF.toArray(new double[0][]), keptX.toArray(new double[0][]));
    }

    /** The rows as a sample, without filtering (for fronts where every sampled point is Pareto optimal). */
    static FrontSample all(double t, List<double[]> f, List<double[]> x) {
        return new FrontSample(t, f.toArray(new double[0][]), x.toArray(new double[0][]));
    }
}
