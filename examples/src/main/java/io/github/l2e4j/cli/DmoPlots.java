package io.github.l2e4j.cli;

import io.github.l2e4j.dynamic.DynamicRun;
import io.github.l2e4j.dynamic.DynamicRunResult;
import io.github.l2e4j.dynamic.EnvironmentResult;
import io.github.l2e4j.dynamic.FrontSample;
import io.github.l2e4j.dynamic.TimeSchedule;
import io.github.l2e4j.metrics.DynamicMetrics;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plots of {@code l2e4j dmo} (XChart, PNG, rendered headless): IGD over the time steps, and the
 * fronts at selected time steps against the true front. The fronts shown are those of each
 * algorithm's median run (by MIGD; the lower middle one for an even count of seeds).
 */
final class DmoPlots {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final int PANEL = 480;
    private static final Color FRONT_COLOR = new Color(150, 150, 150);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private DmoPlots() {
    }

    /** The run with the median MIGD (the lower middle one for an even count). */
    static DynamicRunResult medianRun(List<DynamicRunResult> runs) {
        List<DynamicRunResult> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(DynamicRunResult::migd).thenComparingLong(DynamicRunResult::seed));
        return sorted.get((sorted.size() - 1) / 2);
    }

    static String stem(String problem, TimeSchedule s) {
        return String.format(Locale.ROOT, "%s_nt%d_taut%d", problem, s.severity(), s.frequency());
    }

    /** IGD at each time step, median over the seeds, one line per algorithm (log scale). */
    static Path migdOverTime(Path dir, String problem, TimeSchedule schedule, Map<String, List<DynamicRunResult>> results)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(String.format(Locale.ROOT, "%s, (n_t, tau_t) = (%d, %d): IGD at each time step (median over seeds)",
                        problem, schedule.severity(), schedule.frequency()))
                .xAxisTitle("time step k (t = k / n_t)").yAxisTitle("IGD").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setMarkerSize(4);
        for (Map.Entry<String, List<DynamicRunResult>> e : results.entrySet()) {
            List<DynamicRunResult> runs = e.getValue();
            int steps = runs.get(0).environments().size();
            double[] x = new double[steps];
            double[] y = new double[steps];
            for (int k = 0; k < steps; k++) {
                double[] igd = new double[runs.size()];
                for (int s = 0; s < runs.size(); s++) {
                    igd[s] = runs.get(s).environments().get(k).igd();
                }
                x[k] = k;
                y[k] = Math.max(DynamicMetrics.median(igd), Double.MIN_NORMAL);
            }
            double migd = DynamicMetrics.median(runs.stream().mapToDouble(DynamicRunResult::migd).toArray());
            chart.addSeries(String.format(Locale.ROOT, "%s (median MIGD %s)", e.getKey(), DmoReport.fmt(migd)), x, y);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("migd_" + stem(problem, schedule) + ".png");
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    /**
     * One panel per selected time step: PF(t) (grey) and each algorithm's front of its median run.
     * Three-objective fronts are shown in the (f1, f2) plane.
     */
    static Path frontsAtSteps(Path dir, DynamicRun run, Map<String, List<DynamicRunResult>> results, List<Integer> steps)
            throws IOException {
        String problem = run.problem().name();
        boolean projected = run.problem().objectives() > 2;
        List<XYChart> charts = new ArrayList<>();
        for (int k : steps) {
            FrontSample pf = run.paretoFront(k);
            XYChart chart = new XYChartBuilder().width(PANEL).height(PANEL)
                    .title(String.format(Locale.ROOT, "%s, t = %s (step %d)%s", problem, DmoReport.fmt(pf.time()), k,
                            projected ? ", (f1, f2) plane" : ""))
                    .xAxisTitle("f1").yAxisTitle("f2").build();
            chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
            chart.getStyler().setMarkerSize(5);
            XYSeries front = chart.addSeries("PF(t)", column(pf.objectives(), 0), column(pf.objectives(), 1));
            front.setMarker(SeriesMarkers.CIRCLE);
            front.setMarkerColor(FRONT_COLOR);
            for (Map.Entry<String, List<DynamicRunResult>> e : results.entrySet()) {
                DynamicRunResult r = medianRun(e.getValue());
                EnvironmentResult env = r.environments().get(k);
                if (env.front().length == 0) {
                    continue;
                }
                XYSeries s = chart.addSeries(e.getKey() + " (seed " + r.seed() + ")", column(env.front(), 0),
                        column(env.front(), 1));
                s.setMarker(SeriesMarkers.DIAMOND);
            }
            charts.add(chart);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("fronts_" + stem(problem, run.schedule()) + ".png");
        BitmapEncoder.saveBitmap(charts, 1, charts.size(), file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }

    /** The median runs' fronts at every time step, one CSV per problem and setting. */
    static Path writeFronts(Path dir, DynamicRun run, Map<String, List<DynamicRunResult>> results) {
        int m = run.problem().objectives();
        Path file = dir.resolve("fronts_" + stem(run.problem().name(), run.schedule()) + ".csv");
        try (PrintWriter w = DmoCommand.writer(file)) {
            StringBuilder header = new StringBuilder("algorithm,seed,environment,time");
            for (int k = 1; k <= m; k++) {
                header.append(",f").append(k);
            }
            w.println(header);
            for (Map.Entry<String, List<DynamicRunResult>> e : results.entrySet()) {
                DynamicRunResult r = medianRun(e.getValue());
                for (EnvironmentResult env : r.environments()) {
                    for (double[] f : env.front()) {
                        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%s,%d,%d,%.17g", e.getKey(),
                                r.seed(), env.environment(), env.time()));
                        for (double v : f) {
                            row.append(',').append(String.format(Locale.ROOT, "%.17g", v));
                        }
                        w.println(row);
                    }
                }
            }
        }
        return file;
    }

    private static double[] column(double[][] rows, int k) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][k];
        }
        return c;
    }
}
