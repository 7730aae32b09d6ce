package io.github.l2e4j.moea;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** MOEA Framework's baselines as l2e4j study algorithms, found by name through the SPI. */
class MoeaAlgorithmsTest {

    private static final long BUDGET = 3000;

    @ParameterizedTest
    @ValueSource(strings = {"de", "ga", "nsga2", "moead", "cmaes-moea", "l2e-moea"})
    void spendsExactlyTheBudgetAndIsReproducible(String name) {
        Algorithm a = Algorithms.byName(name);
        Problem sphere = TestFunctions.sphere(5);
        Result r = a.minimize(sphere, RunSpec.of(BUDGET, Double.NEGATIVE_INFINITY, 1));
        Result again = a.minimize(sphere, RunSpec.of(BUDGET, Double.NEGATIVE_INFINITY, 1));
        assertThat(r.evaluations()).isEqualTo(BUDGET);
        assertThat(r.bestValue()).isEqualTo(again.bestValue());
        assertThat(r.bestPoint()).containsExactly(again.bestPoint());
        // Every one of them does better than the centre of the box [-5, 5]^5 with f = 25 at a corner scale.
        assertThat(r.bestValue()).isLessThan(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "l2e-moea"})
    void stopsAtTheStopValue(String name) {
        Result r = Algorithms.byName(name).minimize(TestFunctions.sphere(3), RunSpec.of(50_000, 1e-3, 2));
        assertThat(r.bestValue()).isLessThanOrEqualTo(1e-3);
        assertThat(r.stopReason()).isEqualTo("target");
        assertThat(r.evaluations()).isLessThan(50_000);
    }
}
