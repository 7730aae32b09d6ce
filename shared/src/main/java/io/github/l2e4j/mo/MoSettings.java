package io.github.l2e4j.mo;

import io.github.l2e4j.internal.Checks;

import java.util.Optional;

/**
 * Settings of a {@link MoSearch}. Immutable; built with {@link #builder()}.
 *
 * <p>Defaults (measured on ZDT and DTLZ, see docs/hosts-moea.md):
 * <ul>
 *   <li>{@code populationSize} {@value #DEFAULT_POPULATION_SIZE}: the number of subproblems is the
 *   largest simplex lattice not above it ({@link WeightVectors#divisionsFor});</li>
 *   <li>{@code neighbourhoodSize} T = {@value #DEFAULT_NEIGHBOURHOOD_SIZE} (capped at the number of
 *   subproblems);</li>
 *   <li>{@code matingFromNeighbourhood} delta = {@value #DEFAULT_DELTA}: the probability that a
 *   subproblem's population is its neighbourhood rather than T subproblems drawn from all;</li>
 *   <li>{@code replacementLimit} n_r = {@value #DEFAULT_REPLACEMENT_LIMIT}: most subproblems one
 *   child may take over;</li>
 *   <li>{@code archiveSize} 0: the archive keeps as many members as there are subproblems;</li>
 *   <li>Tchebycheff form {@link Tchebycheff#INVERSE}; objectives not normalized ({@code normalize}
 *   false: scaling by the incumbents' nadir - ideal made DTLZ4 and ZDT2 lose the front's extent in
 *   about half of the runs);</li>
 *   <li>noise scale kappa = {@value #DEFAULT_NOISE_SCALE}, coordinate mutation rate 1/D
 *   ({@code mutationRate} &lt; 0), mutation scale {@value #DEFAULT_MUTATION_SCALE} of the box width.</li>
 * </ul>
 */
public final class MoSettings {

    /** Default requested population size. */
    public static final int DEFAULT_POPULATION_SIZE = 100;
    /** Default neighbourhood size T. */
    public static final int DEFAULT_NEIGHBOURHOOD_SIZE = 20;
    /** Default probability of mating within the neighbourhood. */
    public static final double DEFAULT_DELTA = 0.9;
    /** Default largest number of subproblems one child replaces. */
    public static final int DEFAULT_REPLACEMENT_LIMIT = 2;
    /** Default noise scale kappa. */
    public static final double DEFAULT_NOISE_SCALE = 1.0;
    /** Default coordinate-mutation standard deviation relative to the box width. */
    public static final double DEFAULT_MUTATION_SCALE = 0.3;
    /** Smallest population (a neighbourhood of one is no population). */
    public static final int MIN_POPULATION_SIZE = 2;

    private final int populationSize;
    private final int neighbourhoodSize;
    private final double delta;
    private final int replacementLimit;
    private final int archiveSize;
    private final double[][] weights;
    private final Tchebycheff scalarization;
    private final boolean normalize;
    private final double noiseScale;
    private final double mutationRate;
    private final double mutationScale;

    private MoSettings(Builder b) {
        this.populationSize = b.populationSize;
        this.neighbourhoodSize = b.neighbourhoodSize;
        this.delta = b.delta;
        this.replacementLimit = b.replacementLimit;
        this.archiveSize = b.archiveSize;
        this.weights = b.weights;
        this.scalarization = b.scalarization;
        this.normalize = b.normalize;
        this.noiseScale = b.noiseScale;
        this.mutationRate = b.mutationRate;
        this.mutationScale = b.mutationScale;
    }

