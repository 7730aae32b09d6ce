package io.github.l2e4j.study;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** PNG line charts through XChart, rendered headless. */
final class StudyPlots {

    /** Chart width in pixels. */
    static final int WIDTH = 720;
    /** Chart height in pixels. */
    static final int HEIGHT = 460;

    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)
    };

    private StudyPlots() {
    }

    /**
     * Saves a chart of one line per series.
     *
     * @param series name -&gt; {xs, ys}; series with no points are left out
     */
    static void lines(Path file, String title, String xTitle, String yTitle, boolean logX, boolean logY,
                      Map<String, double[][]> series, Double yMin, Double yMax) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle)
                .build();
        Styler.LegendPosition legend = logY ? Styler.LegendPosition.InsideNE : Styler.LegendPosition.InsideNW;
        chart.getStyler().setLegendPosition(legend).setChartBackgroundColor(Color.WHITE).setSeriesColors(COLORS);
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY).setPlotGridLinesVisible(true);
        if (yMin != null) {
            chart.getStyler().setYAxisMin(yMin);
        }
        if (yMax != null) {
            chart.getStyler().setYAxisMax(yMax);
        }
        int n = 0;
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            double[][] xy = e.getValue();
            if (xy[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries(e.getKey(), xy[0], xy[1]);
            s.setMarker(SeriesMarkers.NONE);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            n++;
        }
        if (n == 0) {
            chart.addSeries("(no data)", new double[] {1, 10}, new double[] {logY ? 1 : 0, logY ? 1 : 0})
                    .setMarker(SeriesMarkers.NONE);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
