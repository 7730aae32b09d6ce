package io.github.l2e4j.moea;

import io.github.l2e4j.problem.Bounds;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.core.variable.Variable;
import org.moeaframework.problem.Problem;

/**
 * Translates between MOEA Framework solutions of real variables and the flat vectors, box and
 * minimised values of the shared search. MOEA Framework minimises each objective's canonical
 * value, so {@link #canonicalObjective(Solution, int)} is what the search is told; infeasible
 * solutions (any violated constraint) are reported as +infinity, which the search ranks worst.
 */
public final class RealSolutions {

    private RealSolutions() {
    }

    /**
     * The box of a solution's real variables.
     *
     * @throws IllegalArgumentException naming the variable if it is not a {@link RealVariable}
     */
    public static Bounds bounds(Solution prototype) {
        int d = prototype.getNumberOfVariables();
        double[] lo = new double[d];
        double[] hi = new double[d];
        for (int i = 0; i < d; i++) {
            RealVariable v = real(prototype, i);
            lo[i] = v.getLowerBound();
            hi[i] = v.getUpperBound();
        }
        return Bounds.of(lo, hi);
    }

    /** A new solution with one {@link RealVariable} per coordinate of the box and the given number of objectives. */
    public static Solution newSolution(Bounds bounds, int objectives) {
        Solution s = new Solution(bounds.dimension(), objectives);
        for (int i = 0; i < bounds.dimension(); i++) {
            s.setVariable(i, new RealVariable(bounds.lower(i), bounds.upper(i)));
        }
        return s;
    }

    /** New solutions of the problem holding the given rows as their variables' values (not yet evaluated). */
    public static Solution[] solutions(Problem problem, double[][] xs) {
        Solution[] out = new Solution[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = problem.newSolution();
            setValues(out[i], xs[i]);
        }
        return out;
    }

    /** Writes the canonical (minimised) value of every objective of the solution into {@code out}. */
    public static void canonicalObjectives(Solution solution, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = canonicalObjective(solution, k);
        }
    }

    /** The variables' values. */
    public static double[] values(Solution solution) {
        for (int i = 0; i < solution.getNumberOfVariables(); i++) {
            real(solution, i);
        }
        return RealVariable.getReal(solution);
    }

    /** Writes x into the solution's variables (in place). */
    public static void setValues(Solution solution, double[] x) {
        if (x.length != solution.getNumberOfVariables()) {
            throw new IllegalArgumentException("x must have " + solution.getNumberOfVariables()
                    + " values (one per variable), had " + x.length);
        }
        RealVariable.setReal(solution, x);
    }

    /** Objective i in minimised (canonical) form; +infinity if the solution violates a constraint. */
    public static double canonicalObjective(Solution solution, int i) {
        if (solution.violatesConstraints()) {
            return Double.POSITIVE_INFINITY;
        }
        return solution.getObjective(i).getCanonicalValue();
    }

    private static RealVariable real(Solution s, int i) {
        Variable v = s.getVariable(i);
        if (!(v instanceof RealVariable r)) {
            throw new IllegalArgumentException("variable " + i + " must be a RealVariable for L2E, was "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }
        return r;
    }
}
