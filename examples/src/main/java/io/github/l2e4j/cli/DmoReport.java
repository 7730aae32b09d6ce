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

    /**
     * One algorithm's runs of one cell under one indicator: median, quartiles and the two-sided
     * rank-sum p-value against the reference (NaN for the reference). Computed once per table entry.
     */
    private record Summary(double median, double q25, double q75, double p) {

        static Map<String, Summary> of(Cell c, ToDoubleFunction<DynamicRunResult> value, List<String> algorithms) {
            String reference = algorithms.get(0);
            double[] ref = c.values(reference, value);
            Map<String, Summary> out = new java.util.LinkedHashMap<>();
            for (String a : algorithms) {
                double[] v = c.values(a, value);
                out.put(a, new Summary(DynamicMetrics.median(v), DynamicMetrics.quantile(v, 0.25),
                        DynamicMetrics.quantile(v, 0.75), a.equals(reference) ? Double.NaN : WilcoxonRankSum.pValue(ref, v)));
            }
            return out;
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
            List<Map<String, Summary>> summaries = new java.util.ArrayList<>();
            for (Cell c : cells) {
                Map<String, Summary> s = Summary.of(c, ind.value, algorithms);
                summaries.add(s);
                sb.append("| ").append(c.problem()).append(" | (").append(c.schedule().severity()).append(", ")
                        .append(c.schedule().frequency()).append(") |");
                double best = Double.NaN;
                for (String a : algorithms) {
                    double m = s.get(a).median();
                    if (Double.isNaN(best) || (ind.lowerIsBetter ? m < best : m > best)) {
                        best = m;
                    }
                }
                Summary ref = s.get(reference);
                for (String a : algorithms) {
                    Summary x = s.get(a);
                    String cell = fmt(x.median());
                    if (x.median() == best) {
                        cell = "**" + cell + "**";
                    }
                    cell += " (" + fmt(x.q75() - x.q25()) + ")";
                    if (!a.equals(reference)) {
                        cell += " " + marker(ref.median(), x, ind.lowerIsBetter);
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
                for (Map<String, Summary> s : summaries) {
                    double mr = s.get(reference).median();
                    double ma = s.get(a).median();
                    if (ind.lowerIsBetter ? mr < ma : mr > ma) {
                        better++;
                        if (s.get(a).p() < ALPHA) {
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

    private static String marker(double mr, Summary other, boolean lowerIsBetter) {
        if (!(other.p() < ALPHA)) {
            return "≈";
        }
        double mo = other.median();
        boolean referenceBetter = lowerIsBetter ? mr < mo : mr > mo;
        return referenceBetter ? "+" : "−";
    }

    static String csv(List<Cell> cells, List<String> algorithms) {
        StringBuilder sb = new StringBuilder(
                "problem,nt,taut,algorithm,seeds,migd_median,migd_q25,migd_q75,mhv_median,mhv_q25,mhv_q75,p_migd,p_mhv\n");
        String reference = algorithms.get(0);
        for (Cell c : cells) {
            Map<String, Summary> migd = Summary.of(c, Indicator.MIGD.value, algorithms);
            Map<String, Summary> mhv = Summary.of(c, Indicator.MHV.value, algorithms);
            for (String a : algorithms) {
                Summary m = migd.get(a);
                Summary h = mhv.get(a);
                String pm = a.equals(reference) ? "" : String.format(Locale.ROOT, "%.6g", m.p());
                String ph = a.equals(reference) ? "" : String.format(Locale.ROOT, "%.6g", h.p());
                sb.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%d,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%s,%s%n", c.problem(),
                        c.schedule().severity(), c.schedule().frequency(), a, c.results().get(a).size(),
                        m.median(), m.q25(), m.q75(), h.median(), h.q25(), h.q75(), pm, ph));
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
