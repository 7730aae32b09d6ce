package io.github.l2e4j.mo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bounded set of mutually non-dominated solutions (all objectives minimised).
 *
 * <p>{@link #add} keeps the invariant that no member dominates another and no two members have the
 * same objective vector:
 * <ul>
 *   <li>a candidate with a NaN or infinite objective is refused;</li>
 *   <li>a candidate dominated by a member, or equal to one in every objective, is refused;</li>
 *   <li>otherwise every member it dominates is removed and it joins.</li>
 * </ul>
 * When the archive then holds more than its capacity, the most crowded member is removed until it
 * fits: objectives are normalized to [0, 1] by the members' current ranges, and the member with the
 * smallest distance to its nearest other member goes (ties: the smaller second-nearest distance,
 * then the newer member). The best member in each objective (the extremes of the front) is never
 * removed this way, so the front's extent is kept. This is the truncation of SPEA2 [1] reduced to
 * the first two nearest neighbours.
 *
 * <p>Mutable and not thread safe. Members are identified by a caller-given id (for example the
 * evaluation count), so a host can map them back to its own solution objects.
 *
 * <p>[1] E. Zitzler, M. Laumanns and L. Thiele, SPEA2: improving the strength Pareto evolutionary
 * algorithm, TIK report 103, ETH Zurich, 2001.
 */
public final class NondominatedArchive {

    /** One member: its id, decision vector and objective vector (arrays owned by the archive; do not modify). */
    public record Member(long id, double[] x, double[] f) {
    }

    private final int capacity;
    private final List<Member> members = new ArrayList<>();

    /**
     * An empty archive.
     *
     * @param capacity most members kept (&ge; 1; {@link Integer#MAX_VALUE} for unbounded)
     */
    public NondominatedArchive(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("archive capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Most members kept. */
    public int capacity() {
        return capacity;
    }

    /** Members now. */
    public int size() {
        return members.size();
    }

    /** The members, in the order they joined (an unmodifiable view; changes with the archive). */
    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }

    /** Removes every member. */
    public void clear() {
        members.clear();
    }

    /**
     * Offers a solution (the arrays are copied), then truncates to the capacity.
     *
     * @return true if it joined (it may still be removed by the truncation in the same call; then
     *         {@link #contains(long)} is false)
     */
    public boolean add(long id, double[] x, double[] f) {
        boolean joined = offer(id, x, f);
        truncate();
        return joined;
    }

    /**
     * Offers a batch, row by row, and truncates once at the end: the same non-dominated set as adding
     * them one at a time, but the crowding is judged on the whole batch, at a cost of
     * O((capacity + n)^2 M) instead of O(n (capacity + 1)^2 M).
     *
     * @param firstId the id of row 0; row r gets {@code firstId + r}
     * @param x       row-major points, n rows of length x.length / n (not modified)
     * @param f       n objective vectors (not modified)
     * @return how many rows joined before the truncation
     */
    public int addAll(long firstId, double[] x, double[][] f) {
        int n = f.length;
        int d = n == 0 ? 0 : x.length / n;
        int joined = 0;
        for (int r = 0; r < n; r++) {
            if (offer(firstId + r, java.util.Arrays.copyOfRange(x, r * d, (r + 1) * d), f[r])) {
                joined++;
            }
        }
        truncate();
        return joined;
    }

    private boolean offer(long id, double[] x, double[] f) {
        if (!Dominance.valid(f)) {
            return false;
        }
        for (Member m : members) {
            if (Dominance.dominates(m.f, f) || java.util.Arrays.equals(m.f, f)) {
                return false;
            }
        }
        members.removeIf(m -> Dominance.dominates(f, m.f));
        members.add(new Member(id, x.clone(), f.clone()));
        return true;
    }

    /** True if a member has this id. */
    public boolean contains(long id) {
        for (Member m : members) {
            if (m.id == id) {
                return true;
            }
        }
        return false;
    }

    /** Removes the most crowded non-extreme member until the archive fits (see the class comment). */
    private void truncate() {
        int n = members.size();
        if (n <= capacity) {
            return;
        }
        int mObj = members.get(0).f.length;
        double[] lo = new double[mObj];
        double[] span = new double[mObj];
        boolean[] protect = new boolean[n];
        for (int k = 0; k < mObj; k++) {
            double a = Double.POSITIVE_INFINITY;
            double b = Double.NEGATIVE_INFINITY;
            int best = -1;
            for (int i = 0; i < n; i++) {
                double v = members.get(i).f[k];
                if (v < a) {
                    a = v;
                    best = i;
                }
                b = Math.max(b, v);
            }
            lo[k] = a;
            span[k] = b > a ? b - a : 1;
            protect[best] = true;
        }
        double[] dist = new double[n * n];
        for (int i = 0; i < n; i++) {
            double[] fi = members.get(i).f;
            for (int j = i + 1; j < n; j++) {
                double[] fj = members.get(j).f;
                double s2 = 0;
                for (int k = 0; k < mObj; k++) {
                    double t = (fi[k] - fj[k]) / span[k];
                    s2 += t * t;
                }
                dist[i * n + j] = s2;
                dist[j * n + i] = s2;
            }
        }
        boolean[] removed = new boolean[n];
        int[] nn1 = new int[n];
        int[] nn2 = new int[n];
        for (int i = 0; i < n; i++) {
            nearest(i, n, dist, removed, nn1, nn2);
        }
        int left = n;
        while (left > capacity) {
            int worst = -1;
            for (int i = 0; i < n; i++) {
                if (removed[i] || protect[i]) {
                    continue;
                }
                if (worst < 0 || crowdedBefore(i, worst, n, dist, nn1, nn2)) {
                    worst = i;
                }
            }
            if (worst < 0) {
                // Only extremes left (capacity below the number of objectives): drop the newest.
                for (int i = n - 1; i >= 0; i--) {
                    if (!removed[i]) {
                        worst = i;
                        break;
                    }
                }
            }
            removed[worst] = true;
            left--;
            for (int i = 0; i < n; i++) {
                if (!removed[i] && (nn1[i] == worst || nn2[i] == worst)) {
                    nearest(i, n, dist, removed, nn1, nn2);
                }
            }
        }
        List<Member> kept = new ArrayList<>(capacity);
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                kept.add(members.get(i));
            }
        }
        members.clear();
        members.addAll(kept);
    }

    /** True if member a is more crowded than b: smaller nearest distance, then second nearest, then newer. */
    private static boolean crowdedBefore(int a, int b, int n, double[] dist, int[] nn1, int[] nn2) {
        double a1 = at(a, nn1[a], n, dist);
        double b1 = at(b, nn1[b], n, dist);
        if (a1 != b1) {
            return a1 < b1;
        }
        double a2 = at(a, nn2[a], n, dist);
        double b2 = at(b, nn2[b], n, dist);
        if (a2 != b2) {
            return a2 < b2;
        }
        return a > b;
    }

    private static double at(int i, int j, int n, double[] dist) {
        return j < 0 ? Double.POSITIVE_INFINITY : dist[i * n + j];
    }

    private static void nearest(int i, int n, double[] dist, boolean[] removed, int[] nn1, int[] nn2) {
        int b1 = -1;
        int b2 = -1;
        for (int j = 0; j < n; j++) {
            if (j == i || removed[j]) {
                continue;
            }
            double dj = dist[i * n + j];
            if (b1 < 0 || dj < dist[i * n + b1]) {
                b2 = b1;
                b1 = j;
            } else if (b2 < 0 || dj < dist[i * n + b2]) {
                b2 = j;
            }
        }
        nn1[i] = b1;
        nn2[i] = b2;
    }
}
