package io.github.l2e4j.optaplanner;

import io.github.l2e4j.optaplanner.testdomain.Device;
import io.github.l2e4j.optaplanner.testdomain.Lesson;
import io.github.l2e4j.optaplanner.testdomain.LessonSolution;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invalid configuration fails when the solver is built, with a message naming the property. */
class ConfigurationErrorTest {

    private static SolverConfig withProperties(SolverConfig base, Map<String, String> properties) {
        return base.withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(100L))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(L2eMoveIteratorFactory.class)
                        .withMoveIteratorFactoryCustomProperties(properties)));
    }

    private static Throwable buildFailure(SolverConfig config) {
        Throwable t = null;
        try {
            SolverFactory.create(config).buildSolver();
        } catch (RuntimeException e) {
            t = e;
        }
        assertThat(t).as("buildSolver() must fail").isNotNull();
        return t;
    }

    /** The message of the exception and of its causes. */
    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append(" | ");
        }
        return b.toString();
    }

    @Test
    void anUnknownPropertyFailsAtBuildTimeNamingIt() {
        Throwable t = buildFailure(withProperties(ScoreDirectors.deviceConfig(), Map.of("popSize", "21")));
        assertThat(t).isInstanceOf(IllegalStateException.class);
        assertThat(t.getMessage()).contains("popSize").contains(L2eMoveIteratorFactory.class.getSimpleName());
    }

    @Test
    void aBadValueFailsAtBuildTimeNamingThePropertyTheValueAndWhatIsAllowed() {
        Throwable t = buildFailure(withProperties(ScoreDirectors.deviceConfig(), Map.of("populationSize", "4")));
        assertThat(messages(t)).contains("populationSize must be an integer >= 5 (the centre candidate, 2 gradient trials and at least 2 samples),"
                        + " was '4'");
        assertThat(messages(buildFailure(withProperties(ScoreDirectors.deviceConfig(), Map.of("stepScale", "NaN")))))
                .contains("stepScale must be a number in (0, 1], was 'NaN'");
        assertThat(messages(buildFailure(withProperties(ScoreDirectors.deviceConfig(), Map.of("scalarization", "sum")))))
                .contains("scalarization must be 'lexicographic' or 'infeasibleWorst', was 'sum'");
        assertThat(messages(buildFailure(withProperties(ScoreDirectors.deviceConfig(), Map.of("weights", "/no/such/file.json")))))
                .contains("weights must be 'default', 'theta0' or a readable weights file, was '/no/such/file.json'");
        assertThat(messages(buildFailure(withProperties(ScoreDirectors.deviceConfig(), Map.of("variables", "power,")))))
                .contains("variables must be comma-separated variable names, was 'power,' (bad name '')");
    }

    @Test
    void anEntityClassWithoutNumericVariablesFailsAtBuildTime() {
        SolverConfig lessons = new SolverConfig().withSolutionClass(LessonSolution.class).withEntityClasses(Lesson.class)
                .withEasyScoreCalculatorClass(LessonSolution.Calculator.class);
        Throwable t = buildFailure(withProperties(lessons, Map.of("entityClass", Lesson.class.getName())));
        assertThat(messages(t)).contains("entityClass " + Lesson.class.getName() + " has no numeric @PlanningVariable"
                + " (L2E moves set Double, Integer, Long, BigInteger or BigDecimal variables); its planning variables: room (String)");
        assertThat(messages(buildFailure(withProperties(lessons, Map.of("entityClass", "org.example.NoSuchEntity")))))
                .contains("entityClass must name a class on the class path, was 'org.example.NoSuchEntity'");
        assertThat(messages(buildFailure(withProperties(lessons, Map.of("entityClass", String.class.getName())))))
                .contains("entityClass must name a @PlanningEntity class, was java.lang.String");
    }

    @Test
    void aNamedVariableThatIsNotNumericFailsAtBuildTimeWhenTheEntityClassIsGiven() {
        Throwable t = buildFailure(withProperties(ScoreDirectors.deviceConfig(),
                Map.of("entityClass", Device.class.getName(), "variables", "power,mode")));
        assertThat(messages(t)).contains("variables names 'mode', which is not a numeric @PlanningVariable of "
                + Device.class.getName() + "; its planning variables: power (Double), slots (Integer), mode (String)");
    }

    @Test
    void withoutEntityClassTheDomainIsCheckedWhenThePhaseStarts() {
        SolverConfig lessons = new SolverConfig().withSolutionClass(LessonSolution.class).withEntityClasses(Lesson.class)
                .withEasyScoreCalculatorClass(LessonSolution.Calculator.class);
        Solver<LessonSolution> solver = SolverFactory.<LessonSolution>create(withProperties(lessons, Map.of())).buildSolver();
        assertThatThrownBy(() -> solver.solve(new LessonSolution(List.of(new Lesson(0, "A")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("L2E moves found no movable numeric planning variable in the solution LessonSolution")
                .hasMessageContaining("Set the custom property 'entityClass' or 'variables'");
    }

    @Test
    void theJavaBuilderRejectsBadValuesWhenTheyAreSet() {
        assertThatThrownBy(() -> L2eMoves.config().populationSize(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("populationSize must be an integer >= 5 (the centre candidate, 2 gradient trials and at least"
                        + " 2 samples), was '3'");
        assertThat(L2eMoves.config().populationSize(8).build()).isNotNull();
        assertThatThrownBy(() -> L2eMoves.config().lexicographic(0.5))
                .hasMessage("levelWeight must be a finite number >= 1, was '0.5'");
        assertThatThrownBy(() -> L2eMoves.config().entityClass(Lesson.class))
                .hasMessageStartingWith("entityClass " + Lesson.class.getName() + " has no numeric @PlanningVariable");
        MoveIteratorFactoryConfig c = L2eMoves.config().populationSize(9).variables("power").entityClass(Device.class)
                .seed(5).build();
        assertThat(c.getMoveIteratorFactoryCustomProperties()).containsExactly(
                Map.entry("populationSize", "9"), Map.entry("variables", "power"),
                Map.entry("entityClass", Device.class.getName()), Map.entry("seed", "5"));
    }

    // ------------------------------------------------------------ L2eMoves.check: the domain before the build

    private static SolverConfig lessons() {
        return new SolverConfig().withSolutionClass(LessonSolution.class).withEntityClasses(Lesson.class)
                .withEasyScoreCalculatorClass(LessonSolution.Calculator.class);
    }

    @Test
    void checkRejectsADomainWithoutNumericVariablesEvenWithoutEntityClass() {
        SolverConfig config = withProperties(lessons(), Map.of());
        assertThatThrownBy(() -> L2eMoves.check(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("entityClass is not set, and no planning entity class of the solver configuration "
                        + "has a numeric @PlanningVariable")
                .hasMessageContaining("Lesson: ");
    }

    @Test
    void checkRejectsVariablesThatNoEntityClassHasAsNumbers() {
        SolverConfig devices = new SolverConfig().withSolutionClass(io.github.l2e4j.optaplanner.testdomain.DeviceSolution.class)
                .withEntityClasses(Device.class)
                .withEasyScoreCalculatorClass(io.github.l2e4j.optaplanner.testdomain.DeviceScoreCalculator.class);
        assertThatThrownBy(() -> L2eMoves.check(withProperties(devices, Map.of("variables", "power,mode"))))
                .hasMessageContaining("named by variables (power,mode)")
                .hasMessageContaining("Device: power (Double), slots (Integer), mode (String)");
        // the numeric ones pass, and the config comes back unchanged
        SolverConfig ok = withProperties(devices, Map.of("variables", "power,slots"));
        assertThat(L2eMoves.check(ok)).isSameAs(ok);
        assertThat(L2eMoves.check(withProperties(devices, Map.of()))).isNotNull();
    }

    @Test
    void checkFindsL2eMovesInsideAUnionAndGivesTheSolversMessagesForBadProperties() {
        SolverConfig union = lessons().withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(
                new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(), L2eMoves.config().build())));
        assertThatThrownBy(() -> L2eMoves.check(union)).hasMessageStartingWith("entityClass is not set");

        SolverConfig unknown = withProperties(lessons(), Map.of("populationSzie", "9"));
        String fromCheck = messages(catchThrowable(() -> L2eMoves.check(unknown)));
        assertThat(fromCheck).contains("populationSzie");
        assertThat(messages(buildFailure(unknown))).contains("populationSzie");
    }

    @Test
    void checkWorksOnAnXmlConfigurationBeforeAnySolverIsBuilt() {
        String xml = """
                <solver xmlns="https://www.optaplanner.org/xsd/solver">
                  <solutionClass>io.github.l2e4j.optaplanner.testdomain.LessonSolution</solutionClass>
                  <entityClass>io.github.l2e4j.optaplanner.testdomain.Lesson</entityClass>
                  <scoreDirectorFactory>
                    <easyScoreCalculatorClass>io.github.l2e4j.optaplanner.testdomain.LessonSolution$Calculator</easyScoreCalculatorClass>
                  </scoreDirectorFactory>
                  <localSearch>
                    <moveIteratorFactory>
                      <moveIteratorFactoryClass>io.github.l2e4j.optaplanner.L2eMoveIteratorFactory</moveIteratorFactoryClass>
                    </moveIteratorFactory>
                  </localSearch>
                </solver>
                """;
        SolverConfig config = SolverConfig.createFromXmlReader(new StringReader(xml));
        assertThatThrownBy(() -> SolverFactory.create(L2eMoves.check(config)))
                .hasMessageStartingWith("entityClass is not set, and no planning entity class");
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
