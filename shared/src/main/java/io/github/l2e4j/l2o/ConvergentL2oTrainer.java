package io.github.l2e4j.l2o;

import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.Streams;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Trains a {@link ConvergentL2o} on a task family, derivative-free (OpenAI-ES with antithetic pairs,
 * centred ranks and Adam, as {@link StepSizeTrainer}'s ES mode). The loss of a task is the mean log
 * gap over the unroll, relative to a reference value:
 * <pre>
 *   loss = (1/T) sum_(k=1..T) log( max(f(x_k) - f_ref, 1e-16 (f(x_0) - f_ref)) / (f(x_0) - f_ref) ),
 * </pre>
 * where f_ref is the value gradient descent reaches after {@value #REFERENCE_FACTOR} T steps
 * (non-convex tasks have no known f*). Averaging over the whole unroll, like the discounted sum of
 * Martin &amp; Furieri, rewards fast early progress, which is where the decaying perturbation acts.
 * Whatever the weights, the trained method keeps its guarantee; training only chooses them.
 */
public final class ConvergentL2oTrainer {

    /** f_ref is GD's value after this many times T steps. */
    public static final int REFERENCE_FACTOR = 20;

    /** Progress after each Adam step. */
    @FunctionalInterface
    public interface Listener {
        /** Step done, training seconds, mean candidate loss, weights after the step. */
        void step(int step, double seconds, double loss, ConvergentL2o model);
    }

    /** What one training run produced. */
    public record Result(ConvergentL2o model, int steps, double seconds, double[] losses) {
        /** Copies. */
        public Result {
            losses = losses.clone();
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }
    }

    private final int hidden;
    private final int unroll;
    private final int steps;
    private final double maxSeconds;
    private final int batchSize;
    private final double learningRate;
    private final int esPairs;
    private final double esSigma;
    private final long seed;
    private final int threads;
    private final Listener listener;

    private ConvergentL2oTrainer(Builder b) {
        this.hidden = b.hidden;
        this.unroll = b.unroll;
        this.steps = b.steps;
        this.maxSeconds = b.maxSeconds;
        this.batchSize = b.batchSize;
        this.learningRate = b.learningRate;
        this.esPairs = b.esPairs;
        this.esSigma = b.esSigma;
        this.seed = b.seed;
        this.threads = b.threads;
        this.listener = b.listener;
    }

    /** Defaults: H = 8, T = 100, 200 steps, batch 16, lr 0.02, 16 pairs, sigma 0.1. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trains from {@link ConvergentL2o#untrained} of the seed.
     *
     * @throws IllegalArgumentException naming the task index if a task has no Lipschitz constant
     */
    public Result train(List<SmoothProblem> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalArgumentException("tasks must not be empty");
        }
        double[] reference = new double[tasks.size()];
        for (int t = 0; t < tasks.size(); t++) {
            SmoothProblem p = tasks.get(t);
            if (p.lipschitzConstant().isEmpty()) {
                throw new IllegalArgumentException("tasks[" + t + "] (" + p.name() + ") has no Lipschitz constant");
            }
            reference[t] = referenceValue(p, unroll);
        }
        double[] theta = ConvergentL2o.untrained(hidden, seed).theta();
        Adam adam = new Adam(theta.length, learningRate);
        List<Double> losses = new ArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(threads);
        long begin = System.nanoTime();
        long paused = 0;
        int done = 0;
        int batch = Math.min(batchSize, tasks.size());
        try {
            while (done < steps && (System.nanoTime() - begin - paused) / 1e9 < maxSeconds) {
                int[] b = batch(tasks.size(), batch, done);
                double[][] eps = new double[esPairs][theta.length];
                double[][] cands = EvolutionStrategy.candidates(theta, esPairs, esSigma, seed, done, eps);
                double[] candLoss = new double[cands.length];
                try {
                    pool.submit(() -> IntStream.range(0, cands.length).parallel().forEach(c -> {
                        ConvergentL2o m = ConvergentL2o.of(hidden, cands[c]);
                        double s = 0;
                        for (int t : b) {
                            s += loss(m, tasks.get(t), unroll, reference[t]);
                        }
                        candLoss[c] = s / b.length;
                    })).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("training interrupted", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
                }
                adam.step(theta, EvolutionStrategy.gradient(candLoss, eps, esSigma));
                double mean = 0;
                for (double l : candLoss) {
                    mean += l;
                }
                mean /= candLoss.length;
                done++;
                losses.add(mean);
                if (listener != null) {
                    long t0 = System.nanoTime();
                    listener.step(done, (t0 - begin - paused) / 1e9, mean, ConvergentL2o.of(hidden, theta));
                    paused += System.nanoTime() - t0;
                }
            }
        } finally {
            pool.shutdown();
        }
        return new Result(ConvergentL2o.of(hidden, theta), done, (System.nanoTime() - begin - paused) / 1e9,
                losses.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** f_ref of a task: GD's value after REFERENCE_FACTOR T steps. */
    public static double referenceValue(SmoothProblem p, int unroll) {
        return GradientRun.run(GradientDescent.create(), p, REFERENCE_FACTOR * unroll).lastValue();
    }

    /** The loss of one task (see the class comment). */
    public static double loss(GradientMethod m, SmoothProblem p, int unroll, double reference) {
        Trajectory tr = GradientRun.run(m, p, unroll);
        double[] f = tr.values();
        double initial = f[0] - reference;
        if (!(initial > 0)) {
            return 0;
        }
        double s = 0;
        for (int k = 1; k <= unroll; k++) {
            double v = k < f.length ? f[k] : f[f.length - 1];
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            s += Math.log(Math.max(v - reference, StepSizeTrainer.GAP_FLOOR * initial) / initial);
        }
        return s / unroll;
    }

    private int[] batch(int n, int size, int step) {
        int[] idx = IntStream.range(0, n).toArray();
        if (size >= n) {
            return idx;
        }
        SplittableRandom r = Streams.of(seed, "l2o-convergent-batch", step);
        for (int i = 0; i < size; i++) {
            int j = i + r.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return java.util.Arrays.copyOf(idx, size);
    }

    /** Builder for {@link ConvergentL2oTrainer}. */
    public static final class Builder {
        private int hidden = ConvergentL2o.DEFAULT_HIDDEN;
        private int unroll = 100;
        private int steps = 200;
        private double maxSeconds = Double.POSITIVE_INFINITY;
        private int batchSize = 16;
        private double learningRate = 0.02;
        private int esPairs = 16;
        private double esSigma = 0.1;
        private long seed = 1;
        private int threads = 1;
        private Listener listener;

        private Builder() {
        }

        /** Hidden width of the direction network (&gt;= 1). */
        public Builder hidden(int h) {
            this.hidden = Checks.atLeast("hidden", h, 1);
            return this;
        }

        /** Unrolled steps T (&gt;= 1). */
        public Builder unroll(int t) {
            this.unroll = Checks.atLeast("unroll", t, 1);
            return this;
        }

        /** Adam steps (&gt;= 0). */
        public Builder steps(int n) {
            this.steps = Checks.atLeast("steps", n, 0);
            return this;
        }

        /** Wall-clock limit in seconds (&gt; 0). */
        public Builder maxSeconds(double s) {
            this.maxSeconds = s == Double.POSITIVE_INFINITY ? s : Checks.positive("maxSeconds", s);
            return this;
        }

        /** Tasks per step (&gt;= 1). */
        public Builder batchSize(int n) {
            this.batchSize = Checks.atLeast("batchSize", n, 1);
            return this;
        }

        /** Adam's learning rate (&gt; 0). */
        public Builder learningRate(double lr) {
            this.learningRate = Checks.positive("learningRate", lr);
            return this;
        }

        /** Antithetic pairs per step (&gt;= 1). */
        public Builder esPairs(int p) {
            this.esPairs = Checks.atLeast("esPairs", p, 1);
            return this;
        }

        /** Perturbation scale (&gt; 0). */
        public Builder esSigma(double s) {
            this.esSigma = Checks.positive("esSigma", s);
            return this;
        }

        /** Seed of the initial weights, batches and perturbations. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Threads (&gt;= 1); the result does not depend on it. */
        public Builder threads(int t) {
            this.threads = Checks.atLeast("threads", t, 1);
            return this;
        }

        /** A progress listener, or null. */
        public Builder listener(Listener l) {
            this.listener = l;
            return this;
        }

        /** The trainer. */
        public ConvergentL2oTrainer build() {
            return new ConvergentL2oTrainer(this);
        }
    }
}
