package io.github.l2e4j.l2o;

import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.internal.Streams;

import java.util.List;
import java.util.SplittableRandom;
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

    /** Defaults: H = 8, T = 100, 200 steps, batch 16, lr 0.02, 16 pairs, sigma 0.1, seed 1, one thread. */
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
        int batch = Math.min(batchSize, tasks.size());
        AdamTraining.Step step = (pool, th, done, gradOut) -> {
            int[] b = batch(tasks.size(), batch, done);
            return EvolutionStrategy.step(pool, th, esPairs, esSigma, seed, done, cand -> {
                ConvergentL2o m = ConvergentL2o.of(hidden, cand);
                double s = 0;
                for (int t : b) {
                    s += loss(m, tasks.get(t), unroll, reference[t]);
                }
                return s / b.length;
            }, gradOut);
        };
        AdamTraining.Outcome o = AdamTraining.run(theta, learningRate, steps, maxSeconds, threads, step,
                listener == null ? null : (done, seconds, loss, th) -> listener.step(done, seconds, loss,
                        ConvergentL2o.of(hidden, th)));
        return new Result(ConvergentL2o.of(hidden, theta), o.steps(), o.seconds(), o.losses());
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

    /** Builder for {@link ConvergentL2oTrainer}; the shared options are in {@link TrainingOptions}. */
    public static final class Builder extends TrainingOptions<Builder> {
        private Listener listener;

        private Builder() {
            super(ConvergentL2o.DEFAULT_HIDDEN, 100, 200, 16, 0.02, 16, 0.1);
        }

        @Override
        Builder self() {
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
