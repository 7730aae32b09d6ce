package io.github.l2e4j.optaplanner.box;

import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

import java.math.BigDecimal;

/**
 * Scores a {@link BoxSolution}: {@code 0hard/-f(x)soft} for finite f(x), {@code -1hard/0soft}
 * for NaN or infinite f(x). Each call is one evaluation of f and is recorded in the solution's
 * recorder when it has one. With the {@code infeasibleWorst} scalarization the L2E moves are told
 * exactly f(x) (and +infinity for the invalid points).
 */
public final class BoxScoreCalculator implements EasyScoreCalculator<BoxSolution, HardSoftBigDecimalScore> {

    private static final HardSoftBigDecimalScore INVALID = HardSoftBigDecimalScore.of(BigDecimal.ONE.negate(), BigDecimal.ZERO);

    @Override
    public HardSoftBigDecimalScore calculateScore(BoxSolution solution) {
        double[] x = solution.point();
        for (double v : x) {
            if (Double.isNaN(v)) {
                return INVALID;      // an uninitialized coordinate: OptaPlanner adds the init score itself
            }
        }
        double f = solution.getProblem().objective().value(x);
        if (solution.getRecorder() != null) {
            solution.getRecorder().record(x, f);
        }
        return Double.isFinite(f) ? HardSoftBigDecimalScore.of(BigDecimal.ZERO, BigDecimal.valueOf(-f)) : INVALID;
    }
}
