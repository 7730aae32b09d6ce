package io.github.l2e4j.study;

import io.github.l2e4j.TestThetas;
import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.io.Weights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyRunnerTest {

    private static final int GRID = 3 * 4 * 2;

    @TempDir
    Path dir;

    private static StudyDefinition tiny(Path out, int threads) {
        return StudyDefinition.builder().problems("bbob:f1,8:i1-2:d2").algorithms("l2e,cmaes,random").seeds("2")
                .budgetMultiplier(50).threads(threads).out(out).build();
    }

    /** The data lines of runs.csv without the seconds column, sorted (order aside). */
    private static List<String> content(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(StudyRunner.RUNS_FILE));
        assertThat(lines.get(0)).isEqualTo(RunRow.HEADER);
        List<String> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(RunRow.parse(l).toCsvWithoutSeconds());
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void runsTheGridOnceAndTheRowsDoNotDependOnTheThreads() throws Exception {
        StudyResult one = StudyRunner.create(tiny(dir.resolve("one"), 1)).run();
        StudyResult two = StudyRunner.create(tiny(dir.resolve("two"), 2)).run();
        assertThat(one.rows()).hasSize(GRID);
        assertThat(one.ran()).isEqualTo(GRID);
        assertThat(content(dir.resolve("one"))).isEqualTo(content(dir.resolve("two")));
        assertThat(one.rows().get(0).algorithm()).isEqualTo("l2e");
        assertThat(one.rows().get(0).problem()).isEqualTo("bbob_f001_i01_d02");
        for (RunRow r : one.rows()) {
            assertThat(r.budget()).isEqualTo(100);
            assertThat(r.evaluations()).isBetween(1L, 100L);
            assertThat(r.error()).isGreaterThanOrEqualTo(0);
            assertThat(one.traces()).containsKey(r.key());
            // the study's hitting times agree with the row's own error
            assertThat(r.hit(50) > 0).isEqualTo(r.error() <= 1e-8);
        }
        // a run of the study is the algorithm's run with the study seed: same best value as calling it directly
        RunRow cmaes = one.rows().stream().filter(r -> r.algorithm().equals("cmaes")).findFirst().orElseThrow();
        Problem p = ProblemRegistry.standard().resolveOne(cmaes.problem());
        Result direct = Algorithms.byName("cmaes").minimize(p, RunSpec.of(100, p.optimalValue().getAsDouble() + 1e-8, cmaes.seed()));
        assertThat(cmaes.bestF()).isEqualTo(direct.bestValue());

        StudyResult again = StudyRunner.create(tiny(dir.resolve("one"), 2)).run();
        assertThat(again.ran()).isZero();
        assertThat(again.skipped()).isEqualTo(GRID);
        assertThat(Files.readAllLines(dir.resolve("one").resolve(StudyRunner.RUNS_FILE))).hasSize(GRID + 1);
        assertThat(again.rows()).isEqualTo(one.rows());
    }

    @Test
    void anInterruptedStudyResumesToTheSameRuns() throws Exception {
        Path full = dir.resolve("full");
        StudyRunner.create(tiny(full, 1)).run();

        Path out = dir.resolve("interrupted");
        Thread caller = Thread.currentThread();
        StudyRunner first = StudyRunner.create(tiny(out, 1), ProblemRegistry.standard(), Algorithms.all(), p -> {
            if (p.done() == 5) {
                caller.interrupt();
            }
        });
        assertThatThrownBy(first::run).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
        int kept = content(out).size();
        assertThat(kept).isGreaterThanOrEqualTo(5).isLessThanOrEqualTo(GRID);

        StudyResult rest = StudyRunner.create(tiny(out, 2)).run();
        assertThat(rest.skipped()).isEqualTo(kept);
        assertThat(rest.ran()).isEqualTo(GRID - kept);
        assertThat(content(out)).isEqualTo(content(full));
        assertThat(rest.traces()).hasSize(GRID);
    }

    @Test
    void aTornLastLineIsCutAndItsRunIsRedone() throws Exception {
        Path out = dir.resolve("torn");
        StudyRunner.create(tiny(out, 2)).run();
        List<String> before = content(out);
        Path runs = out.resolve(StudyRunner.RUNS_FILE);
        List<String> lines = Files.readAllLines(runs);
        // drop the last three runs and leave half a line, as a crash of the machine could
        String torn = String.join("\n", lines.subList(0, lines.size() - 3)) + "\n" + lines.get(lines.size() - 3).substring(0, 20);
        Files.writeString(runs, torn, StandardCharsets.UTF_8);
        StudyResult r = StudyRunner.create(tiny(out, 1)).run();
        assertThat(r.ran()).isEqualTo(3);
        assertThat(content(out)).isEqualTo(before);
    }

    @Test
    void mistakesFailBeforeAnyRunWithOneLine() throws Exception {
        StudyDefinition unknown = tiny(dir.resolve("u"), 1).toBuilder().algorithms("l2e,de").build();
        assertThatThrownBy(() -> StudyRunner.create(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown algorithm 'de'; known: ")
                .hasMessageContaining("cmaes, ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(dir.resolve("u")).doesNotExist();
        StudyDefinition gradient = tiny(dir.resolve("g"), 1).toBuilder().algorithms("gd").build();
        assertThatThrownBy(() -> StudyRunner.create(gradient))
                .hasMessage("algorithm gd needs problems with an exact gradient, but bbob_f001_i01_d02 has none");
        StudyDefinition badProblem = tiny(dir.resolve("p"), 1).toBuilder().problems("bbob:f25:i1:d2").build();
        assertThatThrownBy(() -> StudyRunner.create(badProblem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("f25");

        Path out = dir.resolve("settings");
        StudyRunner.create(tiny(out, 1).toBuilder().problems("bbob_f001_i01_d02").seeds("1").build()).run();
        StudyDefinition other = tiny(out, 1).toBuilder().budgetMultiplier(10).build();
        assertThatThrownBy(() -> StudyRunner.create(other).run())
                .hasMessage("--out " + out + " holds a study with budget-multiplier 50.0, but this one has 10.0; "
                        + "use another --out (or the same settings)");
        Files.writeString(out.resolve(StudyRunner.RUNS_FILE), "not,a,header\n");
        assertThatThrownBy(() -> StudyRunner.create(tiny(out, 1)).run())
                .hasMessageStartingWith(out.resolve(StudyRunner.RUNS_FILE) + " line 1: not the expected header");
    }

    @Test
    void aRunWhoseAlgorithmThrowsIsRecordedWithWhatItEvaluatedAndListed() throws Exception {
        Algorithm failing = new Algorithm() {
            @Override
            public String name() {
                return "three-then-fail";
            }

            @Override
            public String description() {
                return "evaluates the box's lower corner three times, then throws";
            }

            @Override
            public Result minimize(Problem problem, RunSpec spec) {
                for (int i = 0; i < 3; i++) {
                    problem.objective().value(problem.bounds().lower());
                }
                throw new IllegalStateException("broken on purpose");
            }
        };
        Map<String, Algorithm> available = new HashMap<>(Algorithms.all());
        available.put(failing.name(), failing);
        Path out = dir.resolve("fail");
        StudyDefinition def = StudyDefinition.builder().problems("bbob_f001_i01_d02").algorithms("random,three-then-fail")
                .seeds("1").budgetMultiplier(10).threads(1).out(out).build();
        StudyResult r = StudyRunner.create(def, ProblemRegistry.standard(), available, null).run();
        RunRow row = r.rows().get(1);
        assertThat(row.algorithm()).isEqualTo("three-then-fail");
        assertThat(row.evaluations()).isEqualTo(3);
        assertThat(row.bestF()).isFinite();
        assertThat(r.failures()).containsExactly("three-then-fail bbob_f001_i01_d02 1: IllegalStateException: broken on purpose");
        assertThat(Files.readAllLines(out.resolve(StudyRunner.FAILURES_FILE))).hasSize(2);
        StudyResult again = StudyRunner.create(def, ProblemRegistry.standard(), available, null).run();
        assertThat(again.ran()).isZero();
        assertThat(again.failures()).hasSize(1);
    }

    @Test
    void cocoInfoFilesStateAFixedBudgetAsSuch() throws Exception {
        Path out = dir.resolve("fixed");
        StudyDefinition def = StudyDefinition.builder().problems("bbob:f1:i1:d2").algorithms("random").seeds("1")
                .budget(300).out(out).build();
        StudyReport.write(StudyRunner.create(def).run(), out, "l2e4j study");
        assertThat(Files.readAllLines(out.resolve("coco/random/bbobexp_f1.info")).get(1))
                .endsWith("; l2e4j study, budget 300 evaluations");
    }

    @Test
    void theReportHasPlotsTablesAndCocoData() throws Exception {
        Path out = dir.resolve("report");
        StudyResult r = StudyRunner.create(tiny(out, 2)).run();
        List<Path> files = StudyReport.write(r, out, "l2e4j study --preset smoke");
        String html = Files.readString(files.get(1));
        assertThat(html).contains("<img src=\"plots/ecdf_d2.png\"", "<img src=\"plots/convergence_bbob_f008_d2.png\"",
                "Wins, ties and losses against l2e", "<td>bbob_f001</td>", "python -m cocopp coco/l2e coco/cmaes coco/random");
        assertThat(Files.readString(files.get(0))).contains("| function | D | l2e | cmaes | random |");
        for (String png : List.of("ecdf_d2.png", "convergence_bbob_f001_d2.png", "convergence_bbob_f008_d2.png")) {
            byte[] head = new byte[8];
            try (var in = Files.newInputStream(out.resolve("plots").resolve(png))) {
                assertThat(in.read(head)).isEqualTo(8);
            }
            assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        }
        // COCO: one info line per dimension with one entry per run (2 instances x 2 seeds), one data block per run
        List<String> info = Files.readAllLines(out.resolve("coco/cmaes/bbobexp_f8.info"));
        assertThat(info.get(0)).isEqualTo(
                "suite = 'bbob', funcId = 8, DIM = 2, Precision = 1.000e-08, algId = 'cmaes', coco_version = 'l2e4j'");
        assertThat(info.get(1)).endsWith("; l2e4j study, budget 50.0 x D");
        assertThat(info.get(2)).startsWith("data_f8/bbobexp_f8_DIM2.dat, 1:").matches(".*(, \\d:\\d+\\|[0-9.e+-]+){4}");
        List<String> dat = Files.readAllLines(out.resolve("coco/cmaes/data_f8/bbobexp_f8_DIM2.dat"));
        List<String> tdat = Files.readAllLines(out.resolve("coco/cmaes/data_f8/bbobexp_f8_DIM2.tdat"));
        assertThat(dat.stream().filter(l -> l.startsWith("% function evaluation")).count()).isEqualTo(4);
        assertThat(tdat.stream().filter(l -> l.startsWith("% function evaluation")).count()).isEqualTo(4);
        assertThat(dat.get(1)).matches("1 [+-]\\d\\.\\d{9}e[+-]\\d\\d( [+-]\\d\\.\\d{9}e[+-]\\d\\d){3}");
        // the last tdat line of each run is its last evaluation with its best error, as in runs.csv
        RunRow last = r.rows().stream().filter(x -> x.algorithm().equals("cmaes") && x.problem().equals("bbob_f008_i02_d02"))
                .reduce((a, b) -> b).orElseThrow();
        String[] end = tdat.get(tdat.size() - 1).split(" ");
        assertThat(Long.parseLong(end[0])).isEqualTo(last.evaluations());
        assertThat(Double.parseDouble(end[2])).isCloseTo(last.error(), org.assertj.core.api.Assertions.within(1e-9 * (1 + last.error())));
    }

    @Test
    void aWeightsFileReplacesTheShippedWeightsOfL2e() throws Exception {
        LearnedOperator op = TestThetas.random(11, 1);
        Path weights = dir.resolve("w.json");
        WeightsFile.write(new Weights(op, Map.of("name", "random-11")), weights);
        Path out = dir.resolve("weights");
        StudyDefinition def = StudyDefinition.builder().problems("bbob_f008_i01_d02").algorithms("l2e").seeds("1-2")
                .budgetMultiplier(100).threads(1).weights(weights).out(out).build();
        StudyResult r = StudyRunner.create(def).run();
        assertThat(r.descriptions().get("l2e")).isEqualTo("L2E with the weights " + weights);
        Problem p = ProblemRegistry.standard().resolveOne("bbob_f008_i01_d02");
        L2eAlgorithm direct = new L2eAlgorithm("x", "", op, SearchSettings.defaults());
        for (RunRow row : r.rows()) {
            Result d = direct.minimize(p, RunSpec.of(200, p.optimalValue().getAsDouble() + 1e-8, row.seed()));
            assertThat(row.bestF()).isEqualTo(d.bestValue());
            assertThat(row.evaluations()).isEqualTo(d.evaluations());
        }
        StudyDefinition shipped = def.toBuilder().weights(null).build();
        assertThatThrownBy(() -> StudyRunner.create(shipped).run()).hasMessageContaining("holds a study with weights "
                + weights.toAbsolutePath().normalize() + ", but this one has shipped");
        StudyDefinition noL2e = def.toBuilder().algorithms("cmaes").build();
        assertThatThrownBy(() -> StudyRunner.create(noL2e))
                .hasMessage("weights: only applies to the algorithm l2e, which the study does not run");
        StudyDefinition missing = def.toBuilder().weights(dir.resolve("none.json")).build();
        assertThatThrownBy(() -> StudyRunner.create(missing)).hasMessage("weights: no such file " + dir.resolve("none.json"));
    }

    @Test
    void appendLogKeepsWholeLinesOnly() throws IOException {
        Path f = dir.resolve("log.csv");
        try (AppendLog log = AppendLog.open(f, "h")) {
            log.append("a");
            assertThatThrownBy(() -> log.append("b\nc")).hasMessage("a record must be one line");
        }
        Files.writeString(f, "x,y", StandardOpenOption.APPEND);
        try (AppendLog log = AppendLog.open(f, "h")) {
            assertThat(log.existing()).containsExactly("a");
            log.append("b");
        }
        assertThat(Files.readString(f)).isEqualTo("h\na\nb\n");
        AtomicReference<String> header = new AtomicReference<>();
        assertThatThrownBy(() -> AppendLog.open(f, "other")).hasMessageContaining("line 1: not the expected header ('other'), was 'h'");
        assertThat(header.get()).isNull();
    }
}
