/**
 * A box-constrained minimisation problem as an OptaPlanner planning problem: one
 * {@code BoxCoordinate} entity per dimension with a {@code Double} planning variable, a
 * {@code BoxSolution} holding them, and {@code BoxScoreCalculator} scoring {@code 0hard/-f(x)soft}
 * (NaN or infinite values score {@code -1hard}).
 */
package io.github.l2e4j.optaplanner.box;
