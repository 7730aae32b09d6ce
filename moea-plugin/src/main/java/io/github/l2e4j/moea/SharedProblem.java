package io.github.l2e4j.moea;

import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.search.RunRecorder;
import org.moeaframework.core.Solution;
import org.moeaframework.problem.AbstractProblem;

/**
 * A shared {@link io.github.l2e4j.problem.Problem} (box-constrained, one objective) as a MOEA
 * Framework problem with real variables and one minimised objective. Every evaluation is recorded
 * in a {@link RunRecorder}; once the budget is spent, further solutions get +infinity without
 * calling the objective, so a MOEA algorithm that overshoots inside its last step never sees
 * (and the record never counts) more than the budget.
 */
final class SharedProblem extends AbstractProblem {

    private final io.github.l2e4j.problem.Problem problem;
    private final Bounds bounds;
    private final RunRecorder recorder;
    private final long budget;

    SharedProblem(io.github.l2e4j.problem.Problem problem, RunRecorder recorder, long budget) {
        super(problem.dimension(), 1);
        this.problem = problem;
        this.bounds = problem.bounds();
        this.recorder = recorder;
        this.budget = budget;
    }

    @Override
    public String getName() {
        return problem.name();
    }

    @Override
    public void evaluate(Solution solution) {
        if (recorder.evaluations() >= budget) {
            solution.setObjectiveValue(0, Double.POSITIVE_INFINITY);
            return;
        }
        double[] x = RealSolutions.values(solution);
        double v = problem.objective().value(x);
        recorder.record(x, v);
        // MOEA's comparators need an ordered value: NaN becomes +infinity (ranks worst, as in l2e4j).
        solution.setObjectiveValue(0, Double.isNaN(v) ? Double.POSITIVE_INFINITY : v);
    }

    @Override
    public Solution newSolution() {
        return RealSolutions.newSolution(bounds, 1);
    }
}
