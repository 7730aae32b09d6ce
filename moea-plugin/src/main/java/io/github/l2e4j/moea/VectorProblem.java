package io.github.l2e4j.moea;

import io.github.l2e4j.dynamic.VectorObjective;
import io.github.l2e4j.problem.Bounds;
import org.moeaframework.core.Solution;
import org.moeaframework.problem.AbstractProblem;

/**
 * An l2e4j vector function on a box as a MOEA Framework problem of real variables: every
 * evaluation goes through the function (so the caller counts it). The one adapter behind study
 * problems ({@link MoeaMoAlgorithm}), dynamic contexts ({@link MoeaDynamicAlgorithms}) and
 * {@link DynamicMoeaProblem}.
 */
class VectorProblem extends AbstractProblem {

    private final String name;
    private final Bounds bounds;
    private final VectorObjective objective;

    VectorProblem(String name, Bounds bounds, int objectives, VectorObjective objective) {
        super(bounds.dimension(), objectives);
        this.name = name;
        this.bounds = bounds;
        this.objective = objective;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void evaluate(Solution solution) {
        double[] f = new double[numberOfObjectives];
        objective.evaluate(RealSolutions.values(solution), f);
        solution.setObjectiveValues(f);
    }

    @Override
    public Solution newSolution() {
        return RealSolutions.newSolution(bounds, numberOfObjectives);
    }
}
