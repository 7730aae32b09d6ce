package io.github.l2e4j.moea;

import io.github.l2e4j.dynamic.DynamicContext;
import io.github.l2e4j.dynamic.DynamicEnvironment;
import io.github.l2e4j.dynamic.DynamicProblem;
import io.github.l2e4j.dynamic.FrontSample;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.extension.Extension;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedPopulation;

/**
 * An l2e4j dynamic problem (DF1-DF14, FDA1-FDA5 or any {@link DynamicProblem}) as a MOEA Framework
 * problem of real variables and minimised objectives. Evaluations go through a {@link DynamicContext},
 * which answers for the problem at the current generation's time.
 *
 * <p>Standalone, inside MOEA's own step loop, bind it to a {@link DynamicEnvironment} and let the
 * algorithm advance the generation counter with {@link #clock()}:
 * <pre>{@code
 * DynamicEnvironment env = new DynamicEnvironment(DynamicProblems.of("DF1"), TimeSchedule.of(10, 10));
 * DynamicMoeaProblem problem = DynamicMoeaProblem.of(env);
 * Algorithm a = AlgorithmFactory.getInstance().getAlgorithm("DNSGA-II-A", new TypedProperties(), problem);
 * a.addExtension(problem.clock());       // tau + 1 after every step: step k evaluates at t(k)
 * for (int k = 1; k <= 350; k++) {
 *     a.step();
 *     // score a.getResult() against problem.referenceSet() before the next step
 * }
 * }</pre>
 * Objective values are exact doubles, so an unchanged problem reproduces its values (what the
 * detectors rely on).
 */
public final class DynamicMoeaProblem extends VectorProblem {

    private final DynamicProblem problem;
    private final DynamicContext context;

    /**
     * The problem evaluated through a context.
     *
     * @param problem the problem (for the name and the variables)
     * @param context evaluates at the current time; its bounds and objectives must match the problem's
     */
    public DynamicMoeaProblem(DynamicProblem problem, DynamicContext context) {
        super(problem.name(), problem.bounds(), problem.objectives(), checked(problem, context)::evaluate);
        this.problem = problem;
        this.context = context;
    }

    private static DynamicContext checked(DynamicProblem problem, DynamicContext context) {
        if (!problem.bounds().equals(context.bounds()) || problem.objectives() != context.objectives()) {
            throw new IllegalArgumentException("context (" + context.objectives() + " objectives, " + context.bounds()
                    + ") does not match problem " + problem.name());
        }
        return context;
    }

    /** The environment's problem, evaluated at the environment's current time. */
    public static DynamicMoeaProblem of(DynamicEnvironment environment) {
        return new DynamicMoeaProblem(environment.problem(), environment);
    }

    /** The l2e4j problem. */
    public DynamicProblem dynamicProblem() {
        return problem;
    }

    /** The context evaluations go through. */
    public DynamicContext context() {
        return context;
    }

    /**
     * An extension that advances the bound {@link DynamicEnvironment}'s generation counter after every
     * step of an algorithm.
     *
     * @throws IllegalStateException if the context is not a {@link DynamicEnvironment}
     */
    public Extension clock() {
        if (!(context instanceof DynamicEnvironment environment)) {
            throw new IllegalStateException("clock() needs a problem bound to a DynamicEnvironment (DynamicMoeaProblem.of)");
        }
        return new Extension() {
            @Override
            public void onStep(Algorithm algorithm) {
                environment.nextGeneration();
            }
        };
    }

    /**
     * The true Pareto front at the bound environment's current time, as a MOEA reference set.
     *
     * @throws IllegalStateException if the context is not a {@link DynamicEnvironment}
     */
    public NondominatedPopulation referenceSet() {
        if (!(context instanceof DynamicEnvironment environment)) {
            throw new IllegalStateException("referenceSet() needs a problem bound to a DynamicEnvironment");
        }
        return referenceSet(environment.time());
    }

    /** The true Pareto front at time t, as a MOEA reference set. */
    public NondominatedPopulation referenceSet(double t) {
        FrontSample pf = problem.paretoFront(t);
        NondominatedPopulation set = new NondominatedPopulation();
        for (int i = 0; i < pf.size(); i++) {
            Solution s = newSolution();
            RealSolutions.setValues(s, pf.solutions()[i]);
            s.setObjectiveValues(pf.objectives()[i]);
            set.add(s);
        }
        return set;
    }
}
