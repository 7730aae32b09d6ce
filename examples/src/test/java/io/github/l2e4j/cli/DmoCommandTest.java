package io.github.l2e4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.l2e4j.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class DmoCommandTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    /** runs.csv without the seconds column (the last), sorted. */
    private static List<String> rowsWithoutSeconds(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(l.substring(0, l.lastIndexOf(',')));
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void df2WithDefaultsWritesRunsStepsTableAndPlots() throws IOException {
        Path out = dir.resolve("df2");
        CliRun r = run("dmo", "--problem", "DF2", "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("| DF2 | (10, 10) |", "l2e-moead", "dnsga2a", "MIGD", "MHV");

        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(runs.get(0)).isEqualTo("algorithm,problem,nt,taut,changes,seed,population,migd,mhv,evaluations,"
                + "detections,seconds");
        assertThat(runs).hasSize(1 + 2 * 10); // two default algorithms x seeds 1..10
        for (String line : runs.subList(1, runs.size())) {
            String[] f = line.split(",");
            assertThat(f[1]).isEqualTo("DF2");
            double migd = Double.parseDouble(f[7]);
            assertThat(migd).isFinite().isPositive();
        }
        try (Stream<Path> steps = Files.list(out.resolve("steps"))) {
            List<Path> files = steps.toList();
            assertThat(files).hasSize(20);
            // one row per time step: the warm-up environment and 30 changes
            assertThat(Files.readAllLines(files.get(0))).hasSize(1 + 31);
        }
        assertThat(out.resolve("table.md")).exists();
        assertThat(out.resolve("table.csv")).exists();
        for (String png : List.of("migd_DF2_nt10_taut10.png", "fronts_DF2_nt10_taut10.png")) {
            Path p = out.resolve("plots").resolve(png);
            assertThat(p).exists();
            byte[] head = new byte[4];
            System.arraycopy(Files.readAllBytes(p), 0, head, 0, 4);
            assertThat(head).as(png).isEqualTo(PNG_MAGIC);
            assertThat(Files.size(p)).as(png).isGreaterThan(2_000);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        String[] common = {"dmo", "--problem", "DF1,FDA1", "--changes", "4", "--seeds", "1-3", "--algorithms",
            "l2e-moead,dnsga2a,dnsga2b", "--no-plots", "--quiet"};
        CliRun a = run(concat(common, "--threads", "1", "--out", one.toString()));
        CliRun b = run(concat(common, "--threads", "2", "--out", two.toString()));
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(rowsWithoutSeconds(one)).hasSize(2 * 3 * 3).isEqualTo(rowsWithoutSeconds(two));
        assertThat(one.resolve("plots")).doesNotExist();
    }

    @Test
    void userErrorsAreOneLineWithStatusTwo() {
        String out = dir.resolve("bad").toString();
        String[][] cases = {
            {"dmo", "--out", out},
            {"dmo", "--problem", "DF99", "--out", out},
            {"dmo", "--problem", "DF3-DF1", "--out", out},
            {"dmo", "--problem", "DF2", "--nt", "0", "--out", out},
            {"dmo", "--problem", "DF2", "--taut", "-1", "--out", out},
            {"dmo", "--problem", "DF2", "--changes", "-2", "--out", out},
            {"dmo", "--problem", "DF2", "--algorithms", "nope", "--out", out},
            {"dmo", "--problem", "DF2", "--seeds", "x", "--out", out},
            {"dmo", "--problem", "DF2", "--threads", "0", "--out", out},
            {"dmo", "--problem", "DF2", "--plot-steps", "99", "--out", out},
            {"dmo", "--problem", "DF2", "--changes", "1", "--seeds", "1", "--out", aFile()},
        };
        for (String[] c : cases) {
            CliRun r = run(c);
            assertThat(r.code()).as(String.join(" ", c)).isEqualTo(L2e4jCommand.USER_ERROR);
            assertThat(r.err().strip()).as(String.join(" ", c)).doesNotContain("\n").doesNotContain("Exception")
                    .startsWith("l2e4j dmo");
        }
        CliRun r = run("dmo", "--problem", "DF99", "--out", out);
        assertThat(r.err()).contains("DF99", "DF1");
    }

    private String aFile() {
        try {
            return Files.writeString(dir.resolve("a-file"), "not a directory").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private CliRun small(Path out, String... more) {
        return run(concat(new String[]{"dmo", "--problem", "DF2,DF3", "--changes", "3", "--seeds", "2", "--no-plots",
            "--quiet", "--out", out.toString()}, more));
    }

    @Test
    void aReRunReusesEveryFinishedCell() throws IOException {
        Path out = dir.resolve("again");
        CliRun first = small(out);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("8 runs made now");
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        String table = Files.readString(out.resolve("table.md"));

        CliRun second = small(out);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("0 runs made now, 8 reused from runs.csv (2 finished cells)");
        assertThat(Files.readAllBytes(out.resolve("runs.csv"))).isEqualTo(runs);
        assertThat(Files.readString(out.resolve("table.md"))).isEqualTo(table);
    }

    @Test
    void aKilledRunResumesToTheRowsOfAnUninterruptedOne() throws IOException {
        Path whole = dir.resolve("whole");
        assertThat(small(whole).code()).isZero();
        String table = Files.readString(whole.resolve("table.md"));

        // What a kill leaves: DF2's cell finished, one row of DF3's, and a torn line.
        Path killed = dir.resolve("killed");
        assertThat(small(killed).code()).isZero();
        List<String> lines = Files.readAllLines(killed.resolve("runs.csv"));
        List<String> df2 = lines.stream().filter(l -> l.contains(",DF2,")).toList();
        List<String> df3 = lines.stream().filter(l -> l.contains(",DF3,")).toList();
        assertThat(df2).hasSize(4);
        String torn = df3.get(1).substring(0, df3.get(1).length() / 2);
        Files.writeString(killed.resolve("runs.csv"), lines.get(0) + "\n" + String.join("\n", df2) + "\n"
                + df3.get(0) + "\n" + torn);

        CliRun resumed = small(killed);
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("4 runs made now, 4 reused from runs.csv (1 finished cell)");
        assertThat(rowsWithoutSeconds(killed)).isEqualTo(rowsWithoutSeconds(whole));
        assertThat(Files.readString(killed.resolve("table.md"))).isEqualTo(table);
    }

    @Test
    void rowsOfOtherCellsStayInRunsCsv() throws IOException {
        Path out = dir.resolve("more");
        assertThat(small(out).code()).isZero();
        List<String> before = rowsWithoutSeconds(out);
        CliRun df2Only = run("dmo", "--problem", "DF2", "--changes", "3", "--seeds", "3", "--no-plots", "--quiet",
                "--out", out.toString());
        assertThat(df2Only.code()).as(df2Only.err()).isZero();
        assertThat(df2Only.out()).contains("6 runs made now").doesNotContain("| DF3 |");
        List<String> after = rowsWithoutSeconds(out);
        assertThat(after).containsAll(before).hasSize(before.size() + 2);
    }

    /** {@code l2e-moead[weights=FILE]} with theta0's weights runs exactly as {@code l2e-moead}. */
    @Test
    void l2eMoeadTakesWeightsAsAParameter() throws IOException {
        Path weights = TestWeights.theta0File(dir);
        Path out = dir.resolve("weights");
        String name = "l2e-moead[weights=" + weights + "]";
        CliRun r = run("dmo", "--problem", "DF2", "--changes", "3", "--seeds", "1", "--no-plots", "--quiet",
                "--algorithms", name + ",l2e-moead", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        String withWeights = rows.stream().filter(l -> l.startsWith(name + ",")).findFirst().orElseThrow();
        String plain = rows.stream().filter(l -> l.startsWith("l2e-moead,")).findFirst().orElseThrow();
        assertThat(withWeights.substring(name.length(), withWeights.lastIndexOf(',')))
                .isEqualTo(plain.substring("l2e-moead".length(), plain.lastIndexOf(',')));
        CliRun bad = run("dmo", "--problem", "DF2", "--algorithms", "dnsga2a[weights=" + weights + "]",
                "--out", dir.resolve("bad").toString());
        assertThat(bad.code()).isEqualTo(L2e4jCommand.USER_ERROR);
        assertThat(bad.err().strip()).isEqualTo("l2e4j dmo: algorithm 'dnsga2a[weights=" + weights
                + "]': dnsga2a takes no parameters");
    }

    @Test
    void runsWithOtherSettingsAreNotMixed() {
        Path out = dir.resolve("settings");
        assertThat(small(out).code()).isZero();
        CliRun other = run("dmo", "--problem", "DF2", "--changes", "4", "--seeds", "2", "--no-plots", "--quiet",
                "--out", out.toString());
        assertThat(other.code()).isEqualTo(L2e4jCommand.USER_ERROR);
        assertThat(other.err().strip()).doesNotContain("\n")
                .contains("holds dmo runs made with changes=3 warm-up=50")
                .contains("this run has changes=4 warm-up=50");
    }

    @Test
    void aCutShortStepsFileRunsItsCellAgain() throws IOException {
        Path whole = dir.resolve("whole-steps");
        assertThat(small(whole).code()).isZero();
        String table = Files.readString(whole.resolve("table.md"));
        Path steps;
        try (Stream<Path> files = Files.list(whole.resolve("steps"))) {
            steps = files.filter(p -> p.getFileName().toString().startsWith("DF3_")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(steps);
        Files.write(steps, lines.subList(0, 3));

        CliRun again = small(whole);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("4 runs made now, 4 reused from runs.csv (1 finished cell)");
        assertThat(Files.readAllLines(steps)).isEqualTo(lines);
        assertThat(Files.readString(whole.resolve("table.md"))).isEqualTo(table);
    }

    @Test
    void theDefaultPopulationGivenExplicitlyReusesTheCells() {
        Path out = dir.resolve("population");
        assertThat(small(out).code()).isZero();
        CliRun explicit = small(out, "--population", "100");
        assertThat(explicit.code()).as(explicit.err()).isZero();
        assertThat(explicit.out()).contains("0 runs made now, 8 reused");
        CliRun other = small(out, "--population", "50");
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(other.out()).contains("8 runs made now");
    }

    @Test
    void cellsRunWithoutPlotsAreRunAgainWhenPlotsAreWanted() throws IOException {
        Path out = dir.resolve("plots-later");
        assertThat(small(out).code()).isZero();
        assertThat(out.resolve("plots")).doesNotExist();
        CliRun withPlots = run("dmo", "--problem", "DF2,DF3", "--changes", "3", "--seeds", "2", "--quiet",
                "--out", out.toString());
        assertThat(withPlots.code()).as(withPlots.err()).isZero();
        assertThat(withPlots.out()).contains("8 runs made now");
        assertThat(out.resolve("plots").resolve("migd_DF3_nt10_taut10.png")).exists();
        CliRun again = run("dmo", "--problem", "DF2,DF3", "--changes", "3", "--seeds", "2", "--quiet",
                "--out", out.toString());
        assertThat(again.out()).contains("0 runs made now");
    }

    @Test
    void listNamesProblemsAndAlgorithms() {
        CliRun r = run("dmo", "--list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("DF1", "DF14", "FDA5", "l2e-moead", "dnsga2a", "dnsga2b");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
