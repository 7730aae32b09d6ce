package io.github.l2e4j.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Index-parallel loops on a caller's pool. Each index writes only its own result slot, so the
 * results do not depend on the number of threads.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Runs {@code body(0) … body(count - 1)} on the pool, or on this thread when the pool is null,
     * and waits for all of them.
     *
     * @param what names the work in the messages: "{what} interrupted", "{what} failed: {cause}"
     * @throws IllegalStateException on a pool, if this thread is interrupted (the interrupt flag is
     *                               set again) or a body throws (the body's exception is the cause);
     *                               on this thread a body's exception comes through as it is
     */
    public static void forEach(ForkJoinPool pool, int count, IntConsumer body, String what) {
        if (pool == null) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
            return;
        }
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        }
    }
}
