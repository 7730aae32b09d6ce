package io.github.l2e4j.moea;

import org.moeaframework.core.PRNG;

import java.util.function.Supplier;
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

    /**
     * Takes the lock, seeds MOEA's generator and creates a run, which then holds the lock until it
     * releases it (on close). If creating fails, the lock is released before the exception leaves.
     */
    static <T> T lockSeedAndCreate(long seed, Supplier<T> create) {
        LOCK.lock();
        try {
            PRNG.setSeed(seed);
            return create.get();
        } catch (RuntimeException e) {
            LOCK.unlock();
            throw e;
        }
    }
}
