package io.github.l2e4j.mo;

import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link MoSearch#restart}: the additive method for problems that change. */
class MoSearchRestartTest {

    private static final int D = 4;
    private static final Bounds BOX = Bounds.cube(0, 1, D);

    private static double[] shifted(double[] x, double shift) {
        double g = 1;
        for (int c = 1; c < x.length; c++) {
            g += (x[c] - shift) * (x[c] - shift);
        }
        return new double[] {x[0], g * (1 - Math.sqrt(x[0] / g))};
    }

    private static void generations(MoSearch s, int count, double shift) {
        for (int k = 0; k < count; k++) {
            double[][] xs = s.ask();
            double[][] fs = new double[xs.length][];
            for (int i = 0; i < xs.length; i++) {
                fs[i] = shifted(xs[i], shift);
            }
            s.tell(fs);
        }
    }

    private static MoSearch search() {
        return MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.builder().populationSize(20).build(), 5L);
    }

    @Test
    void replacesSolutionsValuesIdealAndArchive() {
        MoSearch s = search();
        generations(s, 30, 0.2);
        long evaluations = s.evaluations();
        long generation = s.generation();
        int n = s.populationSize();
        SplittableRandom r = new SplittableRandom(9);
        double[][] xs = new double[n][D];
        double[][] fs = new double[n][];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < D; c++) {
                xs[i][c] = r.nextDouble() * 1.2 - 0.1; // some outside the box: projected
            }
            fs[i] = shifted(BOX.project(xs[i].clone()), 0.7);
        }
        s.restart(xs, fs);
        assertThat(s.evaluations()).isEqualTo(evaluations + n);
        assertThat(s.generation()).isEqualTo(generation + 1);
        double[] ideal = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            assertThat(s.solution(i)).containsExactly(BOX.project(xs[i].clone()));
            assertThat(s.solutionObjectives(i)).containsExactly(fs[i]);
            ideal[0] = Math.min(ideal[0], fs[i][0]);
            ideal[1] = Math.min(ideal[1], fs[i][1]);
        }
        assertThat(s.ideal()).containsExactly(ideal);
        for (NondominatedArchive.Member m : s.archive()) {
            assertThat(Arrays.stream(fs).anyMatch(f -> Arrays.equals(f, m.f()))).isTrue();
            assertThat(m.id()).isBetween(evaluations, evaluations + n - 1);
        }
        for (double[] x : s.ask()) {
            assertThat(BOX.contains(x)).isTrue();
        }
        // The search goes on from the new solutions and finds the moved set.
        generations(s, 60, 0.7);
        for (NondominatedArchive.Member m : s.archive()) {
            for (int c = 1; c < D; c++) {
                assertThat(m.x()[c]).isBetween(0.6, 0.8);
            }
        }
    }

    @Test
    void sameSeedAndSameRestartGiveTheSameRun() {
        MoSearch a = search();
        MoSearch b = search();
        for (MoSearch s : new MoSearch[] {a, b}) {
            generations(s, 10, 0.2);
            double[][] xs = new double[s.populationSize()][];
            double[][] fs = new double[s.populationSize()][];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = s.solution(i);
                fs[i] = shifted(xs[i], 0.4);
            }
            s.restart(xs, fs);
            generations(s, 10, 0.4);
        }
        for (int i = 0; i < a.populationSize(); i++) {
            assertThat(a.solution(i)).containsExactly(b.solution(i));
        }
    }

    @Test
    void badShapesFailNamingTheRowAndLeaveTheStateUnchanged() {
        MoSearch s = search();
        generations(s, 3, 0.2);
        long evaluations = s.evaluations();
        double[] first = s.solution(0);
        int n = s.populationSize();
        double[][] xs = new double[n][D];
        double[][] fs = new double[n][2];
        xs[3] = new double[D + 1];
        assertThatThrownBy(() -> s.restart(xs, fs)).hasMessageContaining("solutions[3] must have 4 coordinates, had 5");
        xs[3] = new double[D];
        xs[4][2] = Double.NaN;
        assertThatThrownBy(() -> s.restart(xs, fs)).hasMessageContaining("solutions[4][2] must be finite, was NaN");
        xs[4][2] = 0;
        fs[7] = new double[3];
        assertThatThrownBy(() -> s.restart(xs, fs)).hasMessageContaining("values[7] must have 2 objectives, had 3");
        assertThatThrownBy(() -> s.restart(new double[n - 1][D], fs)).hasMessageContaining("solutions must have " + n + " rows");
        assertThat(s.evaluations()).isEqualTo(evaluations);
        assertThat(s.solution(0)).containsExactly(first);
    }

    @Test
    void nanValuesAreKeptOutOfTheArchiveAndTheIdealPoint() {
        MoSearch s = search();
        generations(s, 3, 0.2);
        int n = s.populationSize();
        double[][] xs = new double[n][];
        double[][] fs = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = s.solution(i);
            fs[i] = i == 0 ? new double[] {Double.NaN, -100} : shifted(xs[i], 0.2);
        }
        s.restart(xs, fs);
        assertThat(s.ideal()[1]).isGreaterThan(-100);
        assertThat(s.archive()).noneMatch(m -> Double.isNaN(m.f()[0]));
        assertThat(s.diagnostics().valid()).isEqualTo(n - 1);
    }
}
