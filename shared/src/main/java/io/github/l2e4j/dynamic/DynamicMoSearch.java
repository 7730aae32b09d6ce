package io.github.l2e4j.dynamic;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.mo.Dominance;
import io.github.l2e4j.mo.MoSearch;
import io.github.l2e4j.mo.MoSettings;
import io.github.l2e4j.mo.NondominatedArchive;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * L2E-MOEAD on a dynamic problem: the multi-objective search by decomposition ({@link MoSearch}, whose
 * variation is the learned operator on each subproblem's neighbourhood) with change detection and a
 * change response around it. One instance is one run; mutable, not thread safe; the same seed and
 * the same objective give the same run, bit for bit.
 *
 * <h2>One generation ({@link #step})</h2>
 * <ol>
 *   <li>The first call evaluates the initial population (N points drawn uniformly in the box).</li>
 *   <li><b>Detection.</b> The current solutions of a random 10% of the subproblems (the sentinels,
 *   {@link ChangeDetector}) are evaluated again and compared with their stored values.</li>
 *   <li><b>Response</b> (on a detected change). The centroid of the N current solutions is recorded in
 *   the {@link CentroidHistory}; the {@link ChangeResponse} (by default {@link ScaleRestart}: the
 *   solutions move by the predicted centroid shift with a restarted spread) rewrites them; all N are
 *   evaluated on the changed problem and {@link MoSearch#restart} replaces the subproblems' solutions,
 *   values, ideal point and archive with them, so nothing stale survives.</li>
 *   <li><b>Re-assignment</b> (optional, {@code reassign}; on in {@code l2e-moead}). Before that restart,
 *   the N responded solutions are dealt to the subproblems again: with the ideal point (and scale) of
 *   their new values, the subproblems in a random order each take the not yet taken solution with the
 *   smallest scalarized value. Without it a row stays on the subproblem it came from, although after
 *   a change (DF2's position variable moves, random immigrants land anywhere) its new objective
 *   vector may serve another weight vector far better; the greedy deal keeps all N solutions (no
 *   copies, so no diversity is lost) and puts each where the decomposition can use it.</li>
 *   <li>One generation of the search: N children (one per subproblem) asked, evaluated and told.</li>
 * </ol>
 * A generation therefore costs N + ceil(0.1 N) evaluations, and 2N + ceil(0.1 N) when it responds to
 * a change: the same accounting as DNSGA-II's (detection on 10%, the whole population re-evaluated
 * after a change, then N offspring).
 *
 * <h2>Randomness</h2>
 * The search uses its own named streams from the seed; detection draws from "dmo-detect", the
 * response and the re-assignment order from "dmo-response".
 */
public final class DynamicMoSearch {

    private final MoSearch search;
    private final ChangeHandler changes;
    private final SplittableRandom responseRandom;
    private final int n;
    private final int m;
    private final boolean reassign;
    private final double[][] weights;
    private long evaluations;
    private long generation;

    private DynamicMoSearch(MoSearch search, ChangeDetector detector, ChangeResponse response, boolean reassign,
                            long seed) {
        this.search = search;
        this.responseRandom = Streams.of(seed, "dmo-response");
        this.changes = new ChangeHandler(detector, response, search.bounds(), Streams.of(seed, "dmo-detect"), responseRandom);
        this.n = search.populationSize();
        this.m = search.objectives();
        this.reassign = reassign;
        this.weights = search.weights();
    }

    /**
     * A run.
     *
     * @param operator   the learned operator
     * @param bounds     the box
     * @param objectives number of objectives M &ge; 2
     * @param settings   the decomposition settings (population size, neighbourhoods, ...)
     * @param detector   the change detector
     * @param response   the change response
     * @param seed       the run seed
     */
    public static DynamicMoSearch create(LearnedOperator operator, Bounds bounds, int objectives, MoSettings settings,
                                         ChangeDetector detector, ChangeResponse response, long seed) {
        return create(operator, bounds, objectives, settings, detector, response, false, seed);
    }

    /**
     * A run, with or without the re-assignment of the responded solutions to the subproblems (see the
     * class comment).
     *
     * @param operator   the learned operator
     * @param bounds     the box
     * @param objectives number of objectives M &ge; 2
     * @param settings   the decomposition settings (population size, neighbourhoods, ...)
     * @param detector   the change detector
     * @param response   the change response
     * @param reassign   after a response, give each subproblem the solution it ranks best (greedy, each
     *                   solution once) instead of the row it came from
     * @param seed       the run seed
     */
    public static DynamicMoSearch create(LearnedOperator operator, Bounds bounds, int objectives, MoSettings settings,
                                         ChangeDetector detector, ChangeResponse response, boolean reassign,
                                         long seed) {
        if (detector == null) {
            throw new IllegalArgumentException("detector must not be null");
        }
        if (response == null) {
            throw new IllegalArgumentException("response must not be null");
        }
        return new DynamicMoSearch(MoSearch.create(operator, bounds, objectives, settings, seed), detector, response,
                reassign, seed);
    }

    /**
     * One generation (see the class comment).
     *
     * @param objective evaluates a point on the problem as it is now; every call is one evaluation
     */
    public void step(VectorObjective objective) {
        if (objective == null) {
            throw new IllegalArgumentException("objective must not be null");
        }
        VectorObjective counted = (x, f) -> {
            evaluations++;
            objective.evaluate(x, f);
        };
        if (generation > 0) {
            double[][] xs = solutions();
            double[][] fs = new double[n][];
            for (int i = 0; i < n; i++) {
                fs[i] = search.solutionObjectives(i);
            }
            if (changes.respondIfChanged(xs, fs, counted)) {
                double[][] values = evaluateAll(xs, counted);
                if (reassign) {
                    int[] owner = assignment(values);
                    double[][] x2 = new double[n][];
                    double[][] f2 = new double[n][];
                    for (int i = 0; i < n; i++) {
                        x2[i] = xs[owner[i]];
                        f2[i] = values[owner[i]];
                    }
                    xs = x2;
                    values = f2;
                }
                search.restart(xs, values);
            }
        }
        double[][] children = search.ask();
        search.tell(evaluateAll(children, counted));
        generation++;
    }

    /**
     * The greedy re-assignment: with the ideal point (and, if the settings normalize, the scale) of these
     * values, the subproblems in a random order each take the not yet taken solution with the smallest
     * scalarized value. Returns owner[i], the row given to subproblem i (a permutation).
     */
    int[] assignment(double[][] values) {
        double[] ideal = new double[m];
        double[] scale = new double[m];
        Arrays.fill(ideal, Double.POSITIVE_INFINITY);
        Arrays.fill(scale, 1.0);
        for (double[] v : values) {
            if (Dominance.valid(v)) {
                for (int k = 0; k < m; k++) {
                    ideal[k] = Math.min(ideal[k], v[k]);
                }
            }
        }
        if (search.settings().normalize()) {
            for (int k = 0; k < m; k++) {
                if (!Double.isFinite(ideal[k])) {
                    continue;
                }
                double nadir = Double.NEGATIVE_INFINITY;
                for (double[] v : values) {
                    if (Dominance.valid(v)) {
                        nadir = Math.max(nadir, v[k]);
                    }
                }
                double floor = MoSearch.SCALE_FLOOR * (1 + Math.abs(ideal[k]));
                scale[k] = Math.max(nadir - ideal[k], floor);
            }
        }
        int[] order = ChangeResponse.distinctRows(n, n, responseRandom);
        boolean[] taken = new boolean[n];
        int[] owner = new int[n];
        for (int i : order) {
            int best = -1;
            double bestG = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (taken[j]) {
                    continue;
                }
                double g = search.settings().scalarization().value(values[j], weights[i], ideal, scale);
                if (best < 0 || g < bestG) {
                    best = j;
                    bestG = g;
                }
            }
            taken[best] = true;
            owner[i] = best;
        }
        return owner;
    }

    private double[][] evaluateAll(double[][] xs, VectorObjective objective) {
        double[][] values = new double[xs.length][m];
        for (int i = 0; i < xs.length; i++) {
            objective.evaluate(xs[i], values[i]);
        }
        return values;
    }

    /** The current solutions of the N subproblems (copies). */
    public double[][] solutions() {
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = search.solution(i);
        }
        return xs;
    }

    /** The non-dominated archive: the run's result (an unmodifiable view). */
    public List<NondominatedArchive.Member> archive() {
        return search.archive();
    }

    /** The decision vectors of the archive's members (copies). */
    public double[][] archiveSolutions() {
        List<NondominatedArchive.Member> a = search.archive();
        double[][] xs = new double[a.size()][];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = a.get(i).x().clone();
        }
        return xs;
    }

    /** The underlying search (read it; do not ask, tell or restart it). */
    public MoSearch search() {
        return search;
    }

    /** Number of subproblems N. */
    public int populationSize() {
        return n;
    }

    /** Generations run (the initial population counts as one). */
    public long generation() {
        return generation;
    }

    /** Evaluations made, detection and response included. */
    public long evaluations() {
        return evaluations;
    }

    /** Changes detected so far. */
    public int detections() {
        return changes.detections();
    }

    /** The centroids recorded at detected changes. */
    public CentroidHistory history() {
        return changes.history();
    }

    /** The response in use. */
    public ChangeResponse response() {
        return changes.response();
    }
}
