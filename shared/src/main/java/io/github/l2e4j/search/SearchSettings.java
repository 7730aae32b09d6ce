package io.github.l2e4j.search;

import io.github.l2e4j.cma.CmaParameters;
import io.github.l2e4j.internal.Checks;

import java.util.Arrays;
import java.util.Optional;

/**
 * Per-run settings of an {@link L2eSearch}: population size, initial scale and point, envelope
 * horizon, restarts. Immutable; built with {@link #builder()}.
 *
 * <p>Defaults: the population size of CMA-ES, {@code 4 + floor(3 ln D)} (at least
 * {@value #MIN_POPULATION}); {@code sigma0} = {@value #DEFAULT_SIGMA0} of the mean box width;
 * initial point uniform in the middle {@value #DEFAULT_INIT_FRACTION} of the box; envelope
 * horizon from the budget hint, else {@value #DEFAULT_HORIZON} generations; restarts on, with small runs
 * interleaved (NBIPOP, {@link #smallRestarts()}).
 */
public final class SearchSettings {

    /** Default relative initial scale. */
    public static final double DEFAULT_SIGMA0 = 0.2;
    /** The initial point is drawn from this central fraction of the box. */
    public static final double DEFAULT_INIT_FRACTION = 0.8;
    /** Envelope horizon (generations per epoch) when no budget is known. */
    public static final long DEFAULT_HORIZON = 10_000;
    /** Smallest population size. */
    public static final int MIN_POPULATION = 5;
    /** Dimensions up to this use the dense metric; above it the limited-memory one. */
    public static final int DEFAULT_FULL_METRIC_MAX_DIMENSION = 100;
    /**
     * Whether small-population restarts are interleaved with the growing ones by default (NBIPOP;
     * false gives IPOP, every restart doubling the samples and dividing the initial step size by
     * {@link io.github.l2e4j.search.L2eSearch#LARGE_SIGMA_DECREASE}).
     */
    public static final boolean DEFAULT_SMALL_RESTARTS = true;
    /** Upper limit of the sample pairs after growth (the population is at most 2 MAX_PAIRS + 3). */
    public static final int MAX_PAIRS = 2048;

    private final int pairs;
    private final int samples;
    private final double sigma0;
    private final double[] initialPoint;
    private final long budgetHint;
    private final long horizon;
    private final boolean restarts;
    private final int populationGrowth;
    private final boolean smallRestarts;
    private final boolean noise;
    private final int fullMetricMaxDimension;

    private SearchSettings(Builder b) {
        this.pairs = b.pairs;
        this.samples = b.samples;
        this.sigma0 = b.sigma0;
        this.initialPoint = b.initialPoint;
        this.budgetHint = b.budgetHint;
        this.horizon = b.horizon;
        this.restarts = b.restarts;
        this.populationGrowth = b.populationGrowth;
        this.smallRestarts = b.smallRestarts;
        this.noise = b.noise;
        this.fullMetricMaxDimension = b.fullMetricMaxDimension;
    }

    /** The defaults. */
    public static SearchSettings defaults() {
        return builder().build();
    }

    /** A new builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pairs = pairs;
        b.samples = samples;
        b.sigma0 = sigma0;
        b.initialPoint = initialPoint;
        b.budgetHint = budgetHint;
        b.horizon = horizon;
        b.restarts = restarts;
        b.populationGrowth = populationGrowth;
        b.smallRestarts = smallRestarts;
        b.noise = noise;
        b.fullMetricMaxDimension = fullMetricMaxDimension;
        return b;
    }

    /**
     * Evaluations per generation for dimension d in the first run: as set by
     * {@link Builder#populationSize}, {@code 3 + 2 pairs} with {@link Builder#pairs}, else CMA-ES's
     * default {@code 4 + floor(3 ln D)}, at least {@value #MIN_POPULATION}.
     */
    public int populationSizeFor(int d) {
        int n = samples > 0 ? samples + L2eSearch.EXTRA_ROWS : pairs > 0 ? L2eSearch.EXTRA_ROWS + 2 * pairs
                : CmaParameters.defaultLambda(d);
        return Math.max(MIN_POPULATION, n);
    }

    /** Configured sample pairs, or 0 for the default. */
    public int pairs() {
        return pairs;
    }

    /** Initial scale relative to the mean box width. */
    public double sigma0() {
        return sigma0;
    }

    /** The initial point of the first epoch, if set. */
    public Optional<double[]> initialPoint() {
        return Optional.ofNullable(initialPoint).map(double[]::clone);
    }

    /** Budget hint in evaluations (0 if unknown). */
    public long budgetHint() {
        return budgetHint;
    }

    /** Envelope horizon in generations (0 = from the budget hint or the default). */
    public long horizon() {
        return horizon;
    }

    /** Whether restarts are on. */
    public boolean restarts() {
        return restarts;
    }

    /** Factor by which the pairs grow at each restart. */
    public int populationGrowth() {
        return populationGrowth;
    }

