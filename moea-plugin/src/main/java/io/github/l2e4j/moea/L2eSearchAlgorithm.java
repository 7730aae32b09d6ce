package io.github.l2e4j.moea;

import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.search.L2eSearch;
import io.github.l2e4j.search.SearchSettings;
import org.moeaframework.algorithm.AbstractAlgorithm;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.termination.MaxFunctionEvaluations;
import org.moeaframework.core.termination.TerminationCondition;
import org.moeaframework.problem.Problem;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * "L2E" for MOEA Framework: the shared single-objective {@link L2eSearch}, driven by MOEA's
 * {@code step()} loop. Each step asks the search for its population, evaluates it with
 * {@link #evaluateAll(Solution[])} (so evaluation counts, termination conditions and parallel
 * {@code DistributedProblem}s work as for any MOEA algorithm), and tells the search the canonical
 * (minimised) objective; a solution that violates a constraint is told +infinity.
 *
 * <p>Only this translation lives here: the algorithm is {@link L2eSearch} in {@code l2e4j-shared}.
 * The run's seed is one long drawn from MOEA's {@link PRNG} at {@link #initialize()} (or the
 * {@code seed} property), so {@code PRNG.setSeed(s)} makes runs reproducible. The result is the best
 * solution seen, by MOEA's own dominance rules (feasibility first).
 *
 * <p>Checkpoints ({@code CheckpointExtension}) store the seed, the budget hint and every told value; loading replays
 * them through a fresh search, which reproduces the state exactly because the search is
 * deterministic given its seed and the values.
 */
public final class L2eSearchAlgorithm extends AbstractAlgorithm {

    /** The name under which the provider registers this algorithm. */
    public static final String NAME = "L2E";

    private final LearnedOperator operator;
    private SearchSettings settings;
    private final OptionalLong fixedSeed;
    private final Bounds bounds;
    private final List<double[]> told = new ArrayList<>();
    private NondominatedPopulation best = new NondominatedPopulation();
    private L2eSearch search;
    private long seed;

    /**
     * An L2E run on a single-objective problem of real variables.
     *
     * @param seed the run seed, or empty to draw one long from {@link PRNG} at initialization
     * @throws IllegalArgumentException if the problem has more than one objective or a variable that is not real
     */
    public L2eSearchAlgorithm(Problem problem, LearnedOperator operator, SearchSettings settings, OptionalLong seed) {
        super(problem);
        if (problem.getNumberOfObjectives() != 1) {
            throw new IllegalArgumentException(NAME + " is single-objective, but problem " + problem.getName()
                    + " has " + problem.getNumberOfObjectives() + " objectives; use \"" + L2eMoead.NAME
                    + "\" for multi-objective problems");
        }
        if (operator == null || settings == null || seed == null) {
            throw new IllegalArgumentException("operator, settings and seed must not be null");
        }
        this.operator = operator;
        this.settings = settings;
        this.fixedSeed = seed;
        this.bounds = RealSolutions.bounds(problem.newSolution());
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** The settings of the shared search. */
    public SearchSettings getSettings() {
        return settings;
    }

    /** The run seed (valid after initialization). */
    public long getSeed() {
        return seed;
    }

    /** The shared search (null before initialization). Read it; do not ask or tell it. */
    public L2eSearch getSearch() {
        return search;
    }

    /**
     * Runs until the condition says stop. When the settings carry no budget hint and the condition
     * fixes the evaluations ({@link MaxFunctionEvaluations#derive}), the hint is taken from it, so
     * {@code run(30_000)} sizes the search's scale envelope for 30 000 evaluations.
     */
    @Override
    public void run(TerminationCondition condition) {
        if (search == null && settings.budgetHint() == 0) {
            int budget = MaxFunctionEvaluations.derive(condition);
            if (budget > 0) {
                settings = settings.toBuilder().budgetHint(budget).build();
            }
        }
        super.run(condition);
    }

    @Override
    public void initialize() {
        super.initialize();
        seed = fixedSeed.isPresent() ? fixedSeed.getAsLong() : PRNG.getRandom().nextLong();
        search = L2eSearch.create(operator, bounds, settings, seed);
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
        double[] values = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            values[i] = RealSolutions.canonicalObjective(solutions[i], 0);
            best.add(solutions[i]);
        }
        search.tell(values);
        told.add(values);
    }

    @Override
    public NondominatedPopulation getResult() {
        NondominatedPopulation result = new NondominatedPopulation();
        for (Solution s : best) {
            result.add(s.copy());
        }
        return result;
    }

    @Override
    public void saveState(ObjectOutputStream stream) throws IOException {
        super.saveState(stream);
        stream.writeLong(seed);
        stream.writeLong(settings.budgetHint());
        stream.writeObject(new ArrayList<>(told));
        best.saveState(stream);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void loadState(ObjectInputStream stream) throws IOException, ClassNotFoundException {
        super.loadState(stream);
        seed = stream.readLong();
        settings = settings.toBuilder().budgetHint(stream.readLong()).build();
        List<double[]> values = (List<double[]>) stream.readObject();
        best = new NondominatedPopulation();
        best.loadState(stream);
        search = L2eSearch.create(operator, bounds, settings, seed);
        told.clear();
        for (double[] v : values) {
            search.tell(v);
            told.add(v);
        }
    }
}
