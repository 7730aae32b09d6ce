package io.github.l2e4j.moea;

import io.github.l2e4j.mo.MoSearch;
import io.github.l2e4j.mo.MoSettings;
import io.github.l2e4j.mo.NondominatedArchive;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import org.moeaframework.algorithm.AbstractAlgorithm;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.problem.Problem;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * "L2E-MOEAD" for MOEA Framework: the shared multi-objective search by decomposition
 * ({@link MoSearch}: weight vectors, Tchebycheff scalarization, neighbourhoods as the learned
 * operator's populations, a bounded non-dominated archive), driven by MOEA's {@code step()} loop.
 *
 * <p>Each step asks the search for one child per subproblem, evaluates them with
 * {@link #evaluateAll(Solution[])} (so evaluation counts, termination conditions, extensions and a
 * parallel {@code DistributedProblem} work as for MOEA's own algorithms), and tells the search the
 * canonical (minimised) objective vectors; a solution that violates a constraint is told +infinity
 * in every objective, so it ranks worst and never enters the archive. {@link #getResult()} is the
 * archive: the evaluated {@link Solution} objects of its members.
 *
 * <p>The run's seed is one long drawn from MOEA's {@link PRNG} at {@link #initialize()} (or the
 * {@code seed} property). Checkpoints store the seed, every told objective matrix and the archive's
 * solutions; loading replays the values through a fresh search, which reproduces its state exactly.
 */
public final class L2eMoead extends AbstractAlgorithm {

    /** The name under which the provider registers this algorithm. */
    public static final String NAME = "L2E-MOEAD";

    private final LearnedOperator operator;
    private final MoSettings settings;
    private final OptionalLong fixedSeed;
    private final Bounds bounds;
    private final int objectives;
    private final List<double[][]> told = new ArrayList<>();
    private Map<Long, Solution> archived = new HashMap<>();
    private MoSearch search;
    private long seed;

    /**
     * An L2E-MOEAD run on a problem of real variables with at least two objectives.
     *
     * @param seed the run seed, or empty to draw one long from {@link PRNG} at initialization
     * @throws IllegalArgumentException if the problem has one objective or a variable that is not real,
     *                                  or the settings do not fit it
     */
    public L2eMoead(Problem problem, LearnedOperator operator, MoSettings settings, OptionalLong seed) {
        super(problem);
        if (problem.getNumberOfObjectives() < 2) {
            throw new IllegalArgumentException(NAME + " is multi-objective, but problem " + problem.getName()
                    + " has " + problem.getNumberOfObjectives() + " objective; use \"" + L2eSearchAlgorithm.NAME
                    + "\" for single-objective problems");
        }
        if (operator == null || settings == null || seed == null) {
            throw new IllegalArgumentException("operator, settings and seed must not be null");
        }
        this.operator = operator;
        this.settings = settings;
        this.fixedSeed = seed;
        this.objectives = problem.getNumberOfObjectives();
        this.bounds = RealSolutions.bounds(problem.newSolution());
        // Fail now, not at initialize(), if the weights do not fit the problem.
        settings.weightsFor(objectives);
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** The settings of the shared search. */
    public MoSettings getSettings() {
        return settings;
    }

    /** The run seed (valid after initialization). */
    public long getSeed() {
        return seed;
    }

    /** The shared search (null before initialization). Read it; do not ask or tell it. */
    public MoSearch getSearch() {
        return search;
    }

    /** Evaluations per step: the number of subproblems (valid after initialization). */
    public int getPopulationSize() {
        return search == null ? 0 : search.populationSize();
    }

    @Override
    public void initialize() {
        super.initialize();
        seed = fixedSeed.isPresent() ? fixedSeed.getAsLong() : PRNG.getRandom().nextLong();
        search = MoSearch.create(operator, bounds, objectives, settings, seed);
        generation();
    }

    @Override
    protected void iterate() {
        generation();
    }

    private void generation() {
        double[][] xs = search.ask();
        Solution[] solutions = RealSolutions.solutions(problem, xs);
        evaluateAll(solutions);
        double[][] values = new double[xs.length][objectives];
        long firstId = search.pendingId(0);
        for (int i = 0; i < xs.length; i++) {
            RealSolutions.canonicalObjectives(solutions[i], values[i]);
        }
        search.tell(values);
        told.add(values);
        Map<Long, Solution> next = new LinkedHashMap<>();
        for (NondominatedArchive.Member m : search.archive()) {
            long id = m.id();
            Solution s = id >= firstId ? solutions[(int) (id - firstId)] : archived.get(id);
            next.put(id, s);
        }
        archived = next;
    }

    @Override
    public NondominatedPopulation getResult() {
        NondominatedPopulation result = new NondominatedPopulation();
        for (Solution s : archived.values()) {
            result.add(s.copy());
        }
        return result;
    }

    @Override
    public void saveState(ObjectOutputStream stream) throws IOException {
        super.saveState(stream);
        stream.writeLong(seed);
        stream.writeObject(new ArrayList<>(told));
        stream.writeObject(new LinkedHashMap<>(archived));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void loadState(ObjectInputStream stream) throws IOException, ClassNotFoundException {
        super.loadState(stream);
        seed = stream.readLong();
        List<double[][]> values = (List<double[][]>) stream.readObject();
        archived = (Map<Long, Solution>) stream.readObject();
        search = MoSearch.create(operator, bounds, objectives, settings, seed);
        told.clear();
        for (double[][] v : values) {
            search.tell(v);
            told.add(v);
        }
    }
}
