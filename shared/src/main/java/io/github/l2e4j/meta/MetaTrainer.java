package io.github.l2e4j.meta;

import io.github.l2e4j.internal.AdamUpdate;
import io.github.l2e4j.internal.Parallel;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.io.Weights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.HeadRanges;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.ThetaLayout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Meta-training: the outer loop that learns theta. Derivative-free, as LGA (Lange et al. 2023):
 *
 * <ol>
 *   <li>candidates theta +- sigma eps_p (antithetic, OpenAI-ES) or mu +- s * z_p (SNES);</li>
 *   <li>every candidate runs the same {@code tasks} inner tasks (common random numbers);</li>
 *   <li>per task, the scores ({@code log10(best - f_opt + 1e-10)}, or minus the fraction of COCO's
 *       targets reached) are z-scored across candidates and a candidate's meta-fitness is the
 *       median over tasks; or, for {@code ecdf-mean}, the plain mean over tasks; fitness shaping by
 *       centred ranks;</li>
 *   <li>OpenAI-ES: {@code g = (1 / (2 P sigma)) sum_p (u_p+ - u_p-) eps_p}, an Adam step on theta
 *       (beta1 = 0.9, beta2 = 0.999); SNES: natural-gradient steps on mu and s;</li>
 *   <li>weight decay: {@code theta <- theta0 + (1 - wd) (theta - theta0)}, i.e. the
 *       perturbation of the do-no-harm start decays toward zero.</li>
 * </ol>
 * With {@code select = best-validation} the written weights are the mean with the highest
 * scheduled validation score (early stopping); the best mean is part of the checkpoint.
 * Every random number comes from the training seed and the outer generation, so a run is
 * bit-identical whatever the number of threads, and a resumed run continues exactly where the
 * checkpoint left it. The checkpoint is written atomically after every {@code checkpointEvery}
 * generations; a killed run loses at most the generations since the last one.
 */
public final class MetaTrainer {

    /** Adam's first-moment decay. */
    public static final double ADAM_BETA1 = AdamUpdate.BETA1;
    /** Adam's second-moment decay. */
    public static final double ADAM_BETA2 = AdamUpdate.BETA2;
    /** Adam's epsilon. */
    public static final double ADAM_EPSILON = AdamUpdate.EPSILON;

    /** What the listener sees after each outer generation. */
    public record Progress(int metaGeneration, int total, double medianScore, double validation,
                           double seconds, double etaSeconds) {
    }

    private final MetaConfig config;
    private final long seed;
    private final int threads;
    private final String command;
    private final double[] theta0;
    private final TaskDistribution tasks;

