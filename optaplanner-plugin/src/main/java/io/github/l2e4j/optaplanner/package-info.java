/**
 * L2E moves for OptaPlanner's local search: {@link io.github.l2e4j.optaplanner.L2eMoveIteratorFactory}
 * (XML {@code <moveIteratorFactory>}, or Java configuration with
 * {@link io.github.l2e4j.optaplanner.L2eMoves}) proposes moves that set the chosen numeric planning
 * variables to the points of the shared L2E
 * search, and tells the scores OptaPlanner calculates for them back to that search
 * ({@link io.github.l2e4j.optaplanner.ScoreScalarizer} turns a score into one value to minimise).
 * Acceptors, termination and the rest of the solver configuration stay OptaPlanner's.
 */
package io.github.l2e4j.optaplanner;