    /**
     * Whether restarts interleave small-population runs with the growing ones (on by default). The
     * first restart always doubles the samples; after it NBIPOP's budget rule applies: a restart is
     * small while the small runs have used fewer evaluations than the grown runs, times 2 if a small
     * run found the best value so far and times 1/2 if a grown run did (the first run not counted;
     * {@link io.github.l2e4j.cma.BipopSchedule}). Off, every restart doubles the samples (IPOP). On,
     * they run up to D = {@value L2eSearch#SMALL_RESTARTS_MAX_DIMENSION} only; above it the search
     * is IPOP either way.
     */
    public boolean smallRestarts() {
        return smallRestarts;
    }

    /** Whether the mutation noise is on (off only to check the contraction guarantee). */
    public boolean noise() {
        return noise;
    }

    /**
     * Largest dimension with the dense BFGS metric and the full CMA-ES covariance; above it the
     * limited-memory metric and sep-CMA-ES (diagonal covariance).
     */
    public int fullMetricMaxDimension() {
        return fullMetricMaxDimension;
    }

    @Override
    public String toString() {
        return "SearchSettings[" + (samples > 0 ? "populationSize=" + (samples + L2eSearch.EXTRA_ROWS)
                : "pairs=" + (pairs > 0 ? pairs : "default")) + ", sigma0=" + sigma0
                + ", initialPoint=" + (initialPoint == null ? "random" : Arrays.toString(initialPoint))
                + ", budgetHint=" + budgetHint + ", horizon=" + horizon + ", restarts=" + restarts
                + ", smallRestarts=" + smallRestarts + ", noise=" + noise + "]";
    }

    /** Builder for {@link SearchSettings}. */
    public static final class Builder {
        private int pairs;
        private int samples;
        private double sigma0 = DEFAULT_SIGMA0;
        private double[] initialPoint;
        private long budgetHint;
        private long horizon;
        private boolean restarts = true;
        private int populationGrowth = 2;
        private boolean smallRestarts = DEFAULT_SMALL_RESTARTS;
        private boolean noise = true;
        private int fullMetricMaxDimension = DEFAULT_FULL_METRIC_MAX_DIMENSION;

        private Builder() {
        }

        /**
         * Sample pairs per generation (population = 2 pairs + 3). Must be &ge; 1.
         */
        public Builder pairs(int pairs) {
            this.pairs = Checks.atLeast("pairs", pairs, 1);
            this.samples = 0;
            return this;
        }

        /**
         * Population size N (evaluations per generation), any N &ge; 5: the centre candidate, two
         * gradient trials and N - 3 samples in antithetic pairs (one unpaired sample when N - 3 is odd).
         */
        public Builder populationSize(int n) {
            if (n < L2eSearch.EXTRA_ROWS + 2) {
                throw new IllegalArgumentException("populationSize must be >= " + (L2eSearch.EXTRA_ROWS + 2)
                        + " (3 extra rows + at least 2 samples), was " + n);
            }
            this.samples = n - L2eSearch.EXTRA_ROWS;
            this.pairs = 0;
            return this;
        }

        /** Initial scale relative to the mean box width, in (0, 1]. */
        public Builder sigma0(double sigma0) {
            this.sigma0 = Checks.inClosedRange("sigma0", sigma0, Double.MIN_NORMAL, 1);
            return this;
        }

        /** The first epoch's initial point (projected onto the box); null for random. */
        public Builder initialPoint(double[] x0) {
            if (x0 != null) {
                Checks.finiteVector("initialPoint", x0, x0.length);
            }
            this.initialPoint = x0 == null ? null : x0.clone();
            return this;
        }

        /** Budget hint in evaluations, used for the envelope horizon (0 = unknown). */
        public Builder budgetHint(long evaluations) {
            this.budgetHint = Checks.atLeast("budgetHint", evaluations, 0L);
            return this;
        }

        /** Envelope horizon in generations per epoch (0 = from the budget hint or the default). */
        public Builder horizon(long generations) {
            this.horizon = Checks.atLeast("horizon", generations, 0L);
            return this;
        }

        /** Turns restarts on or off. */
        public Builder restarts(boolean on) {
            this.restarts = on;
            return this;
        }

        /** Growth factor of the samples at each restart (&ge; 1; 2 is IPOP). */
        public Builder populationGrowth(int factor) {
            this.populationGrowth = Checks.atLeast("populationGrowth", factor, 1);
            return this;
        }

        /**
         * Interleave small-population restarts with the growing (IPOP) ones, as NBIPOP-aCMA-ES does:
         * after each run, the next restart starts with the initial population size while the
         * small-population runs have used less than their share of the evaluations (the same as the
         * large runs', twice it when a small run found the best value so far, half when a large one
         * did), and otherwise grows the large population by {@link #populationGrowth(int)}.
         */
        public Builder smallRestarts(boolean on) {
            this.smallRestarts = on;
            return this;
        }

        /**
         * The mutation noise term of the population update on (default) or off. Off is meant to check
         * the contraction guarantee: the first population of each epoch is still spread around the
         * start point, and every later one is then a pure contraction of it.
         */
        public Builder noise(boolean on) {
            this.noise = on;
            return this;
        }

        /** Largest dimension that uses the dense metric (&ge; 0). */
        public Builder fullMetricMaxDimension(int d) {
            this.fullMetricMaxDimension = Checks.atLeast("fullMetricMaxDimension", d, 0);
            return this;
        }

        /** Builds the settings. */
        public SearchSettings build() {
            return new SearchSettings(this);
        }
    }
}
