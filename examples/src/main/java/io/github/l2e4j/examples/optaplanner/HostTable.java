package io.github.l2e4j.examples.optaplanner;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.optaplanner.study.LocalSearchAlgorithm;
import io.github.l2e4j.optaplanner.study.LocalSearchAlgorithm.Acceptor;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.RunSpec;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.solver.SolverFactory;

import java.util.Arrays;
import java.util.Locale;

/**
 * Writes the OptaPlanner tables of docs/hosts-optaplanner.md: best score at equal
 * score-calculation counts, L2E moves vs OptaPlanner's change moves (and both in a union), under
 * hill climbing, late acceptance and simulated annealing, seeds 1..S.
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.optaplanner.HostTable
 *        [seeds] [example budget] [bbob budget per D] [bbob functions, e.g. 8,15] [bbob D]
 * </pre>
 * Defaults: 10 seeds; 20 000 score calculations on each example (portfolio, facility location;
 * 0 skips them); 1 000 D score calculations on BBOB f8 and f15, instance 1, D = 10 (0 skips them).
 * Infeasible runs count as the worst in the medians.
 */
public final class HostTable {

    private HostTable() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long exampleBudget = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
        long perD = args.length > 2 ? Long.parseLong(args[2]) : 1_000;
        int[] functions = args.length > 3 ? Arrays.stream(args[3].split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).mapToInt(Integer::parseInt).toArray() : new int[] {8, 15};
        int d = args.length > 4 ? Integer.parseInt(args[4]) : 10;

        if (exampleBudget > 0) {
            exampleTable(PlanningExample.PORTFOLIO, seeds, exampleBudget);
            exampleTable(PlanningExample.FACILITY_LOCATION, seeds, exampleBudget);
        }
        if (perD > 0) {
            for (int f : functions) {
                bbobTable(f, d, seeds, perD * d);
            }
        }
    }

    /** An example: median (and best / worst) soft score of the best solution and feasible runs, per acceptor and moves. */
    static <S> void exampleTable(PlanningExample<S> e, int seeds, long budget) {
        System.out.printf(Locale.ROOT, "%s, budget %d score calculations, seeds 1..%d; initial score %s.%n%n",
                e.description(), budget, seeds, e.score(e.instance()).toShortString());
        System.out.println("| acceptor | moves | median best soft score | best / worst seed | feasible |");
        System.out.println("|---|---|---|---|---|");
        for (Acceptor a : Acceptor.values()) {
            for (PlanningExample.Moves m : PlanningExample.Moves.values()) {
                double[] soft = new double[seeds];
                int feasible = 0;
                for (int s = 1; s <= seeds; s++) {
                    HardSoftBigDecimalScore score = e.score(SolverFactory.<S>create(e.config(a, m, budget, s))
                            .buildSolver().solve(e.instance()));
                    soft[s - 1] = score.isFeasible() ? score.softScore().doubleValue() : Double.NEGATIVE_INFINITY;
                    feasible += score.isFeasible() ? 1 : 0;
                }
                double[] sorted = soft.clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s / %s | %d/%d |%n", a.label(), m.label(),
                        fmt(median(sorted)), fmt(sorted[seeds - 1]), fmt(sorted[0]), feasible, seeds);
            }
        }
        System.out.println();
    }

    /** A BBOB function as a planning problem: median (and best / worst) f - f* per acceptor and moves. */
    static void bbobTable(int function, int d, int seeds, long budget) {
        Problem p = Bbob.problem(function, 1, d);
        double fOpt = p.optimalValue().orElseThrow();
        System.out.printf(Locale.ROOT, "BBOB f%d, instance 1, D = %d, as a planning problem (one Double variable per "
                + "coordinate), budget %d score calculations, seeds 1..%d: f - f* of the best solution.%n%n",
                function, d, budget, seeds);
        System.out.println("| acceptor | moves | median f - f* | best / worst seed |");
        System.out.println("|---|---|---|---|");
        for (LocalSearchAlgorithm.Moves m : LocalSearchAlgorithm.Moves.values()) {
            for (Acceptor a : Acceptor.values()) {
                LocalSearchAlgorithm alg = new LocalSearchAlgorithm(a, m);
                double[] err = new double[seeds];
                for (int s = 1; s <= seeds; s++) {
                    Result r = alg.minimize(p, RunSpec.of(budget, Double.NEGATIVE_INFINITY, s));
                    err[s - 1] = r.bestValue() - fOpt;
                }
                Arrays.sort(err);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s / %s |%n", a.label(),
                        m == LocalSearchAlgorithm.Moves.L2E ? "L2E moves" : "change moves",
                        sci(median(err)), sci(err[0]), sci(err[seeds - 1]));
            }
        }
        System.out.println();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String fmt(double v) {
        return v == Double.NEGATIVE_INFINITY ? "infeasible" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String sci(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.2e", v);
    }
}
