package io.github.l2e4j.moea;

import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;
import org.moeaframework.core.Solution;
import org.moeaframework.problem.DTLZ.DTLZ2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RealSolutionsTest {

    @Test
    void readsAndWritesTheRealVariablesOfARealProblem() {
        try (DTLZ2 problem = new DTLZ2(2)) {
            Solution s = problem.newSolution();
            Bounds b = RealSolutions.bounds(s);
            assertThat(b.dimension()).isEqualTo(problem.getNumberOfVariables());
            assertThat(b.lower(0)).isZero();
            assertThat(b.upper(0)).isEqualTo(1.0);

            double[] x = new double[b.dimension()];
            x[0] = 0.25;
            for (int i = 1; i < x.length; i++) {
                x[i] = 0.5;
            }
            RealSolutions.setValues(s, x);
            assertThat(RealSolutions.values(s)).containsExactly(x);
            problem.evaluate(s);
            // On the Pareto set (x_i = 0.5 for i >= 1) DTLZ2's front is the unit circle arc.
            double f1 = RealSolutions.canonicalObjective(s, 0);
            double f2 = RealSolutions.canonicalObjective(s, 1);
            assertThat(f1 * f1 + f2 * f2).isCloseTo(1.0, within(1e-12));
            assertThat(f1).isCloseTo(Math.cos(0.25 * Math.PI / 2), within(1e-12));
        }
    }

    @Test
    void refusesTheWrongNumberOfValues() {
        try (DTLZ2 problem = new DTLZ2(2)) {
            Solution s = problem.newSolution();
            assertThatThrownBy(() -> RealSolutions.setValues(s, new double[1]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("x must have " + problem.getNumberOfVariables() + " values (one per variable), had 1");
        }
    }
}
