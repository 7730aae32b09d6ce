package io.github.l2e4j.cli;

import io.github.l2e4j.dynamic.DynamicRunResult;
import io.github.l2e4j.dynamic.TimeSchedule;
import io.github.l2e4j.metrics.DynamicMetrics;
import io.github.l2e4j.metrics.WilcoxonRankSum;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The MIGD/MHV tables of {@code l2e4j dmo}: medians and IQRs over seeds, rank-sum tests against the first algorithm. */
final class DmoReport {

    /** Significance level of the rank-sum tests. */
    static final double ALPHA = 0.05;

    private DmoReport() {
    }

    /** The runs of one problem and setting, by algorithm name (in the order asked). */
    record Cell(String problem, TimeSchedule schedule, Map<String, List<DynamicRunResult>> results) {

        double[] values(String algorithm, ToDoubleFunction<DynamicRunResult> f) {
            return results.get(algorithm).stream().mapToDouble(f).toArray();
        }
    }

    private enum Indicator {
        MIGD("MIGD", DynamicRunResult::migd, true), MHV("MHV", DynamicRunResult::mhv, false);

        final String label;
        final ToDoubleFunction<DynamicRunResult> value;
        final boolean lowerIsBetter;

        Indicator(String label, ToDoubleFunction<DynamicRunResult> value, boolean lowerIsBetter) {
            this.label = label;
            this.value = value;
            this.lowerIsBetter = lowerIsBetter;
        }
    }

    static String markdown(List<Cell> cells, List<String> algorithms, int changes, List<Long> seeds) {
        StringBuilder sb = new StringBuilder();
        String reference = algorithms.get(0);
        for (Indicator ind : Indicator.values()) {
            sb.append(String.format(Locale.ROOT, "### %s (median and IQR over %d seeds %s; %d changes; %s)%n%n", ind.label,
                    seeds.size(), seedLabel(seeds), changes, ind.lowerIsBetter ? "lower is better" : "higher is better"));
            sb.append("| problem | (n_t, τ_t) |");
            for (String a : algorithms) {
                sb.append(' ').append(a).append(" |");
            }
            sb.append('\n').append("|---|---|");
            sb.append("---|".repeat(algorithms.size())).append('\n');
            for (Cell c : cells) {
                sb.append("| ").append(c.problem()).append(" | (").append(c.schedule().severity()).append(", ")
                        .append(c.schedule().frequency()).append(") |");
                double best = Double.NaN;
                for (String a : algorithms) {
                    double m = DynamicMetrics.median(c.values(a, ind.value));
                    if (Double.isNaN(best) || (ind.lowerIsBetter ? m < best : m > best)) {
                        best = m;
                    }
                }
                double[] ref = c.values(reference, ind.value);
                for (String a : algorithms) {
                    double[] v = c.values(a, ind.value);
                    double m = DynamicMetrics.median(v);
                    String cell = fmt(m);
                    if (m == best) {
                        cell = "**" + cell + "**";
                    }
                    cell += " (" + fmt(DynamicMetrics.quantile(v, 0.75) - DynamicMetrics.quantile(v, 0.25)) + ")";
                    if (!a.equals(reference)) {
                        cell += " " + marker(ref, v, ind.lowerIsBetter);
                    }
                    sb.append(' ').append(cell).append(" |");
                }
                sb.append('\n');
            }
            sb.append('\n');
            sb.append(String.format(Locale.ROOT, "Bold: best median. Marks on the other algorithms compare them with %s "
                    + "(two-sided Wilcoxon rank-sum, α = %s): + means %s is significantly better, − significantly worse, "
                    + "≈ no significant difference.%n%n", reference, ALPHA, reference));
            for (String a : algorithms) {
                if (a.equals(reference)) {
                    continue;
                }
                int better = 0;
                int significant = 0;
                for (Cell c : cells) {
                    double mr = DynamicMetrics.median(c.values(reference, ind.value));
                    double ma = DynamicMetrics.median(c.values(a, ind.value));
                    if (ind.lowerIsBetter ? mr < ma : mr > ma) {
                        better++;
                        if (WilcoxonRankSum.pValue(c.values(reference, ind.value), c.values(a, ind.value)) < ALPHA) {
                            significant++;
                        }
                    }
                }
                sb.append(String.format(Locale.ROOT, "%s's median %s is %s than %s's in %d of %d rows (%d of them "
                                + "significant).%n", reference, ind.label, ind.lowerIsBetter ? "lower" : "higher", a, better,
                        cells.size(), significant));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String marker(double[] reference, double[] other, boolean lowerIsBetter) {
        double p = WilcoxonRankSum.pValue(reference, other);
        if (!(p < ALPHA)) {
            return "≈";
        }
        double mr = DynamicMetrics.median(reference);
        double mo = DynamicMetrics.median(other);
        boolean referenceBetter = lowerIsBetter ? mr < mo : mr > mo;
        return referenceBetter ? "+" : "−";
    }

    static String csv(List<Cell> cells, List<String> algorithms) {
        StringBuilder sb = new StringBuilder(
                "problem,nt,taut,algorithm,seeds,migd_median,migd_q25,migd_q75,mhv_median,mhv_q25,mhv_q75,p_migd,p_mhv\n");
        String reference = algorithms.get(0);
        for (Cell c : cells) {
            for (String a : algorithms) {
                double[] migd = c.values(a, DynamicRunResult::migd);
                double[] mhv = c.values(a, DynamicRunResult::mhv);
                String pm = "";
                String ph = "";
                if (!a.equals(reference)) {
                    pm = String.format(Locale.ROOT, "%.6g", WilcoxonRankSum.pValue(c.values(reference, DynamicRunResult::migd), migd));
                    ph = String.format(Locale.ROOT, "%.6g", WilcoxonRankSum.pValue(c.values(reference, DynamicRunResult::mhv), mhv));
                }
                sb.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%d,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%s,%s%n", c.problem(),
                        c.schedule().severity(), c.schedule().frequency(), a, migd.length,
                        DynamicMetrics.median(migd), DynamicMetrics.quantile(migd, 0.25), DynamicMetrics.quantile(migd, 0.75),
                        DynamicMetrics.median(mhv), DynamicMetrics.quantile(mhv, 0.25), DynamicMetrics.quantile(mhv, 0.75),
                        pm, ph));
            }
        }
        return sb.toString();
    }

    static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String seedLabel(List<Long> seeds) {
        long first = seeds.get(0);
        long last = seeds.get(seeds.size() - 1);
        boolean contiguous = true;
        for (int i = 0; i < seeds.size(); i++) {
            contiguous &= seeds.get(i) == first + i;
        }
        return contiguous && seeds.size() > 1 ? first + "–" + last : seeds.toString();
    }
}
