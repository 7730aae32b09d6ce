package io.github.l2e4j.dynamic;

import java.util.List;

/**
 * Contributes dynamic algorithms, found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.github.l2e4j.dynamic.DynamicAlgorithmProvider}: {@code l2e4j-shared}
 * contributes {@code l2e-moead} and its variants, {@code l2e4j-moea} the DNSGA-II baselines.
 */
public interface DynamicAlgorithmProvider {

    /** The algorithms. */
    List<DynamicAlgorithm> algorithms();
}
