package io.github.l2e4j.cli;

import io.github.l2e4j.study.RunRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.github.l2e4j.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class StudyCommandTest {

    /** Longest wait for the child study to write its first runs (a guard, not a measurement). */
    private static final long CHILD_START_TIMEOUT_MILLIS = 120_000;
    /** Runs the child must have finished before it is killed. */
    private static final int RUNS_BEFORE_KILL = 4;
    /** Poll interval while waiting for the child. */
    private static final long POLL_MILLIS = 10;

    @TempDir
    Path dir;

    /** The data lines of runs.csv without the seconds column, sorted (order aside). */
    private static List<String> content(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(lines.get(0)).isEqualTo(RunRow.HEADER);
        List<String> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(RunRow.parse(l).toCsvWithoutSeconds());
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void theSmokePresetWritesRunsReportPlotsAndCocoData() throws IOException {
        Path out = dir.resolve("smoke");
        CliRun r = run("study", "--preset", "smoke", "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 algorithms x 4 problems x 2 seeds = 24 runs (24 made now, 0 already in runs.csv)",
                "against l2e (Holm-corrected rank-sum tests, alpha 0.05):");
        assertThat(out.resolve("runs.csv")).exists();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("report.md")).exists();
        assertThat(out.resolve("plots/ecdf_d2.png")).exists();
        assertThat(out.resolve("coco/l2e/bbobexp_f1.info")).exists();
        assertThat(Files.readString(out.resolve("report.md"))).contains("l2e4j study --preset smoke --out " + out);
        assertThat(content(out)).hasSize(24);
    }

    @Test
    void bbobQuickNamesDeAndFailsEarlyWhenNoModuleProvidesIt() throws IOException {
        // de comes from moea-plugin: without it the preset must stop before any run; with it, the
        // preset's grid resolves (run here on one problem and a tiny budget to keep the test short).
        Path out = dir.resolve("quick");
        if (!io.github.l2e4j.study.Algorithms.all().containsKey("de")) {
            CliRun r = run("study", "--preset", "bbob-quick", "--out", out.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("l2e4j study: unknown algorithm 'de'; known: ").contains("cmaes, ")
                    .doesNotContain("\n").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        } else {
            CliRun r = run("study", "--preset", "bbob-quick", "--problems", "bbob_f001_i01_d10", "--seeds", "1",
                    "--budget-multiplier", "20", "--out", out.toString(), "--quiet");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(content(out)).hasSize(4);
            assertThat(Files.readString(out.resolve("report.md"))).contains("| l2e | cmaes | de | jenetics-ga |");
        }
    }

    @Test
    void userErrorsAreOneLineAndStatusTwo() {
        String out = dir.resolve("x").toString();
        String[][] cases = {
            {"study", "--problems", "bbob_f001_i01_d02", "--algorithms", "nope", "--out", out},
            {"study", "--problems", "bbob:f99:i1:d2", "--algorithms", "l2e", "--out", out},
            {"study", "--problems", "bbob_f001_i01_d02", "--algorithms", "l2e", "--seeds", "many", "--out", out},
            {"study", "--problems", "bbob_f001_i01_d02", "--algorithms", "l2e", "--budget-multiplier", "-1", "--out", out},
            {"study", "--problems", "bbob_f001_i01_d02", "--algorithms", "l2e", "--targets", "1e-3", "--out", out},
            {"study", "--problems", "bbob_f001_i01_d02", "--algorithms", "l2e"},
            {"study", "--preset", "nope", "--out", out},
            {"study", "--file", dir.resolve("missing.yaml").toString()},
            {"study", "--threads", "x"}};
        for (String[] args : cases) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", args)).startsWith("l2e4j").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        assertThat(run(cases[3]).err()).contains("budget-multiplier: must be a number > 0 (evaluations per dimension), was -1.0");
        assertThat(run(cases[5]).err().strip()).isEqualTo("l2e4j study: give --out DIR (the study's output directory)");
    }

    @Test
    void aKilledStudyProcessResumesToTheSameRunsCsv() throws Exception {
        String[] study = {"study", "--problems", "bbob:f1-24:i1-2:d2", "--algorithms", "l2e,cmaes,random", "--seeds", "2",
            "--budget-multiplier", "300", "--threads", "2", "--no-report", "--quiet"};
        Path killed = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), L2e4jCommand.class.getName()));
        command.addAll(List.of(study));
        command.addAll(List.of("--out", killed.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        Path runs = killed.resolve("runs.csv");
        long deadline = System.currentTimeMillis() + CHILD_START_TIMEOUT_MILLIS;
        while (dataLines(runs) < RUNS_BEFORE_KILL && child.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        assertThat(child.isAlive()).as("the child study is still running when it is killed; log: "
                + (Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "")).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int before = dataLines(runs);
        int grid = 24 * 2 * 3 * 2;
        assertThat(before).isGreaterThanOrEqualTo(RUNS_BEFORE_KILL).isLessThan(grid);

        CliRun resumed = run(withOut(study, killed));
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("= " + grid + " runs (" + (grid - before) + " made now, " + before
                + " already in runs.csv)");
        Path fresh = dir.resolve("fresh");
        assertThat(run(withOut(study, fresh)).code()).isZero();
        assertThat(content(killed)).hasSize(grid).isEqualTo(content(fresh));
    }

    private static String[] withOut(String[] args, Path out) {
        List<String> l = new ArrayList<>(List.of(args));
        l.addAll(List.of("--out", out.toString()));
        return l.toArray(new String[0]);
    }

    private static int dataLines(Path runs) throws IOException {
        if (!Files.exists(runs)) {
            return 0;
        }
        long n = 0;
        for (byte b : Files.readAllBytes(runs)) {
            n += b == '\n' ? 1 : 0;
        }
        return (int) Math.max(0, n - 1);
    }

    @Test
    void theLauncherPassesHeadlessToTheJvm() throws IOException {
        Path launcher = Path.of(System.getProperty("user.dir")).getParent().resolve("l2e4j");
        assertThat(launcher.toFile()).exists();
        assertThat(Files.readString(launcher)).contains("-Djava.awt.headless=true");
        assertThat(File.separator).isNotEmpty();
    }
}
