package io.github.l2e4j.search;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.problem.Problem;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The convenience loop around {@link L2eSearch}: ask, evaluate, tell, until the budget is spent,
 * a target is reached, or the search has converged with no restart left. Immutable and reusable;
 * each {@link #minimize} call is an independent run.
 *
 * <pre>{@code
 * Result r = L2eOptimizer.builder()
 *         .budget(30_000)
 *         .stopValue(1e-8)
 *         .build()
 *         .minimize(problem, 1L);
 * }</pre>
 *
 * <p>Evaluations may run on several threads ({@link Builder#threads}); the values are written by
 * row index, so the run is bit-identical to the one-thread run.
 */
public final class L2eOptimizer {

    private final LearnedOperator operator;
    private final SearchSettings settings;
    private final long budget;
    private final double stopValue;
    private final double[] targets;
    private final Consumer<Diagnostics> listener;
    private final int threads;

    private L2eOptimizer(Builder b) {
        this.operator = b.operator != null ? b.operator : DefaultWeights.operator();
        this.settings = b.settings;
        this.budget = b.budget;
        this.stopValue = b.stopValue;
        this.targets = b.targets;
        this.listener = b.listener;
        this.threads = b.threads;
    }

    /** A builder with the defaults: shipped weights, default settings, budget 10 000 D. */
    public static Builder builder() {
        return new Builder();
    }

    /** Minimises a problem with the default operator and settings. */
    public static Result minimize(Problem problem, long budget, long seed) {
        return builder().budget(budget).build().minimize(problem, seed);
    }

    /**
     * Runs one minimisation.
     *
     * @param problem the problem (its exact gradient is used when present and the settings allow it)
     * @param seed    the run seed
     * @throws ObjectiveException if the objective throws (with generation and candidate index)
     */
    public Result minimize(Problem problem, long seed) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        long start = System.nanoTime();
        long maxEvals = budget > 0 ? budget : 10_000L * problem.dimension();
        SearchSettings s = settings.budgetHint() > 0 ? settings : settings.toBuilder().budgetHint(maxEvals).build();
        L2eSearch search = L2eSearch.create(operator, problem.bounds(), s,
                problem.gradient().orElse(null), seed);
        Objective objective = problem.objective();
        RunRecorder rec = new RunRecorder(targets);
        String reason = "budget";
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            while (true) {
                double[][] points = search.ask();
                int rows = (int) Math.min(points.length, maxEvals - rec.evaluations());
                if (rows <= 0) {
                    break;
                }
                double[] values = evaluate(objective, points, rows, search.generation(), pool);
                for (int i = 0; i < rows; i++) {
                    rec.record(points[i], values[i]);
                }
                if (rows < points.length) {
                    break;
                }
                search.tell(values);
                if (listener != null) {
                    listener.accept(search.diagnostics());
                }
                if (rec.best() <= stopValue) {
                    reason = "target";
                    break;
                }
                if (search.isDone()) {
                    reason = search.stopReason();
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        if (rec.best() <= stopValue) {
            reason = "target";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rec.bestPoint(problem.bounds().lower()), rec.best(), rec.evaluations(), search.generation(),
                search.restarts(), seconds, reason, rec.hits());
    }

    private static double[] evaluate(Objective objective, double[][] points, int rows, long generation,
                                     ForkJoinPool pool) {
        double[] values = new double[points.length];
        if (pool == null) {
            for (int i = 0; i < rows; i++) {
                values[i] = evaluateOne(objective, points[i], generation, i);
            }
            return values;
        }
        try {
            pool.submit(() -> IntStream.range(0, rows).parallel()
                    .forEach(i -> values[i] = evaluateOne(objective, points[i], generation, i))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating generation " + generation, e);
        } catch (ExecutionException e) {
            // Report the lowest failing row, as a one-thread run would.
            for (int i = 0; i < rows; i++) {
                evaluateOne(objective, points[i], generation, i);
            }
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
        return values;
    }

    private static double evaluateOne(Objective objective, double[] x, long generation, int row) {
        try {
            return objective.value(x);
        } catch (RuntimeException e) {
            throw new ObjectiveException(generation, row, e);
        }
    }

    /** Builder for {@link L2eOptimizer}. */
    public static final class Builder {
        private LearnedOperator operator;
        private SearchSettings settings = SearchSettings.defaults();
        private long budget;
        private double stopValue = Double.NEGATIVE_INFINITY;
        private double[] targets = new double[0];
        private Consumer<Diagnostics> listener;
        private int threads = 1;

        private Builder() {
        }

        /** The operator (default: the weights shipped in the jar). */
        public Builder operator(LearnedOperator operator) {
            if (operator == null) {
                throw new IllegalArgumentException("operator must not be null");
            }
            this.operator = operator;
            return this;
        }

        /** Per-run settings. */
        public Builder settings(SearchSettings settings) {
            if (settings == null) {
                throw new IllegalArgumentException("settings must not be null");
            }
            this.settings = settings;
            return this;
        }

        /** Evaluation budget (&gt; 0). */
        public Builder budget(long evaluations) {
            if (evaluations <= 0) {
                throw new IllegalArgumentException("budget must be > 0, was " + evaluations);
            }
            this.budget = evaluations;
            return this;
        }

        /** Stop as soon as the best value is &le; this (not NaN). */
        public Builder stopValue(double value) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("stopValue must not be NaN");
            }
            this.stopValue = value;
            return this;
        }

        /** Values whose first-hit evaluation counts are recorded in {@link Result#targetHits()}. */
        public Builder targets(double... values) {
            for (int i = 0; i < values.length; i++) {
                if (Double.isNaN(values[i])) {
                    throw new IllegalArgumentException("targets[" + i + "] must not be NaN");
                }
            }
            this.targets = values.clone();
            return this;
        }

        /** Called after every generation with its diagnostics. */
        public Builder listener(Consumer<Diagnostics> listener) {
            this.listener = listener;
            return this;
        }

        /** Threads that evaluate a population (&ge; 1); results do not depend on it. */
        public Builder threads(int threads) {
            this.threads = Checks.atLeast("threads", threads, 1);
            return this;
        }

        /** Builds the optimizer. */
        public L2eOptimizer build() {
            return new L2eOptimizer(this);
        }
    }
}
