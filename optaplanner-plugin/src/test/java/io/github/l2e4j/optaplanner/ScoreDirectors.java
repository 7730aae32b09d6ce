package io.github.l2e4j.optaplanner;

import io.github.l2e4j.optaplanner.box.BoxCoordinate;
import io.github.l2e4j.optaplanner.box.BoxScoreCalculator;
import io.github.l2e4j.optaplanner.box.BoxSolution;
import io.github.l2e4j.optaplanner.testdomain.Device;
import io.github.l2e4j.optaplanner.testdomain.DeviceScoreCalculator;
import io.github.l2e4j.optaplanner.testdomain.DeviceSolution;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** Real OptaPlanner score directors for tests that drive moves by hand. */
final class ScoreDirectors {

    private ScoreDirectors() {
    }

    static SolverConfig boxConfig() {
        return new SolverConfig().withSolutionClass(BoxSolution.class).withEntityClasses(BoxCoordinate.class)
                .withEasyScoreCalculatorClass(BoxScoreCalculator.class);
    }

    static SolverConfig deviceConfig() {
        return new SolverConfig().withSolutionClass(DeviceSolution.class).withEntityClasses(Device.class)
                .withEasyScoreCalculatorClass(DeviceScoreCalculator.class);
    }

    /** A working score director of the config's score calculation, on this solution. */
    static <S> InnerScoreDirector<S, ?> of(SolverConfig config, S solution) {
        DefaultSolverFactory<S> factory = (DefaultSolverFactory<S>) SolverFactory.<S>create(config);
        InnerScoreDirector<S, ?> sd = factory.getScoreDirectorFactory().buildScoreDirector(true, false);
        sd.setWorkingSolution(solution);
        sd.calculateScore();
        return sd;
    }
}
