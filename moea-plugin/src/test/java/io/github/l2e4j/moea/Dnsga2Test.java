package io.github.l2e4j.moea;

import io.github.l2e4j.dynamic.DynamicAlgorithms;
import io.github.l2e4j.dynamic.DynamicContext;
import io.github.l2e4j.dynamic.DynamicEnvironment;
import io.github.l2e4j.dynamic.DynamicProblem;
import io.github.l2e4j.dynamic.DynamicProblems;
import io.github.l2e4j.dynamic.DynamicRun;
import io.github.l2e4j.dynamic.DynamicRunResult;
import io.github.l2e4j.dynamic.EnvironmentResult;
import io.github.l2e4j.dynamic.TimeSchedule;
import org.junit.jupiter.api.Test;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.indicator.InvertedGenerationalDistance;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.ProviderNotFoundException;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DNSGA-II-A/B on MOEA Framework's NSGA-II, by name, on the dynamic problems (no mocks). */
class Dnsga2Test {

    private static final TimeSchedule SCHEDULE = TimeSchedule.of(10, 10);

    @Test
    void foundByNameInMoeaAndDetectsEveryChangeInsideMoeasStepLoop() {
        for (String name : new String[] {"DNSGA-II-A", "DNSGA-II-B"}) {
            PRNG.setSeed(1);
            DynamicEnvironment env = new DynamicEnvironment(DynamicProblems.of("DF1"), SCHEDULE);
            try (DynamicMoeaProblem problem = DynamicMoeaProblem.of(env)) {
                Algorithm a = AlgorithmFactory.getInstance().getAlgorithm(name, TypedProperties.of("populationSize", 100),
                        problem);
                assertThat(a).isInstanceOf(Dnsga2.class);
                assertThat(a.getName()).isEqualTo(name);
                a.addExtension(problem.clock());
                int changes = 3;
                for (long tau = 1; tau <= SCHEDULE.generations(changes); tau++) {
                    assertThat(env.generation()).isEqualTo(tau);
                    a.step();
                }
                assertThat(((Dnsga2) a).getDetections()).isEqualTo(changes);
                long generations = SCHEDULE.generations(changes);
                assertThat(a.getNumberOfEvaluations()).isEqualTo(100 * generations + 10 * (generations - 1) + 100L * changes);
                // The result tracks the moved front: MOEA's own IGD (normalized by the reference set's
                // bounds) against PF(t) of the last environment.
                env.setGeneration(SCHEDULE.generations(changes));
                NondominatedPopulation reference = problem.referenceSet();
                double igd = new InvertedGenerationalDistance(problem, reference).evaluate(a.getResult());
                assertThat(igd).as(name).isLessThan(0.25);
            }
        }
    }

    @Test
    void theProblemEvaluatesAsTheSharedDefinitionAtTheEnvironmentsTime() {
        DynamicProblem df3 = DynamicProblems.of("DF3");
        DynamicEnvironment env = new DynamicEnvironment(df3, SCHEDULE);
        env.setGeneration(61);
        try (DynamicMoeaProblem problem = DynamicMoeaProblem.of(env)) {
            Solution s = problem.newSolution();
            double[] x = {0.3, 0.1, -0.5, 1.5, 0, 0, 0.2, 0.4, 1.9, -1};
            RealSolutions.setValues(s, x);
            problem.evaluate(s);
            assertThat(s.getObjectiveValues()).containsExactly(df3.evaluate(x, 0.2));
            assertThat(problem.getName()).isEqualTo("DF3");
            assertThat(RealSolutions.bounds(s)).isEqualTo(df3.bounds());
            assertThat(problem.referenceSet().size()).isEqualTo(df3.paretoFront(0.2).size());
        }
    }

    @Test
    void runsAsDynamicAlgorithmsByNameAndReproducesFromTheSeed() {
        DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF5")).schedule(SCHEDULE).changes(2).build();
        DynamicRunResult a = run.run(DynamicAlgorithms.byName("dnsga2a"), 7L);
        DynamicRunResult b = run.run(DynamicAlgorithms.byName("dnsga2a"), 7L);
        assertThat(a.environments()).hasSize(3);
        assertThat(a.detections()).isEqualTo(2);
        assertThat(a.migd()).isEqualTo(b.migd());
        for (EnvironmentResult e : a.environments()) {
            assertThat(e.igd()).isLessThan(0.5);
        }
        DynamicRunResult c = run.run(DynamicAlgorithms.byName("dnsga2b"), 7L);
        assertThat(c.detections()).isEqualTo(2);
        assertThat(c.algorithm()).isEqualTo("dnsga2b");
    }

    @Test
    void concurrentRunsHoldTheGeneratorInTurnAndStayReproducible() throws Exception {
        DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF1")).schedule(SCHEDULE).changes(1).build();
        double alone = run.run(DynamicAlgorithms.byName("dnsga2a"), 3L).migd();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Double> x = pool.submit(() -> run.run(DynamicAlgorithms.byName("dnsga2a"), 3L).migd());
            Future<Double> y = pool.submit(() -> run.run(DynamicAlgorithms.byName("dnsga2b"), 4L).migd());
            assertThat(x.get()).isEqualTo(alone);
            assertThat(y.get()).isPositive();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badPropertiesFailWithClearMessages() {
        try (DynamicMoeaProblem problem = DynamicMoeaProblem.of(new DynamicEnvironment(DynamicProblems.of("DF1"), SCHEDULE))) {
            assertThatThrownBy(() -> DnsgaAlgorithmProvider.create(Dnsga2.Variant.A,
                    TypedProperties.of("populationSize", -5), problem))
                    .hasMessageContaining("DNSGA-II-A: property populationSize must be >= 2, was -5");
            assertThatThrownBy(() -> DnsgaAlgorithmProvider.create(Dnsga2.Variant.B,
                    TypedProperties.of("responseFraction", 1.5), problem))
                    .hasMessageContaining("DNSGA-II-B: property responseFraction must be in [0, 1], was 1.5");
            assertThatThrownBy(() -> DnsgaAlgorithmProvider.create(Dnsga2.Variant.A,
                    TypedProperties.of("detectionFraction", 0), problem))
                    .hasMessageContaining("detectionFraction must be in (0, 1]");
            assertThatThrownBy(() -> AlgorithmFactory.getInstance().getAlgorithm("DNSGA-II-C", new TypedProperties(), problem))
                    .isInstanceOf(ProviderNotFoundException.class);
        }
        DynamicEnvironment env = new DynamicEnvironment(DynamicProblems.of("DF1"), SCHEDULE);
        DynamicContext view = new DynamicContext() {
            @Override
            public io.github.l2e4j.problem.Bounds bounds() {
                return env.bounds();
            }

            @Override
            public int objectives() {
                return env.objectives();
            }

            @Override
            public long evaluations() {
                return env.evaluations();
            }

            @Override
            public void evaluate(double[] x, double[] f) {
                env.evaluate(x, f);
            }
        };
        try (DynamicMoeaProblem bound = new DynamicMoeaProblem(DynamicProblems.of("DF1"), view)) {
            assertThatThrownBy(bound::clock).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("needs a problem bound to a DynamicEnvironment");
        }
        assertThatThrownBy(() -> new DynamicMoeaProblem(DynamicProblems.of("DF10"), view))
                .hasMessageContaining("does not match problem DF10");
    }
}
