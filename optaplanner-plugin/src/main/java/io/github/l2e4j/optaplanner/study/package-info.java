/**
 * OptaPlanner local search as study algorithms ({@code OptaPlannerAlgorithms}): change moves under
 * hill climbing, late acceptance and simulated annealing, and L2E moves under hill climbing, each a
 * {@code LocalSearchAlgorithm} on a problem's box.
 */
package io.github.l2e4j.optaplanner.study;
