package io.github.l2e4j.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The multi-objective section of a study's report ({@link StudyReport}). */
final class MoReport {

    private MoReport() {
    }

    /** Appends the section: indicator notes, win/tie/loss with Friedman ranks, the per-problem tables, the HV plots. */
    static void append(ReportDocument doc, StudyResult result, Path dir, MoStatistics stats) throws IOException {
        StudyDefinition def = result.definition();
        List<String> algs = def.algorithms();
        String ref = def.reference();
        doc.heading(2, "Multi-objective problems");
        doc.paragraph("Budget per run: " + def.budgetText() + (def.fixedBudget() == null ? " evaluations, D being the problem's "
                + "number of variables" : "") + ". A run's hypervolume (HV, higher is better) and IGD (lower is better) are those of the algorithm's result after the first iteration "
                + "that reached each of " + MoRunRow.CHECKPOINTS + " evenly spaced checkpoints (one iteration evaluates a "
                + "generation, so the last may pass the budget: `mo-runs.csv` has the evaluations made). "
                + String.join(" ", result.moNotes()));
        doc.heading(3, "Wins, ties and losses against " + ref);
        doc.paragraph("Per problem, a two-sided Wilcoxon rank-sum (Mann-Whitney U) test of each algorithm's final values "
                + "against " + ref + "'s, Holm-corrected over the algorithms, at α = " + StudyStatistics.ALPHA + "; a win "
                + "means significantly better: a higher HV, a lower IGD. The Friedman rank is the average over problems of "
                + "each algorithm's rank by median (1 = best).");
        List<List<String>> wtl = new ArrayList<>();
        for (String a : algs) {
            List<String> row = new ArrayList<>(List.of(a));
            for (MoStatistics.Indicator ind : MoStatistics.Indicator.values()) {
                int[] w = stats.winTieLoss(ind, a);
                Double rank = stats.averageRanks(ind).get(a);
                boolean isRef = a.equals(ref);
                row.addAll(List.of(isRef ? "(reference)" : Integer.toString(w[0]), isRef ? "" : Integer.toString(w[1]),
                        isRef ? "" : Integer.toString(w[2]), rank == null ? "-" : String.format(Locale.ROOT, "%.2f", rank)));
            }
            wtl.add(row);
        }
        doc.table(List.of("algorithm", "HV wins", "ties", "losses", "HV Friedman rank", "IGD wins", "ties", "losses",
                "IGD Friedman rank"), wtl);
        for (MoStatistics.Indicator ind : MoStatistics.Indicator.values()) {
            if (!Double.isNaN(stats.friedmanP(ind))) {
                doc.paragraph(String.format(Locale.ROOT, "Friedman test on %s over %d problems and %d algorithms: "
                                + "χ² = %.2f, p = %.3g.", ind, stats.rankedProblems(ind), algs.size(),
                        stats.friedmanStatistic(ind), stats.friedmanP(ind)));
            }
        }
        for (MoStatistics.Indicator ind : MoStatistics.Indicator.values()) {
            boolean hv = ind == MoStatistics.Indicator.HV;
            doc.heading(3, hv ? "Final hypervolume (higher is better)" : "Final IGD (lower is better)");
            doc.paragraph("Median (IQR) over seeds. Marks: **+** significantly better than " + ref + ", **−** significantly "
                    + "worse (Holm-corrected rank-sum test, α = " + StudyStatistics.ALPHA + ").");
            List<String> header = new ArrayList<>(List.of("problem", "M", "D"));
            header.addAll(algs);
            List<List<String>> table = new ArrayList<>();
            for (String p : stats.problems()) {
                List<String> row = new ArrayList<>(List.of(p, Integer.toString(stats.objectives(p)),
                        Integer.toString(dimension(result, p))));
                for (String a : algs) {
                    MoStatistics.Cell c = stats.cell(ind, p, a);
                    row.add(c == null ? "-" : cellText(c, hv));
                }
                table.add(row);
            }
            doc.table(header, table);
        }
        doc.heading(3, "Hypervolume over evaluations");
        doc.paragraph("Median hypervolume over seeds at each checkpoint.");
        for (String p : stats.problems()) {
            String name = "hv_" + p.replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
            if (hvPlot(result, p, dir.resolve("plots").resolve(name))) {
                doc.image("plots/" + name, p + " hypervolume");
            }
        }
    }

    private static int dimension(StudyResult result, String problem) {
        for (MoRunRow r : result.moRows()) {
            if (r.problem().equals(problem)) {
                return r.dim();
            }
        }
        return 0;
    }

    static String cellText(MoStatistics.Cell c, boolean hv) {
        String mark = c.outcome() == null ? "" : c.outcome() == StudyStatistics.Outcome.WIN ? " **+**"
                : c.outcome() == StudyStatistics.Outcome.LOSS ? " **−**" : "";
        return num(c.median(), hv) + " (" + num(c.iqr(), hv) + ")" + mark;
    }

    private static String num(double v, boolean hv) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return String.format(Locale.ROOT, hv ? "%.4f" : "%.5f", v);
    }

    private static boolean hvPlot(StudyResult result, String problem, Path png) throws IOException {
        Map<String, double[][]> series = new LinkedHashMap<>();
        int objectives = 0;
        int dim = 0;
        for (String a : result.definition().algorithms()) {
            TreeMap<Long, List<Double>> byCheckpoint = new TreeMap<>();
            for (MoRunRow r : result.moRows()) {
                if (r.algorithm().equals(a) && r.problem().equals(problem)) {
                    byCheckpoint.computeIfAbsent(r.checkpoint(), k -> new ArrayList<>()).add(r.hv());
                    objectives = r.objectives();
                    dim = r.dim();
                }
            }
            if (byCheckpoint.isEmpty()) {
                continue;
            }
            double[][] xy = new double[2][byCheckpoint.size()];
            int i = 0;
            for (Map.Entry<Long, List<Double>> e : byCheckpoint.entrySet()) {
                xy[0][i] = e.getKey();
                xy[1][i] = StudyStatistics.median(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
                i++;
            }
            series.put(a, xy);
        }
        if (series.isEmpty()) {
            return false;
        }
        StudyPlots.lines(png, problem + " (M = " + objectives + ", D = " + dim + "): median hypervolume", "evaluations",
                "hypervolume", false, false, series, null, null);
        return true;
    }
}
