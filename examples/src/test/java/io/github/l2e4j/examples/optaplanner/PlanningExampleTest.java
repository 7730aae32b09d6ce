package io.github.l2e4j.examples.optaplanner;

import io.github.l2e4j.optaplanner.study.LocalSearchAlgorithm.Acceptor;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.solver.SolverFactory;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The OptaPlanner examples, solved by the real solver. */
class PlanningExampleTest {

    private static final int SEEDS = 10;
    private static final long BUDGET = 10_000;

    /** Best soft scores over seeds 1..10 (feasibility asserted). */
    private static <S> double[] bestSoftScores(PlanningExample<S> e, Acceptor a, PlanningExample.Moves m, int seeds) {
        double[] soft = new double[seeds];
        for (int s = 1; s <= seeds; s++) {
            HardSoftBigDecimalScore score = e.score(SolverFactory.<S>create(e.config(a, m, BUDGET, s)).buildSolver()
                    .solve(e.instance()));
            assertThat(score.isFeasible()).as("%s %s seed %d feasible", e, m, s).isTrue();
            soft[s - 1] = score.softScore().doubleValue();
        }
        return soft;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @Test
    void onThePortfolioL2eMovesReachABetterMedianBestScoreThanChangeMovesAtAnEqualBudget() {
        double l2e = median(bestSoftScores(PlanningExample.PORTFOLIO, Acceptor.LATE_ACCEPTANCE,
                PlanningExample.Moves.L2E, SEEDS));
        double change = median(bestSoftScores(PlanningExample.PORTFOLIO, Acceptor.LATE_ACCEPTANCE,
                PlanningExample.Moves.CHANGE, SEEDS));
        double initial = PlanningExample.PORTFOLIO.score(PlanningExample.PORTFOLIO.instance()).softScore().doubleValue();
        assertThat(l2e).isGreaterThan(change).isGreaterThan(initial);
    }

    @Test
    void onFacilityLocationBothMoveKindsFindFeasibleSolutionsFarBetterThanTheStart() {
        // Measured in docs/hosts-optaplanner.md: here change moves reach the better median. The bound
        // is 0.65 x the start: with the stall reset of the metric (2026-11-26) the L2E moves' median
        // over these 4 seeds is 0.615 x the start (it was under 0.6 x before).
        double initial = PlanningExample.FACILITY_LOCATION.score(PlanningExample.FACILITY_LOCATION.instance())
                .softScore().doubleValue();
        for (PlanningExample.Moves m : List.of(PlanningExample.Moves.L2E, PlanningExample.Moves.CHANGE)) {
            double med = median(bestSoftScores(PlanningExample.FACILITY_LOCATION, Acceptor.HILL_CLIMBING, m, 4));
            assertThat(med).as(m.label()).isGreaterThan(0.65 * initial);
        }
    }

    @Test
    void theXmlConfigurationsSolveBothExamples() {
        for (PlanningExample<?> e : List.of(PlanningExample.PORTFOLIO, PlanningExample.FACILITY_LOCATION)) {
            assertXmlSolves(e);
        }
    }

    private static <S> void assertXmlSolves(PlanningExample<S> e) {
        S start = e.instance();
        HardSoftBigDecimalScore initial = e.score(start);
        S best = SolverFactory.<S>createFromXmlResource(e.xmlResource()).buildSolver().solve(start);
        HardSoftBigDecimalScore score = e.score(best);
        assertThat(score.isFeasible()).as(e.name()).isTrue();
        assertThat(score).as(e.name()).isGreaterThan(initial);
        S again = SolverFactory.<S>createFromXmlResource(e.xmlResource()).buildSolver().solve(e.instance());
        assertThat(e.score(again)).as(e.name() + " reproducible").isEqualTo(score);
    }

    @Test
    void theScoresFollowTheirDefinitions() {
        FacilityLocation f = new FacilityLocation(
                List.of(new Customer(0, 0, 2), new Customer(10, 0, 1)),
                List.of(new Lake(50, 50, 10)),
                List.of(new Facility(0, 0, 0), new Facility(1, 48, 50)));
        HardSoftBigDecimalScore s = new FacilityLocationScoreCalculator().calculateScore(f);
        assertThat(s.hardScore().doubleValue()).isCloseTo(-8, within(1e-12));     // 2 from the centre, radius 10
        assertThat(s.softScore().doubleValue()).isCloseTo(-10, within(1e-12));    // 2 x 0 + 1 x 10

        Portfolio p = Portfolio.generate(8, 1);
        p.getAssets().forEach(a -> a.setShare(0.0));
        p.getAssets().get(0).setShare(0.2);
        p.getAssets().get(4).setShare(0.2);                                      // same sector (i % 4 = 0)
        HardSoftBigDecimalScore ps = new PortfolioScoreCalculator().calculateScore(p);
        // weights 0.5 and 0.5: 2 x (0.5 - 0.15) above the asset cap, 1 - 0.35 above the sector cap
        assertThat(ps.hardScore().doubleValue()).isCloseTo(-(0.7 + 0.65), within(1e-12));
        assertThat(p.weights()[0]).isEqualTo(0.5);
    }
}
