package io.github.l2e4j.internal;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Named random streams split from one seed.
 *
 * <p>Each stage of an algorithm (initial point, sampling, restarts, meta-training, ...) draws from
 * its own stream, derived from the run seed and the stage name with a fixed mixing function, so
 * that adding a draw in one stage never changes the numbers another stage sees. Nothing here
 * touches a global generator.
 */
public final class Streams {

    private Streams() {
    }

    /** A new generator for {@code stage}, derived deterministically from {@code seed}. */
    public static SplittableRandom of(long seed, String stage) {
        return new SplittableRandom(mix(seed, stage));
    }

    /** A new generator for {@code stage} and an index (e.g. a restart epoch or a task id). */
    public static SplittableRandom of(long seed, String stage, long index) {
        return new SplittableRandom(mix64(mix(seed, stage) ^ mix64(index + 0x9E3779B97F4A7C15L)));
    }

    /** Draws one seed from a caller's generator: the only place a host's generator is read. */
    public static long seedFrom(RandomGenerator random) {
        return random.nextLong();
    }

    static long mix(long seed, String stage) {
        long h = 0xCBF29CE484222325L;
        for (byte b : stage.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        return mix64(seed ^ mix64(h));
    }

    /** Stafford's variant 13 of the SplitMix64 finalizer. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
