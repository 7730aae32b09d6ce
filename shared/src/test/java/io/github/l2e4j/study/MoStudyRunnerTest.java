package io.github.l2e4j.study;

import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.metrics.Hypervolume;
import io.github.l2e4j.metrics.Igd;
import io.github.l2e4j.mo.Dominance;
import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runner's multi-objective path with a small problem and algorithms defined here (the real
 * MOEA Framework ones are tested in moea-plugin and examples): checkpoints, counting, failures,
 * stalls and errors.
 */
class MoStudyRunnerTest {

    @TempDir
    Path dir;

    /** f = (x1, 1 - x1 + x2^2) on [0, 1]^2: the front is x2 = 0. HV against (1, 1), IGD against 11 front points. */
    private static final MoProblem LINE = new MoProblem() {
        @Override
        public String name() {
            return "line";
        }

        @Override
        public int objectives() {
            return 2;
        }

        @Override
        public Bounds bounds() {
            return Bounds.cube(0, 1, 2);
        }

        @Override
        public void evaluate(double[] x, double[] f) {
            f[0] = x[0];
            f[1] = 1 - x[0] + x[1] * x[1];
        }

        @Override
        public double hypervolume(double[][] front) {
            return Hypervolume.of(front, new double[] {1, 1});
        }

        @Override
        public double igd(double[][] front) {
            double[][] ref = new double[11][];
            for (int i = 0; i <= 10; i++) {
                ref[i] = new double[] {i / 10.0, 1 - i / 10.0};
            }
            return Igd.of(front, ref);
        }

        @Override
        public String indicatorNote() {
            return "HV against (1, 1).";
        }
    };

    /** Random sampling, 10 points a step, its front the non-dominated points so far; fails or stalls on request. */
    private record Sampler(String name, long failAfter, long stallAfter) implements MoAlgorithm {
        @Override
        public String description() {
            return "random sampling";
        }

        @Override
        public MoRun start(MoProblem problem, long budget, long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            List<double[]> front = new ArrayList<>();
            long[] made = {0};
            return new MoRun() {
                @Override
                public void step() {
                    if (made[0] >= stallAfter) {
                        return;
                    }
                    for (int i = 0; i < 10; i++) {
                        if (made[0] >= failAfter) {
                            throw new IllegalStateException("broke after " + made[0]);
                        }
                        double[] x = {rng.nextDouble(), rng.nextDouble()};
                        double[] f = new double[2];
                        problem.evaluate(x, f);
                        made[0]++;
                        if (front.stream().noneMatch(g -> Dominance.dominates(g, f) || java.util.Arrays.equals(g, f))) {
                            front.removeIf(g -> Dominance.dominates(f, g));
                            front.add(f);
                        }
                    }
                }

                @Override
                public double[][] front() {
                    return front.toArray(new double[0][]);
                }
            };
        }
    }

    private static final MoProblemProvider PROVIDER = new MoProblemProvider() {
        @Override
        public boolean accepts(String id) {
            return id.startsWith("line");
        }

        @Override
        public String usage() {
            return "line";
        }

        @Override
        public List<MoProblem> resolve(String id) {
            if (!id.equals("line")) {
                throw new IllegalArgumentException("unknown multi-objective problem '" + id + "'; known: line");
            }
            return List.of(LINE);
        }
    };

    private static final Map<String, MoAlgorithm> ALGORITHMS = Map.of(
            "sampler", new Sampler("sampler", Long.MAX_VALUE, Long.MAX_VALUE),
            "failing", new Sampler("failing", 25, Long.MAX_VALUE),
            "stalling", new Sampler("stalling", Long.MAX_VALUE, 30));

    private StudyRunner runner(String algorithms, Path out) {
        StudyDefinition def = StudyDefinition.builder().problems("line").algorithms(algorithms).seeds("2").budget(100)
                .threads(2).out(out).build();
        return StudyRunner.create(def, ProblemRegistry.standard(), Algorithms.all(), MoProblems.of(List.of(PROVIDER)), ALGORITHMS,
                null);
    }

