package io.github.l2e4j.examples.moea;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The single-objective comparison of docs/hosts-moea.md: "L2E" through MOEA Framework's
 * {@code AlgorithmFactory} (study name {@code l2e-moea}) against MOEA Framework's "DE", "GA" and
 * "CMA-ES" ({@code de}, {@code ga}, {@code cmaes-moea}; default settings, population 100) on BBOB
 * functions, instance 1, by the final error f - f_opt after a fixed budget.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.moea.BbobStudy \
 *        [functions] [D] [seeds] [budget] [algorithms]
 * </pre>
 * Defaults: functions 1,8,10,15,21, D = 10, seeds 1..10, budget 2000 D (MetaBox's protocol),
 * algorithms {@code l2e-moea,de,ga,cmaes-moea}. Every algorithm spends exactly the budget (no stop
 * value). The table gives the median and IQR of the error per function and algorithm, and the
 * two-sided Mann-Whitney U p-value of L2E against each other algorithm (commons-math3, which MOEA
 * Framework ships; the test {@code IndicatorStatistics} uses).
 */
public final class BbobStudy {

    private BbobStudy() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int[] functions = Arrays.stream((args.length > 0 ? args[0] : "1,8,10,15,21").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long budget = args.length > 3 ? Long.parseLong(args[3]) : 2000L * d;
        List<String> names = List.of((args.length > 4 ? args[4] : "l2e-moea,de,ga,cmaes-moea").split(","));
        System.out.printf(Locale.ROOT, "BBOB instance 1, D = %d, budget %d evaluations, seeds 1..%d: "
                + "final error f - f_opt, median (IQR); p = two-sided Mann-Whitney U of %s against the algorithm.%n%n",
                d, budget, seeds, names.get(0));
        StringBuilder header = new StringBuilder("| function |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String n : names) {
            header.append(' ').append(n).append(" |");
            rule.append("---|");
        }
        System.out.println(header);
        System.out.println(rule);
        int[] better = new int[names.size()];
        for (int f : functions) {
            Problem problem = Bbob.problem(f, 1, d);
            double fOpt = problem.optimalValue().orElseThrow();
            double[][] errors = new double[names.size()][seeds];
            for (int a = 0; a < names.size(); a++) {
                Algorithm algorithm = Algorithms.byName(names.get(a));
                for (int s = 1; s <= seeds; s++) {
                    Result r = algorithm.minimize(problem, RunSpec.of(budget, Double.NEGATIVE_INFINITY, s));
                    errors[a][s - 1] = r.bestValue() - fOpt;
                    System.err.printf(Locale.ROOT, "f%d %s seed %d: %.3e (%d evaluations, %.1f s)%n", f, names.get(a),
                            s, errors[a][s - 1], r.evaluations(), r.seconds());
                }
            }
            StringBuilder row = new StringBuilder("| f" + f + " |");
            double mine = median(errors[0]);
            for (int a = 0; a < names.size(); a++) {
                row.append(String.format(Locale.ROOT, " %.3g (%.2g)", median(errors[a]), iqr(errors[a])));
                if (a > 0) {
                    double p = new MannWhitneyUTest().mannWhitneyUTest(errors[0], errors[a]);
                    row.append(String.format(Locale.ROOT, ", p = %.2g", p));
                    if (mine < median(errors[a])) {
                        better[a]++;
                    }
                }
                row.append(" |");
            }
            System.out.println(row);
            System.out.flush();
        }
        System.out.println();
        List<String> summary = new ArrayList<>();
        for (int a = 1; a < names.size(); a++) {
            summary.add(String.format(Locale.ROOT, "%s has the lower median error than %s on %d of %d functions",
                    names.get(0), names.get(a), better[a], functions.length));
        }
        summary.forEach(System.out::println);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    static double iqr(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return quantile(s, 0.75) - quantile(s, 0.25);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
