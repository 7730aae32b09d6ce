package io.github.l2e4j.dynamic;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.metrics.DynamicMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs a dynamic algorithm on a dynamic problem and scores it against the true front at the end of
 * every environment. Immutable configuration (built with {@link #builder()}); {@link #run} is thread
 * safe, and the Pareto-front samples are computed once per time and shared by every run of this
 * instance.
 *
 * <h2>Protocol</h2>
 * <ul>
 *   <li>The run has {@code T0 + c tau_t} generations for c changes ({@link TimeSchedule}); generation tau
 *   evaluates at t(tau). The runner sets tau; the algorithm sees only a {@link DynamicContext} and must
 *   detect the changes itself.</li>
 *   <li>After the last generation of environment k (k = 0..c), the algorithm's approximation (its
 *   result's decision vectors) is evaluated at t_k, outside the run's count, reduced to its
 *   non-dominated vectors P_k, and scored: IGD(PF(t_k), P_k) and HV(P_k, r_k) with r_k the largest
 *   value of PF(t_k) in each objective plus {@value #HV_REFERENCE_OFFSET} [1]. Re-evaluating the
 *   decision vectors means no algorithm is scored on stale values.</li>
 *   <li>MIGD and MHV are the means over the c + 1 environments, the warm-up included; the per-step
 *   values are kept, so other averages can be formed.</li>
 *   <li>Population size N: {@value #POPULATION_TWO_OBJECTIVES} for two objectives and
 *   {@value #POPULATION_THREE_OBJECTIVES} (a 13-division simplex lattice) for three, unless set.</li>
 * </ul>
 *
 * <p>[1] The reference point "largest value of the true front plus 0.5" is the convention we use; the
 * CEC 2018 report, which we could not open, may state its own.
 */
public final class DynamicRun {

    /** Offset of the hypervolume reference point above the true front's largest values. */
    public static final double HV_REFERENCE_OFFSET = 0.5;
    /** Default number of changes. */
    public static final int DEFAULT_CHANGES = 30;
    /** Default population size for two objectives. */
    public static final int POPULATION_TWO_OBJECTIVES = 100;
    /** Default population size for three objectives: the simplex lattice with 13 divisions. */
    public static final int POPULATION_THREE_OBJECTIVES = 105;

    private final DynamicProblem problem;
    private final TimeSchedule schedule;
    private final int changes;
    private final int populationSize;
    private final Map<Integer, FrontSample> fronts = new ConcurrentHashMap<>();

    private DynamicRun(Builder b) {
        this.problem = b.problem;
        this.schedule = b.schedule;
        this.changes = b.changes;
        this.populationSize = b.populationSize > 0 ? b.populationSize : defaultPopulationSize(problem.objectives());
    }

    /** A builder (problem required; schedule (10, 10) with T0 = 50 and 30 changes by default). */
    public static Builder builder() {
        return new Builder();
    }

    /** The default population size for M objectives. */
    public static int defaultPopulationSize(int objectives) {
        return objectives == 2 ? POPULATION_TWO_OBJECTIVES : POPULATION_THREE_OBJECTIVES;
    }

    /** The problem. */
    public DynamicProblem problem() {
        return problem;
    }

    /** The schedule. */
    public TimeSchedule schedule() {
        return schedule;
    }

    /** Number of changes c. */
    public int changes() {
        return changes;
    }

    /** The population size requested from the algorithms. */
    public int populationSize() {
        return populationSize;
    }

    /** The sample of PF(t_k) of environment k (computed once, then shared). */
    public FrontSample paretoFront(int k) {
        if (k < 0 || k > changes) {
            throw new IllegalArgumentException("environment must be in [0, " + changes + "], was " + k);
        }
        return fronts.computeIfAbsent(k, e -> problem.paretoFront(schedule.timeOf(e)));
    }

    /** One run without a listener. */
    public DynamicRunResult run(DynamicAlgorithm algorithm, long seed) {
        return run(algorithm, seed, r -> { });
    }

    /**
     * One run.
     *
     * @param algorithm the algorithm
     * @param seed      the run seed
     * @param listener  told each environment's scores as they are taken
     */
    public DynamicRunResult run(DynamicAlgorithm algorithm, long seed, Consumer<EnvironmentResult> listener) {
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm must not be null");
        }
        long start = System.nanoTime();
        DynamicEnvironment environment = new DynamicEnvironment(problem, schedule);
        List<EnvironmentResult> results = new ArrayList<>();
        long total = schedule.generations(changes);
        int detections;
        try (DynamicOptimizer optimizer = algorithm.create(environment, populationSize, seed)) {
            int k = 0;
            for (long tau = 1; tau <= total; tau++) {
                environment.setGeneration(tau);
                if (tau == 1) {
                    optimizer.initialize();
                } else {
                    optimizer.step();
                }
                if (tau == schedule.lastGeneration(k)) {
                    EnvironmentResult r = score(k, tau, optimizer.approximation(), environment.evaluations(),
                            optimizer.detectedChanges());
                    results.add(r);
                    listener.accept(r);
                    k++;
                }
            }
            detections = optimizer.detectedChanges();
        }
        return new DynamicRunResult(algorithm.name(), problem.name(), schedule, seed, results,
                environment.evaluations(), detections, (System.nanoTime() - start) / 1e9);
    }

    /** Scores decision vectors against environment k (see the class comment). */
    public EnvironmentResult score(int k, long generation, double[][] approximation, long evaluations, int detections) {
        double t = schedule.timeOf(k);
        FrontSample pf = paretoFront(k);
        double[][] values = new double[approximation.length][];
        for (int i = 0; i < approximation.length; i++) {
            values[i] = problem.evaluate(approximation[i], t);
        }
        double[][] front = DynamicMetrics.nondominated(values);
        double igd = DynamicMetrics.igd(pf.objectives(), front);
        double hv = DynamicMetrics.hypervolume(front, DynamicMetrics.referencePoint(pf.objectives(), HV_REFERENCE_OFFSET));
        return new EnvironmentResult(k, t, generation, evaluations, detections, igd, hv, front);
    }

    /** Builder for {@link DynamicRun}. */
    public static final class Builder {
        private DynamicProblem problem;
        private TimeSchedule schedule = TimeSchedule.of(10, 10);
        private int changes = DEFAULT_CHANGES;
        private int populationSize;

        private Builder() {
        }

        /** The problem (required). */
        public Builder problem(DynamicProblem p) {
            if (p == null) {
                throw new IllegalArgumentException("problem must not be null");
            }
            this.problem = p;
            return this;
        }

        /** The schedule. */
        public Builder schedule(TimeSchedule s) {
            if (s == null) {
                throw new IllegalArgumentException("schedule must not be null");
            }
            this.schedule = s;
            return this;
        }

        /** Number of changes, &ge; 0. */
        public Builder changes(int c) {
            this.changes = Checks.atLeast("changes", c, 0);
            return this;
        }

        /** Population size requested from the algorithms (&ge; 2), or 0 for the default. */
        public Builder populationSize(int n) {
            if (n != 0 && n < 2) {
                throw new IllegalArgumentException("populationSize must be >= 2 (or 0 for the default), was " + n);
            }
            this.populationSize = n;
            return this;
        }

        /** Builds the run. */
        public DynamicRun build() {
            if (problem == null) {
                throw new IllegalArgumentException("problem must be set");
            }
            return new DynamicRun(this);
        }
    }
}
