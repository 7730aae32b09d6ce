package io.github.l2e4j.l2o;

import io.github.l2e4j.gradient.FirstOrderOracle;
import io.github.l2e4j.gradient.GradientProblems;
import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradientRunTest {

    private static final FirstOrderOracle SPHERE = (x, g) -> {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            double t = x[i] - 1;
            f += t * t;
            g[i] = 2 * t;
        }
        return f;
    };

    @Test
    void knownLipschitzCostsOneEvaluationPerIteration() {
        SmoothProblem p = GradientProblems.randomQp(32, 20, 1);
        Trajectory t = GradientRun.run(GradientDescent.create(), p, 100);
        assertThat(t.iterations()).isEqualTo(100);
        assertThat(t.evaluations()).isEqualTo(101);
        assertThat(t.lipschitz()).isEqualTo(p.lipschitzConstant().orElseThrow());
        assertThat(t.stopReason()).isEqualTo("iterations");
        for (int k = 1; k < t.values().length; k++) {
            assertThat(t.values()[k]).isLessThanOrEqualTo(t.values()[k - 1]);
        }
    }

    @Test
    void backtrackingFindsAValidStepWithoutL() {
        double[] x0 = {5, -3, 2, 0};
        GradientRun run = GradientRun.builder().iterations(200).build();
        for (GradientMethod m : List.of(GradientDescent.create(), Nesterov.create(), LearnedStepSizes.untrained(8, 1))) {
            Trajectory t = run.run(m, SPHERE, x0);
            assertThat(t.lipschitz()).as(m.name()).isLessThanOrEqualTo(2 * 2 + 1e-9).isPositive();
            assertThat(t.lastValue()).as(m.name()).isLessThan(1e-20);
        }
    }

    @Test
    void evaluationCountsAreDeterministicAndRespectTheBudget() {
        SmoothProblem p = GradientProblems.randomQp(32, 20, 2);
        double[] x0 = p.start();
        Trajectory a = GradientRun.builder().iterations(1000).budget(37).build().run(Nesterov.create(), p.oracle(), x0);
        Trajectory b = GradientRun.builder().iterations(1000).budget(37).build().run(Nesterov.create(), p.oracle(), x0);
        assertThat(a.evaluations()).isEqualTo(37).isEqualTo(b.evaluations());
        assertThat(a.stopReason()).isEqualTo("budget");
        assertThat(a.values()).containsExactly(b.values());
    }

    @Test
    void everyEvaluationStaysInTheBox() {
        Bounds box = Bounds.cube(2, 3, 4);
        List<double[]> seen = new ArrayList<>();
        Trajectory t = GradientRun.builder().iterations(50).bounds(box).evaluationListener((x, f) -> seen.add(x.clone()))
                .build().run(Nesterov.create(), SPHERE, new double[]{0, 0, 10, 2.5});
        assertThat(seen).isNotEmpty().allMatch(box::contains);
        assertThat(t.iterate()).containsOnly(2.0);
    }

    /** NaN and infinite values never crash a run: they act as failed steps and the step shrinks. */
    @Test
    void nonFiniteValuesShrinkTheStepInsteadOfCrashing() {
        FirstOrderOracle cliff = (x, g) -> {
            if (x[0] < -0.5) {
                g[0] = Double.NaN;
                return Double.NaN;
            }
            g[0] = 2 * (x[0] + 0.4);
            return (x[0] + 0.4) * (x[0] + 0.4);
        };
        // a wrong (too small) L makes the first step land in the NaN region
        Trajectory t = GradientRun.builder().iterations(100).lipschitz(0.1).build()
                .run(GradientDescent.create(), cliff, new double[]{3});
        assertThat(t.lastValue()).isFinite().isLessThan(1e-12);
        assertThat(t.lipschitz()).isGreaterThan(0.1);
        Trajectory nanStart = GradientRun.builder().build().run(GradientDescent.create(), cliff, new double[]{-1});
        assertThat(nanStart.stopReason()).isEqualTo("non-finite");
        assertThat(nanStart.iterations()).isZero();
    }

    @Test
    void stopsWhenStationaryOrAtTheTarget() {
        Trajectory t = GradientRun.builder().iterations(100).lipschitz(2).build()
                .run(GradientDescent.create(), SPHERE, new double[]{4, 4});
        assertThat(t.stopReason()).isEqualTo("stationary");
        assertThat(t.iterate()).containsExactly(1.0, 1.0);
        Trajectory target = GradientRun.builder().iterations(1000).lipschitz(4).stopValue(1e-3).build()
                .run(GradientDescent.create(), SPHERE, new double[]{4, 4});
        assertThat(target.stopReason()).isEqualTo("target");
        assertThat(target.lastValue()).isLessThanOrEqualTo(1e-3);
    }

    @Test
    void nesterovBeatsGradientDescentOnIllConditionedQps() {
        SmoothProblem p = GradientProblems.randomQp(32, 32, 1e4, 1);
        double gd = p.value(GradientRun.run(GradientDescent.create(), p, 300).iterate());
        double nes = p.value(GradientRun.run(Nesterov.create(), p, 300).iterate());
        assertThat(nes).isLessThan(0.1 * gd);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> GradientRun.builder().build().run(GradientDescent.create(), SPHERE, new double[]{0, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x0[1] must be finite, was NaN");
        assertThatThrownBy(() -> GradientRun.builder().lipschitz(0)).hasMessage("lipschitz must be a finite number > 0, was 0");
        assertThatThrownBy(() -> GradientRun.builder().iterations(-1)).hasMessage("iterations must be >= 0, was -1");
        assertThatThrownBy(() -> GradientRun.builder().bounds(Bounds.cube(0, 1, 3)).build()
                .run(GradientDescent.create(), SPHERE, new double[2]))
                .hasMessage("x0 must have the bounds' dimension 3, was 2");
    }
}
