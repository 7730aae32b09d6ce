package io.github.l2e4j.study;

import java.util.List;
import java.util.Optional;

/**
 * The service-provider interface through which modules contribute algorithms by name (found with
 * {@link java.util.ServiceLoader}; register in
 * {@code META-INF/services/io.github.l2e4j.study.AlgorithmProvider}). {@code shared} contributes
 * {@code l2e}, {@code l2e-theta0}, {@code cmaes} and {@code random}; each host adapter
 * contributes its host's algorithms, so {@code shared} never depends on a host. Multi-objective
 * algorithms ({@code moea-plugin}: {@code l2e-moead}, {@code nsga2}, {@code moead}) come through
 * {@link #moAlgorithms()}.
 */
public interface AlgorithmProvider {

    /** The single-objective algorithms this provider contributes. */
    List<Algorithm> algorithms();

    /** The multi-objective algorithms this provider contributes (none by default). */
    default List<MoAlgorithm> moAlgorithms() {
        return List.of();
    }

    /**
     * One of this provider's single-objective algorithms with parameters, for example
     * {@code l2e[weights=trained.json]}, or empty when the base name is not this provider's or takes
     * no parameters (none by default).
     *
     * @throws IllegalArgumentException naming a parameter this provider's algorithm does not take,
     *                                  or a bad value
     */
    default Optional<Algorithm> withParameters(AlgorithmName name) {
        return Optional.empty();
    }

    /**
     * One of this provider's multi-objective algorithms with parameters, for example
     * {@code l2e-moead[weights=trained.json]}, or empty (none by default).
     *
     * @throws IllegalArgumentException naming a parameter the algorithm does not take, or a bad value
     */
    default Optional<MoAlgorithm> moWithParameters(AlgorithmName name) {
        return Optional.empty();
    }
}
