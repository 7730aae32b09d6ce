package io.github.l2e4j.study;

import io.github.l2e4j.internal.Checks;

/**
 * What one run may spend and what it records.
 *
 * @param budget    evaluation budget (&gt; 0)
 * @param stopValue stop as soon as the best value is &le; this (use -infinity to spend the whole budget)
 * @param targets   values whose first-hit evaluation counts are recorded
 * @param seed      the run seed
 */
public record RunSpec(long budget, double stopValue, double[] targets, long seed) {

    /** Validates and copies. */
    public RunSpec {
        Checks.atLeast("budget", budget, 1L);
        if (Double.isNaN(stopValue)) {
            throw new IllegalArgumentException("stopValue must not be NaN");
        }
        targets = targets == null ? new double[0] : targets.clone();
    }

    /** A spec without targets that spends the budget unless stopValue is reached. */
    public static RunSpec of(long budget, double stopValue, long seed) {
        return new RunSpec(budget, stopValue, new double[0], seed);
    }

    @Override
    public double[] targets() {
        return targets.clone();
    }
}
