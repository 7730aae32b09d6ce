package io.github.l2e4j.examples.optaplanner;

import io.github.l2e4j.optaplanner.L2eMoves;
import io.github.l2e4j.optaplanner.study.LocalSearchAlgorithm;
import io.github.l2e4j.optaplanner.study.LocalSearchAlgorithm.Acceptor;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Supplier;

/**
 * The OptaPlanner examples (portfolio allocation and facility location) and their solver
 * configurations in Java: one local-search phase with L2E moves, OptaPlanner's change moves, or
 * both in a union, under hill climbing, late acceptance or simulated annealing, with a
 * score-calculation budget, {@code REPRODUCIBLE} with a seed. Simulated annealing starts at
 * {@value #SA_TEMPERATURE_FRACTION} x |the initial soft score| (hard 0).
 *
 * @param <S> the solution type
 */
public final class PlanningExample<S> {

    /** Simulated annealing's starting temperature relative to the initial solution's |soft score|. */
    public static final double SA_TEMPERATURE_FRACTION = LocalSearchAlgorithm.SA_TEMPERATURE_FRACTION;

    /** Assets of the portfolio example (D = this). */
    public static final int ASSETS = 20;
    /** Seed of the portfolio example. */
    public static final long PORTFOLIO_SEED = 2026;
    /** Customers of the facility-location example. */
    public static final int CUSTOMERS = 240;
    /** Facilities of the facility-location example (D = 2 x this). */
    public static final int FACILITIES = 8;
    /** Lakes of the facility-location example. */
    public static final int LAKES = 3;
    /** Seed of the facility-location example. */
    public static final long FACILITY_SEED = 2026;

    /** Mean-variance portfolio allocation, {@value #ASSETS} assets (see {@link Portfolio}). */
    public static final PlanningExample<Portfolio> PORTFOLIO = new PlanningExample<>("portfolio",
            "portfolio allocation (" + ASSETS + " assets, " + Portfolio.SECTORS + " sectors, position and sector caps)",
            Portfolio.class, Asset.class, PortfolioScoreCalculator.class,
            () -> Portfolio.generate(ASSETS, PORTFOLIO_SEED),
            "io/github/l2e4j/examples/optaplanner/portfolioSolverConfig.xml");

    /** Continuous facility location (see {@link FacilityLocation}). */
    public static final PlanningExample<FacilityLocation> FACILITY_LOCATION = new PlanningExample<>("facility-location",
            "facility location (" + CUSTOMERS + " customers, " + FACILITIES + " facilities, " + LAKES + " lakes)",
            FacilityLocation.class, Facility.class, FacilityLocationScoreCalculator.class,
            () -> FacilityLocation.generate(CUSTOMERS, FACILITIES, LAKES, FACILITY_SEED),
            "io/github/l2e4j/examples/optaplanner/facilityLocationSolverConfig.xml");

    /** Which moves the phase selects. */
    public enum Moves {
        /** OptaPlanner's change moves (one variable gets a uniform value from its range). */
        CHANGE("change moves"),
        /** L2E moves (all numeric variables at once). */
        L2E("L2E moves"),
        /** Both, in a union (OptaPlanner's default weighting). */
        UNION("L2E + change (union)");

        private final String label;

        Moves(String label) {
            this.label = label;
        }

        /** Readable name. */
        public String label() {
            return label;
        }
    }

    private final String name;
    private final String description;
    private final Class<S> solutionClass;
    private final Class<?> entityClass;
    private final Class<? extends EasyScoreCalculator<S, HardSoftBigDecimalScore>> calculator;
    private final Supplier<S> instance;
    private final String xml;

    private PlanningExample(String name, String description, Class<S> solutionClass, Class<?> entityClass,
                            Class<? extends EasyScoreCalculator<S, HardSoftBigDecimalScore>> calculator,
                            Supplier<S> instance, String xml) {
        this.name = name;
        this.description = description;
        this.solutionClass = solutionClass;
        this.entityClass = entityClass;
        this.calculator = calculator;
        this.instance = instance;
        this.xml = xml;
    }

    /** Short name. */
    public String name() {
        return name;
    }

    /** One line. */
    public String description() {
        return description;
    }

    /** A fresh copy of the example instance (the initial solution). */
    public S instance() {
        return instance.get();
    }

    /** The class-path resource of the example's XML solver configuration (L2E and change moves in a union). */
    public String xmlResource() {
        return xml;
    }

    /** The score of a solution. */
    public HardSoftBigDecimalScore score(S solution) {
        try {
            return calculator.getDeclaredConstructor().newInstance().calculateScore(solution);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + calculator.getName(), e);
        }
    }

    /** The move selector of a kind. */
    public static MoveSelectorConfig<?> moves(Moves moves) {
        return switch (moves) {
            case CHANGE -> new ChangeMoveSelectorConfig();
            case L2E -> L2eMoves.config().build();
            case UNION -> new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
                    L2eMoves.config().build());
        };
    }

    /**
     * A solver configuration for the example.
     *
     * @param acceptor the local-search acceptor
     * @param moves    the move selector
     * @param budget   score calculations (the solver's {@code scoreCalculationCountLimit})
     * @param seed     the solver's random seed
     */
    public SolverConfig config(Acceptor acceptor, MoveSelectorConfig<?> moves, long budget, long seed) {
        String temperature = null;
        if (acceptor == Acceptor.SIMULATED_ANNEALING) {
            BigDecimal t = score(instance()).softScore().abs()
                    .multiply(BigDecimal.valueOf(SA_TEMPERATURE_FRACTION), MathContext.DECIMAL64);
            temperature = "0hard/" + t.toPlainString() + "soft";
        }
        return new SolverConfig()
                .withSolutionClass(solutionClass)
                .withEntityClasses(entityClass)
                .withEasyScoreCalculatorClass(calculator)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(budget))
                .withPhases(LocalSearchAlgorithm.phase(acceptor, moves, temperature));
    }

    /** {@link #config(Acceptor, MoveSelectorConfig, long, long)} with a kind of moves. */
    public SolverConfig config(Acceptor acceptor, Moves moves, long budget, long seed) {
        return config(acceptor, moves(moves), budget, seed);
    }

    @Override
    public String toString() {
        return name;
    }
}
