package io.github.l2e4j.examples.jenetics;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.benchmark.control.ControlTasks;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Jenetics comparison of docs/hosts-jenetics.md: L2E inside a Jenetics engine
 * ({@code jenetics-l2e}) against Jenetics' default engine ({@code jenetics-ga}) and Jenetics' own
 * (μ, λ)-ES ({@code jenetics-es}), with shared's {@code l2e} (the same search outside Jenetics)
 * as a reference column. Equal evaluation budgets (every algorithm spends exactly the budget or
 * stops at the target), fixed seeds 1..S, BBOB instance 1.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.jenetics.JeneticsComparison \
 *       [seeds=10] [dims=10,40] [budgetPerDim=1000] [control=control:acrobot:linear] [controlBudget=5000]
 * </pre>
 * BBOB runs stop at f − f_opt ≤ 1e-8; the table gives the median of f − f_opt over the seeds and
 * how many seeds reached 1e-8. The
 * control task has no known optimum: it spends the whole budget and the table gives the median
 * best f (minus the mean return). W/T/L counts the seeds on which {@code jenetics-l2e} ends lower,
 * within {@value #TIE} (a tie), or higher than the other algorithm. A run that throws counts as
 * +infinity (a loss, or a tie with another crash) and its cell says how many crashed. Per-run
 * lines go to stderr.
 */
public final class JeneticsComparison {

    /** BBOB runs stop once f - f_opt is at most this. */
    static final double TARGET = 1e-8;
    /** Two final values closer than this are a tie. */
    static final double TIE = 1e-8;
    private static final int[] FUNCTIONS = {1, 8, 10, 15, 21};
    private static final List<String> ALGORITHMS = List.of("jenetics-l2e", "jenetics-ga", "jenetics-es", "l2e");

    private JeneticsComparison() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] dims = Arrays.stream((args.length > 1 ? args[1] : "10,40").split(",")).mapToInt(Integer::parseInt).toArray();
        long perDim = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        String control = args.length > 3 ? args[3] : "control:acrobot:linear";
        long controlBudget = args.length > 4 ? Long.parseLong(args[4]) : 5000;

        System.out.printf(Locale.ROOT, "Date %s. Seeds 1..%d, BBOB instance 1, budget %d x D evaluations "
                + "(runs stop at f - f_opt <= %.0e); cells: median f - f_opt over the seeds (seeds that reached 1e-8).%n%n",
                LocalDate.now(), seeds, perDim, TARGET);
        for (int d : dims) {
            long budget = perDim * d;
            System.out.printf(Locale.ROOT, "D = %d, budget %d evaluations%n%n", d, budget);
            header();
            for (int f : FUNCTIONS) {
                Problem p = Bbob.problem(f, 1, d);
                double fOpt = p.optimalValue().orElseThrow();
                row(String.format(Locale.ROOT, "f%d %s", f, NAMES[f - 1]), p, fOpt, budget, fOpt + TARGET, seeds);
            }
            System.out.println();
        }
        Problem c = ControlTasks.create(control);
        System.out.printf(Locale.ROOT, "%s (D = %d), budget %d evaluations, whole budget spent; "
                + "cells: median best f = -(mean return over 3 episodes)%n%n", control, c.dimension(), controlBudget);
        header();
        row(control, c, 0, controlBudget, Double.NEGATIVE_INFINITY, seeds);
    }

    private static final String[] NAMES = {"sphere", "ellipsoid", "Rastrigin", "Bueche-Rastrigin", "linear slope",
        "attractive sector", "step ellipsoid", "Rosenbrock", "Rosenbrock rotated", "ellipsoid rotated", "discus",
        "bent cigar", "sharp ridge", "different powers", "Rastrigin rotated", "Weierstrass", "Schaffers F7",
        "Schaffers F7 ill-cond.", "Griewank-Rosenbrock", "Schwefel", "Gallagher 101", "Gallagher 21", "Katsuura",
        "Lunacek bi-Rastrigin"};

    private static void header() {
        System.out.println("| problem | jenetics-l2e | jenetics-ga | jenetics-es | l2e (shared, reference) "
                + "| L2E vs GA W/T/L | L2E vs ES W/T/L |");
        System.out.println("|---|---|---|---|---|---|---|");
    }

    private static void row(String label, Problem p, double offset, long budget, double stopValue, int seeds) {
        double[][] finals = new double[ALGORITHMS.size()][seeds];
        int[] crashes = new int[ALGORITHMS.size()];
        for (int a = 0; a < ALGORITHMS.size(); a++) {
            Algorithm alg = Algorithms.byName(ALGORITHMS.get(a));
            for (int s = 0; s < seeds; s++) {
                try {
                    Result r = alg.minimize(p, RunSpec.of(budget, stopValue, s + 1));
                    finals[a][s] = r.bestValue() - offset;
                    System.err.printf(Locale.ROOT, "%s\t%s\tseed %d\t%.6e\t%d evaluations\t%d restarts\t%.1f s%n",
                            p.name(), alg.name(), s + 1, finals[a][s], r.evaluations(), r.restarts(), r.seconds());
                } catch (RuntimeException e) {
                    // a crashed run counts as the worst value (+infinity), and the table says so
                    finals[a][s] = Double.POSITIVE_INFINITY;
                    crashes[a]++;
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    System.err.printf(Locale.ROOT, "%s\t%s\tseed %d\tCRASHED\t%s%n", p.name(), alg.name(), s + 1, cause);
                }
            }
        }
        List<String> cells = new ArrayList<>();
        for (int a = 0; a < finals.length; a++) {
            double[] f = finals[a];
            String cell = String.format(Locale.ROOT, "%.3g", median(f));
            if (stopValue > Double.NEGATIVE_INFINITY) {
                cell += " (" + Arrays.stream(f).filter(v -> v <= TARGET).count() + "/" + seeds + ")";
            }
            if (crashes[a] > 0) {
                cell += " " + crashes[a] + " crashed";
            }
            cells.add(cell);
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", label, String.join(" | ", cells),
                wtl(finals[0], finals[1]), wtl(finals[0], finals[2]));
    }

    /** Wins/ties/losses of a against b, seed by seed (lower is better). */
    static String wtl(double[] a, double[] b) {
        int w = 0;
        int t = 0;
        int l = 0;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) <= TIE || a[i] == b[i]) {
                t++;
            } else if (a[i] < b[i]) {
                w++;
            } else {
                l++;
            }
        }
        return w + "/" + t + "/" + l;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
