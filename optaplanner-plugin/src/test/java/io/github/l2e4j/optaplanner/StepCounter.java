package io.github.l2e4j.optaplanner;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchStepScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

import java.util.Map;
import java.util.TreeMap;

/** Counts the local-search steps of a real solver by the simple class name of the step's move. */
final class StepCounter<S> extends PhaseLifecycleListenerAdapter<S> {

    private final Map<String, Integer> steps = new TreeMap<>();

    static <S> StepCounter<S> attach(Solver<S> solver) {
        StepCounter<S> c = new StepCounter<>();
        ((DefaultSolver<S>) solver).addPhaseLifecycleListener(c);
        return c;
    }

    @Override
    public void stepEnded(AbstractStepScope<S> stepScope) {
        if (stepScope instanceof LocalSearchStepScope) {
            steps.merge(((LocalSearchStepScope<S>) stepScope).getStep().getClass().getSimpleName(), 1, Integer::sum);
        }
    }

    /** Steps per move class. */
    Map<String, Integer> steps() {
        return steps;
    }
}
