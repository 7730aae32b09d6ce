package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeDetectorTest {

    private static final int POPULATION = 100;

    static List<String> names() {
        return DynamicProblems.names();
    }

    /**
     * For every problem and both settings: a random population evaluated at generation tau - 1 is
     * checked at generation tau; detection must fire exactly at the documented change generations.
     */
    @ParameterizedTest
    @MethodSource("names")
    void firesOnEveryChangeAndNeverWithoutOne(String name) {
        DynamicProblem problem = DynamicProblems.of(name);
        ChangeDetector detector = ChangeDetector.defaults();
        for (TimeSchedule schedule : new TimeSchedule[] {TimeSchedule.of(10, 10), TimeSchedule.of(5, 10)}) {
            DynamicEnvironment env = new DynamicEnvironment(problem, schedule);
            SplittableRandom r = new SplittableRandom(11);
            double[][] xs = randomPopulation(problem.bounds(), r);
            double[][] fs = new double[POPULATION][];
            for (long tau = 2; tau <= schedule.generations(30); tau++) {
                env.setGeneration(tau - 1);
                for (int i = 0; i < POPULATION; i++) {
                    fs[i] = new double[problem.objectives()];
                    env.evaluate(xs[i], fs[i]);
                }
                env.setGeneration(tau);
                long before = env.evaluations();
                ChangeDetector.Detection d = detector.detect(xs, fs, env, r);
                assertThat(d.changed()).as("%s %s generation %d", name, schedule, tau).isEqualTo(schedule.changesAt(tau));
                assertThat(d.evaluations()).isEqualTo(10);
                assertThat(env.evaluations() - before).isEqualTo(10);
            }
        }
    }

    private static double[][] randomPopulation(Bounds b, SplittableRandom r) {
        double[][] xs = new double[POPULATION][b.dimension()];
        for (double[] x : xs) {
            for (int c = 0; c < x.length; c++) {
                x[c] = b.lower(c) + r.nextDouble() * b.width(c);
            }
        }
        return xs;
    }

    @Test
    void sentinelsAreDistinctAndCountedFromTheFraction() {
        ChangeDetector d = new ChangeDetector(0.1, 0);
        assertThat(d.sentinels(100)).isEqualTo(10);
        assertThat(d.sentinels(105)).isEqualTo(11);
        assertThat(d.sentinels(3)).isEqualTo(1);
        int[] rows = d.pick(105, new SplittableRandom(3));
        assertThat(rows).hasSize(11).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(rows).allMatch(i -> i >= 0 && i < 105)).isTrue();
        assertThat(new ChangeDetector(1, 0).pick(7, new SplittableRandom(1))).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void differenceRulesToleranceAndNaN() {
        ChangeDetector exact = ChangeDetector.defaults();
        assertThat(exact.differs(new double[] {1, 2}, new double[] {1, 2})).isFalse();
        assertThat(exact.differs(new double[] {1, 2}, new double[] {1, Math.nextUp(2.0)})).isTrue();
        assertThat(exact.differs(new double[] {Double.NaN, 2}, new double[] {Double.NaN, 2})).isFalse();
        assertThat(exact.differs(new double[] {Double.NaN, 2}, new double[] {1, 2})).isTrue();
        ChangeDetector loose = new ChangeDetector(0.1, 1e-6);
        assertThat(loose.differs(new double[] {100}, new double[] {100.00001})).isFalse();
        assertThat(loose.differs(new double[] {100}, new double[] {100.001})).isTrue();
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new ChangeDetector(0, 0)).hasMessageContaining("fraction must be in");
        assertThatThrownBy(() -> new ChangeDetector(1.5, 0)).hasMessageContaining("fraction must be in");
        assertThatThrownBy(() -> new ChangeDetector(0.1, -1)).hasMessageContaining("tolerance must be finite and >= 0, was -1");
        assertThatThrownBy(() -> ChangeDetector.defaults().differs(new double[2], new double[3]))
                .hasMessageContaining("same length");
    }
}
