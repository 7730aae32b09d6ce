package io.github.l2e4j.examples.optaplanner;

import io.github.l2e4j.optaplanner.L2eMoves;
import io.github.l2e4j.optaplanner.study.LocalSearchAlgorithm.Acceptor;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.solver.SolverFactory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * L2E move settings on an example under late acceptance: median best soft score over seeds 1..S
 * for the defaults and for one changed property at a time, next to change moves.
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.optaplanner.SettingsTable
 *        [portfolio|facility-location] [budget] [seeds]
 * </pre>
 */
public final class SettingsTable {

    private SettingsTable() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "facility-location";
        long budget = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        PlanningExample<?> e = name.equals(PlanningExample.PORTFOLIO.name()) ? PlanningExample.PORTFOLIO
                : PlanningExample.FACILITY_LOCATION;
        table(e, budget, seeds);
    }

    private static <S> void table(PlanningExample<S> e, long budget, int seeds) {
        Map<String, UnaryOperator<L2eMoves.Builder>> variants = new LinkedHashMap<>();
        variants.put("defaults", b -> b);
        variants.put("budgetHint " + budget, b -> b.budgetHint(budget));
        variants.put("restarts false", b -> b.restarts(false));
        variants.put("stepScale 0.5", b -> b.stepScale(0.5));
        variants.put("stepScale 0.05", b -> b.stepScale(0.05));
        variants.put("populationSize 101", b -> b.populationSize(101));
        System.out.printf(Locale.ROOT, "%s, late acceptance, budget %d score calculations, seeds 1..%d.%n%n",
                e.description(), budget, seeds);
        System.out.println("| moves | setting | median best soft score | feasible |");
        System.out.println("|---|---|---|---|");
        row(e, "change moves", "-", budget, seeds, null);
        variants.forEach((label, v) -> row(e, "L2E moves", label, budget, seeds, v));
    }

    private static <S> void row(PlanningExample<S> e, String moves, String label, long budget, int seeds,
                                UnaryOperator<L2eMoves.Builder> variant) {
        double[] soft = new double[seeds];
        int feasible = 0;
        for (int s = 1; s <= seeds; s++) {
            var selector = variant == null ? PlanningExample.moves(PlanningExample.Moves.CHANGE)
                    : variant.apply(L2eMoves.config()).build();
            HardSoftBigDecimalScore score = e.score(SolverFactory.<S>create(
                    e.config(Acceptor.LATE_ACCEPTANCE, selector, budget, s)).buildSolver().solve(e.instance()));
            soft[s - 1] = score.isFeasible() ? score.softScore().doubleValue() : Double.NEGATIVE_INFINITY;
            feasible += score.isFeasible() ? 1 : 0;
        }
        Arrays.sort(soft);
        double median = seeds % 2 == 1 ? soft[seeds / 2] : (soft[seeds / 2 - 1] + soft[seeds / 2]) / 2;
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %d/%d |%n", moves, label, median, feasible, seeds);
    }
}