    @Test
    void checkpointsFailuresAndStalls() throws Exception {
        Path out = dir.resolve("s");
        StudyResult r = runner("sampler,failing,stalling", out).run();
        assertThat(r.rows()).isEmpty();
        assertThat(r.moRows()).hasSize(3 * 2 * MoRunRow.CHECKPOINTS);
        assertThat(out.resolve(StudyRunner.RUNS_FILE)).doesNotExist();
        List<MoRunRow> sampler = r.moRows().stream().filter(x -> x.algorithm().equals("sampler") && x.seed() == 1).toList();
        // budget 100 -> checkpoints 5, 10, ..., 100; a step evaluates 10, so checkpoint 5 is recorded at 10 evaluations
        assertThat(sampler.stream().map(MoRunRow::checkpoint)).containsExactly(5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L, 45L, 50L,
                55L, 60L, 65L, 70L, 75L, 80L, 85L, 90L, 95L, 100L);
        assertThat(sampler.get(0).evaluations()).isEqualTo(10);
        assertThat(sampler.get(2).evaluations()).isEqualTo(20);
        assertThat(sampler.get(19).evaluations()).isEqualTo(100);
        for (int i = 1; i < sampler.size(); i++) {
            // the front only improves: HV never drops
            assertThat(sampler.get(i).hv()).isGreaterThanOrEqualTo(sampler.get(i - 1).hv());
        }
        // the same run made directly gives the same final front
        try (MoRun direct = ALGORITHMS.get("sampler").start(LINE, 100, 1)) {
            for (int i = 0; i < 10; i++) {
                direct.step();
            }
            assertThat(sampler.get(19).hv()).isEqualTo(LINE.hypervolume(direct.front()));
            assertThat(sampler.get(19).igd()).isEqualTo(LINE.igd(direct.front()));
        }
        // failing: it threw at its 26th evaluation; later checkpoints keep the values recorded at 20 evaluations
        List<MoRunRow> failing = r.moRows().stream().filter(x -> x.algorithm().equals("failing") && x.seed() == 1).toList();
        assertThat(failing.get(19).evaluations()).isEqualTo(25);
        assertThat(failing.get(19).hv()).isEqualTo(failing.get(3).hv());
        assertThat(r.failures()).contains("failing line 1: IllegalStateException: broke after 25");
        // stalling: no new evaluations after 30, so the run ends there
        List<MoRunRow> stalling = r.moRows().stream().filter(x -> x.algorithm().equals("stalling") && x.seed() == 2).toList();
        assertThat(stalling.get(19).evaluations()).isEqualTo(30);

        // a re-run skips all six runs and reads the same lines back
        StudyResult again = runner("sampler,failing,stalling", out).run();
        assertThat(again.ran()).isZero();
        assertThat(again.skipped()).isEqualTo(6);
        assertThat(again.moRows().stream().map(MoRunRow::toCsv)).isEqualTo(r.moRows().stream().map(MoRunRow::toCsv).toList());
        assertThat(again.failures()).hasSize(2);
        assertThat(Files.readAllLines(out.resolve(StudyRunner.MO_RUNS_FILE))).hasSize(1 + 6 * MoRunRow.CHECKPOINTS);
    }

    @Test
    void unknownAndMismatchedNamesFailBeforeAnyRun() {
        Path out = dir.resolve("e");
        assertThatThrownBy(() -> runner("nope", out))
                .hasMessage("unknown algorithm 'nope'; known multi-objective algorithms: failing, sampler, stalling");
        assertThatThrownBy(() -> runner("sampler,cmaes", out))
                .hasMessage("algorithm 'cmaes' is single-objective only, but the study has multi-objective problems (line); "
                        + "multi-objective algorithms: failing, sampler, stalling");
        StudyDefinition bad = StudyDefinition.builder().problems("line2").algorithms("sampler").out(out).build();
        assertThatThrownBy(() -> StudyRunner.create(bad, ProblemRegistry.standard(), Algorithms.all(),
                MoProblems.of(List.of(PROVIDER)), ALGORITHMS, null)).hasMessage("unknown multi-objective problem 'line2'; known: line");
        StudyDefinition mixed = StudyDefinition.builder().problems("sphere_d2,line").algorithms("sampler").out(out).build();
        assertThatThrownBy(() -> StudyRunner.create(mixed, ProblemRegistry.standard(), Algorithms.all(),
                MoProblems.of(List.of(PROVIDER)), ALGORITHMS, null))
                .hasMessageStartingWith("algorithm 'sampler' is multi-objective only, but the study has single-objective problems "
                        + "(sphere_d2); single-objective algorithms: ").hasMessageContaining("cmaes");
        StudyDefinition unknownId = StudyDefinition.builder().problems("nothing_d2").algorithms("sampler").out(out).build();
        assertThatThrownBy(() -> StudyRunner.create(unknownId, ProblemRegistry.standard(), Algorithms.all(),
                MoProblems.of(List.of(PROVIDER)), ALGORITHMS, null))
                .hasMessageStartingWith("unknown problem id 'nothing_d2'; known families: ").hasMessageEndingWith(
                        "; multi-objective problems: line");
        assertThat(out).doesNotExist();
    }
}
