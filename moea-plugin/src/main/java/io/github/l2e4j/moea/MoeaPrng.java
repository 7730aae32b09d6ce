package io.github.l2e4j.moea;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock that every l2e4j run of a MOEA Framework algorithm holds while it uses MOEA's global
 * {@link org.moeaframework.core.PRNG}: single-objective baselines ({@link MoeaBaseline}),
 * multi-objective study runs ({@link MoeaMoAlgorithm}) and dynamic runs
 * ({@link MoeaDynamicAlgorithms}). A run seeds the generator after taking the lock, so runs in
 * several threads stay reproducible (they do not overlap).
 */
final class MoeaPrng {

    /** The lock. */
    static final ReentrantLock LOCK = new ReentrantLock();

    private MoeaPrng() {
    }
}
