package io.github.l2e4j.baseline;

import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.AlgorithmProvider;

import java.util.List;

/**
 * The classic baselines {@code shared} contributes: {@code cmaes} (Hipparchus' CMA-ES with IPOP
 * restarts), {@code cmaes-bipop} (l2e4j's BIPOP-aCMA-ES) and {@code random}. Registered on its own
 * (META-INF/services), so that {@code study} does not depend on this package.
 */
public final class BaselineAlgorithms implements AlgorithmProvider {

    @Override
    public List<Algorithm> algorithms() {
        return List.of(new CmaesBaseline(), new CmaesBipop(), new RandomSearch());
    }
}
