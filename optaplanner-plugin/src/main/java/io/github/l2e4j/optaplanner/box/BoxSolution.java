package io.github.l2e4j.optaplanner.box;

import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.RunRecorder;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Problem} (minimise f over a box) as an OptaPlanner planning problem: one
 * {@link BoxCoordinate} entity per dimension, scored by {@link BoxScoreCalculator} as
 * {@code 0hard/-f(x)soft} when f(x) is finite and {@code -1hard/0soft} when it is NaN or
 * infinite (such points rank worst, they never crash a run).
 *
 * <p>The problem and the optional recorder are plain fields: OptaPlanner's solution cloner
 * copies them by reference, so every clone scores the same problem and records into the same
 * recorder (one per run).
 */
@PlanningSolution
public class BoxSolution {

    @PlanningEntityCollectionProperty
    private List<BoxCoordinate> coordinates;
    @PlanningScore
    private HardSoftBigDecimalScore score;
    private Problem problem;
    private RunRecorder recorder;

    /** For OptaPlanner's cloner. */
    public BoxSolution() {
    }

    private BoxSolution(Problem problem, List<BoxCoordinate> coordinates, RunRecorder recorder) {
        this.problem = problem;
        this.coordinates = coordinates;
        this.recorder = recorder;
    }

    /**
     * A planning problem starting at x0.
     *
     * @param problem  the problem
     * @param x0       the initial point (projected onto the box; not modified)
     * @param recorder records every score calculation (evaluation), or null
     * @throws IllegalArgumentException if x0's length is not the problem's dimension or x0 has a NaN
     */
    public static BoxSolution of(Problem problem, double[] x0, RunRecorder recorder) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        Bounds b = problem.bounds();
        if (x0 == null || x0.length != b.dimension()) {
            throw new IllegalArgumentException("x0 must have length " + b.dimension() + " (the problem's dimension), was "
                    + (x0 == null ? "null" : Integer.toString(x0.length)));
        }
        List<BoxCoordinate> list = new ArrayList<>(x0.length);
        for (int i = 0; i < x0.length; i++) {
            if (Double.isNaN(x0[i])) {
                throw new IllegalArgumentException("x0[" + i + "] must be a number, was NaN");
            }
            list.add(new BoxCoordinate(i, b.lower(i), b.upper(i), b.clamp(x0[i], i)));
        }
        return new BoxSolution(problem, list, recorder);
    }

    /** The coordinates. */
    public List<BoxCoordinate> getCoordinates() {
        return coordinates;
    }

    /** Sets the coordinates. */
    public void setCoordinates(List<BoxCoordinate> coordinates) {
        this.coordinates = coordinates;
    }

    /** The score. */
    public HardSoftBigDecimalScore getScore() {
        return score;
    }

    /** Sets the score. */
    public void setScore(HardSoftBigDecimalScore score) {
        this.score = score;
    }

    /** The problem. */
    public Problem getProblem() {
        return problem;
    }

    /** The recorder, or null. */
    public RunRecorder getRecorder() {
        return recorder;
    }

    /** The point x (a new array; NaN where a coordinate is uninitialized). */
    public double[] point() {
        double[] x = new double[coordinates.size()];
        for (BoxCoordinate c : coordinates) {
            x[c.getIndex()] = c.getValue() == null ? Double.NaN : c.getValue();
        }
        return x;
    }
}
