package io.github.l2e4j.optaplanner;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.optaplanner.box.BoxSolution;
import io.github.l2e4j.optaplanner.testdomain.Device;
import io.github.l2e4j.optaplanner.testdomain.DeviceSolution;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.RunRecorder;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
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

import static org.assertj.core.api.Assertions.assertThat;

/** L2E moves inside real OptaPlanner solvers (Java configuration). */
class SolverRunTest {

    private static final Problem ELLIPSOID = TestFunctions.ellipsoid(6, 1e4).withoutGradient();
    private static final double[] X0 = {3, -2, 1, 4, -4, 2.5};

    private static SolverConfig box(MoveSelectorConfig<?> moves, long seed, long budget, EnvironmentMode mode) {
        return ScoreDirectors.boxConfig().withEnvironmentMode(mode).withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(budget))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    private static BoxSolution solveBox(SolverConfig config, RunRecorder recorder) {
        return SolverFactory.<BoxSolution>create(config).buildSolver().solve(BoxSolution.of(ELLIPSOID, X0, recorder));
    }

    @Test
    void reproducibleWithASeedAndDifferentWithAnother() {
        MoveIteratorFactoryConfig l2e = L2eMoves.config().infeasibleWorst().build();
        assertThat(evaluatedValues(box(l2e, 3, 600, EnvironmentMode.REPRODUCIBLE)))
                .hasSize(600)
                .containsExactlyElementsOf(evaluatedValues(box(l2e, 3, 600, EnvironmentMode.REPRODUCIBLE)))
                .isNotEqualTo(evaluatedValues(box(l2e, 4, 600, EnvironmentMode.REPRODUCIBLE)));
    }

    /** Every value f(x) the solver evaluated, in order. */
    private static List<Double> evaluatedValues(SolverConfig config) {
        List<Double> values = new java.util.ArrayList<>();
        Problem logged = Problem.builder("logged", ELLIPSOID.bounds()).objective(x -> {
            double f = ELLIPSOID.objective().value(x);
            values.add(f);
            return f;
        }).build();
        SolverFactory.<BoxSolution>create(config).buildSolver().solve(BoxSolution.of(logged, X0, null));
        return values;
    }

    @Test
    void everyScoreCalculationIsOneEvaluationAndL2eImprovesOnTheStart() {
        RunRecorder rec = new RunRecorder(new double[0]);
        BoxSolution best = solveBox(box(L2eMoves.config().infeasibleWorst().build(), 1, 3000,
                EnvironmentMode.REPRODUCIBLE), rec);
        assertThat(rec.evaluations()).isEqualTo(3000);
        double f0 = ELLIPSOID.objective().value(X0);
        assertThat(rec.best()).isLessThan(1e-3 * f0);
        // The solver's best solution is the best point any move evaluated.
        assertThat(-best.getScore().softScore().doubleValue()).isEqualTo(rec.best());
        assertThat(best.point()).containsExactly(rec.bestPoint(X0));
    }

