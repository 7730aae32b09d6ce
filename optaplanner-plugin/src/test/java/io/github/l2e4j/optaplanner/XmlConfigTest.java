package io.github.l2e4j.optaplanner;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.optaplanner.box.BoxSolution;
import io.github.l2e4j.optaplanner.testdomain.Device;
import io.github.l2e4j.optaplanner.testdomain.DeviceSolution;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.RunRecorder;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Solvers configured in XML ({@code <moveIteratorFactory>}), alone and in a union. */
class XmlConfigTest {

    private static final String ALONE = "io/github/l2e4j/optaplanner/l2eSolverConfig.xml";
    private static final String UNION = "io/github/l2e4j/optaplanner/l2eUnionSolverConfig.xml";

    @Test
    void l2eMovesAloneFromXml() {
        Problem sphere = TestFunctions.sphere(5);
        double[] x0 = {4, 4, -4, 3, -2};
        RunRecorder rec = new RunRecorder(new double[0]);
        BoxSolution best = SolverFactory.<BoxSolution>createFromXmlResource(ALONE).buildSolver()
                .solve(BoxSolution.of(sphere, x0, rec));
        assertThat(rec.evaluations()).isEqualTo(3000);
        assertThat(rec.best()).isLessThan(1e-8);
        assertThat(-best.getScore().softScore().doubleValue()).isEqualTo(rec.best());

        BoxSolution again = SolverFactory.<BoxSolution>createFromXmlResource(ALONE).buildSolver()
                .solve(BoxSolution.of(sphere, x0, null));
        assertThat(again.point()).containsExactly(best.point());
    }

    @Test
    void l2eMovesInAUnionWithChangeMovesFromXml() {
        Solver<DeviceSolution> solver = SolverFactory.<DeviceSolution>createFromXmlResource(UNION).buildSolver();
        StepCounter<DeviceSolution> steps = StepCounter.attach(solver);
        DeviceSolution best = solver.solve(DeviceSolution.of(3, 9.5, 40));
        assertThat(steps.steps()).containsKeys("L2eMove", "ChangeMove");
        assertThat(best.getScore().isFeasible()).isTrue();
        for (Device d : best.getDevices()) {
            assertThat(d.getSlots()).isIn(16, 18);
            assertThat(d.getMode()).isEqualTo("eco");
        }
    }
}
