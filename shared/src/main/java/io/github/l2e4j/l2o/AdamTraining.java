package io.github.l2e4j.l2o;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

/**
 * The outer loop both learned-optimizer trainers share: until the step count or the wall-clock
 * limit is reached, one {@link Step} gives the batch loss and a gradient, Adam updates theta, and
 * the listener sees the result (its time is not counted). The pool lives for one run.
 */
final class AdamTraining {

    /** One training step: writes the gradient at theta into {@code gradOut} (zeroed) and returns the loss. */
    @FunctionalInterface
    interface Step {
        double run(ForkJoinPool pool, double[] theta, int step, double[] gradOut);
    }

    /** Progress after each Adam step: steps done, training seconds, the step's loss, theta after it. */
    @FunctionalInterface
    interface Progress {
        void after(int steps, double seconds, double loss, double[] theta);
    }

    /** Steps done, training seconds (listener time excluded) and the loss of each step. */
    record Outcome(int steps, double seconds, double[] losses) {
    }

    private AdamTraining() {
    }

    /** Runs the loop on theta (modified in place). */
    static Outcome run(double[] theta, double learningRate, int steps, double maxSeconds, int threads,
                       Step step, Progress progress) {
        Adam adam = new Adam(theta.length, learningRate);
        double[] losses = new double[Math.min(steps, 1024)];
        ForkJoinPool pool = new ForkJoinPool(threads);
        long begin = System.nanoTime();
        long paused = 0;
        int done = 0;
        try {
            while (done < steps && (System.nanoTime() - begin - paused) / 1e9 < maxSeconds) {
                double[] grad = new double[theta.length];
                double loss = step.run(pool, theta, done, grad);
                adam.step(theta, grad);
                if (done == losses.length) {
                    losses = Arrays.copyOf(losses, Math.min(steps, 2 * losses.length));
                }
                losses[done++] = loss;
                if (progress != null) {
                    long t0 = System.nanoTime();
                    progress.after(done, (t0 - begin - paused) / 1e9, loss, theta);
                    paused += System.nanoTime() - t0;
                }
            }
        } finally {
            pool.shutdown();
        }
        return new Outcome(done, (System.nanoTime() - begin - paused) / 1e9, Arrays.copyOf(losses, done));
    }
}
