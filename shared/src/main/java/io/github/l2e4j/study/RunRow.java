package io.github.l2e4j.study;

import io.github.l2e4j.metrics.CocoTargets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One finished run: one line of {@code runs.csv} (DESIGN.md §9),
 * <pre>
 * algorithm,problem,function,instance,dim,seed,budget,evaluations,best_f,f_opt,error,t00,...,t50,seconds
 * </pre>
 * {@code error} = best_f &minus; f_opt; {@code tNN} = the evaluation at which
 * f_opt + 10<sup>2 &minus; 0.2&middot;NN</sup> was first reached, or &minus;1. When f_opt is unknown,
 * {@code f_opt} and {@code error} are empty and every tNN is &minus;1. Numbers are written so that
 * they read back bit for bit.
 *
 * @param algorithm   algorithm name
 * @param problem     problem id, e.g. {@code bbob_f008_i03_d10}
 * @param function    the problem without its instance and dimension, e.g. {@code bbob_f008}
 * @param instance    the instance number (0 if the problem has none)
 * @param dim         dimension D
 * @param seed        run seed
 * @param budget      evaluation budget
 * @param evaluations evaluations made (&le; budget)
 * @param bestF       best value found (+infinity if no valid value)
 * @param fOpt        optimal value, NaN if unknown
 * @param hits        hitting times of the 51 COCO targets (-1 = not reached)
 * @param seconds     wall-clock seconds of the run
 */
public record RunRow(String algorithm, String problem, String function, int instance, int dim, long seed, long budget,
                     long evaluations, double bestF, double fOpt, long[] hits, double seconds) {

    /** The header line. */
    public static final String HEADER = header();

    /** Validates and copies. */
    public RunRow {
        if (algorithm == null || algorithm.isBlank() || problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("algorithm and problem must not be blank");
        }
        if (hits == null || hits.length != CocoTargets.COUNT) {
            throw new IllegalArgumentException("hits must have " + CocoTargets.COUNT + " entries");
        }
        hits = hits.clone();
    }

    private static String header() {
        StringBuilder sb = new StringBuilder("algorithm,problem,function,instance,dim,seed,budget,evaluations,best_f,f_opt,error");
        for (int k = 0; k < CocoTargets.COUNT; k++) {
            sb.append(',').append(CocoTargets.column(k));
        }
        return sb.append(",seconds").toString();
    }

    @Override
    public long[] hits() {
        return hits.clone();
    }

    /** The hitting time of target k. */
    public long hit(int k) {
        return hits[k];
    }

    /** best_f - f_opt, NaN if f_opt is unknown. */
    public double error() {
        return Double.isNaN(fOpt) ? Double.NaN : bestF - fOpt;
    }

    /** The run's identity in a study: algorithm, problem and seed. */
    public RunKey key() {
        return new RunKey(algorithm, problem, seed);
    }

    /** The CSV line (no line break). */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append(Csv.field(algorithm)).append(',').append(Csv.field(problem)).append(',').append(Csv.field(function))
                .append(',').append(instance).append(',').append(dim).append(',').append(seed).append(',').append(budget)
                .append(',').append(evaluations).append(',').append(num(bestF)).append(',').append(num(fOpt))
                .append(',').append(num(error()));
        for (long h : hits) {
            sb.append(',').append(h);
        }
        return sb.append(',').append(String.format(Locale.ROOT, "%.3f", seconds)).toString();
    }

    /** The line without the {@code seconds} column: what two runs of the same study must agree on. */
    public String toCsvWithoutSeconds() {
        String s = toCsv();
        return s.substring(0, s.lastIndexOf(','));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static double parseNum(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /**
     * Parses a line written by {@link #toCsv()}.
     *
     * @throws IllegalArgumentException naming the column and the value when a field is malformed
     */
    public static RunRow parse(String line) {
        List<String> f = Csv.split(line);
        int expected = 12 + CocoTargets.COUNT;
        if (f.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " fields, found " + f.size());
        }
        String[] names = HEADER.split(",");
        int i = 0;
        try {
            String algorithm = f.get(i++);
            String problem = f.get(i++);
            String function = f.get(i++);
            int instance = Integer.parseInt(f.get(i++));
            int dim = Integer.parseInt(f.get(i++));
            long seed = Long.parseLong(f.get(i++));
            long budget = Long.parseLong(f.get(i++));
            long evaluations = Long.parseLong(f.get(i++));
            double bestF = Double.parseDouble(f.get(i++));
            double fOpt = parseNum(f.get(i++));
            i++; // error is derived
            long[] hits = new long[CocoTargets.COUNT];
            for (int k = 0; k < hits.length; k++) {
                hits[k] = Long.parseLong(f.get(i++));
            }
            double seconds = Double.parseDouble(f.get(i));
            return new RunRow(algorithm, problem, function, instance, dim, seed, budget, evaluations, bestF, fOpt, hits,
                    seconds);
        } catch (NumberFormatException e) {
            int col = i - 1 < 0 ? 0 : Math.min(i - 1, names.length - 1);
            throw new IllegalArgumentException("column " + names[col] + ": not a number: '" + f.get(col) + "'");
        }
    }

    /**
     * Splits a problem id into its function and instance: the instance is the number of a part
     * {@code i<N>} (separated by '_' or ':'), and the function is the id without that part and
     * without a dimension part {@code d<N>}. So {@code bbob_f008_i03_d10} is function
     * {@code bbob_f008}, instance 3; {@code sphere_d10} is {@code sphere}, instance 0.
     *
     * @return {@code {function, instance}}
     */
    public static String[] functionAndInstance(String problem) {
        List<String> kept = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        String instance = "0";
        int start = 0;
        char sep = 0;
        for (int i = 0; i <= problem.length(); i++) {
            if (i == problem.length() || problem.charAt(i) == '_' || problem.charAt(i) == ':') {
                String part = problem.substring(start, i);
                if (start > 0 && part.matches("i\\d+")) {
                    instance = Integer.toString(Integer.parseInt(part.substring(1)));
                } else if (!(start > 0 && part.matches("d\\d+"))) {
                    kept.add(part);
                    seps.add(sep);
                }
                if (i < problem.length()) {
                    sep = problem.charAt(i);
                }
                start = i + 1;
            }
        }
        StringBuilder fn = new StringBuilder();
        for (int k = 0; k < kept.size(); k++) {
            if (k > 0) {
                fn.append(seps.get(k));
            }
            fn.append(kept.get(k));
        }
        return new String[] {fn.toString(), instance};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunRow r && toCsv().equals(r.toCsv());
    }

    @Override
    public int hashCode() {
        return toCsv().hashCode();
    }

    @Override
    public String toString() {
        return "RunRow[" + algorithm + " on " + problem + " seed " + seed + ": best " + bestF + ", "
                + evaluations + " evaluations, hits " + Arrays.stream(hits).filter(h -> h > 0).count() + "]";
    }
}
