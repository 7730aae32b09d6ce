package io.github.l2e4j.mo;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Multi-objective search by decomposition (MOEA/D) whose variation is the learned operator, driven
 * by ask/tell: {@link #ask()} gives N points, {@link #tell(double[][])} takes their objective
 * vectors (all minimised; NaN and infinities allowed, they rank worst). One instance is one run;
 * it is mutable and not thread safe. The same seed and the same told values give the same run,
 * bit for bit.
 *
 * <h2>Decomposition</h2>
 * N weight vectors lambda_i ({@link WeightVectors}: a simplex lattice, or given) define N scalar
 * subproblems {@code minimise g(f(x) | lambda_i)} with the Tchebycheff function ({@link Tchebycheff})
 * relative to the ideal point z* (the best value seen per objective), with the scale s_k = 1, or,
 * with {@link MoSettings#normalize()}, {@code s_k = max(nadir_k - z*_k, SCALE_FLOOR (1 + |z*_k|))}
 * where nadir_k is the worst value of objective k among the subproblems' current solutions. Each
 * subproblem keeps one current solution x_i; B(i) are the T subproblems with the nearest weight
 * vectors ({@link Neighbourhoods}).
 *
 * <h2>One generation (N evaluations)</h2>
 * <ol>
 *   <li><b>Populations.</b> For each subproblem i: with probability delta its population is the
 *   current solutions of B(i), else those of i and T - 1 subproblems drawn uniformly from all
 *   (MOEA/D-DE's mating restriction [2]).</li>
 *   <li><b>Learned variation.</b> The population, valued by {@code g(. | lambda_i)}, goes through the
 *   learned operator ({@link NeighbourhoodRecombination}): learned recombination weights over the
 *   sorted population, each coordinate of the child drawn from a parent with those weights as
 *   probabilities (scaled about the recombined point by the learned step and mutation heads), and
 *   a sparse coordinate mutation. One child y_i per subproblem: these N children are what
 *   {@link #ask()} returns.</li>
 *   <li><b>Update</b> (in {@link #tell}). The ideal point takes the children's values; then, in a
 *   random order of the children, child y_i replaces the current solution of each subproblem j of
 *   its population with {@code g(f(y_i) | lambda_j) < g(f(x_j) | lambda_j)}, at most n_r of them
 *   (MOEA/D-DE's replacement limit [2]). Every child is offered to the non-dominated archive
 *   ({@link NondominatedArchive}), which is the result of the run.</li>
 * </ol>
 * Generation 0 is N points drawn uniformly in the box, one per subproblem.
 *
 * <h2>Budget</h2>
 * A generation costs exactly N evaluations, one per subproblem. A separate single-objective
 * {@code L2eSearch} per subproblem would cost at least 5 per subproblem and generation (3 + 2 pairs),
 * so 10^4 evaluations with N = 100 would buy at most 20 generations instead of 100 (at D = 30 the
 * default population 2D + 3 = 63 would leave fewer than 2). We did not build that variant: the
 * arithmetic rules it out at this budget. Instead each subproblem's neighbourhood is the population
 * the learned operator reads, and a generation costs one evaluation per subproblem.
 *
 * <h2>Randomness</h2>
 * Named streams split from the seed: "mo-init" (generation 0), "mo-mating" (population choice),
 * "mo-noise" (variation) and "mo-order" (replacement order). A host generator is read once, for
 * the seed.
 *
 * <p>References: [1] Q. Zhang and H. Li, MOEA/D: a multiobjective evolutionary algorithm based on
 * decomposition, IEEE TEC 11(6):712-731, 2007. [2] H. Li and Q. Zhang, Multiobjective optimization
 * problems with complicated Pareto sets, MOEA/D and NSGA-II, IEEE TEC 13(2):284-302, 2009.
 */
public final class MoSearch {

    /** Smallest normalization scale of an objective, relative to 1 + |z*_k|. */
    public static final double SCALE_FLOOR = 1e-12;

    private final Bounds bounds;
    private final int d;
    private final int m;
    private final MoSettings settings;
    private final double[][] weights;
    private final int[][] neighbours;
    private final int n;
    private final int t;
    private final SplittableRandom initRandom;
    private final SplittableRandom matingRandom;
    private final SplittableRandom noiseRandom;
    private final SplittableRandom orderRandom;
    private final NeighbourhoodRecombination variation;
    private final NondominatedArchive archive;

    private final double[] x;
    private final double[][] f;
    private final double[] ideal;
    private final double[] scale;
    private final double[] pending;
    private final int[][] pools;
    private final double[] poolX;
    private final double[] poolV;
    private final double[] child;
    private final int[] permutation;

    private long generation;
    private long evaluations;
    private MoDiagnostics last;

    private MoSearch(LearnedOperator operator, Bounds bounds, int objectives, MoSettings settings, long seed) {
        this.bounds = bounds;
        this.d = bounds.dimension();
        this.m = objectives;
        this.settings = settings;
        this.weights = settings.weightsFor(objectives);
        this.n = weights.length;
        this.t = Math.min(settings.neighbourhoodSize(), n);
        this.neighbours = Neighbourhoods.nearest(weights, t);
        this.initRandom = Streams.of(seed, "mo-init");
        this.matingRandom = Streams.of(seed, "mo-mating");
        this.noiseRandom = Streams.of(seed, "mo-noise");
        this.orderRandom = Streams.of(seed, "mo-order");
        double rate = settings.mutationRate() < 0 ? 1.0 / d : settings.mutationRate();
        this.variation = new NeighbourhoodRecombination(operator, bounds, t, settings.noiseScale(), rate,
                settings.mutationScale());
        this.archive = new NondominatedArchive(settings.archiveSize() > 0 ? settings.archiveSize() : n);
        this.x = new double[n * d];
        this.f = new double[n][m];
        this.ideal = new double[m];
        this.scale = new double[m];
        Arrays.fill(ideal, Double.POSITIVE_INFINITY);
        Arrays.fill(scale, 1.0);
        this.pending = new double[n * d];
        this.pools = new int[n][t];
        this.poolX = new double[t * d];
        this.poolV = new double[t];
        this.child = new double[d];
        this.permutation = new int[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                pending[i * d + c] = bounds.lower(c) + initRandom.nextDouble() * bounds.width(c);
            }
        }
    }

    /**
     * A search over a box for a problem with the given number of objectives.
     *
     * @param operator   the learned operator
     * @param bounds     the box
     * @param objectives number of objectives M &ge; 2
     * @param settings   the settings
     * @param seed       the run seed
     */
    public static MoSearch create(LearnedOperator operator, Bounds bounds, int objectives, MoSettings settings,
                                  long seed) {
        if (operator == null) {
            throw new IllegalArgumentException("operator must not be null");
        }
        if (bounds == null) {
            throw new IllegalArgumentException("bounds must not be null");
        }
        if (objectives < 2) {
            throw new IllegalArgumentException("objectives must be >= 2 for a multi-objective search, was "
                    + objectives + " (use L2eSearch for one objective)");
        }
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        return new MoSearch(operator, bounds, objectives, settings, seed);
    }

    /** A search seeded from a host's generator: one long is drawn from it here and nowhere else. */
    public static MoSearch create(LearnedOperator operator, Bounds bounds, int objectives, MoSettings settings,
                                  RandomGenerator random) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        return create(operator, bounds, objectives, settings, Streams.seedFrom(random));
    }

    // ------------------------------------------------------------------ public API

    /** Rows per ask: the number of subproblems N. */
    public int populationSize() {
        return n;
    }

    /** Number of objectives M. */
    public int objectives() {
        return m;
    }

    /** The dimension D. */
    public int dimension() {
        return d;
    }

    /** The box. */
    public Bounds bounds() {
        return bounds;
    }

    /** Neighbourhood size T in use. */
    public int neighbourhoodSize() {
        return t;
    }

    /** The weight vectors (copies), one per subproblem. */
    public double[][] weights() {
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = weights[i].clone();
        }
        return c;
    }

    /** The pending points (N new arrays inside the box); the same until the next tell. */
    public double[][] ask() {
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(pending, i * d, rows[i], 0, d);
        }
        return rows;
    }

    /** Copies pending row i into dest (no allocation). */
    public void ask(int i, double[] dest) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("row must be in [0, " + n + "), was " + i);
        }
        System.arraycopy(pending, i * d, dest, 0, d);
    }

    /**
     * The id of pending row i: the number of evaluations told before this batch plus i. Archive
     * members carry these ids.
     */
    public long pendingId(int i) {
        return evaluations + i;
    }

    /**
     * Tells the objective vectors of the pending points, in the order of {@link #ask()}.
     *
     * @param values N rows of M objective values (minimised; NaN and infinities allowed)
     * @throws IllegalArgumentException naming the row if the shape is wrong; the state is then unchanged
     */
    public void tell(double[][] values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (values.length != n) {
            throw new IllegalArgumentException("values must have " + n
                    + " rows (the population size of the last ask()), had " + values.length);
        }
        for (int i = 0; i < n; i++) {
            if (values[i] == null || values[i].length != m) {
                throw new IllegalArgumentException("values[" + i + "] must have " + m + " objectives, had "
                        + (values[i] == null ? "null" : values[i].length));
            }
        }
        int valid = 0;
        for (double[] v : values) {
            if (Dominance.valid(v)) {
                valid++;
                for (int k = 0; k < m; k++) {
                    ideal[k] = Math.min(ideal[k], v[k]);
                }
            }
        }
        int replaced = 0;
        if (generation == 0) {
            System.arraycopy(pending, 0, x, 0, n * d);
            for (int i = 0; i < n; i++) {
                System.arraycopy(values[i], 0, f[i], 0, m);
            }
            updateScale();
        } else {
            updateScale();
            for (int i = 0; i < n; i++) {
                permutation[i] = i;
            }
            shuffle(permutation, orderRandom);
            for (int r = 0; r < n; r++) {
                replaced += replace(permutation[r], values[permutation[r]]);
            }
            updateScale();
        }
        archive.addAll(evaluations, pending, values);
        evaluations += n;
        last = new MoDiagnostics(generation, evaluations, valid, replaced, archive.size());
        generation++;
        buildNext();
    }

    /**
     * Replaces every subproblem's current solution and objective vector, for a problem that changed:
     * the caller evaluated {@code solutions} on the changed problem and passes the values. Nothing
     * told before survives: the ideal point restarts from these values, the archive from their
     * non-dominated members, the normalization scale (if on) from them, and the pending points (the
     * next {@link #ask()}) are rebuilt from them. The weight vectors, neighbourhoods, random streams
     * and the generation counter continue; this counts as one generation of N evaluations.
     *
     * <p>Added for dynamic problems ({@code io.github.l2e4j.dynamic}): a search that is never restarted
     * behaves exactly as before.
     *
     * @param solutions N points, one per subproblem (copied and projected onto the box; not modified)
     * @param values    their N objective vectors of M values (minimised; NaN and infinities allowed)
     * @throws IllegalArgumentException naming the row if a shape is wrong or a coordinate is not finite;
     *                                  the state is then unchanged
     */
    public void restart(double[][] solutions, double[][] values) {
        if (solutions == null || solutions.length != n) {
            throw new IllegalArgumentException("solutions must have " + n + " rows (one per subproblem), had "
                    + (solutions == null ? "null" : solutions.length));
        }
        if (values == null || values.length != n) {
            throw new IllegalArgumentException("values must have " + n + " rows (one per subproblem), had "
                    + (values == null ? "null" : values.length));
        }
        for (int i = 0; i < n; i++) {
            if (solutions[i] == null || solutions[i].length != d) {
                throw new IllegalArgumentException("solutions[" + i + "] must have " + d + " coordinates, had "
                        + (solutions[i] == null ? "null" : solutions[i].length));
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(solutions[i][c])) {
                    throw new IllegalArgumentException("solutions[" + i + "][" + c + "] must be finite, was "
                            + solutions[i][c]);
                }
            }
            if (values[i] == null || values[i].length != m) {
                throw new IllegalArgumentException("values[" + i + "] must have " + m + " objectives, had "
                        + (values[i] == null ? "null" : values[i].length));
            }
        }
        Arrays.fill(ideal, Double.POSITIVE_INFINITY);
        int valid = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(solutions[i], 0, x, i * d, d);
            bounds.projectRow(x, i);
            System.arraycopy(values[i], 0, f[i], 0, m);
            if (Dominance.valid(values[i])) {
                valid++;
                for (int k = 0; k < m; k++) {
                    ideal[k] = Math.min(ideal[k], values[i][k]);
                }
            }
        }
        Arrays.fill(scale, 1.0);
        updateScale();
        archive.clear();
        archive.addAll(evaluations, x, f);
        evaluations += n;
        last = new MoDiagnostics(generation, evaluations, valid, 0, archive.size());
        generation++;
        buildNext();
    }

    /** The non-dominated archive (an unmodifiable view that changes with the search). */
    public List<NondominatedArchive.Member> archive() {
        return archive.members();
    }

    /** The ideal point z* (a copy; +infinity before any valid value). */
    public double[] ideal() {
        return ideal.clone();
    }

    /** The current solution of subproblem i (a copy). */
    public double[] solution(int i) {
        return Arrays.copyOfRange(x, i * d, (i + 1) * d);
    }

    /** The objective vector of subproblem i's current solution (a copy). */
    public double[] solutionObjectives(int i) {
        return f[i].clone();
    }

    /** Generations told (the initial population counts as one). */
    public long generation() {
        return generation;
    }

    /** Evaluations told. */
    public long evaluations() {
        return evaluations;
    }

    /** The diagnostics of the last generation, or null before the first tell. */
    public MoDiagnostics diagnostics() {
        return last;
    }

    /** The settings. */
    public MoSettings settings() {
        return settings;
    }

    /** {@code g(values | lambda_i)} with the current ideal point and scale. */
    public double scalarize(double[] values, int i) {
        return settings.scalarization().value(values, weights[i], ideal, scale);
    }

    // ------------------------------------------------------------------ the generation

    private int replace(int i, double[] fy) {
        if (!Dominance.valid(fy)) {
            return 0;
        }
        int[] pool = pools[i];
        int start = orderRandom.nextInt(t);
        int count = 0;
        for (int s = 0; s < t && count < settings.replacementLimit(); s++) {
            int j = pool[(start + s) % t];
            double gy = scalarize(fy, j);
            double gj = scalarize(f[j], j);
            if (gy < gj) {
                System.arraycopy(pending, i * d, x, j * d, d);
                System.arraycopy(fy, 0, f[j], 0, m);
                count++;
            }
        }
        return count;
    }

    private void updateScale() {
        if (!settings.normalize()) {
            return;
        }
        for (int k = 0; k < m; k++) {
            if (!Double.isFinite(ideal[k])) {
                scale[k] = 1;
                continue;
            }
            double nadir = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (Dominance.valid(f[i])) {
                    nadir = Math.max(nadir, f[i][k]);
                }
            }
            double floor = SCALE_FLOOR * (1 + Math.abs(ideal[k]));
            double s = nadir - ideal[k];
            scale[k] = s > floor ? s : floor;
        }
    }

    private void buildNext() {
        for (int i = 0; i < n; i++) {
            int[] pool = pools[i];
            if (matingRandom.nextDouble() < settings.delta()) {
                System.arraycopy(neighbours[i], 0, pool, 0, t);
            } else {
                pool[0] = i;
                int filled = 1;
                while (filled < t) {
                    int c = matingRandom.nextInt(n);
                    boolean seen = false;
                    for (int q = 0; q < filled && !seen; q++) {
                        seen = pool[q] == c;
                    }
                    if (!seen) {
                        pool[filled++] = c;
                    }
                }
            }
            for (int q = 0; q < t; q++) {
                int j = pool[q];
                System.arraycopy(x, j * d, poolX, q * d, d);
                poolV[q] = scalarize(f[j], i);
            }
            variation.offspring(poolX, poolV, t, 0, poolV[0], generation, noiseRandom, child);
            System.arraycopy(child, 0, pending, i * d, d);
        }
    }

    private static void shuffle(int[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
