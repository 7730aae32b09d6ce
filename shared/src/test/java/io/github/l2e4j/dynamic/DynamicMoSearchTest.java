package io.github.l2e4j.dynamic;

import io.github.l2e4j.mo.MoSettings;
import io.github.l2e4j.mo.NondominatedArchive;
import io.github.l2e4j.operator.LearnedOperator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamicMoSearchTest {

    private static DynamicMoSearch search(DynamicProblem p, ChangeResponse response, long seed) {
        return DynamicMoSearch.create(LearnedOperator.theta0(), p.bounds(), p.objectives(), MoSettings.defaults(),
                ChangeDetector.defaults(), response, seed);
    }

    @Test
    void detectsEveryChangeAndCountsEvaluationsExactly() {
        DynamicProblem p = DynamicProblems.of("DF1");
        TimeSchedule schedule = TimeSchedule.of(10, 10);
        DynamicEnvironment env = new DynamicEnvironment(p, schedule);
        DynamicMoSearch s = search(p, ScaleRestart.defaults(), 1L);
        int changes = 5;
        for (long tau = 1; tau <= schedule.generations(changes); tau++) {
            env.setGeneration(tau);
            s.step(env);
            assertThat(s.detections()).isEqualTo(env.environment());
        }
        long generations = schedule.generations(changes);
        // N per generation, ceil(0.1 N) sentinels from generation 2 on, N more per change.
        assertThat(s.evaluations()).isEqualTo(100 * generations + 10 * (generations - 1) + 100L * changes);
        assertThat(env.evaluations()).isEqualTo(s.evaluations());
        assertThat(s.history().size()).isEqualTo(changes);
    }

    @Test
    void afterAChangeTheArchiveHoldsOnlyValuesOfTheCurrentTime() {
        DynamicProblem p = DynamicProblems.of("DF2");
        TimeSchedule schedule = TimeSchedule.of(10, 10);
        DynamicEnvironment env = new DynamicEnvironment(p, schedule);
        DynamicMoSearch s = search(p, ScaleRestart.defaults(), 2L);
        for (long tau = 1; tau <= schedule.firstGeneration(2); tau++) {
            env.setGeneration(tau);
            s.step(env);
        }
        double t = env.time();
        assertThat(t).isEqualTo(0.2);
        for (NondominatedArchive.Member m : s.archive()) {
            assertThat(m.f()).containsExactly(p.evaluate(m.x(), t));
        }
    }

    @Test
    void tracksTheMovingFrontOfDf1Closely() {
        DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF1")).schedule(TimeSchedule.of(10, 10))
                .changes(10).build();
        DynamicRunResult r = run.run(L2eDynamicAlgorithm.of("l2e-moead", "test", ScaleRestart.defaults()), 1L);
        assertThat(r.detections()).isEqualTo(10);
        // Every environment's front is close to PF(t): the response keeps up with the moving set.
        for (EnvironmentResult e : r.environments()) {
            assertThat(e.igd()).as("environment %d", e.environment()).isLessThan(0.1);
        }
        assertThat(r.migd()).isLessThan(0.03);
    }

    @Test
    void theResponseMattersOnDf1() {
        DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF1")).schedule(TimeSchedule.of(10, 10))
                .changes(10).build();
        double restart = run.run(L2eDynamicAlgorithm.of("a", "test", ScaleRestart.defaults()), 3L).migd();
        double none = run.run(L2eDynamicAlgorithm.of("b", "test", new RandomReinitialization(0)), 3L).migd();
        assertThat(restart).isLessThan(none);
    }

    @Test
    void reassignmentGivesEachSubproblemThePointOnItsOwnRay() {
        DynamicProblem p = DynamicProblems.of("DF1");
        DynamicMoSearch s = DynamicMoSearch.create(LearnedOperator.theta0(), p.bounds(), 2, MoSettings.defaults(),
                ChangeDetector.defaults(), ScaleRestart.defaults(), true, 4L);
        double[][] w = s.search().weights();
        int n = w.length;
        // Row j holds the point lambda_{pi(j)}: with the ideal point 0 it lies on subproblem pi(j)'s ray
        // z* + t lambda, where the INVERSE Tchebycheff function of pi(j) is smallest.
        int[] pi = ChangeResponse.distinctRows(n, n, new java.util.SplittableRandom(9));
        double[][] values = new double[n][];
        for (int j = 0; j < n; j++) {
            values[j] = w[pi[j]].clone();
        }
        int[] owner = s.assignment(values);
        for (int j = 0; j < n; j++) {
            assertThat(owner[pi[j]]).as("subproblem %d", pi[j]).isEqualTo(j);
        }
    }

    @Test
    void theDefaultResponseBeatsTheFirstVersionOnDf2() {
        DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF2")).schedule(TimeSchedule.of(10, 10))
                .changes(10).build();
        DynamicAlgorithm now = DynamicAlgorithms.byName("l2e-moead");
        DynamicAlgorithm v1 = DynamicAlgorithms.byName("l2e-moead[version=1]");
        assertThat(((L2eDynamicAlgorithm) now).reassign()).isTrue();
        assertThat(((L2eDynamicAlgorithm) now).response()).isInstanceOf(ScaleRestartImmigrants.class);
        assertThat(((L2eDynamicAlgorithm) v1).reassign()).isFalse();
        assertThat(((L2eDynamicAlgorithm) v1).response()).isInstanceOf(ScaleRestart.class);
        assertThat(v1.name()).isEqualTo("l2e-moead[version=1]");
        assertThat(DynamicAlgorithms.names()).doesNotContain("l2e-moead-v1");
        assertThatThrownBy(() -> DynamicAlgorithms.byName("l2e-moead[version=2]"))
                .hasMessageContaining("version must be 1");
        assertThatThrownBy(() -> DynamicAlgorithms.byName("l2e-moead-a[version=1]"))
                .hasMessage("algorithm 'l2e-moead-a[version=1]': unknown parameter 'version'; l2e-moead-a takes weights");
        // Seeds outside the measured 1-10 and the development 101-110.
        for (long seed = 201; seed <= 203; seed++) {
            assertThat(run.run(now, seed).migd()).as("seed %d", seed).isLessThan(run.run(v1, seed).migd());
        }
    }

    @Test
    void rejectsMissingParts() {
        DynamicProblem p = DynamicProblems.of("DF1");
        assertThatThrownBy(() -> DynamicMoSearch.create(LearnedOperator.theta0(), p.bounds(), 2, MoSettings.defaults(),
                null, ScaleRestart.defaults(), 1L)).hasMessageContaining("detector must not be null");
        assertThatThrownBy(() -> search(p, ScaleRestart.defaults(), 1L).step(null))
                .hasMessageContaining("objective must not be null");
    }
}
