package io.github.l2e4j.optaplanner;

import org.optaplanner.core.api.score.Score;

/**
 * Turns an OptaPlanner score (higher is better, possibly several levels such as hard/soft) into
 * the single value to minimise that the shared search is told.
 *
 * <ul>
 *   <li>{@link #lexicographic(double)}: {@code -(sum_l level_l * w^(L-1-l))}, so with a large
 *       weight w every hard level dominates every soft level while the search still sees how
 *       infeasible a point is;</li>
 *   <li>{@link #infeasibleWorst()}: {@code -(last level)} for feasible scores and +infinity for
 *       infeasible ones (ranked worst).</li>
 * </ul>
 * An uninitialized score (init score &lt; 0) is NaN: ranked worst and never used for steps.
 */
public final class ScoreScalarizer {

    /** Default weight between consecutive score levels. */
    public static final double DEFAULT_LEVEL_WEIGHT = 1e6;

    private final double weight;
    private final boolean infeasibleWorst;

    private ScoreScalarizer(double weight, boolean infeasibleWorst) {
        this.weight = weight;
        this.infeasibleWorst = infeasibleWorst;
    }

    /**
     * Weighted sum of the levels.
     *
     * @throws IllegalArgumentException if the weight is not a finite number &ge; 1
     */
    public static ScoreScalarizer lexicographic(double levelWeight) {
        if (!(levelWeight >= 1 && levelWeight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("levelWeight must be a finite number >= 1, was " + levelWeight);
        }
        return new ScoreScalarizer(levelWeight, false);
    }

    /** Infeasible scores rank worst; feasible ones compare by their last level. */
    public static ScoreScalarizer infeasibleWorst() {
        return new ScoreScalarizer(1, true);
    }

    /** The value to minimise. */
    public double minimised(Score<?> score) {
        if (score == null || score.initScore() < 0) {
            return Double.NaN;
        }
        double[] levels = score.toLevelDoubles();
        if (infeasibleWorst) {
            return score.isFeasible() ? -levels[levels.length - 1] : Double.POSITIVE_INFINITY;
        }
        double v = 0;
        for (double level : levels) {
            v = v * weight + level;
        }
        return -v;
    }
}