    /** The defaults. */
    public static MoSettings defaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.populationSize = populationSize;
        b.neighbourhoodSize = neighbourhoodSize;
        b.delta = delta;
        b.replacementLimit = replacementLimit;
        b.archiveSize = archiveSize;
        b.weights = weights;
        b.scalarization = scalarization;
        b.normalize = normalize;
        b.noiseScale = noiseScale;
        b.mutationRate = mutationRate;
        b.mutationScale = mutationScale;
        return b;
    }

    /** The requested population size (the lattice may be smaller; ignored when weights are given). */
    public int populationSize() {
        return populationSize;
    }

    /** Neighbourhood size T (capped at the number of subproblems). */
    public int neighbourhoodSize() {
        return neighbourhoodSize;
    }

    /** Probability delta of taking the neighbourhood as the population. */
    public double delta() {
        return delta;
    }

    /** Most subproblems one child replaces. */
    public int replacementLimit() {
        return replacementLimit;
    }

    /** Archive capacity, or 0 for the number of subproblems. */
    public int archiveSize() {
        return archiveSize;
    }

    /** Explicit weight vectors (copies), if set. */
    public Optional<double[][]> weights() {
        return Optional.ofNullable(weights).map(MoSettings::copy);
    }

    /** The Tchebycheff form. */
    public Tchebycheff scalarization() {
        return scalarization;
    }

    /** Whether objectives are scaled by (nadir - ideal) of the incumbents. */
    public boolean normalize() {
        return normalize;
    }

    /** Noise scale kappa. */
    public double noiseScale() {
        return noiseScale;
    }

    /** Coordinate mutation rate, or a negative value for 1/D. */
    public double mutationRate() {
        return mutationRate;
    }

    /** Coordinate mutation scale relative to the box width. */
    public double mutationScale() {
        return mutationScale;
    }

    /** The weight vectors for M objectives: the explicit ones, or the lattice for the population size. */
    public double[][] weightsFor(int objectives) {
        if (weights != null) {
            if (weights[0].length != objectives) {
                throw new IllegalArgumentException("weight vectors have " + weights[0].length
                        + " components but the problem has " + objectives + " objectives");
            }
            return copy(weights);
        }
        return WeightVectors.forPopulation(objectives, populationSize);
    }

    private static double[][] copy(double[][] w) {
        double[][] c = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            c[i] = w[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        return "MoSettings[populationSize=" + populationSize + ", neighbourhoodSize=" + neighbourhoodSize
                + ", delta=" + delta + ", replacementLimit=" + replacementLimit + ", archiveSize=" + archiveSize
                + ", weights=" + (weights == null ? "lattice" : weights.length + " given") + ", scalarization="
                + scalarization + ", normalize=" + normalize + ", noiseScale=" + noiseScale + ", mutationRate="
                + (mutationRate < 0 ? "1/D" : mutationRate) + ", mutationScale=" + mutationScale + "]";
    }

    /** Builder for {@link MoSettings}. */
    public static final class Builder {
        private int populationSize = DEFAULT_POPULATION_SIZE;
        private int neighbourhoodSize = DEFAULT_NEIGHBOURHOOD_SIZE;
        private double delta = DEFAULT_DELTA;
        private int replacementLimit = DEFAULT_REPLACEMENT_LIMIT;
        private int archiveSize;
        private double[][] weights;
        private Tchebycheff scalarization = Tchebycheff.INVERSE;
        private boolean normalize;
        private double noiseScale = DEFAULT_NOISE_SCALE;
        private double mutationRate = -1;
        private double mutationScale = DEFAULT_MUTATION_SCALE;

        private Builder() {
        }

        /** Requested population size (&ge; {@value #MIN_POPULATION_SIZE}). */
        public Builder populationSize(int n) {
            this.populationSize = Checks.atLeast("populationSize", n, MIN_POPULATION_SIZE);
            return this;
        }

        /** Neighbourhood size T (&ge; 2; capped at the number of subproblems). */
        public Builder neighbourhoodSize(int t) {
            this.neighbourhoodSize = Checks.atLeast("neighbourhoodSize", t, 2);
            return this;
        }

        /** Probability of mating within the neighbourhood, in [0, 1]. */
        public Builder delta(double delta) {
            this.delta = Checks.inClosedRange("delta", delta, 0, 1);
            return this;
        }

        /** Most subproblems one child replaces (&ge; 1). */
        public Builder replacementLimit(int nr) {
            this.replacementLimit = Checks.atLeast("replacementLimit", nr, 1);
            return this;
        }

        /** Archive capacity (&ge; 1), or 0 for the number of subproblems. */
        public Builder archiveSize(int size) {
            this.archiveSize = Checks.atLeast("archiveSize", size, 0);
            return this;
        }

        /**
         * Explicit weight vectors (each with the same number &ge; 2 of non-negative components, not all
         * zero; scaled to sum 1), or null for the lattice.
         */
        public Builder weights(double[][] w) {
            if (w == null) {
                this.weights = null;
                return this;
            }
            if (w.length < MIN_POPULATION_SIZE) {
                throw new IllegalArgumentException("weights must hold >= " + MIN_POPULATION_SIZE
                        + " vectors, had " + w.length);
            }
            double[][] c = new double[w.length][];
            for (int i = 0; i < w.length; i++) {
                if (w[i] == null || w[i].length < 2 || w[i].length != w[0].length) {
                    throw new IllegalArgumentException("weights[" + i + "] must have " + Math.max(2, w[0].length)
                            + " components like weights[0], had " + (w[i] == null ? "null" : w[i].length));
                }
                double sum = 0;
                for (int k = 0; k < w[i].length; k++) {
                    double v = w[i][k];
                    if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                        throw new IllegalArgumentException("weights[" + i + "][" + k + "] must be finite and >= 0, was " + v);
                    }
                    sum += v;
                }
                if (!(sum > 0)) {
                    throw new IllegalArgumentException("weights[" + i + "] must not be all zero");
                }
                c[i] = new double[w[i].length];
                for (int k = 0; k < w[i].length; k++) {
                    c[i][k] = w[i][k] / sum;
                }
            }
            this.weights = c;
            return this;
        }

        /** The Tchebycheff form. */
        public Builder scalarization(Tchebycheff form) {
            if (form == null) {
                throw new IllegalArgumentException("scalarization must not be null");
            }
            this.scalarization = form;
            return this;
        }

        /** Whether objectives are scaled by (nadir - ideal) of the incumbents. */
        public Builder normalize(boolean on) {
            this.normalize = on;
            return this;
        }

        /** Noise scale kappa, in [0, 10]. */
        public Builder noiseScale(double kappa) {
            this.noiseScale = Checks.inClosedRange("noiseScale", kappa, 0, 10);
            return this;
        }

        /** Coordinate mutation rate in [0, 1], or a negative value for 1/D. */
        public Builder mutationRate(double rate) {
            if (Double.isNaN(rate) || rate > 1) {
                throw new IllegalArgumentException("mutationRate must be in [0, 1] (or < 0 for 1/D), was " + rate);
            }
            this.mutationRate = rate;
            return this;
        }

        /** Coordinate mutation scale relative to the box width, in [0, 1]. */
        public Builder mutationScale(double scale) {
            this.mutationScale = Checks.inClosedRange("mutationScale", scale, 0, 1);
            return this;
        }

        /** Builds the settings. */
        public MoSettings build() {
            return new MoSettings(this);
        }
    }
}