    @Test
    void inAUnionWithChangeMovesBothKindsOfMoveBecomeSteps() {
        SolverConfig config = box(new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig(), L2eMoves.config().infeasibleWorst().build()), 5, 3000,
                EnvironmentMode.REPRODUCIBLE);
        Solver<BoxSolution> solver = SolverFactory.<BoxSolution>create(config).buildSolver();
        StepCounter<BoxSolution> steps = StepCounter.attach(solver);
        solver.solve(BoxSolution.of(ELLIPSOID, X0, null));
        assertThat(steps.steps()).containsOnlyKeys("ChangeMove", "L2eMove");
        assertThat(steps.steps().get("L2eMove")).isGreaterThan(10);
        assertThat(steps.steps().get("ChangeMove")).isGreaterThan(10);
    }

    @Test
    void fullAssertFindsNoScoreCorruptionWithMixedVariablesPinsAndAUnion() {
        SolverConfig config = ScoreDirectors.deviceConfig().withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(1L)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(1500L))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(L2eMoves.config().build(), new ChangeMoveSelectorConfig())));
        DeviceSolution start = DeviceSolution.of(3, 9.5, 40, false, true, false);
        start.getDevices().get(1).setPower(5.0);                   // pinned, feasible
        DeviceSolution best = SolverFactory.<DeviceSolution>create(config).buildSolver().solve(start);
        assertThat(best.getScore().isFeasible()).isTrue();
        Device pinned = best.getDevices().get(1);
        assertThat(pinned.getPower()).isEqualTo(5.0);
        assertThat(pinned.getSlots()).isEqualTo(40);
        for (Device d : List.of(best.getDevices().get(0), best.getDevices().get(2))) {
            assertThat(d.getSlots()).isBetween(0, 40).matches(v -> v % 2 == 0);   // a member of {0, 2, ..., 40}
            assertThat(d.getPower()).isLessThan(9.0);
        }
        assertThat(best.getScore().softScore().doubleValue()).isGreaterThan(-0.5 * (2 * (6.2 * 6.2 + 52.9) + 1.7 * 1.7 + 52.9));
    }

    @Test
    void integerProposalsAreAlwaysMembersOfTheRange() {
        SolverConfig config = ScoreDirectors.deviceConfig().withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(2L)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(800L))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(
                        L2eMoves.config().variables("slots").build()));
        Solver<DeviceSolution> solver = SolverFactory.<DeviceSolution>create(config).buildSolver();
        List<Integer> seen = new java.util.ArrayList<>();
        solver.addEventListener(e -> e.getNewBestSolution().getDevices().forEach(d -> seen.add(d.getSlots())));
        DeviceSolution best = solver.solve(DeviceSolution.of(4, 1.0, 0));
        assertThat(seen).isNotEmpty().allMatch(s -> s % 2 == 0 && s >= 0 && s <= 40);
        assertThat(best.getDevices()).allMatch(d -> d.getSlots() == 16 || d.getSlots() == 18);
        assertThat(best.getDevices()).allMatch(d -> d.getPower() == 1.0);   // not among the chosen variables
    }

    @Test
    void nanObjectiveValuesRankWorstAndNeverCrashARun() {
        Problem holes = Problem.builder("holes", Bounds.cube(-5, 5, 4))
                .objective(x -> x[0] > 1 ? Double.NaN : x[1] > 2 ? Double.POSITIVE_INFINITY
                        : (x[0] - 0.5) * (x[0] - 0.5) + x[1] * x[1] + x[2] * x[2] + x[3] * x[3])
                .build();
        RunRecorder rec = new RunRecorder(new double[0]);
        SolverConfig config = box(L2eMoves.config().infeasibleWorst().build(), 9, 2000, EnvironmentMode.REPRODUCIBLE);
        BoxSolution best = SolverFactory.<BoxSolution>create(config).buildSolver()
                .solve(BoxSolution.of(holes, new double[] {0, 1, 1, 1}, rec));
        assertThat(best.getScore().isFeasible()).isTrue();
        assertThat(rec.best()).isLessThan(1e-6);
        assertThat(best.point()[0]).isLessThanOrEqualTo(1);
    }

    @Test
    void originalSelectionOrderWorks() {
        MoveIteratorFactoryConfig l2e = L2eMoves.config().infeasibleWorst().build();
        l2e.setSelectionOrder(SelectionOrder.ORIGINAL);
        SolverConfig config = ScoreDirectors.boxConfig().withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(2000L))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(l2e)
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING))));
        RunRecorder rec = new RunRecorder(new double[0]);
        solveBox(config, rec);
        assertThat(rec.best()).isLessThan(1e-3 * ELLIPSOID.objective().value(X0));
    }

    @Test
    void theDefaultAcceptorAndForagerWork() {
        SolverConfig config = ScoreDirectors.boxConfig().withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(2000L))
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(L2eMoves.config().infeasibleWorst().build()));
        RunRecorder rec = new RunRecorder(new double[0]);
        BoxSolution best = solveBox(config, rec);
        assertThat(rec.evaluations()).isEqualTo(2000);
        assertThat(best.getScore()).isGreaterThan(HardSoftBigDecimalScore.of(BigDecimal.ZERO,
                BigDecimal.valueOf(-1e-3 * ELLIPSOID.objective().value(X0))));
    }
}
