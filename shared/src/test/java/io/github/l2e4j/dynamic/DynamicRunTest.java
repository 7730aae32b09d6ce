package io.github.l2e4j.dynamic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamicRunTest {

    /** An "algorithm" that reads the true Pareto set: it scores almost perfectly, whatever the time. */
    private static DynamicAlgorithm oracle(DynamicProblem problem, TimeSchedule schedule) {
        return new DynamicAlgorithm() {
            @Override
            public String name() {
                return "oracle";
            }

            @Override
            public String description() {
                return "the true Pareto set";
            }

            @Override
            public DynamicOptimizer create(DynamicContext context, int populationSize, long seed) {
                DynamicEnvironment env = (DynamicEnvironment) context;
                return new DynamicOptimizer() {
                    @Override
                    public void initialize() {
                    }

                    @Override
                    public void step() {
                    }

                    @Override
                    public double[][] approximation() {
                        return problem.paretoFront(schedule.time(env.generation())).solutions();
                    }

                    @Override
                    public int detectedChanges() {
                        return 0;
                    }
                };
            }
        };
    }

    /** An algorithm that never moves: its fixed set of the warm-up is scored at later times. */
    private static DynamicAlgorithm frozen(DynamicProblem problem) {
        return new DynamicAlgorithm() {
            @Override
            public String name() {
                return "frozen";
            }

            @Override
            public String description() {
                return "PS(0) forever";
            }

            @Override
            public DynamicOptimizer create(DynamicContext context, int populationSize, long seed) {
                double[][] ps = problem.paretoFront(0).solutions();
                return new DynamicOptimizer() {
                    @Override
                    public void initialize() {
                    }

                    @Override
                    public void step() {
                    }

                    @Override
                    public double[][] approximation() {
                        return ps;
                    }

                    @Override
                    public int detectedChanges() {
                        return 0;
                    }
                };
            }
        };
    }

    @Test
    void scoresEveryEnvironmentAfterItsLastGeneration() {
        DynamicProblem p = DynamicProblems.of("DF3");
        TimeSchedule s = TimeSchedule.of(5, 10);
        DynamicRun run = DynamicRun.builder().problem(p).schedule(s).changes(4).build();
        List<EnvironmentResult> seen = new ArrayList<>();
        DynamicRunResult r = run.run(oracle(p, s), 1L, seen::add);
        assertThat(r.environments()).hasSize(5).isEqualTo(seen);
        for (EnvironmentResult e : r.environments()) {
            assertThat(e.generation()).isEqualTo(s.lastGeneration(e.environment()));
            assertThat(e.time()).isEqualTo(1.0 / 5 * e.environment());
            assertThat(e.igd()).isLessThan(1e-9);
            assertThat(e.hv()).isGreaterThan(0);
        }
        assertThat(r.migd()).isLessThan(1e-9);
        assertThat(r.evaluations()).isZero();
    }

    @Test
    void anAlgorithmThatDoesNotFollowTheChangesScoresWorseAfterThem() {
        DynamicProblem p = DynamicProblems.of("FDA1");
        TimeSchedule s = TimeSchedule.of(10, 10);
        DynamicRun run = DynamicRun.builder().problem(p).schedule(s).changes(5).build();
        DynamicRunResult r = run.run(frozen(p), 1L);
        assertThat(r.environments().get(0).igd()).isLessThan(1e-9);
        for (int k = 1; k <= 5; k++) {
            assertThat(r.environments().get(k).igd()).isGreaterThan(r.environments().get(k - 1).igd());
        }
        double oracleHv = run.run(oracle(p, s), 1L).environments().get(5).hv();
        assertThat(r.environments().get(5).hv()).isLessThan(oracleHv);
    }

    @Test
    void defaultsAndValidation() {
        DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF10")).build();
        assertThat(run.populationSize()).isEqualTo(105);
        assertThat(run.changes()).isEqualTo(30);
        assertThat(run.schedule()).isEqualTo(TimeSchedule.of(10, 10));
        assertThat(DynamicRun.builder().problem(DynamicProblems.of("DF1")).build().populationSize()).isEqualTo(100);
        assertThatThrownBy(() -> DynamicRun.builder().build()).hasMessageContaining("problem must be set");
        assertThatThrownBy(() -> DynamicRun.builder().changes(-1)).hasMessageContaining("changes must be >= 0, was -1");
        assertThatThrownBy(() -> DynamicRun.builder().populationSize(1)).hasMessageContaining("populationSize must be >= 2");
        assertThatThrownBy(() -> run.paretoFront(31)).hasMessageContaining("environment must be in [0, 30], was 31");
    }

    @Test
    void algorithmsAreFoundByName() {
        assertThat(DynamicAlgorithms.names()).contains("l2e-moead", "l2e-moead-a", "l2e-moead-prediction");
        assertThat(DynamicAlgorithms.byName("L2E-MOEAD").name()).isEqualTo("l2e-moead");
        assertThatThrownBy(() -> DynamicAlgorithms.byName("nope")).hasMessageContaining("unknown dynamic algorithm 'nope'")
                .hasMessageContaining("l2e-moead");
    }

    @Test
    void sameSeedSameRun() {
        DynamicRun run = DynamicRun.builder().problem(DynamicProblems.of("DF5")).changes(3).build();
        DynamicRunResult a = run.run(DynamicAlgorithms.byName("l2e-moead"), 4L);
        DynamicRunResult b = run.run(DynamicAlgorithms.byName("l2e-moead"), 4L);
        assertThat(a.migd()).isEqualTo(b.migd());
        assertThat(a.mhv()).isEqualTo(b.mhv());
        assertThat(a.evaluations()).isEqualTo(b.evaluations());
    }
}
