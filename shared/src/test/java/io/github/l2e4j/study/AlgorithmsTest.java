package io.github.l2e4j.study;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlgorithmsTest {

    @Test
    void sharedContributesItsAlgorithmsByName() {
        assertThat(Algorithms.names()).contains("l2e", "l2e-theta0", "cmaes", "random");
        assertThat(Algorithms.byName("CMAES").name()).isEqualTo("cmaes");
        assertThatThrownBy(() -> Algorithms.byName("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown algorithm 'nope'; known: ")
                .hasMessageContaining("cmaes");
    }

    @Test
    void everyAlgorithmRespectsTheBudgetAndIsReproducible() {
        Problem p = TestFunctions.sphere(4).withoutGradient();
        for (String name : new String[]{"l2e", "l2e-theta0", "cmaes", "random"}) {
            Algorithm a = Algorithms.byName(name);
            Result r1 = a.minimize(p, RunSpec.of(500, Double.NEGATIVE_INFINITY, 3));
            Result r2 = a.minimize(p, RunSpec.of(500, Double.NEGATIVE_INFINITY, 3));
            assertThat(r1.evaluations()).as(name).isLessThanOrEqualTo(500);
            assertThat(r2.bestValue()).as(name).isEqualTo(r1.bestValue());
            assertThat(p.objective().value(r1.bestPoint())).as(name).isEqualTo(r1.bestValue());
        }
    }

    @Test
    void cmaesReachesATargetAndRecordsHits() {
        Problem p = TestFunctions.sphere(5).withoutGradient();
        Result r = Algorithms.byName("cmaes").minimize(p, new RunSpec(20_000, 1e-8, new double[]{1, 1e-4, 1e-8}, 1));
        assertThat(r.bestValue()).isLessThanOrEqualTo(1e-8);
        long[] hits = r.targetHits();
        assertThat(hits[0]).isPositive().isLessThanOrEqualTo(hits[1]);
        assertThat(hits[1]).isLessThanOrEqualTo(hits[2]);
        assertThat(hits[2]).isPositive().isLessThanOrEqualTo(r.evaluations());
    }
}
