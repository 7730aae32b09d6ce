package io.github.l2e4j.l2o;

import io.github.l2e4j.gradient.HessianVectorProduct;
import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.internal.Parallel;
import io.github.l2e4j.internal.Streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Trains {@link LearnedStepSizes} on a set of tasks by unrolling T steps from each task's start
 * and minimising the mean log optimality gap at the end,
 * <pre>
 *   loss(theta) = (1/B) sum_tasks log( (f(x_T) - f_low) / (f(x_0) - f_low) ),
 * </pre>
 * (f_low = f*, or the task's lower bound; the gap is floored at {@value #GAP_FLOOR} times the
 * initial gap). Song et al. minimise {@code sum f(x_T)}; the log makes tasks of different scale
 * count alike and matches the median-gap measure. Two ways to get the gradient, with Adam steps:
 * <ul>
 *   <li>{@link Method#ES}: derivative-free, OpenAI-ES with antithetic pairs and centred ranks
 *       (see {@code EvolutionStrategy}); every candidate sees the same tasks.</li>
 *   <li>{@link Method#BACKPROP}: exact reverse mode through the unroll with hand-written
 *       adjoints. With {@code x_(k+1) = x_k - eta P(u_k) (.) g_k}, {@code g_k = grad f(x_k)},
 *       {@code u_(k,i) = [g_(k,i)/L, x_(k,i)]} and the adjoint {@code lambda_(k+1) = d loss / d x_(k+1)}:
 *       <pre>
 *   d loss / d P_(k,i) = -eta g_(k,i) lambda_(k+1,i)   (then through tanh and the network to theta and u)
 *   mu_i     = -eta P_(k,i) lambda_(k+1,i) + (d loss / d u_(k,i,0)) / L       (adjoint of g_k)
 *   lambda_k = lambda_(k+1) + d loss / d u_(k,.,1) + grad^2 f(x_k) mu
 *       </pre>
 *       which needs the task's Hessian-vector product. The cost is about three unrolls per task.</li>
 * </ul>
 * Training stops after {@code steps} Adam steps or {@code maxSeconds} of wall-clock time,
 * whichever comes first (with a step limit only, a seed reproduces the weights bit for bit, with
 * any number of threads). Mutable configuration is not shared: each {@link #train} call is independent.
 */
public final class StepSizeTrainer {

    /** The gap floor, relative to the initial gap. */
    public static final double GAP_FLOOR = 1e-16;

    /** How the gradient of the loss with respect to the weights is obtained. */
    public enum Method {
        /** Derivative-free (OpenAI-ES). */
        ES,
        /** Exact reverse mode through the unroll. */
        BACKPROP;

        /** Lower-case name. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Progress after each Adam step. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param step    Adam steps done
         * @param seconds training wall-clock seconds so far (listener time excluded)
         * @param loss    the batch loss at the weights before this step
         * @param model   the weights after this step
         */
        void step(int step, double seconds, double loss, LearnedStepSizes model);
    }

    /** What one training run produced. */
    public record Result(LearnedStepSizes model, int steps, double seconds, double[] losses) {
        /** Copies. */
        public Result {
            losses = losses.clone();
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }
    }

    private final Method method;
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
    private final LearnedStepSizes start;

    private StepSizeTrainer(Builder b) {
        this.method = b.method;
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
        this.start = b.start;
    }

    /**
     * A builder with the defaults: backprop, H = 16, T = 100, 500 steps, all tasks per step, lr 0.01,
     * (for ES) 16 pairs and sigma 0.05, seed 1, one thread.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trains from the untrained model of the seed (or the configured start).
     *
     * @param tasks tasks with a known L and lower bound (and a Hessian-vector product for backprop)
     * @throws IllegalArgumentException naming the task index if one lacks what the method needs
     */
    public Result train(List<SmoothProblem> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalArgumentException("tasks must not be empty");
        }
        for (int t = 0; t < tasks.size(); t++) {
            SmoothProblem p = tasks.get(t);
            if (p.lipschitzConstant().isEmpty()) {
                throw new IllegalArgumentException("tasks[" + t + "] (" + p.name() + ") has no Lipschitz constant");
            }
            if (p.lowerBound().isEmpty()) {
                throw new IllegalArgumentException("tasks[" + t + "] (" + p.name() + ") has no optimal value or lower bound");
            }
            if (method == Method.BACKPROP && p.hessianVectorProduct().isEmpty()) {
                throw new IllegalArgumentException("tasks[" + t + "] (" + p.name()
                        + ") has no Hessian-vector product, which backprop needs; use Method.ES");
            }
        }
        LearnedStepSizes init = start != null ? start : LearnedStepSizes.untrained(hidden, seed);
        if (init.hidden() != hidden) {
            throw new IllegalArgumentException("start model must have hidden width " + hidden + ", was " + init.hidden());
        }
        double[] theta = init.theta();
        int batch = Math.min(batchSize, tasks.size());
        AdamTraining.Step step = (pool, th, done, grad) -> {
            List<SmoothProblem> b = batch(tasks, batch, done);
            return method == Method.BACKPROP ? backpropStep(pool, th, b, grad) : esStep(pool, th, b, grad, done);
        };
        AdamTraining.Outcome o = AdamTraining.run(theta, learningRate, steps, maxSeconds, threads, step,
                listener == null ? null : (done, seconds, loss, th) -> listener.step(done, seconds, loss,
                        LearnedStepSizes.of(hidden, th)));
        return new Result(LearnedStepSizes.of(hidden, theta), o.steps(), o.seconds(), o.losses());
    }

    /** The tasks of step {@code step}: all of them, or a seeded sample without replacement. */
    private List<SmoothProblem> batch(List<SmoothProblem> tasks, int size, int step) {
        if (size >= tasks.size()) {
            return tasks;
        }
        int[] idx = IntStream.range(0, tasks.size()).toArray();
        SplittableRandom r = Streams.of(seed, "l2o-batch", step);
        for (int i = 0; i < size; i++) {
            int j = i + r.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        List<SmoothProblem> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(tasks.get(idx[i]));
        }
        return out;
    }

    private double esStep(ForkJoinPool pool, double[] theta, List<SmoothProblem> tasks, double[] gradOut, int step) {
        return EvolutionStrategy.step(pool, theta, esPairs, esSigma, seed, step, cand -> meanLoss(cand, tasks), gradOut);
    }

    private double meanLoss(double[] theta, List<SmoothProblem> tasks) {
        double s = 0;
        for (SmoothProblem p : tasks) {
            s += unrollLoss(theta, hidden, p, unroll);
        }
        return s / tasks.size();
    }

    private double backpropStep(ForkJoinPool pool, double[] theta, List<SmoothProblem> tasks, double[] gradOut) {
        double[][] grads = new double[tasks.size()][theta.length];
        double[] loss = new double[tasks.size()];
        Parallel.forEach(pool, tasks.size(), t -> loss[t] = lossAndGradient(theta, hidden, tasks.get(t), unroll, grads[t]),
                "training");
        double total = 0;
        for (int t = 0; t < tasks.size(); t++) {
            total += loss[t];
            for (int i = 0; i < theta.length; i++) {
                gradOut[i] += grads[t][i] / tasks.size();
            }
        }
        return total / tasks.size();
    }

    /**
     * The loss of one task: {@code log((f(x_T) - f_low) / (f(x_0) - f_low))} after T learned steps.
     * The forward pass is the same arithmetic as {@link LearnedStepSizes}' stepper.
     */
    static double unrollLoss(double[] theta, int hidden, SmoothProblem p, int steps) {
        int d = p.dimension();
        double l = p.lipschitzConstant().getAsDouble();
        double eta = 1.0 / l;
        double[] x = p.start();
        double[] g = new double[d];
        double f0 = p.valueAndGradient(x, g);
        for (int k = 0; k < steps; k++) {
            for (int i = 0; i < d; i++) {
                double pm = LearnedStepSizes.multiplier(theta, hidden, g[i] / l, x[i]);
                x[i] = x[i] - eta * (pm * g[i]);
            }
            p.valueAndGradient(x, g);
        }
        double fT = p.valueAndGradient(x, g);
        return logGap(fT, f0, p.lowerBound().getAsDouble());
    }

    static double logGap(double fT, double f0, double low) {
        double initial = f0 - low;
        if (!(initial > 0)) {
            return 0;
        }
        double gap = Math.max(fT - low, GAP_FLOOR * initial);
        return Double.isNaN(fT) ? Double.NaN : Math.log(gap / initial);
    }

    /** The loss of one task and its exact gradient with respect to theta (written into grad). */
    static double lossAndGradient(double[] theta, int hidden, SmoothProblem p, int steps, double[] grad) {
        int d = p.dimension();
        double l = p.lipschitzConstant().getAsDouble();
        double eta = 1.0 / l;
        HessianVectorProduct hvp = p.hessianVectorProduct().orElseThrow();
        double[][] xs = new double[steps + 1][];
        double[][] gs = new double[steps + 1][];
        double[] x = p.start();
        double[] g = new double[d];
        double f0 = p.valueAndGradient(x, g);
        double fT = f0;
        for (int k = 0; k < steps; k++) {
            xs[k] = x.clone();
            gs[k] = g.clone();
            for (int i = 0; i < d; i++) {
                double pm = LearnedStepSizes.multiplier(theta, hidden, g[i] / l, x[i]);
                x[i] = x[i] - eta * (pm * g[i]);
            }
            fT = p.valueAndGradient(x, g);
        }
        double low = p.lowerBound().getAsDouble();
        double loss = logGap(fT, f0, low);
        java.util.Arrays.fill(grad, 0);
        double gap = fT - low;
        if (!(f0 - low > 0) || !(gap > StepSizeTrainer.GAP_FLOOR * (f0 - low))) {
            return loss;
        }
        double[] lambda = new double[d];
        for (int i = 0; i < d; i++) {
            lambda[i] = g[i] / gap;
        }
        int b1 = LearnedStepSizes.FEATURES * hidden;
        int w2 = b1 + hidden;
        int b2 = w2 + hidden;
        double slope = 1 - LearnedStepSizes.MARGIN;
        double[] mu = new double[d];
        double[] hv = new double[d];
        double[] dx = new double[d]; // every entry is written in each backward step
        for (int k = steps - 1; k >= 0; k--) {
            double[] xk = xs[k];
            double[] gk = gs[k];
            for (int i = 0; i < d; i++) {
                double u0 = gk[i] / l;
                double u1 = xk[i];
                double z = LearnedStepSizes.logit(theta, hidden, u0, u1);
                double t = Math.tanh(z);
                double pm = LearnedStepSizes.squash(z);
                double dP = -eta * gk[i] * lambda[i];
                double dz = (pm == 1 + slope * t) ? dP * slope * (1 - t * t) : 0;
                grad[b2] += dz;
                double du0 = 0;
                double du1 = 0;
                if (dz != 0) {
                    for (int h = 0; h < hidden; h++) {
                        double a = theta[2 * h] * u0 + theta[2 * h + 1] * u1 + theta[b1 + h];
                        if (a > 0) {
                            grad[w2 + h] += dz * a;
                            double da = dz * theta[w2 + h];
                            grad[2 * h] += da * u0;
                            grad[2 * h + 1] += da * u1;
                            grad[b1 + h] += da;
                            du0 += da * theta[2 * h];
                            du1 += da * theta[2 * h + 1];
                        }
                    }
                }
                mu[i] = -eta * pm * lambda[i] + du0 / l;
                dx[i] = du1;
            }
            hvp.multiply(xk, mu, hv);
            for (int i = 0; i < d; i++) {
                lambda[i] += dx[i] + hv[i];
            }
        }
        return loss;
    }

    /** Builder for {@link StepSizeTrainer}; the shared options are in {@link TrainingOptions}. */
    public static final class Builder extends TrainingOptions<Builder> {
        private Method method = Method.BACKPROP;
        private Listener listener;
        private LearnedStepSizes start;

        private Builder() {
            super(LearnedStepSizes.DEFAULT_HIDDEN, 100, 500, Integer.MAX_VALUE, 1e-2, 16, 0.05);
        }

        @Override
        Builder self() {
            return this;
        }

        /** ES or backprop (default backprop). */
        public Builder method(Method m) {
            if (m == null) {
                throw new IllegalArgumentException("method must not be null");
            }
            this.method = m;
            return this;
        }

        /** A progress listener, or null. */
        public Builder listener(Listener l) {
            this.listener = l;
            return this;
        }

        /** Start from these weights instead of the untrained model of the seed (null: untrained). */
        public Builder start(LearnedStepSizes model) {
            this.start = model;
            return this;
        }

        /** The trainer. */
        public StepSizeTrainer build() {
            return new StepSizeTrainer(this);
        }
    }
}