    /**
     * A trainer.
     *
     * @param config  the settings
     * @param seed    the training seed
     * @param threads threads for the inner runs (results do not depend on it)
     * @param command the command line, for provenance
     */
    public MetaTrainer(MetaConfig config, long seed, int threads, String command) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.config = config;
        this.seed = seed;
        this.threads = threads;
        this.command = command;
        this.theta0 = LearnedOperator.buildTheta0(HeadRanges.DEFAULT);
        this.tasks = new TaskDistribution(seed, config);
    }

    /** The checkpoint file of a weights file. */
    public static Path checkpointOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".checkpoint.json");
    }

    /**
     * Trains and writes the weights to {@code out} (atomically), checkpointing beside it.
     *
     * @param resume continue from {@link #checkpointOf(Path)} if it exists
     */
    public Weights train(Path out, boolean resume, Consumer<Progress> listener) {
        Path checkpointFile = checkpointOf(out);
        TrainingState state;
        if (resume && Files.exists(checkpointFile)) {
            state = TrainingState.read(checkpointFile);
            state.requireCompatible(config, seed, checkpointFile);
        } else {
            state = TrainingState.start(config, seed, theta0);
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        long started = System.nanoTime();
        int startGeneration = state.metaGeneration;
        try {
            while (state.metaGeneration < config.metaGenerations()) {
                double median = generation(state, pool);
                state.metaGeneration++;
                double validation = Double.NaN;
                if (config.validateEvery() > 0 && (state.metaGeneration % config.validateEvery() == 0
                        || state.metaGeneration == config.metaGenerations())) {
                    validation = Validation.score(operator(state.mean), config.validationBudgetPerDimension(),
                            Validation.dimensions(config.maxDimension()), pool);
                    state.validation.add(new double[]{state.metaGeneration, validation});
                    // Only scheduled validations select: the one forced at a --meta-generations stop
                    // would make a run stopped there and resumed differ from an uninterrupted run.
                    boolean scheduled = state.metaGeneration % config.validateEvery() == 0;
                    if (scheduled && validation > state.bestValidation) {
                        state.best = state.mean.clone();
                        state.bestValidation = validation;
                        state.bestGeneration = state.metaGeneration;
                    }
                }
                state.trainingScores.add(new double[]{state.metaGeneration, median});
                if (state.metaGeneration % config.checkpointEvery() == 0
                        || state.metaGeneration == config.metaGenerations()) {
                    state.write(checkpointFile);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                int done = state.metaGeneration - startGeneration;
                double eta = seconds / done * (config.metaGenerations() - state.metaGeneration);
                if (listener != null) {
                    listener.accept(new Progress(state.metaGeneration, config.metaGenerations(), median,
                            state.lastValidation(), seconds, eta));
                }
            }
        } finally {
            pool.shutdown();
        }
        Weights weights = new Weights(operator(selectsBest(state) ? state.best : state.mean), provenance(state));
        WeightsFile.write(weights, out);
        return weights;
    }

    /** Whether the written weights are the best validated mean (there is one, and the settings ask for it). */
    private boolean selectsBest(TrainingState state) {
        return config.selectsBestValidation() && state.best != null;
    }

    private LearnedOperator operator(double[] theta) {
        return LearnedOperator.of(theta, HeadRanges.DEFAULT);
    }

    private Map<String, Object> provenance(TrainingState state) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "l2e4j-" + config.preset() + "-seed" + seed);
        p.put("command", command);
        p.put("seed", seed);
        p.put("preset", config.preset());
        p.put("config", config.toMap());
        p.put("taskDistribution", tasks.describe());
        p.put("metaGenerations", state.metaGeneration);
        List<Map<String, Object>> val = new ArrayList<>();
        for (double[] v : state.validation) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metaGeneration", (int) v[0]);
            m.put("ecdfArea", v[1]);
            val.add(m);
        }
        p.put("validation", val);
        if (selectsBest(state)) {
            p.put("selected", "the mean after outer generation " + state.bestGeneration
                    + ", the highest validation score (" + state.bestValidation + ")");
        }
        p.put("validationProtocol", "BBOB f1-f24, instances 1-" + Validation.INSTANCES + ", D = "
                + Arrays.toString(Validation.dimensions(config.maxDimension())) + ", budget " + config.validationBudgetPerDimension()
                + " x D, ECDF area over 51 targets, the CMA-anchored search (issue 18)");
        p.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        return p;
    }

    /** One outer generation; returns the median over candidates of the median task score. */
    private double generation(TrainingState state, ForkJoinPool pool) {
        int g = state.metaGeneration;
        int pairs = config.pairs();
        int candidates = 2 * pairs;
        int n = ThetaLayout.SIZE;
        double[][] eps = new double[pairs][n];
        boolean headsOnly = config.trainable().equals("heads");
        for (int p = 0; p < pairs; p++) {
            SplittableRandom r = Streams.of(seed, "perturbation", (long) g * pairs + p);
            for (int i = 0; i < n; i++) {
                double e = r.nextGaussian();
                eps[p][i] = headsOnly && i < ThetaLayout.HEAD_RECOMBINATION ? 0 : e;
            }
        }
        boolean snes = config.optimizer().equals("snes");
        double[][] thetas = new double[candidates][n];
        for (int p = 0; p < pairs; p++) {
            for (int i = 0; i < n; i++) {
                double step = snes ? state.std[i] * eps[p][i] : state.sigma * eps[p][i];
                thetas[2 * p][i] = state.mean[i] + step;
                thetas[2 * p + 1][i] = state.mean[i] - step;
            }
        }
        Task[] taskList = new Task[config.tasks()];
        for (int t = 0; t < taskList.length; t++) {
            taskList[t] = tasks.sample(g, t);
        }
        double[][] scores = new double[candidates][taskList.length];
        LearnedOperator[] ops = new LearnedOperator[candidates];
        for (int c = 0; c < candidates; c++) {
            ops[c] = operator(thetas[c]);
        }
        Parallel.forEach(pool, candidates * taskList.length, job -> {
            int c = job / taskList.length;
            int t = job % taskList.length;
            scores[c][t] = InnerRun.score(ops[c], taskList[t], config);
        }, "training");
        double[] fitness = config.ranksByMean() ? MetaFitness.shapeMean(scores) : MetaFitness.shape(scores);
        double median = MetaFitness.medianOfMedians(scores);
        if (snes) {
            snesStep(state, eps, fitness);
        } else {
            openAiEsStep(state, eps, fitness);
        }
        for (int i = 0; i < n; i++) {
            state.mean[i] = theta0[i] + (1 - config.weightDecay()) * (state.mean[i] - theta0[i]);
        }
        return median;
    }

    private void openAiEsStep(TrainingState s, double[][] eps, double[] u) {
        int n = ThetaLayout.SIZE;
        int pairs = eps.length;
        double[] grad = new double[n];
        for (int p = 0; p < pairs; p++) {
            double w = u[2 * p] - u[2 * p + 1];
            for (int i = 0; i < n; i++) {
                grad[i] += w * eps[p][i];
            }
        }
        s.step++;
        AdamUpdate.apply(s.mean, grad, 2 * pairs * s.sigma, s.adamM, s.adamV, s.step, s.learningRate);
        s.learningRate = Math.max(config.learningRateFloor(), s.learningRate * config.learningRateDecay());
        s.sigma = Math.max(config.sigmaFloor(), s.sigma * config.sigmaDecay());
    }

    private void snesStep(TrainingState s, double[][] eps, double[] u) {
        int n = ThetaLayout.SIZE;
        double etaSigma = (3 + Math.log(n)) / (5 * Math.sqrt(n));
        double[] gMean = new double[n];
        double[] gStd = new double[n];
        for (int p = 0; p < eps.length; p++) {
            for (int sign = 0; sign < 2; sign++) {
                double w = -u[2 * p + sign]; // lower fitness is better: utility = -u
                double z = sign == 0 ? 1 : -1;
                for (int i = 0; i < n; i++) {
                    double zi = z * eps[p][i];
                    gMean[i] += w * zi;
                    gStd[i] += w * (zi * zi - 1);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            s.mean[i] += s.learningRate * s.std[i] * gMean[i];
            s.std[i] *= Math.exp(0.5 * etaSigma * gStd[i]);
        }
        s.learningRate = Math.max(config.learningRateFloor(), s.learningRate * config.learningRateDecay());
    }
}
