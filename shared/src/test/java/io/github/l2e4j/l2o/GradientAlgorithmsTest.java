package io.github.l2e4j.l2o;

import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradientAlgorithmsTest {

    @Test
    void theGradientMethodsAreFoundByName() {
        assertThat(Algorithms.names()).containsAll(GradientAlgorithms.NAMES).contains("l2e", "cmaes");
        assertThat(Algorithms.byName("L2O-STEPS")).isInstanceOf(GradientAlgorithm.class);
    }

    @Test
    void everyGradientMethodRespectsTheBudgetAndIsReproducible() {
        Problem p = ProblemRegistry.standard().resolveOne("gradient:qp:n32:m20:i1");
        for (String name : GradientAlgorithms.NAMES) {
            Algorithm a = Algorithms.byName(name);
            Result r1 = a.minimize(p, RunSpec.of(300, Double.NEGATIVE_INFINITY, 3));
            Result r2 = a.minimize(p, RunSpec.of(300, Double.NEGATIVE_INFINITY, 3));
            assertThat(r1.evaluations()).as(name).isLessThanOrEqualTo(300);
            assertThat(r2.bestValue()).as(name).isEqualTo(r1.bestValue());
            assertThat(p.objective().value(r1.bestPoint())).as(name).isEqualTo(r1.bestValue());
            assertThat(p.bounds().contains(r1.bestPoint())).as(name).isTrue();
        }
        // gd with a known L: one evaluation per iteration, so the whole budget is 300 iterations
        Result gd = Algorithms.byName("gd").minimize(p, RunSpec.of(300, Double.NEGATIVE_INFINITY, 3));
        assertThat(gd.evaluations()).isEqualTo(300);
        assertThat(gd.generations()).isEqualTo(299);
    }

    @Test
    void reachesTheTargetWithBacktrackingWhenLIsUnknown() {
        Problem sphere = TestFunctions.sphere(10);
        for (String name : GradientAlgorithms.NAMES) {
            Result r = Algorithms.byName(name).minimize(sphere, new RunSpec(5000, 1e-10, new double[]{1, 1e-10}, 1));
            assertThat(r.bestValue()).as(name).isLessThanOrEqualTo(1e-10);
            assertThat(r.stopReason()).as(name).isEqualTo("target");
            assertThat(r.targetHits()[1]).as(name).isPositive().isLessThanOrEqualTo(r.evaluations());
        }
    }

    @Test
    void aProblemWithoutGradientIsAClearError() {
        Problem p = TestFunctions.sphere(3).withoutGradient();
        assertThatThrownBy(() -> Algorithms.byName("gd").minimize(p, RunSpec.of(10, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("algorithm gd needs the problem's exact gradient, but sphere_d3 has none "
                        + "(on the command line: pass --gradient)");
    }
}
