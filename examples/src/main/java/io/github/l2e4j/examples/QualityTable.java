package io.github.l2e4j.examples;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the quality table of docs/quality.md: evaluations to reach f - f* &le; 1e-8 on the
 * built-in functions, per seed, for L2E's untrained weights theta0, the shipped weights
 * ({@code l2e}) and the Hipparchus CMA-ES baseline (black box for all three), plus theta0 given
 * the exact gradient.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.QualityTable [D] [seeds] [budget]
 * </pre>
 * Defaults: D = 10, seeds 1..5, budget 100 000. Evaluation counts are deterministic per seed.
 */
public final class QualityTable {

    private static final double TARGET = 1e-8;

    private QualityTable() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int d = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long budget = args.length > 2 ? Long.parseLong(args[2]) : 100_000;
        String[] functions = {"sphere", "ellipsoid", "rosenbrock", "rastrigin"};
        System.out.printf(Locale.ROOT, "Evaluations to reach f - f* <= %.0e at D = %d, budget %d, seeds 1..%d "
                + "(- = not reached within the budget; the median counts a miss as infinite).%n%n", TARGET, d, budget, seeds);
        System.out.println("| function | algorithm | per seed | median | reached | restarts (sum) |");
        System.out.println("|---|---|---|---|---|---|");
        for (String f : functions) {
            row(f, d, seeds, budget, "l2e-theta0", false);
            row(f, d, seeds, budget, "l2e", false);
            row(f, d, seeds, budget, "cmaes", false);
            row(f, d, seeds, budget, "l2e-theta0", true);
        }
    }

    private static void row(String function, int d, int seeds, long budget, String name, boolean gradient) {
        Problem p = TestFunctions.create(function, d);
        if (!gradient) {
            p = p.withoutGradient();
        }
        Algorithm a = Algorithms.byName(name);
        long[] evals = new long[seeds];
        List<String> cells = new ArrayList<>();
        int reached = 0;
        int restarts = 0;
        for (int s = 1; s <= seeds; s++) {
            Result r = a.minimize(p, RunSpec.of(budget, TARGET, s));
            boolean ok = r.bestValue() <= TARGET;
            evals[s - 1] = ok ? r.evaluations() : Long.MAX_VALUE;
            cells.add(ok ? Long.toString(r.evaluations()) : "-");
            reached += ok ? 1 : 0;
            restarts += r.restarts();
        }
        long[] sorted = evals.clone();
        Arrays.sort(sorted);
        long median = sorted[seeds / 2];
        System.out.printf(Locale.ROOT, "| %s | %s%s | %s | %s | %d/%d | %d |%n", function, name,
                gradient ? " + exact gradient" : "", String.join(" ", cells),
                median == Long.MAX_VALUE ? "-" : Long.toString(median), reached, seeds, restarts);
    }
}
