package io.github.l2e4j.search;

import io.github.l2e4j.Tolerances;
import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality of theta0 as a pure black box (no gradient) at D = 10: the median over seeds 1..5 of
 * the evaluations needed to reach f - f* &le; 1e-8. Evaluation counts with a fixed seed are
 * deterministic, so the bounds are exact checks, not timing. The measured table is in
 * docs/quality.md.
 */
class QualityTest {

    @ParameterizedTest(name = "{0}: median evaluations <= {1}")
    @CsvSource({"sphere, 3000", "ellipsoid, 30000", "rosenbrock, 30000"})
    void theta0ReachesTheTargetWithinTheBudget(String function, long bound) {
        Problem p = TestFunctions.create(function, 10).withoutGradient();
        long[] evaluations = new long[5];
        for (int seed = 1; seed <= 5; seed++) {
            Result r = L2eOptimizer.builder()
                    .operator(LearnedOperator.theta0())
                    .budget(100_000)
                    .stopValue(Tolerances.TARGET)
                    .build()
                    .minimize(p, seed);
            evaluations[seed - 1] = r.bestValue() <= Tolerances.TARGET ? r.evaluations() : Long.MAX_VALUE;
        }
        Arrays.sort(evaluations);
        assertThat(evaluations[2]).as("median of %s", Arrays.toString(evaluations)).isLessThanOrEqualTo(bound);
    }
}
