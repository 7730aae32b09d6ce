package io.github.l2e4j.optaplanner;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.search.L2eSearch;
import io.github.l2e4j.search.SearchSettings;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * L2E as an OptaPlanner move selector: a {@link MoveIteratorFactory} whose moves set the chosen
 * numeric planning variables to the points the shared L2E search proposes, and whose evaluated
 * scores are told back to that search.
 *
 * <h2>Configuration</h2>
 * Use it in a local-search phase, from XML
 * <pre>{@code
 * <moveIteratorFactory>
 *   <moveIteratorFactoryClass>io.github.l2e4j.optaplanner.L2eMoveIteratorFactory</moveIteratorFactoryClass>
 *   <moveIteratorFactoryCustomProperties>
 *     <property name="populationSize" value="21"/>
 *   </moveIteratorFactoryCustomProperties>
 * </moveIteratorFactory>
 * }</pre>
 * or from Java with {@link L2eMoves#config()}. Custom properties (all optional):
 * <table>
 *   <caption>custom properties</caption>
 *   <tr><th>property</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@value #PROPERTY_WEIGHTS}</td><td>{@code default} (the shipped weights), {@code theta0}, or the path
 *       of a weights file</td><td>{@code default}</td></tr>
 *   <tr><td>{@value #PROPERTY_POPULATION_SIZE}</td><td>points per generation N, &ge; 5</td>
 *       <td>2 min(D, 100) + 3</td></tr>
 *   <tr><td>{@value #PROPERTY_STEP_SCALE}</td><td>initial sampling scale relative to the mean range width, in (0, 1]</td>
 *       <td>{@value SearchSettings#DEFAULT_SIGMA0}</td></tr>
 *   <tr><td>{@value #PROPERTY_ENTITY_CLASS}</td><td>only variables of this planning entity class (fully qualified);
 *       checked when the solver is built</td><td>every entity class</td></tr>
 *   <tr><td>{@value #PROPERTY_VARIABLES}</td><td>comma-separated variable names</td><td>every numeric variable</td></tr>
 *   <tr><td>{@value #PROPERTY_SCALARIZATION}</td><td>{@code lexicographic} or {@code infeasibleWorst}
 *       (see {@link ScoreScalarizer})</td><td>{@code lexicographic}</td></tr>
 *   <tr><td>{@value #PROPERTY_LEVEL_WEIGHT}</td><td>weight between score levels for {@code lexicographic}, &ge; 1</td>
 *       <td>{@value ScoreScalarizer#DEFAULT_LEVEL_WEIGHT}</td></tr>
 *   <tr><td>{@value #PROPERTY_BUDGET_HINT}</td><td>score calculations expected for these moves (sets the sampling
 *       envelope's horizon); 0 = unknown</td><td>0</td></tr>
 *   <tr><td>{@value #PROPERTY_RESTARTS}</td><td>restarts of the search on stagnation (shared's default regime)</td><td>true</td></tr>
 *   <tr><td>{@value #PROPERTY_SEED}</td><td>the search's seed; when absent one long is drawn from the solver's random
 *       generator (so {@code randomSeed} and {@code environmentMode REPRODUCIBLE} reproduce the run)</td><td>-</td></tr>
 * </table>
 * A property that does not exist fails when the solver is built, with OptaPlanner's message
 * naming it; a bad value fails there too, with a message naming the property, the value and what
 * is allowed.
 *
 * <h2>Variables</h2>
 * The numeric planning variables are found by reflection through OptaPlanner's solution
 * descriptor ({@code InnerScoreDirector.getSolutionDescriptor()}): every basic genuine variable
 * whose declared type is a number, of every movable entity, in the order the solution lists its
 * entities (see {@link NumericSlots}). Each one is a coordinate of the search box:
 * <ul>
 *   <li>an uncountable {@code Double} range {@code [from, to)} gives the interval
 *       {@code [from, nextDown(to)]};</li>
 *   <li>a countable range that is an arithmetic progression {@code v_0 + k h} (integer, long,
 *       BigInteger or BigDecimal ranges) gives {@code [v_0 - h/2, v_(K-1) + h/2]}; proposals are
 *       rounded to the nearest member (and clamped), so the variable always holds a member of its
 *       range. The search then minimises {@code f(round(x))}, a piecewise-constant function:
 *       guarantees G1 (contraction of the population) and G4 (monotone best-so-far) hold, G2/G3
 *       (convergence to a minimiser or a stationary point) do not apply, and once the sampling
 *       scale drops below half a step every sample rounds to the same member, the values go flat
 *       and the search restarts (docs/hosts-optaplanner.md).</li>
 * </ul>
 * Values must be initialized before the phase (OptaPlanner's construction heuristic cannot
 * assign an uncountable double range); the first generation is centred on the initialized values.
 *
 * <h2>Moves and scores</h2>
 * One generation of N points becomes N moves, each setting all chosen variables at once. The
 * score OptaPlanner calculates for each evaluated move is captured when the move is undone and
 * scalarized to a value to minimise with {@link ScoreScalarizer} (OptaPlanner maximises scores);
 * when all N are in, they are told to the search, and the next generation starts. A generation may
 * span several steps; rows not evaluated when a step ends are handed out again
 * ({@link MoveGenerations}). OptaPlanner's acceptor and forager decide which evaluated point
 * becomes the working solution; the search's own state (centre, metric, scale) advances on all the
 * scores, whatever was accepted. Every move that beats the best score is accepted by hill
 * climbing, late acceptance and simulated annealing, so the solver's best solution is the best
 * point the search evaluated; with L2E moves alone the acceptor therefore changes nothing (the
 * run is the same under all three), and it matters in a union, where the other moves start from
 * the working solution. The random iterator never ends: give the solver or the phase a
 * termination (OptaPlanner's own rule for never-ending selectors).
 *
 * <p>One instance per solver phase (OptaPlanner creates it); its state is reset at every phase
 * start. Not thread safe beyond what {@link MoveGenerations} promises.
 *
 * @param <S> the solution type
 */
public final class L2eMoveIteratorFactory<S> implements MoveIteratorFactory<S, Move<S>> {

    /** Custom property: the weights ({@code default}, {@code theta0} or a file path). */
    public static final String PROPERTY_WEIGHTS = "weights";
    /** Custom property: the population size N. */
    public static final String PROPERTY_POPULATION_SIZE = "populationSize";
    /** Custom property: the initial sampling scale relative to the mean range width. */
    public static final String PROPERTY_STEP_SCALE = "stepScale";
    /** Custom property: the planning entity class whose variables are set. */
    public static final String PROPERTY_ENTITY_CLASS = "entityClass";
    /** Custom property: the names of the variables that are set. */
    public static final String PROPERTY_VARIABLES = "variables";
    /** Custom property: how scores become values to minimise. */
    public static final String PROPERTY_SCALARIZATION = "scalarization";
    /** Custom property: the level weight of the lexicographic scalarization. */
    public static final String PROPERTY_LEVEL_WEIGHT = "levelWeight";
    /** Custom property: the expected number of score calculations. */
    public static final String PROPERTY_BUDGET_HINT = "budgetHint";
    /** Custom property: whether the search restarts on stagnation. */
    public static final String PROPERTY_RESTARTS = "restarts";
    /** Custom property: a fixed seed for the search. */
    public static final String PROPERTY_SEED = "seed";

    /** Value of {@value #PROPERTY_WEIGHTS} for the shipped weights. */
    public static final String WEIGHTS_DEFAULT = "default";
    /** Value of {@value #PROPERTY_WEIGHTS} for the untrained weights theta0. */
    public static final String WEIGHTS_THETA0 = "theta0";
    /** Value of {@value #PROPERTY_SCALARIZATION}: weighted sum of the score levels. */
    public static final String SCALARIZATION_LEXICOGRAPHIC = "lexicographic";
    /** Value of {@value #PROPERTY_SCALARIZATION}: infeasible scores rank worst. */
    public static final String SCALARIZATION_INFEASIBLE_WORST = "infeasibleWorst";
    /** Seed of the search under ORIGINAL selection order when no seed is set (no random generator is given then). */
    public static final long ORIGINAL_ORDER_SEED = 0L;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private LearnedOperator operator = DefaultWeights.operator();
    private int populationSize;
    private double stepScale = SearchSettings.DEFAULT_SIGMA0;
    private Class<?> entityClass;
    private List<String> variables = List.of();
    private String scalarization = SCALARIZATION_LEXICOGRAPHIC;
    private double levelWeight = ScoreScalarizer.DEFAULT_LEVEL_WEIGHT;
    private long budgetHint;
    private boolean restarts = true;
    private Long seed;

    private NumericSlots slots;
    private MoveGenerations generations;

    /** A factory with the defaults; OptaPlanner calls this, then the setters of the custom properties. */
    public L2eMoveIteratorFactory() {
    }

    // ------------------------------------------------------------------ custom properties

    /** Sets {@value #PROPERTY_WEIGHTS}: {@code default}, {@code theta0}, or the path of a weights file. */
    public void setWeights(String weights) {
        String v = trimmed(PROPERTY_WEIGHTS, weights);
        if (v.equalsIgnoreCase(WEIGHTS_DEFAULT)) {
            operator = DefaultWeights.operator();
        } else if (v.equalsIgnoreCase(WEIGHTS_THETA0)) {
            operator = LearnedOperator.theta0();
        } else {
            try {
                operator = WeightsFile.read(Path.of(v)).operator();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(PROPERTY_WEIGHTS + " must be '" + WEIGHTS_DEFAULT + "', '"
                        + WEIGHTS_THETA0 + "' or a readable weights file, was '" + v + "': " + e.getMessage(), e);
            }
        }
    }

    /** Sets {@value #PROPERTY_POPULATION_SIZE}: an integer &ge; 5. */
    public void setPopulationSize(String n) {
        String v = trimmed(PROPERTY_POPULATION_SIZE, n);
        int parsed;
        try {
            parsed = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        int min = L2eSearch.EXTRA_ROWS + 2;
        if (parsed < min) {
            throw new IllegalArgumentException(PROPERTY_POPULATION_SIZE + " must be an integer >= " + min
                    + " (the centre candidate, 2 gradient trials and at least 2 samples), was '" + v + "'");
        }
        populationSize = parsed;
    }

    /** Sets {@value #PROPERTY_STEP_SCALE}: a number in (0, 1]. */
    public void setStepScale(String scale) {
        double s = parseDouble(PROPERTY_STEP_SCALE, scale, "a number in (0, 1]");
        if (!(s > 0 && s <= 1)) {
            throw new IllegalArgumentException(PROPERTY_STEP_SCALE + " must be a number in (0, 1], was '" + scale.trim() + "'");
        }
        stepScale = s;
    }

    /** Sets {@value #PROPERTY_ENTITY_CLASS}: the fully qualified name of a planning entity class. */
    public void setEntityClass(String className) {
        entityClass = DomainCheck.load(PROPERTY_ENTITY_CLASS, trimmed(PROPERTY_ENTITY_CLASS, className));
        DomainCheck.check(PROPERTY_ENTITY_CLASS, entityClass, variables);
    }

    /** Sets {@value #PROPERTY_VARIABLES}: comma-separated planning variable names. */
    public void setVariables(String names) {
        String v = trimmed(PROPERTY_VARIABLES, names);
        List<String> list = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            String name = part.trim();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(PROPERTY_VARIABLES + " must be comma-separated variable names, was '"
                        + v + "' (bad name '" + name + "')");
            }
            if (!list.contains(name)) {
                list.add(name);
            }
        }
        variables = List.copyOf(list);
        if (entityClass != null) {
            DomainCheck.check(PROPERTY_ENTITY_CLASS, entityClass, variables);
        }
    }

    /** The configured entity class, or null for any. */
    Class<?> entityClass() {
        return entityClass;
    }

    /** The configured variable names (empty for all numeric ones). */
    List<String> variables() {
        return variables;
    }

    /** Sets {@value #PROPERTY_SCALARIZATION}: {@code lexicographic} or {@code infeasibleWorst}. */
    public void setScalarization(String name) {
        String v = trimmed(PROPERTY_SCALARIZATION, name);
        if (v.equalsIgnoreCase(SCALARIZATION_LEXICOGRAPHIC)) {
            scalarization = SCALARIZATION_LEXICOGRAPHIC;
        } else if (v.equalsIgnoreCase(SCALARIZATION_INFEASIBLE_WORST)) {
            scalarization = SCALARIZATION_INFEASIBLE_WORST;
        } else {
            throw new IllegalArgumentException(PROPERTY_SCALARIZATION + " must be '" + SCALARIZATION_LEXICOGRAPHIC
                    + "' or '" + SCALARIZATION_INFEASIBLE_WORST + "', was '" + v + "'");
        }
    }

    /** Sets {@value #PROPERTY_LEVEL_WEIGHT}: a finite number &ge; 1. */
    public void setLevelWeight(String weight) {
        double w = parseDouble(PROPERTY_LEVEL_WEIGHT, weight, "a finite number >= 1");
        if (!(w >= 1 && w < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(PROPERTY_LEVEL_WEIGHT + " must be a finite number >= 1, was '"
                    + weight.trim() + "'");
        }
        levelWeight = w;
    }

    /** Sets {@value #PROPERTY_BUDGET_HINT}: a non-negative integer (0 = unknown). */
    public void setBudgetHint(String evaluations) {
        String v = trimmed(PROPERTY_BUDGET_HINT, evaluations);
        long parsed;
        try {
            parsed = Long.parseLong(v);
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        if (parsed < 0) {
            throw new IllegalArgumentException(PROPERTY_BUDGET_HINT + " must be an integer >= 0, was '" + v + "'");
        }
        budgetHint = parsed;
    }

    /** Sets {@value #PROPERTY_RESTARTS}: {@code true} or {@code false}. */
    public void setRestarts(String on) {
        String v = trimmed(PROPERTY_RESTARTS, on);
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(PROPERTY_RESTARTS + " must be 'true' or 'false', was '" + v + "'");
        }
        restarts = Boolean.parseBoolean(v);
    }

    /** Sets {@value #PROPERTY_SEED}: a long. */
    public void setSeed(String value) {
        String v = trimmed(PROPERTY_SEED, value);
        try {
            seed = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY_SEED + " must be an integer (a long), was '" + v + "'", e);
        }
    }

    private static String trimmed(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must not be empty, was '" + value + "'");
        }
        return value.trim();
    }

    private static double parseDouble(String property, String value, String allowed) {
        String v = trimmed(property, value);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be " + allowed + ", was '" + v + "'", e);
        }
    }

    // ------------------------------------------------------------------ MoveIteratorFactory

    /** Finds the numeric variables of the working solution and forgets any earlier phase's search. */
    @Override
    public void phaseStarted(ScoreDirector<S> scoreDirector) {
        slots = NumericSlots.resolve(scoreDirector, entityClass, variables);
        generations = null;
    }

    /** Forgets the phase's search. */
    @Override
    public void phaseEnded(ScoreDirector<S> scoreDirector) {
        slots = null;
        generations = null;
    }

    /** The population size of the pending generation (moves per generation). */
    @Override
    public long getSize(ScoreDirector<S> scoreDirector) {
        if (generations != null) {
            return generations.populationSize();
        }
        ensureSlots(scoreDirector);
        return settings().populationSizeFor(slots.dimension());
    }

    /**
     * The rows of the pending generation that have no score yet, one pass (at most N moves). The
     * search's seed is the {@value #PROPERTY_SEED} property, else {@link #ORIGINAL_ORDER_SEED}.
     */
    @Override
    public Iterator<Move<S>> createOriginalMoveIterator(ScoreDirector<S> scoreDirector) {
        MoveGenerations g = generations(scoreDirector, null);
        int n = g.populationSize();
        return new Iterator<>() {
            private int handed;

            @Override
            public boolean hasNext() {
                return handed < n;
            }

            @Override
            public Move<S> next() {
                if (handed >= n) {
                    throw new NoSuchElementException("the generation's " + n + " moves were handed out");
                }
                handed++;
                return g.next();
            }
        };
    }

    /**
     * A never-ending iterator over L2E moves. At the phase's first call, one long is drawn from
     * {@code workingRandom} to seed the search (unless {@value #PROPERTY_SEED} is set); the
     * generator is not read again.
     */
    @Override
    public Iterator<Move<S>> createRandomMoveIterator(ScoreDirector<S> scoreDirector, Random workingRandom) {
        MoveGenerations g = generations(scoreDirector, workingRandom);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Move<S> next() {
                return g.next();
            }
        };
    }

    private void ensureSlots(ScoreDirector<S> scoreDirector) {
        if (slots == null) {
            slots = NumericSlots.resolve(scoreDirector, entityClass, variables);
        }
    }

    private MoveGenerations generations(ScoreDirector<S> scoreDirector, Random random) {
        if (generations == null) {
            ensureSlots(scoreDirector);
            SearchSettings s = settings().toBuilder().initialPoint(slots.currentPoint()).build();
            L2eSearch search = seed != null ? L2eSearch.create(operator, slots.bounds(), s, seed)
                    : random != null ? L2eSearch.create(operator, slots.bounds(), s, random)
                    : L2eSearch.create(operator, slots.bounds(), s, ORIGINAL_ORDER_SEED);
            generations = new MoveGenerations(search, slots, scalarizer());
        }
        return generations;
    }

    /** The phase's generations, or null before the first iterator of a phase (for tests). */
    MoveGenerations generations() {
        return generations;
    }

    /** The phase's variables, or null outside a phase (for tests). */
    NumericSlots slots() {
        return slots;
    }

    private SearchSettings settings() {
        SearchSettings.Builder b = SearchSettings.builder().sigma0(stepScale).restarts(restarts).budgetHint(budgetHint);
        if (populationSize > 0) {
            b.populationSize(populationSize);
        }
        return b.build();
    }

    private ScoreScalarizer scalarizer() {
        return scalarization.equals(SCALARIZATION_INFEASIBLE_WORST) ? ScoreScalarizer.infeasibleWorst()
                : ScoreScalarizer.lexicographic(levelWeight);
    }

    @Override
    public String toString() {
        return "L2eMoveIteratorFactory[populationSize=" + (populationSize > 0 ? populationSize : "auto")
                + ", stepScale=" + stepScale + ", entityClass=" + (entityClass == null ? "any" : entityClass.getName())
                + ", variables=" + (variables.isEmpty() ? "all numeric" : String.join(",", variables))
                + ", scalarization=" + scalarization + ", restarts=" + restarts
                + (seed == null ? "" : ", seed=" + seed) + "]";
    }
}
