package io.github.l2e4j.benchmark.control;

import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.L2eOptimizer;
import io.github.l2e4j.search.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ControlOptimizationTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void l2eSolvesCartPoleWithALinearPolicy() {
        Problem problem = ControlTasks.create("control:cartpole:linear");

        // Random weights in the box mostly fail within a few dozen steps.
        SplittableRandom random = new SplittableRandom(7);
        double[] randomValues = new double[21];
        for (int i = 0; i < randomValues.length; i++) {
            randomValues[i] = problem.objective().value(random.doubles(problem.dimension(), -5, 5).toArray());
        }
        Arrays.sort(randomValues);
        double randomMedian = randomValues[randomValues.length / 2];
        assertThat(randomMedian).isGreaterThan(-100);

        Result result = L2eOptimizer.builder().budget(3000).build().minimize(problem, 1L);

        assertThat(result.evaluations()).isLessThanOrEqualTo(3000);
        assertThat(result.bestValue()).isLessThanOrEqualTo(-CartPole.REWARD_THRESHOLD);
        assertThat(problem.objective().value(result.bestPoint())).isEqualTo(result.bestValue());
        assertThat(problem.bounds().contains(result.bestPoint())).isTrue();
    }
}
