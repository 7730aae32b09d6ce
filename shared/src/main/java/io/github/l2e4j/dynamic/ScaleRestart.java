package io.github.l2e4j.dynamic;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.problem.Bounds;

import java.util.SplittableRandom;

/**
 * L2E's own response to a change: a restart of the scale envelope around the predicted shift of the
 * Pareto set's centroid. Immutable; built with {@link #builder()}.
 *
 * <h2>Why</h2>
 * The learned operator of {@link io.github.l2e4j.mo.MoSearch} draws each coordinate of a child from a
 * parent and scales the step by the spread of the subproblem's neighbourhood (see
 * {@link io.github.l2e4j.mo.NeighbourhoodRecombination}). Once a front is found, that spread has
 * collapsed in the coordinates that move with t (the "distance" variables), so after a change the
 * operator alone could only creep by its sparse coordinate mutation. The single-objective search
 * answers a stall with a restart of its scale envelope (IPOP); here the envelope restarts around the
 * predicted position: the population gets a fresh spread, centred where the Pareto set is expected,
 * and of the size of the expected movement, and the learned operator continues per subproblem from it.
 *
 * <h2>The response</h2>
 * With Delta the predicted centroid shift ({@link CentroidHistory#predictedShift()}), widths w_c of the
 * box, and sigma = {@code floor} when a prediction exists (two or more recorded centroids), else
 * sigma = {@code initialScale}: a share rho of the rows, drawn without replacement, become
 * <pre>
 *   x_i' = clamp(x_i + Delta + s (.) xi_i),   s_c = nu |Delta_c| + sigma w_c,   xi_i ~ N(0, I)
 * </pre>
 * and the other rows keep their position (a memory of the last front, re-evaluated by the caller).
 * nu scales the uncertainty of the prediction to the size of the step predicted.
 *
 * <p>The defaults ({@value #DEFAULT_SHIFTED_FRACTION}, {@value #DEFAULT_SHIFT_NOISE},
 * {@value #DEFAULT_FLOOR}, {@value #DEFAULT_INITIAL_SCALE}) were fixed on seeds that the reported
 * measurements do not use (docs/dynamic.md).
 */
public final class ScaleRestart implements ChangeResponse {

    /** Default share rho of the rows that move. */
    public static final double DEFAULT_SHIFTED_FRACTION = 1.0;
    /** Default multiplier nu of |Delta_c| in the restarted scale. */
    public static final double DEFAULT_SHIFT_NOISE = 1.0;
    /** Default floor of the restarted scale relative to the box width, when a prediction exists. */
    public static final double DEFAULT_FLOOR = 0.01;
    /** Default restarted scale relative to the box width before a prediction exists (the first change). */
    public static final double DEFAULT_INITIAL_SCALE = 0.05;

    private final double shiftedFraction;
    private final double shiftNoise;
    private final double floor;
    private final double initialScale;

    private ScaleRestart(Builder b) {
        this.shiftedFraction = b.shiftedFraction;
        this.shiftNoise = b.shiftNoise;
        this.floor = b.floor;
        this.initialScale = b.initialScale;
    }

    /** The defaults. */
    public static ScaleRestart defaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder with these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.shiftedFraction = shiftedFraction;
        b.shiftNoise = shiftNoise;
        b.floor = floor;
        b.initialScale = initialScale;
        return b;
    }

    /** Share rho of the rows that move. */
    public double shiftedFraction() {
        return shiftedFraction;
    }

    /** Multiplier nu of |Delta_c|. */
    public double shiftNoise() {
        return shiftNoise;
    }

    /** Scale floor relative to the box width, with a prediction. */
    public double floor() {
        return floor;
    }

    /** Scale relative to the box width without a prediction. */
    public double initialScale() {
        return initialScale;
    }

    @Override
    public String name() {
        return "scale-restart";
    }

    @Override
    public String toString() {
        return "ScaleRestart[shiftedFraction=" + shiftedFraction + ", shiftNoise=" + shiftNoise + ", floor=" + floor
                + ", initialScale=" + initialScale + "]";
    }

    @Override
    public void respond(double[][] population, Bounds bounds, CentroidHistory history, SplittableRandom random) {
        double[] delta = history.predictedShift();
        double sigma = history.canPredict() ? floor : initialScale;
        int d = delta.length;
        double[] s = new double[d];
        for (int c = 0; c < d; c++) {
            s[c] = shiftNoise * Math.abs(delta[c]) + sigma * bounds.width(c);
        }
        int k = ChangeResponse.count(shiftedFraction, population.length);
        for (int i : ChangeResponse.distinctRows(population.length, k, random)) {
            double[] x = population[i];
            for (int c = 0; c < d; c++) {
                x[c] = bounds.clamp(x[c] + delta[c] + s[c] * random.nextGaussian(), c);
            }
        }
    }

    /** Builder for {@link ScaleRestart}. */
    public static final class Builder {
        private double shiftedFraction = DEFAULT_SHIFTED_FRACTION;
        private double shiftNoise = DEFAULT_SHIFT_NOISE;
        private double floor = DEFAULT_FLOOR;
        private double initialScale = DEFAULT_INITIAL_SCALE;

        private Builder() {
        }

        /** Share rho of the rows that move, in [0, 1]. */
        public Builder shiftedFraction(double rho) {
            this.shiftedFraction = Checks.inClosedRange("shiftedFraction", rho, 0, 1);
            return this;
        }

        /** Multiplier nu of |Delta_c|, in [0, 10]. */
        public Builder shiftNoise(double nu) {
            this.shiftNoise = Checks.inClosedRange("shiftNoise", nu, 0, 10);
            return this;
        }

        /** Scale floor relative to the box width with a prediction, in [0, 1]. */
        public Builder floor(double sigma) {
            this.floor = Checks.inClosedRange("floor", sigma, 0, 1);
            return this;
        }

        /** Scale relative to the box width without a prediction, in [0, 1]. */
        public Builder initialScale(double sigma) {
            this.initialScale = Checks.inClosedRange("initialScale", sigma, 0, 1);
            return this;
        }

        /** Builds the response. */
        public ScaleRestart build() {
            return new ScaleRestart(this);
        }
    }
}
