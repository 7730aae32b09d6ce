package io.github.l2e4j.study;

import io.github.l2e4j.baseline.CmaesBaseline;
import io.github.l2e4j.baseline.RandomSearch;
import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.search.SearchSettings;

import java.util.List;

/**
 * The algorithms {@code shared} contributes: l2e, l2e-bipop (l2e with small-population restarts
 * interleaved, {@link SearchSettings.Builder#smallRestarts(boolean)}), l2e-theta0, cmaes, random.
 */
public final class SharedAlgorithms implements AlgorithmProvider {

    @Override
    public List<Algorithm> algorithms() {
        return List.of(
                new L2eAlgorithm("l2e", "L2E with the shipped weights (" + DefaultWeights.name() + ")",
                        DefaultWeights.operator(), SearchSettings.defaults()),
                new L2eAlgorithm("l2e-bipop", "L2E with the shipped weights, small-population restarts interleaved "
                        + "with the growing ones (BIPOP's budget rule)",
                        DefaultWeights.operator(), SearchSettings.builder().smallRestarts(true).build()),
                new L2eAlgorithm("l2e-theta0", "L2E with the untrained weights theta0",
                        LearnedOperator.theta0(), SearchSettings.defaults()),
                new CmaesBaseline(),
                new RandomSearch());
    }
}
