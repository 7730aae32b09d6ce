package io.github.l2e4j.cli;

import io.github.l2e4j.study.MoRunRow;
import io.github.l2e4j.study.MoStatistics;
import io.github.l2e4j.study.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.l2e4j.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code l2e4j study} on multi-objective problems, with MOEA Framework's real algorithms and small budgets. */
class MoStudyCommandTest {

    private static final String[] STUDY = {"study", "--problems", "zdt1,dtlz2:m3", "--algorithms", "l2e-moead,nsga2,moead",
        "--seeds", "2", "--budget", "1000", "--quiet"};
    /** 3 algorithms x 2 problems x 2 seeds. */
    private static final int RUNS = 12;

    @TempDir
    Path dir;

    private static String[] with(String[] args, String... more) {
        List<String> l = new ArrayList<>(List.of(args));
        l.addAll(List.of(more));
        return l.toArray(new String[0]);
    }

    /** The data lines of mo-runs.csv without the seconds column, sorted (order aside). */
    private static List<String> content(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(StudyRunner.MO_RUNS_FILE));
        assertThat(lines.get(0)).isEqualTo(MoRunRow.HEADER);
        List<String> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(MoRunRow.parse(l).toCsvWithoutSeconds());
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void aMultiObjectiveStudyWritesMoRunsReportAndPlotsAndResumes() throws IOException {
        Path two = dir.resolve("two");
        CliRun r = run(with(STUDY, "--threads", "2", "--out", two.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 algorithms x 2 problems x 2 seeds = 12 runs (12 made now, 0 already in mo-runs.csv)",
                "mo-runs      " + two.resolve("mo-runs.csv"), "multi-objective, against l2e-moead");
        assertThat(two.resolve("runs.csv")).doesNotExist();
        List<String> rows = content(two);
        assertThat(rows).hasSize(RUNS * MoRunRow.CHECKPOINTS);
        for (String line : rows) {
            MoRunRow row = MoRunRow.parse(line + ",0");
            assertThat(row.budget()).isEqualTo(1000);
            assertThat(row.evaluations()).isGreaterThanOrEqualTo(row.checkpoint());
            assertThat(row.hv()).isBetween(0.0, 1.0);
            assertThat(row.igd()).isPositive();
            assertThat(row.dim()).isEqualTo(row.problem().equals("zdt1") ? 30 : 12);
        }
        String md = Files.readString(two.resolve("report.md"));
        assertThat(md).contains("## Multi-objective problems", "### Final hypervolume (higher is better)",
                "### Final IGD (lower is better)", "| problem | M | D | l2e-moead | nsga2 | moead |", "| zdt1 | 2 | 30 | ",
                "| dtlz2_m3 | 3 | 12 | ", "![zdt1 hypervolume](plots/hv_zdt1.png)", "MOEA Framework's `Hypervolume`")
                .doesNotContain("Runtime ECDFs");
        for (String png : List.of("plots/hv_zdt1.png", "plots/hv_dtlz2_m3.png")) {
            byte[] head = Files.readAllBytes(two.resolve(png));
            assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(Files.readString(two.resolve("report.html"))).contains("<h2>Multi-objective problems</h2>");

        // the same study on one thread: the same rows
        Path one = dir.resolve("one");
        assertThat(run(with(STUDY, "--threads", "1", "--out", one.toString())).code()).isZero();
        assertThat(content(one)).isEqualTo(rows);

        // re-running skips every run
        CliRun again = run(with(STUDY, "--threads", "2", "--out", two.toString()));
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("= 12 runs (0 made now, 12 already in mo-runs.csv)");
        assertThat(content(two)).isEqualTo(rows);

        // a study killed after 5 runs, with a 6th torn by a machine crash: 5 are kept, the rest redone
        List<String> lines = Files.readAllLines(one.resolve(StudyRunner.MO_RUNS_FILE));
        Path killed = dir.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(one.resolve(StudyRunner.DEFINITION_FILE), killed.resolve(StudyRunner.DEFINITION_FILE));
        int keep = 1 + 5 * MoRunRow.CHECKPOINTS + 7;
        Files.writeString(killed.resolve(StudyRunner.MO_RUNS_FILE), String.join("\n", lines.subList(0, keep)) + "\nl2e-mo");
        CliRun resumed = run(with(STUDY, "--threads", "2", "--out", killed.toString()));
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("= 12 runs (7 made now, 5 already in mo-runs.csv)");
        assertThat(content(killed)).isEqualTo(rows);
    }

    @Test
    void significanceMarksFollowHigherHypervolumeAndLowerIgd() throws IOException {
        // Five seeds so that a rank-sum test can be significant (the smallest exact p for 5 vs 5 runs is 2/252).
        Path out = dir.resolve("marks");
        CliRun r = run("study", "--problems", "zdt1,zdt2", "--algorithms", "moead,l2e-moead,nsga2", "--seeds", "5", "--budget",
                "2000", "--threads", "2", "--quiet", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<MoRunRow> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve(StudyRunner.MO_RUNS_FILE));
        for (String l : lines.subList(1, lines.size())) {
            rows.add(MoRunRow.parse(l));
        }
        assertThat(rows).hasSize(3 * 2 * 5 * MoRunRow.CHECKPOINTS);
        MoStatistics s = MoStatistics.of(rows, List.of("moead", "l2e-moead", "nsga2"), "moead");
        int significant = 0;
        for (MoStatistics.Indicator ind : MoStatistics.Indicator.values()) {
            for (String p : s.problems()) {
                double ref = s.cell(ind, p, "moead").median();
                for (String a : List.of("l2e-moead", "nsga2")) {
                    MoStatistics.Cell c = s.cell(ind, p, a);
                    if (c.outcome() == io.github.l2e4j.study.StudyStatistics.Outcome.WIN) {
                        significant++;
                        assertThat(ind.higherIsBetter() ? c.median() > ref : c.median() < ref).as(ind + " " + p + " " + a).isTrue();
                    } else if (c.outcome() == io.github.l2e4j.study.StudyStatistics.Outcome.LOSS) {
                        significant++;
                        assertThat(ind.higherIsBetter() ? c.median() < ref : c.median() > ref).as(ind + " " + p + " " + a).isTrue();
                    }
                }
            }
        }
        assertThat(significant).as("significant outcomes among 8 comparisons").isPositive();
        // the same outcomes as the command printed
        int[] hv = s.winTieLoss(MoStatistics.Indicator.HV, "l2e-moead");
        assertThat(r.out()).containsPattern("l2e-moead +" + hv[0] + "/" + hv[1] + "/" + hv[2] + " ");
    }

    @Test
    void badNamesAndMixedStudiesFailBeforeAnyRunWithOneLine() {
        String out = dir.resolve("x").toString();
        String[][] cases = {
            {"study", "--problems", "zdt9", "--algorithms", "nsga2", "--out", out},
            {"study", "--problems", "dtlz2:m5", "--algorithms", "nsga2", "--out", out},
            {"study", "--problems", "zdt1", "--algorithms", "l2e-moead,cmaes", "--out", out},
            {"study", "--problems", "zdt1", "--algorithms", "nope", "--out", out},
            {"study", "--problems", "bbob_f001_i01_d02,zdt1", "--algorithms", "l2e-moead", "--out", out},
            {"study", "--problems", "zdt1", "--algorithms", "nsga2", "--budget", "100", "--budget-multiplier", "10", "--out", out},
            {"study", "--problems", "zdt1", "--algorithms", "nsga2", "--budget", "0", "--out", out},
            {"study", "--problems", "zdtx1", "--algorithms", "nsga2", "--out", out}};
        String[] expected = {
            "l2e4j study: unknown multi-objective problem 'zdt9'; known: zdt1, zdt2, zdt3, zdt4, zdt6, dtlz1, dtlz2, dtlz3, dtlz4, "
                + "dtlz7 (DTLZ with 2 or 3 objectives: dtlz2:m3, dtlz2:m2,3, dtlz2_m3), zdt (all ZDT), dtlz[:m2,3] (all DTLZ)",
            "l2e4j study: problem 'dtlz2:m5': objectives must be 2 or 3 (MOEA Framework ships reference sets for those), was 5",
            "l2e4j study: algorithm 'cmaes' is single-objective only, but the study has multi-objective problems (zdt1); "
                + "multi-objective algorithms: l2e-moead, moead, nsga2",
            "l2e4j study: unknown algorithm 'nope'; known multi-objective algorithms: l2e-moead, moead, nsga2",
            "l2e4j study: algorithm 'l2e-moead' is multi-objective only, but the study has single-objective problems "
                + "(bbob_f001_i01_d02); single-objective algorithms: ",
            "l2e4j study: give --budget or --budget-multiplier, not both",
            "l2e4j study: budget: must be a whole number of evaluations per run in [1, 1000000000000], was 0",
            "l2e4j study: unknown problem id 'zdtx1'; known families: "};
        for (int i = 0; i < cases.length; i++) {
            CliRun r = run(cases[i]);
            assertThat(r.code()).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", cases[i])).startsWith(expected[i]).doesNotContain("\n")
                    .doesNotContain("Exception");
            assertThat(Path.of(out)).doesNotExist();
        }
        assertThat(run(cases[7]).err()).contains("; multi-objective problems: zdt1, zdt2");
    }

    @Test
    void aMixedStudyRunsBothKindsWhenEveryAlgorithmHasBoth() throws IOException {
        Path out = dir.resolve("mixed");
        CliRun r = run("study", "--problems", "bbob_f001_i01_d02,zdt1", "--algorithms", "nsga2,moead", "--seeds", "1",
                "--budget", "400", "--quiet", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 algorithms x 2 problems x 1 seeds = 4 runs (4 made now, 0 already in runs.csv and mo-runs.csv)");
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 2);
        assertThat(content(out)).hasSize(2 * MoRunRow.CHECKPOINTS);
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("## Runtime ECDFs", "## Multi-objective problems", "| zdt1 | 2 | 30 | ");
    }

    /** {@code l2e-moead[weights=FILE]} with theta0's file gives exactly {@code l2e-moead}'s rows; other MO names take none. */
    @Test
    void l2eMoeadTakesWeightsAsAParameterInStudies() throws IOException {
        Path weights = TestWeights.theta0File(dir);
        Path out = dir.resolve("mo-weights");
        String name = "l2e-moead[weights=" + weights + "]";
        CliRun r = run("study", "--problems", "zdt1", "--algorithms", name + ",l2e-moead", "--seeds", "1", "--budget",
                "1000", "--quiet", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<MoRunRow> withWeights = new ArrayList<>();
        List<MoRunRow> plain = new ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve("mo-runs.csv"));
        for (String l : lines.subList(1, lines.size())) {
            MoRunRow row = MoRunRow.parse(l);
            (row.algorithm().equals(name) ? withWeights : plain).add(row);
        }
        assertThat(withWeights).isNotEmpty().hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(withWeights.get(i).hv()).isEqualTo(plain.get(i).hv());
            assertThat(withWeights.get(i).igd()).isEqualTo(plain.get(i).igd());
        }
        CliRun bad = run("study", "--problems", "zdt1", "--algorithms", "nsga2[weights=" + weights + "]", "--seeds", "1",
                "--budget", "1000", "--quiet", "--out", dir.resolve("mo-bad").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("nsga2 takes no parameters");
    }
}
