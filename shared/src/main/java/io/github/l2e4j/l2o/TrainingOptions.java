package io.github.l2e4j.l2o;

import io.github.l2e4j.internal.Checks;

/**
 * The options both learned-optimizer trainers take ({@link StepSizeTrainer.Builder},
 * {@link ConvergentL2oTrainer.Builder}); each trainer's {@code builder()} states its defaults.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class TrainingOptions<B extends TrainingOptions<B>> {

    int hidden;
    int unroll;
    int steps;
    double maxSeconds = Double.POSITIVE_INFINITY;
    int batchSize;
    double learningRate;
    int esPairs;
    double esSigma;
    long seed = 1;
    int threads = 1;

    TrainingOptions(int hidden, int unroll, int steps, int batchSize, double learningRate, int esPairs,
                    double esSigma) {
        this.hidden = hidden;
        this.unroll = unroll;
        this.steps = steps;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.esPairs = esPairs;
        this.esSigma = esSigma;
    }

    abstract B self();

    /** Hidden width H of the trained network (&gt;= 1). */
    public B hidden(int h) {
        this.hidden = Checks.atLeast("hidden", h, 1);
        return self();
    }

    /** Unrolled steps T per task (&gt;= 1). */
    public B unroll(int t) {
        this.unroll = Checks.atLeast("unroll", t, 1);
        return self();
    }

    /** Adam steps (&gt;= 0). */
    public B steps(int n) {
        this.steps = Checks.atLeast("steps", n, 0);
        return self();
    }

    /** Wall-clock limit in seconds (&gt; 0; default none). With a step limit only, a seed reproduces the weights. */
    public B maxSeconds(double s) {
        this.maxSeconds = s == Double.POSITIVE_INFINITY ? s : Checks.positive("maxSeconds", s);
        return self();
    }

    /** Tasks per step (&gt;= 1), sampled without replacement from the seed when fewer than all. */
    public B batchSize(int n) {
        this.batchSize = Checks.atLeast("batchSize", n, 1);
        return self();
    }

    /** Adam's learning rate (&gt; 0). */
    public B learningRate(double lr) {
        this.learningRate = Checks.positive("learningRate", lr);
        return self();
    }

    /** ES antithetic pairs per step (&gt;= 1). */
    public B esPairs(int p) {
        this.esPairs = Checks.atLeast("esPairs", p, 1);
        return self();
    }

    /** ES perturbation scale sigma (&gt; 0). */
    public B esSigma(double s) {
        this.esSigma = Checks.positive("esSigma", s);
        return self();
    }

    /** The seed of the initial weights, batches and perturbations (default 1). */
    public B seed(long s) {
        this.seed = s;
        return self();
    }

    /** Threads (&gt;= 1; default 1); the result does not depend on it. */
    public B threads(int t) {
        this.threads = Checks.atLeast("threads", t, 1);
        return self();
    }
}
