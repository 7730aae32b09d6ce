package io.github.l2e4j.benchmark.control;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A control task as a minimisation problem over the weights of a policy.
 *
 * <p>The decision vector {@code x} holds the weights of a {@link Policy} with the task's
 * observations as inputs and its policy outputs as outputs, in the layout {@link Policy}
 * documents, inside the box {@code [-5, 5]^D} ({@link #WEIGHT_BOUND}). The objective is
 * <pre>
 *   f(x) = -(1/E) sum_{e=1..E} R(x, s_e)
 * </pre>
 * the negated mean return of the policy over {@code E} episodes ({@link #episodes()}) from the
 * start states {@code s_1..s_E}. The start states are drawn once, when the problem is built, from
 * a {@link SplittableRandom} derived from the instance seed and the task name, so {@code f} is a
 * deterministic function of {@code x} and the first {@code E} start states do not depend on how
 * many episodes are used. {@code f} is NaN if {@code x} has a non-finite entry.
 *
 * <p>Immutable and thread safe: {@link #value} allocates its own buffers and never modifies
 * {@code x}.
 */
public final class ControlProblem {

    /** Every weight lies in [-WEIGHT_BOUND, WEIGHT_BOUND]. */
    public static final double WEIGHT_BOUND = 5.0;
    /** Instance seed of the problems whose id names none. */
    public static final long DEFAULT_SEED = 1;
    /** Episodes averaged per evaluation when the id names no count. */
    public static final int DEFAULT_EPISODES = 3;
    /** Largest accepted number of episodes per evaluation. */
    public static final int MAX_EPISODES = 1000;

    private final ControlTask task;
    private final Policy policy;
    private final long seed;
    private final int episodes;
    private final double[][] starts;
    private final int dimension;
    private final String id;

    private ControlProblem(Builder b) {
        this.task = b.task;
        this.policy = b.policy;
        this.seed = b.seed;
        this.episodes = b.episodes;
        ControlEnvironment env = task.environment();
        this.dimension = policy.parameterCount(env.observationSize(), env.policyOutputs());
        SplittableRandom random = Streams.of(seed, "control:" + task.token() + ":start");
        this.starts = new double[episodes][env.stateSize()];
        for (double[] start : starts) {
            env.reset(random, start);
        }
        this.id = ControlTasks.id(task, policy, seed, episodes);
    }

    /** A builder for a task, with the linear policy, the default seed and episode count. */
    public static Builder builder(ControlTask task) {
        return new Builder(task);
    }

    /** The canonical id, e.g. {@code control:cartpole:linear} (see {@link ControlTasks}). */
    public String id() {
        return id;
    }

    /** The task. */
    public ControlTask task() {
        return task;
    }

    /** The environment of the task. */
    public ControlEnvironment environment() {
        return task.environment();
    }

    /** The policy architecture. */
    public Policy policy() {
        return policy;
    }

    /** The instance seed that fixes the start states. */
    public long seed() {
        return seed;
    }

    /** The number of episodes averaged per evaluation. */
    public int episodes() {
        return episodes;
    }

    /** The number of weights D. */
    public int dimension() {
        return dimension;
    }

    /** The box {@code [-5, 5]^D}. */
    public Bounds bounds() {
        return Bounds.cube(-WEIGHT_BOUND, WEIGHT_BOUND, dimension);
    }

    /** A copy of the start state of episode {@code e}, 0-based, {@code e < episodes()}. */
    public double[] startState(int e) {
        if (e < 0 || e >= episodes) {
            throw new IllegalArgumentException("episode must be in [0, " + (episodes - 1) + "], was " + e);
        }
        return starts[e].clone();
    }

    /**
     * The objective: minus the mean return of the policy with weights {@code x}.
     *
     * @param x the weights (not modified)
     * @return {@code -mean return}, or NaN if {@code x} has a non-finite entry
     * @throws IllegalArgumentException if {@code x} does not have D entries
     */
    public double value(double[] x) {
        double sum = 0;
        for (EpisodeResult r : rollouts(x)) {
            sum += r.totalReturn();
        }
        return -sum / episodes;
    }

    /**
     * The episodes of the policy with weights {@code x}, one per start state.
     *
     * @param x the weights (not modified)
     * @return one result per episode; all with a NaN return if {@code x} has a non-finite entry
     * @throws IllegalArgumentException if {@code x} does not have D entries
     */
    public List<EpisodeResult> rollouts(double[] x) {
        if (x == null || x.length != dimension) {
            throw new IllegalArgumentException("x must have length " + dimension + " for " + id + ", was "
                    + (x == null ? "null" : Integer.toString(x.length)));
        }
        List<EpisodeResult> results = new ArrayList<>(episodes);
        for (double v : x) {
            if (!Double.isFinite(v)) {
                for (int e = 0; e < episodes; e++) {
                    results.add(new EpisodeResult(Double.NaN, 1, false));
                }
                return results;
            }
        }
        ControlEnvironment env = task.environment();
        Controller controller = policy.controller(x, env.observationSize(), env.policyOutputs());
        for (double[] start : starts) {
            results.add(env.run(start, controller));
        }
        return results;
    }

    /**
     * The runs of a hand-written controller from this problem's start states (for reference
     * controllers and comparisons).
     */
    public List<EpisodeResult> rollouts(Controller controller) {
        List<EpisodeResult> results = new ArrayList<>(episodes);
        for (double[] start : starts) {
            results.add(task.environment().run(start, controller));
        }
        return results;
    }

    /**
     * This problem as a {@link Problem} named by its id, on {@link #bounds()}, with this
     * {@link #value} as objective and, for cart-pole, the optimal value {@code -500}.
     */
    public Problem toProblem() {
        Problem.Builder b = Problem.builder(id, bounds()).objective(this::value);
        task.bestReturn().ifPresent(best -> b.optimalValue(-best));
        return b.build();
    }

    @Override
    public String toString() {
        return id + " (" + task.gymId() + ", " + policy.token() + ", D = " + dimension + ")";
    }

    /** Builder for {@link ControlProblem}. */
    public static final class Builder {
        private final ControlTask task;
        private Policy policy = Policy.linear();
        private long seed = DEFAULT_SEED;
        private int episodes = DEFAULT_EPISODES;

        private Builder(ControlTask task) {
            if (task == null) {
                throw new IllegalArgumentException("task must not be null");
            }
            this.task = task;
        }

        /** The policy architecture (default linear). */
        public Builder policy(Policy policy) {
            if (policy == null) {
                throw new IllegalArgumentException("policy must not be null");
            }
            this.policy = policy;
            return this;
        }

        /** The instance seed (&ge; 0, default {@value ControlProblem#DEFAULT_SEED}). */
        public Builder seed(long seed) {
            this.seed = Checks.atLeast("seed", seed, 0L);
            return this;
        }

        /** Episodes per evaluation (in [1, {@value ControlProblem#MAX_EPISODES}], default {@value ControlProblem#DEFAULT_EPISODES}). */
        public Builder episodes(int episodes) {
            if (episodes < 1 || episodes > MAX_EPISODES) {
                throw new IllegalArgumentException("episodes must be in [1, " + MAX_EPISODES + "], was " + episodes);
            }
            this.episodes = episodes;
            return this;
        }

        /** Builds the problem (draws the start states). */
        public ControlProblem build() {
            return new ControlProblem(this);
        }
    }
}
