package io.github.l2e4j.study;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.search.SearchSettings;

import java.util.List;

/**
 * The L2E algorithms {@code shared} contributes: l2e (NBIPOP restarts, the default), l2e-ipop (l2e
 * whose every restart doubles the samples and divides the initial step size by 1.6, NIPOP:
 * {@link SearchSettings.Builder#smallRestarts(boolean)} off) and l2e-theta0. The classic baselines
 * come from {@code io.github.l2e4j.baseline.BaselineAlgorithms}.
 */
public final class SharedAlgorithms implements AlgorithmProvider {

    @Override
    public List<Algorithm> algorithms() {
        return List.of(
                new L2eAlgorithm("l2e", "L2E with the shipped weights (" + DefaultWeights.name() + ")",
                        DefaultWeights.operator(), SearchSettings.defaults()),
                new L2eAlgorithm("l2e-ipop", "L2E with the shipped weights, every restart doubling the samples "
                        + "and dividing the initial step size by 1.6 (NIPOP; no small-population restarts)",
                        DefaultWeights.operator(), SearchSettings.builder().smallRestarts(false).build()),
                new L2eAlgorithm("l2e-theta0", "L2E with the untrained weights theta0",
                        LearnedOperator.theta0(), SearchSettings.defaults()));
    }
}
