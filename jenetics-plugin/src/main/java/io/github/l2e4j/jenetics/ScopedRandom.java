package io.github.l2e4j.jenetics;

import io.jenetics.util.RandomRegistry;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Per-run randomness for Jenetics runs started by the study SPI, so that concurrent runs on
 * different threads each get their own seeded generator. While at least one such run is in
 * progress, {@link RandomRegistry} holds a generator that forwards to the calling thread's run
 * generator (threads outside a run get a thread-local unseeded one); when the last run ends the
 * registry is {@linkplain RandomRegistry#reset() reset} to Jenetics' default.
 *
 * <p>This avoids {@code RandomRegistry.with/using}, whose signatures differ between Jenetics 7.2
 * and 9.0. Runs must evaluate on their own thread ({@code executor(Runnable::run)}).
 */
final class ScopedRandom {

    private static final Object LOCK = new Object();
    private static final ThreadLocal<RandomGenerator> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<RandomGenerator> FALLBACK = ThreadLocal.withInitial(SplittableRandom::new);
    private static final RandomGenerator DISPATCH = new RandomGenerator() {
        @Override
        public long nextLong() {
            RandomGenerator r = CURRENT.get();
            return (r != null ? r : FALLBACK.get()).nextLong();
        }
    };
    private static int active;

    private ScopedRandom() {
    }

    /** Runs {@code body} with Jenetics' randomness seeded by {@code seed} on this thread. */
    static <T> T run(long seed, Supplier<T> body) {
        synchronized (LOCK) {
            if (active++ == 0) {
                RandomRegistry.random(DISPATCH);
            }
        }
        RandomGenerator previous = CURRENT.get();
        CURRENT.set(new SplittableRandom(seed));
        try {
            return body.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
            synchronized (LOCK) {
                if (--active == 0) {
                    RandomRegistry.reset();
                }
            }
        }
    }
}
