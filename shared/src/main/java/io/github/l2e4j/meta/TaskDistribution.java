package io.github.l2e4j.meta;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Problem;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The training task distribution: BBOB-family functions with fresh rotations, shifts and f_opt.
 *
 * <p>A task is COCO's function {@code f} at an instance number drawn from
 * [{@value #MIN_INSTANCE}, {@value #MAX_INSTANCE_EXCLUSIVE}): COCO's own generator then draws a new
 * x_opt, f_opt and rotations, and the instances the suite uses for evaluation (1-15, 101-110, and
 * every workshop year's set, all below 1000) are never seen in training. The functions are the
 * fourteen of LGA's training table (sphere, ellipsoid, Rastrigin, Buche-Rastrigin, attractive
 * sector, Rosenbrock, rotated ellipsoid, discus, bent cigar, rotated Rastrigin, Weierstrass,
 * Schaffers F7, Griewank-Rosenbrock, Schwefel; {@link #LGA_FUNCTIONS}); f5, f7, f9, f13, f14, f18 and
 * f21-f24 are then never trained on. With {@code functions = all} the tasks are all 24 functions.
 * The dimension is uniform in [minDimension, maxDimension], the start point uniform in [-5, 5]^D,
 * sigma0 uniform in [{@value #SIGMA0_MIN}, {@value #SIGMA0_MAX}] of the box width, and with
 * probability {@code noise} the values get BBOB's moderate multiplicative Gaussian noise
 * (beta = {@value #NOISE_BETA}).
 *
 * <p>Everything is drawn from {@code Streams.of(seed, "task", metaGeneration * 1_000_003 + index)}.
 */
public final class TaskDistribution {

    /** LGA's training functions (COCO numbers), the tasks of {@code functions = lga}. */
    public static final List<Integer> LGA_FUNCTIONS = List.of(1, 2, 3, 4, 6, 8, 10, 11, 12, 15, 16, 17, 19, 20);
    /** Every BBOB function, the tasks of {@code functions = all}. */
    public static final List<Integer> ALL_FUNCTIONS = IntStream.rangeClosed(1, Bbob.FUNCTIONS).boxed().toList();
    /** Smallest training instance number. */
    public static final int MIN_INSTANCE = 1000;
    /** Training instances lie below this. */
    public static final int MAX_INSTANCE_EXCLUSIVE = Bbob.MAX_INSTANCE;
    /** Smallest relative initial scale. */
    public static final double SIGMA0_MIN = 0.05;
    /** Largest relative initial scale. */
    public static final double SIGMA0_MAX = 0.2;
    /** BBOB's moderate multiplicative noise level. */
    public static final double NOISE_BETA = 0.01;

    private final long seed;
    private final MetaConfig config;
    private final List<Integer> functions;

    /** The distribution of a training run. */
    public TaskDistribution(long seed, MetaConfig config) {
        this.seed = seed;
        this.config = config;
        this.functions = config.functions().equals("all") ? ALL_FUNCTIONS : LGA_FUNCTIONS;
    }

    /** Task {@code index} of outer generation {@code metaGeneration}. */
    public Task sample(long metaGeneration, int index) {
        SplittableRandom r = Streams.of(seed, "task", metaGeneration * 1_000_003L + index);
        int f = functions.get(r.nextInt(functions.size()));
        int instance = MIN_INSTANCE + r.nextInt(MAX_INSTANCE_EXCLUSIVE - MIN_INSTANCE);
        int d = config.minDimension() + r.nextInt(config.maxDimension() - config.minDimension() + 1);
        Problem p = Bbob.problem(f, instance, d);
        double[] start = new double[d];
        for (int i = 0; i < d; i++) {
            start[i] = -5 + 10 * r.nextDouble();
        }
        double sigma0 = SIGMA0_MIN + (SIGMA0_MAX - SIGMA0_MIN) * r.nextDouble();
        double noise = r.nextDouble() < config.noise() ? NOISE_BETA : 0;
        return new Task(p, p.optimalValue().orElseThrow(), start, sigma0, noise, r.nextLong());
    }

    /** A description for provenance. */
    public String describe() {
        return "BBOB functions " + functions + ", instances [" + MIN_INSTANCE + ", " + MAX_INSTANCE_EXCLUSIVE
                + "), D in [" + config.minDimension() + ", " + config.maxDimension() + "], start U[-5,5]^D, sigma0 U["
                + SIGMA0_MIN + ", " + SIGMA0_MAX + "] x width, noise " + config.noise() + " x beta " + NOISE_BETA;
    }
}
