package io.github.l2e4j.optaplanner.study;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The local-search baselines found by name through the algorithm SPI. */
class OptaPlannerAlgorithmsTest {

    private static final String[] NAMES = {"optaplanner-hc", "optaplanner-la", "optaplanner-sa",
        "optaplanner-l2e-hc", "optaplanner-l2e-la", "optaplanner-l2e-sa"};

    @Test
    void everyBaselineIsFoundByNameAndSpendsExactlyItsBudget() {
        assertThat(Algorithms.names()).contains(NAMES).contains("l2e", "cmaes");
        Problem f1 = Bbob.problem(1, 1, 4);
        for (String name : NAMES) {
            Algorithm a = Algorithms.byName(name);
            Result r = a.minimize(f1, RunSpec.of(700, Double.NEGATIVE_INFINITY, 3));
            assertThat(r.evaluations()).as(name).isEqualTo(700);
            assertThat(r.bestValue()).as(name).isLessThan(f1.objective().value(
                    LocalSearchAlgorithm.initialPoint(f1.bounds(), 3)));
            assertThat(f1.objective().value(r.bestPoint())).as(name).isEqualTo(r.bestValue());
            Result again = a.minimize(f1, RunSpec.of(700, Double.NEGATIVE_INFINITY, 3));
            assertThat(again.bestValue()).as(name).isEqualTo(r.bestValue());
        }
    }

    @Test
    void aStopValueEndsTheRunEarly() {
        Problem f1 = Bbob.problem(1, 1, 4);
        double target = f1.optimalValue().orElseThrow() + 1e-8;
        Result r = Algorithms.byName("optaplanner-l2e-la").minimize(f1, RunSpec.of(20_000, target, 1));
        assertThat(r.stopReason()).isEqualTo("target");
        assertThat(r.bestValue()).isLessThanOrEqualTo(target);
        assertThat(r.evaluations()).isLessThan(20_000);
    }

    @Test
    void onASmoothBbobFunctionL2eMovesBeatChangeMovesUnderEveryAcceptor() {
        Problem f2 = Bbob.problem(2, 1, 5);          // separable ellipsoid
        for (LocalSearchAlgorithm.Acceptor acc : LocalSearchAlgorithm.Acceptor.values()) {
            double l2e = median(new LocalSearchAlgorithm(acc, LocalSearchAlgorithm.Moves.L2E), f2);
            double change = median(new LocalSearchAlgorithm(acc, LocalSearchAlgorithm.Moves.CHANGE), f2);
            assertThat(l2e).as(acc.label()).isLessThan(change);
        }
    }

    private static double median(Algorithm a, Problem p) {
        double[] best = new double[5];
        for (int s = 0; s < best.length; s++) {
            best[s] = a.minimize(p, RunSpec.of(1500, Double.NEGATIVE_INFINITY, s + 1)).bestValue();
        }
        Arrays.sort(best);
        return best[best.length / 2];
    }
}
