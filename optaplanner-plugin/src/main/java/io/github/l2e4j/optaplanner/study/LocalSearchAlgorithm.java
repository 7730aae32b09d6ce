package io.github.l2e4j.optaplanner.study;

import io.github.l2e4j.optaplanner.L2eMoves;
import io.github.l2e4j.optaplanner.box.BoxCoordinate;
import io.github.l2e4j.optaplanner.box.BoxScoreCalculator;
import io.github.l2e4j.optaplanner.box.BoxSolution;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.RunRecorder;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.RunSpec;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An OptaPlanner local search on a {@link Problem}'s box, as an {@link Algorithm}: the problem
 * becomes a {@link BoxSolution} (one {@code Double} planning variable per coordinate), and one
 * local-search phase runs with either OptaPlanner's change moves (a coordinate is set to a value
 * drawn uniformly from its range) or L2E moves, under hill climbing, late acceptance or simulated
 * annealing.
 *
 * <p>Budget: the run spec's budget is the solver's {@code scoreCalculationCountLimit} (one score
 * calculation is one evaluation of f). Every run starts at the same point for a seed: uniform in
 * the middle {@value #INIT_FRACTION} of the box (OptaPlanner's construction heuristic cannot
 * assign doubles). The solver runs in {@code REPRODUCIBLE} mode with {@code randomSeed} = the run
 * seed, so a seed gives the same run. Simulated annealing starts at the temperature
 * {@value #SA_TEMPERATURE_FRACTION} |f(x0) - f_ref| (f_ref = f* when known, else 0), an
 * evaluation of x0 made outside the budget. The forager accepts {@value #ACCEPTED_COUNT_LIMIT}
 * move per step for every acceptor, and late acceptance remembers {@value #LATE_ACCEPTANCE_SIZE}
 * steps (OptaPlanner's defaults for late acceptance).
 *
 * <p>{@code Result.generations()} is the number of evaluations (OptaPlanner has no generations).
 */
public final class LocalSearchAlgorithm implements Algorithm {

    /** Late acceptance size. */
    public static final int LATE_ACCEPTANCE_SIZE = 400;
    /** Forager accepted-count limit. */
    public static final int ACCEPTED_COUNT_LIMIT = 1;
    /** Simulated annealing starting temperature relative to |f(x0) - f_ref|. */
    public static final double SA_TEMPERATURE_FRACTION = 0.01;
    /** Smallest starting temperature. */
    public static final double MIN_TEMPERATURE = 1e-12;
    /** The initial point is drawn from this central fraction of the box. */
    public static final double INIT_FRACTION = 0.8;
    /** Mixed into the run seed for the initial point's generator (not the solver's). */
    public static final long INIT_STREAM = 0x6F70746170A11E5L;

    /** OptaPlanner acceptors. */
    public enum Acceptor {
        /** Accept a move whose score is not worse than the last step's. */
        HILL_CLIMBING("hc", "hill climbing"),
        /** Late acceptance. */
        LATE_ACCEPTANCE("la", "late acceptance"),
        /** Simulated annealing. */
        SIMULATED_ANNEALING("sa", "simulated annealing");

        private final String code;
        private final String label;

        Acceptor(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** Short name ("hc", "la", "sa"). */
        public String code() {
            return code;
        }

        /** Readable name. */
        public String label() {
            return label;
        }
    }

    /** Which moves the phase selects. */
    public enum Moves {
        /** OptaPlanner's change moves on the coordinates. */
        CHANGE,
        /** L2E moves. */
        L2E
    }

    private final Acceptor acceptor;
    private final Moves moves;

    /** A local search with this acceptor and these moves. */
    public LocalSearchAlgorithm(Acceptor acceptor, Moves moves) {
        if (acceptor == null || moves == null) {
            throw new IllegalArgumentException("acceptor and moves must not be null");
        }
        this.acceptor = acceptor;
        this.moves = moves;
    }

    @Override
    public String name() {
        return moves == Moves.L2E ? "optaplanner-l2e-" + acceptor.code() : "optaplanner-" + acceptor.code();
    }

    @Override
    public String description() {
        return "OptaPlanner " + acceptor.label() + " with " + (moves == Moves.L2E ? "L2E moves" : "change moves");
    }

    /** The acceptor. */
    public Acceptor acceptor() {
        return acceptor;
    }

    /** The moves. */
    public Moves moves() {
        return moves;
    }

    /** The initial point of a run: uniform in the middle of the box, from the seed. */
    public static double[] initialPoint(Bounds b, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ INIT_STREAM);
        double[] x = new double[b.dimension()];
        for (int i = 0; i < x.length; i++) {
            x[i] = b.lower(i) + b.width(i) * ((1 - INIT_FRACTION) / 2 + INIT_FRACTION * r.nextDouble());
        }
        return x;
    }

    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        long start = System.nanoTime();
        double[] x0 = initialPoint(problem.bounds(), spec.seed());
        RunRecorder recorder = new RunRecorder(spec.targets());
        BoxSolution solution = BoxSolution.of(problem, x0, recorder);
        SolverFactory.<BoxSolution>create(solverConfig(problem, spec, x0)).buildSolver().solve(solution);
        boolean hit = recorder.best() <= spec.stopValue();
        return new Result(recorder.bestPoint(x0), recorder.best(), recorder.evaluations(), recorder.evaluations(), 0,
                (System.nanoTime() - start) / 1e9, hit ? "target" : "budget", recorder.hits());
    }

    /** The solver configuration of a run (exposed for tests and examples). */
    public SolverConfig solverConfig(Problem problem, RunSpec spec, double[] x0) {
        TerminationConfig termination = new TerminationConfig().withScoreCalculationCountLimit(spec.budget());
        if (Double.isFinite(spec.stopValue())) {
            termination.setBestScoreLimit("0hard/" + BigDecimal.valueOf(-spec.stopValue()).toPlainString() + "soft");
        }
        MoveSelectorConfig<?> selector = moves == Moves.L2E
                ? L2eMoves.config().infeasibleWorst().budgetHint(spec.budget()).build()
                : new ChangeMoveSelectorConfig();
        String temperature = acceptor == Acceptor.SIMULATED_ANNEALING
                ? "0hard/" + BigDecimal.valueOf(startingTemperature(problem, x0)).toPlainString() + "soft" : null;
        return new SolverConfig()
                .withSolutionClass(BoxSolution.class)
                .withEntityClasses(BoxCoordinate.class)
                .withEasyScoreCalculatorClass(BoxScoreCalculator.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(spec.seed())
                .withTerminationConfig(termination)
                .withPhases(phase(acceptor, selector, temperature));
    }

    /**
     * One local-search phase with these moves under this acceptor, with the settings every
     * algorithm here uses (forager: {@value #ACCEPTED_COUNT_LIMIT} accepted move per step; late
     * acceptance size {@value #LATE_ACCEPTANCE_SIZE}).
     *
     * @param acceptor    the acceptor
     * @param moves       the move selector
     * @param temperature simulated annealing's starting temperature, as a score string (ignored otherwise)
     * @throws IllegalArgumentException if simulated annealing has no temperature
     */
    public static LocalSearchPhaseConfig phase(Acceptor acceptor, MoveSelectorConfig<?> moves, String temperature) {
        LocalSearchAcceptorConfig acceptorConfig = new LocalSearchAcceptorConfig();
        switch (acceptor) {
            case HILL_CLIMBING -> acceptorConfig.setAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING));
            case LATE_ACCEPTANCE -> acceptorConfig.setLateAcceptanceSize(LATE_ACCEPTANCE_SIZE);
            case SIMULATED_ANNEALING -> {
                if (temperature == null || temperature.isBlank()) {
                    throw new IllegalArgumentException("simulated annealing needs a starting temperature, was " + temperature);
                }
                acceptorConfig.setSimulatedAnnealingStartingTemperature(temperature);
            }
            default -> throw new IllegalStateException("unknown acceptor " + acceptor);
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(acceptorConfig)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT));
    }

    private static double startingTemperature(Problem problem, double[] x0) {
        double f0 = problem.objective().value(x0.clone());
        double ref = problem.optimalValue().orElse(0);
        double t = SA_TEMPERATURE_FRACTION * Math.abs(f0 - ref);
        return Double.isFinite(t) && t > MIN_TEMPERATURE ? t : MIN_TEMPERATURE;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", name(), description());
    }
}
