package io.github.l2e4j.study;

import io.github.l2e4j.internal.AtomicFiles;
import io.github.l2e4j.metrics.CocoTargets;
import io.github.l2e4j.metrics.Ecdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a study's report into its output directory:
 * <ul>
 *   <li>{@code report.md} and {@code report.html}: the definition, the ECDF plot per dimension, the
 *       win/tie/loss table against the reference with the Friedman average ranks, the per-function
 *       table of median final errors with significance marks and ERTs, and the convergence plot per
 *       function ({@link StudyStatistics} says how each is computed);</li>
 *   <li>{@code plots/ecdf_dD.png}: per dimension, for each algorithm the fraction of
 *       (run, target) pairs reached within a budget, against log10(evaluations / D), over the
 *       study's targets (COCO's runtime ECDF, without simulated restarts);</li>
 *   <li>{@code plots/convergence_FUNCTION_dD.png}: the median over runs of the best error so far
 *       against evaluations / D, at COCO's checkpoints (errors below
 *       {@value #ERROR_FLOOR_FACTOR} &times; the final target are drawn at that floor);</li>
 *   <li>{@code coco/ALG/}: the BBOB runs in COCO's data format ({@link CocoExport});</li>
 *   <li>for multi-objective runs, a section with the final hypervolume and IGD per problem, the
 *       win/tie/loss counts and Friedman ranks of both ({@link MoStatistics}), and
 *       {@code plots/hv_PROBLEM.png}, the median hypervolume against evaluations.</li>
 * </ul>
 * A study without single-objective runs has only the multi-objective section.
 */
public final class StudyReport {

    /** Errors below this factor times the final target precision are drawn at the floor. */
    public static final double ERROR_FLOOR_FACTOR = 0.1;
    /** The report files. */
    public static final String MARKDOWN = "report.md";
    /** The HTML report. */
    public static final String HTML = "report.html";

    private StudyReport() {
    }

    /**
     * The statistics a report shows, computed once, so that a caller printing a summary does not
     * compute them again: over the single-objective rows and over the multi-objective rows (empty
     * tables when the study has no such runs).
     */
    public record Statistics(StudyStatistics singleObjective, MoStatistics multiObjective) {

        /** The statistics of a study's result. */
        public static Statistics of(StudyResult result) {
            StudyDefinition def = result.definition();
            return new Statistics(StudyStatistics.of(result.rows(), def.algorithms(), def.reference(), def.lastTarget()),
                    MoStatistics.of(result.moRows(), def.algorithms(), def.reference()));
        }
    }

    /**
     * Writes the report of {@code result} into {@code dir}.
     *
     * @param command the command line that ran the study (shown in the report), or null
     * @return the paths of the two report files
     */
    public static List<Path> write(StudyResult result, Path dir, String command) throws IOException {
        return write(result, dir, command, Statistics.of(result));
    }

    /** Writes the report with statistics the caller already has ({@link Statistics#of}). */
    public static List<Path> write(StudyResult result, Path dir, String command, Statistics statistics)
            throws IOException {
        StudyDefinition def = result.definition();
        List<String> algs = def.algorithms();
        ReportDocument doc = new ReportDocument("l2e4j study");
        long moRuns = result.moRows().stream().filter(MoRunRow::isFinal).count();
        doc.paragraph("Written " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + ". " + (result.rows().size() + moRuns) + " runs (" + result.ran() + " made by this invocation, " + result.skipped()
                + " found in " + (moRuns == 0 ? "`runs.csv`" : result.rows().isEmpty() ? "`mo-runs.csv`"
                : "`runs.csv` and `mo-runs.csv`") + ").");
        if (command != null) {
            doc.code(command);
        }
        List<List<String>> defRows = new ArrayList<>();
        boolean moOnly = result.rows().isEmpty() && moRuns > 0;
        def.toMap().forEach((k, v) -> {
            if (!k.equals("out") && !(moOnly && k.equals("targets"))) {
                defRows.add(List.of(k, String.valueOf(v)));
            }
        });
        doc.table(List.of("key", "value"), defRows);
        List<List<String>> algRows = new ArrayList<>();
        for (String a : algs) {
            algRows.add(List.of(a, result.descriptions().getOrDefault(a, "")));
        }
        doc.table(List.of("algorithm", "description"), algRows);
        if (!result.failures().isEmpty()) {
            doc.paragraph("**" + result.failures().size() + " runs failed** (the algorithm threw; each is counted with what it "
                    + "had evaluated before): " + String.join("; ", result.failures().subList(0,
                    Math.min(10, result.failures().size()))) + (result.failures().size() > 10 ? "; ..." : ""));
        }
        long over = result.traces().values().stream().mapToLong(Trace::overBudget).sum();
        if (over > 0) {
            doc.paragraph(over + " objective calls past a run's budget were made and ignored (not counted, not used).");
        }

        if (!result.rows().isEmpty() || result.moRows().isEmpty()) {
            singleObjectiveSections(doc, result, dir, statistics.singleObjective());
        }
        if (!result.moRows().isEmpty()) {
            MoReport.append(doc, result, dir, statistics.multiObjective());
        }
        Path md = dir.resolve(MARKDOWN);
        Path html = dir.resolve(HTML);
        AtomicFiles.writeString(md, doc.markdown());
        AtomicFiles.writeString(html, doc.html());
        return List.of(md, html);
    }

    private static void singleObjectiveSections(ReportDocument doc, StudyResult result, Path dir, StudyStatistics stats)
            throws IOException {
        StudyDefinition def = result.definition();
        List<String> algs = def.algorithms();
        TreeSet<Integer> dims = new TreeSet<>();
        result.rows().forEach(r -> dims.add(r.dim()));
        doc.heading(2, "Runtime ECDFs");
        doc.paragraph("Fraction of (run, target) pairs reached, targets f* + Δf for Δf from "
                + def.targetsText().replace("..", " to ") + " (" + (def.lastTarget() - def.firstTarget() + 1)
                + " COCO targets), against the evaluations divided by the dimension. Problems without a known optimum "
                + "are left out.");
        for (int d : dims) {
            Path png = dir.resolve("plots").resolve("ecdf_d" + d + ".png");
            if (ecdfPlot(result, d, png)) {
                doc.image("plots/ecdf_d" + d + ".png", "ECDF D=" + d);
            }
        }

        doc.heading(2, "Wins, ties and losses against " + def.reference());
        doc.paragraph("Per problem class (function and dimension; instances and seeds pooled), a two-sided Wilcoxon rank-sum "
                + "(Mann-Whitney U) test of each algorithm's run scores against " + def.reference() + "'s, Holm-corrected over "
                + "the algorithms, at α = " + StudyStatistics.ALPHA + ". A run's score orders runs that reached the final target "
                + "by their hitting time and the others by their final error. The Friedman rank is the average over problem "
                + "classes of each algorithm's rank by median score (1 = best).");
        List<List<String>> wtl = new ArrayList<>();
        for (String a : algs) {
            int[] w = stats.winTieLoss(a);
            Double rank = stats.averageRanks().get(a);
            wtl.add(List.of(a, a.equals(def.reference()) ? "(reference)" : Integer.toString(w[0]),
                    a.equals(def.reference()) ? "" : Integer.toString(w[1]), a.equals(def.reference()) ? "" : Integer.toString(w[2]),
                    rank == null ? "-" : String.format(Locale.ROOT, "%.2f", rank)));
        }
        doc.table(List.of("algorithm", "wins", "ties", "losses", "Friedman avg rank"), wtl);
        if (!Double.isNaN(stats.friedmanP())) {
            doc.paragraph(String.format(Locale.ROOT, "Friedman test over %d problem classes and %d algorithms: χ² = %.2f, p = %.3g.",
                    stats.rankedGroups(), algs.size(), stats.friedmanStatistic(), stats.friedmanP()));
        }

        doc.heading(2, "Median final error per function");
        doc.paragraph("Median of f - f* at the end of the runs (best f when f* is unknown), runs that reached the final target "
                + "out of all, and the ERT to the final target in evaluations. Marks: **+** significantly better than "
                + def.reference() + ", **−** significantly worse (Holm-corrected rank-sum test, α = " + StudyStatistics.ALPHA + ").");
        List<String> header = new ArrayList<>(List.of("function", "D"));
        header.addAll(algs);
        List<List<String>> table = new ArrayList<>();
        for (StudyStatistics.Group g : stats.groups()) {
            List<String> row = new ArrayList<>(List.of(g.function(), Integer.toString(g.dim())));
            for (String a : algs) {
                StudyStatistics.Cell c = stats.cell(g, a);
                row.add(c == null ? "-" : cellText(c));
            }
            table.add(row);
        }
        doc.table(header, table);

        doc.heading(2, "Convergence");
        doc.paragraph("Median over runs of the best f - f* so far against evaluations / D (errors below "
                + fmt(ERROR_FLOOR_FACTOR * CocoTargets.precision(def.lastTarget())) + " are drawn at that value).");
        for (StudyStatistics.Group g : stats.groups()) {
            String name = "convergence_" + g.function().replaceAll("[^A-Za-z0-9_-]", "_") + "_d" + g.dim() + ".png";
            if (convergencePlot(result, g, dir.resolve("plots").resolve(name))) {
                doc.image("plots/" + name, g.label());
            }
        }

        List<Path> coco = CocoExport.write(result, dir.resolve("coco"));
        doc.heading(2, "COCO data");
        if (coco.isEmpty()) {
            doc.paragraph("No BBOB runs, so no COCO data.");
        } else {
            StringBuilder cmd = new StringBuilder("python -m cocopp");
            for (Path p : coco) {
                cmd.append(' ').append(dir.relativize(p));
            }
            doc.paragraph("The BBOB runs are in COCO's `bbob` data format (`.info`, `.dat`, `.tdat`), one folder per algorithm "
                    + "under `coco/`, for COCO's post-processing:");
            doc.code(cmd.toString());
        }
    }

    private static String cellText(StudyStatistics.Cell c) {
        String mark = c.outcome() == null ? "" : c.outcome() == StudyStatistics.Outcome.WIN ? " **+**"
                : c.outcome() == StudyStatistics.Outcome.LOSS ? " **−**" : "";
        String ert = Double.isNaN(c.ert()) ? "" : Double.isInfinite(c.ert()) ? ", ERT ∞"
                : ", ERT " + String.format(Locale.ROOT, "%.3g", c.ert());
        return fmt(c.medianError()) + " (" + c.solved() + "/" + c.runs() + ert + ")" + mark;
    }

    private static String fmt(double v) {
        return Double.isInfinite(v) ? "∞" : String.format(Locale.ROOT, "%.2e", v);
    }

    private static boolean ecdfPlot(StudyResult result, int d, Path png) throws IOException {
        StudyDefinition def = result.definition();
        Map<String, double[][]> series = new LinkedHashMap<>();
        double maxX = 1;
        boolean any = false;
        for (String a : def.algorithms()) {
            List<Double> runtimes = new ArrayList<>();
            for (RunRow r : result.rows()) {
                if (!r.algorithm().equals(a) || r.dim() != d || Double.isNaN(r.fOpt())) {
                    continue;
                }
                maxX = Math.max(maxX, r.budget() / (double) d);
                for (int k = def.firstTarget(); k <= def.lastTarget(); k++) {
                    runtimes.add(r.hit(k) > 0 ? r.hit(k) / (double) d : Double.POSITIVE_INFINITY);
                }
            }
            if (runtimes.isEmpty()) {
                continue;
            }
            any = true;
            Ecdf e = Ecdf.of(runtimes.stream().mapToDouble(Double::doubleValue).toArray());
            series.put(a, staircase(e, 1.0 / d));
        }
        if (!any) {
            return false;
        }
        for (double[][] s : series.values()) {
            if (s[0].length > 0) {
                int n = s[0].length;
                s[0] = java.util.Arrays.copyOf(s[0], n + 1);
                s[1] = java.util.Arrays.copyOf(s[1], n + 1);
                s[0][n] = maxX;
                s[1][n] = s[1][n - 1];
            }
        }
        StudyPlots.lines(png, "Runtime ECDF, D = " + d + ", " + def.targetsText() + " targets", "evaluations / D",
                "fraction of (run, target) pairs", true, false, series, 0.0, 1.0);
        return true;
    }

    /** Points of the ECDF's staircase, starting at (x0, 0). */
    private static double[][] staircase(Ecdf e, double x0) {
        double[][] steps = e.steps();
        int n = steps[0].length;
        double[] xs = new double[2 * n + 1];
        double[] ys = new double[2 * n + 1];
        xs[0] = Math.min(x0, n > 0 ? steps[0][0] : x0);
        ys[0] = 0;
        double prev = 0;
        for (int i = 0; i < n; i++) {
            xs[2 * i + 1] = steps[0][i];
            ys[2 * i + 1] = prev;
            xs[2 * i + 2] = steps[0][i];
            ys[2 * i + 2] = steps[1][i];
            prev = steps[1][i];
        }
        return new double[][] {xs, ys};
    }

    private static boolean convergencePlot(StudyResult result, StudyStatistics.Group g, Path png) throws IOException {
        StudyDefinition def = result.definition();
        double floor = ERROR_FLOOR_FACTOR * CocoTargets.precision(def.lastTarget());
        Map<String, double[][]> series = new LinkedHashMap<>();
        boolean knownOptimum = true;
        boolean any = false;
        for (String a : def.algorithms()) {
            List<RunRow> runs = new ArrayList<>();
            long budget = 0;
            for (RunRow r : result.rows()) {
                if (r.algorithm().equals(a) && r.function().equals(g.function()) && r.dim() == g.dim()
                        && result.traces().containsKey(r.key())) {
                    runs.add(r);
                    budget = Math.max(budget, r.budget());
                    knownOptimum &= !Double.isNaN(r.fOpt());
                }
            }
            if (runs.isEmpty()) {
                continue;
            }
            long[] checkpoints = RunTrace.checkpoints(g.dim(), budget);
            List<double[]> pts = new ArrayList<>();
            for (long e : checkpoints) {
                double[] v = new double[runs.size()];
                int n = 0;
                for (RunRow r : runs) {
                    double best = result.traces().get(r.key()).bestAt(e);
                    if (Double.isNaN(best)) {
                        continue;
                    }
                    v[n++] = Double.isNaN(r.fOpt()) ? best : best - r.fOpt();
                }
                if (n * 2 <= runs.size()) {
                    continue;
                }
                double m = StudyStatistics.median(java.util.Arrays.copyOf(v, n));
                if (Double.isFinite(m)) {
                    pts.add(new double[] {e / (double) g.dim(), knownOptimum ? Math.max(m, floor) : m});
                }
            }
            double[][] xy = new double[2][pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                xy[0][i] = pts.get(i)[0];
                xy[1][i] = pts.get(i)[1];
            }
            any |= pts.size() > 0;
            series.put(a, xy);
        }
        if (!any) {
            return false;
        }
        StudyPlots.lines(png, g.label() + ": median best " + (knownOptimum ? "f - f*" : "f"), "evaluations / D",
                knownOptimum ? "f - f*" : "best f", true, knownOptimum, series, null, null);
        return true;
    }
}
