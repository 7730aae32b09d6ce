package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A dynamic problem bound to a {@link TimeSchedule} and a generation counter tau: evaluations answer
 * for the time t(tau). Whoever drives the run (a {@link DynamicRun}, or a host's step loop) sets or
 * advances tau once per generation; the optimizer sees only the {@link DynamicContext} view.
 * Evaluations are counted (thread safe); the counter tau is not meant to change during a generation.
 */
public final class DynamicEnvironment implements DynamicContext {

    private final DynamicProblem problem;
    private final TimeSchedule schedule;
    private final AtomicLong evaluations = new AtomicLong();
    private volatile long generation = 1;

    /** The problem on the schedule, at generation 1. */
    public DynamicEnvironment(DynamicProblem problem, TimeSchedule schedule) {
        if (problem == null || schedule == null) {
            throw new IllegalArgumentException("problem and schedule must not be null");
        }
        this.problem = problem;
        this.schedule = schedule;
    }

    /** The problem. */
    public DynamicProblem problem() {
        return problem;
    }

    /** The schedule. */
    public TimeSchedule schedule() {
        return schedule;
    }

    /** The generation counter tau (1 for the initial population). */
    public long generation() {
        return generation;
    }

    /** Sets the generation counter tau &ge; 1. */
    public void setGeneration(long tau) {
        if (tau < 1) {
            throw new IllegalArgumentException("generation must be >= 1, was " + tau);
        }
        this.generation = tau;
    }

    /** Advances the generation counter by one. */
    public void nextGeneration() {
        generation++;
    }

    /** The time t(tau) now. */
    public double time() {
        return schedule.time(generation);
    }

    /** The environment index k(tau) now. */
    public int environment() {
        return schedule.environment(generation);
    }

    @Override
    public Bounds bounds() {
        return problem.bounds();
    }

    @Override
    public int objectives() {
        return problem.objectives();
    }

    @Override
    public void evaluate(double[] x, double[] f) {
        evaluations.incrementAndGet();
        problem.evaluate(x, time(), f);
    }

    @Override
    public long evaluations() {
        return evaluations.get();
    }
}
