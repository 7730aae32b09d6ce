package io.github.l2e4j.examples.optaplanner;

import io.github.l2e4j.optaplanner.study.LocalSearchAlgorithm.Acceptor;
import org.optaplanner.core.api.solver.SolverFactory;

import java.util.List;
import java.util.Locale;

/**
 * Solves the two OptaPlanner examples (portfolio allocation, facility location) with L2E moves,
 * OptaPlanner's change moves and both in a union (late acceptance, equal score-calculation
 * budgets), then with each example's XML configuration, and prints the best scores.
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.optaplanner.ExampleApp [budget] [seed]
 * </pre>
 */
public final class ExampleApp {

    private ExampleApp() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        long budget = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        for (PlanningExample<?> e : List.of(PlanningExample.PORTFOLIO, PlanningExample.FACILITY_LOCATION)) {
            run(e, budget, seed);
        }
    }

    private static <S> void run(PlanningExample<S> e, long budget, long seed) {
        System.out.printf(Locale.ROOT, "%s: initial score %s%n", e.description(), e.score(e.instance()).toShortString());
        for (PlanningExample.Moves m : PlanningExample.Moves.values()) {
            S best = SolverFactory.<S>create(e.config(Acceptor.LATE_ACCEPTANCE, m, budget, seed)).buildSolver()
                    .solve(e.instance());
            System.out.printf(Locale.ROOT, "  %-22s best %s%n", m.label(), e.score(best).toShortString());
        }
        S xml = SolverFactory.<S>createFromXmlResource(e.xmlResource()).buildSolver().solve(e.instance());
        System.out.printf(Locale.ROOT, "  %-22s best %s%n", "XML configuration", e.score(xml).toShortString());
    }
}
