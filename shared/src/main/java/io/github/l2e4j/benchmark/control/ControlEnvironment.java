package io.github.l2e4j.benchmark.control;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * A classic control environment: a deterministic dynamical system with a reward, a fixed horizon
 * and a random start state.
 *
 * <p>Implementations are stateless and immutable; the state lives in a caller-owned
 * {@code double[]} of length {@link #stateSize()}, which {@link #reset}, {@link #step} and
 * {@link #advance} update in place. Every method is therefore thread safe as long as each thread
 * uses its own arrays. All arithmetic is in double precision (the Python references store some
 * states as {@code float32}; the dynamics and constants are otherwise the same).
 *
 * <p>An episode ({@link #run}) starts from a state drawn by {@link #reset} and repeats, at most
 * {@link #horizon()} times: observe, ask the controller for its outputs, {@link #step} (which
 * maps the outputs to the task's action, applies it and returns the reward), and stop early if
 * the new state {@link #isTerminal is terminal}. The return is the undiscounted sum of rewards.
 *
 * @see CartPole
 * @see Pendulum
 * @see Acrobot
 * @see MountainCarContinuous
 */
public sealed interface ControlEnvironment permits CartPole, Pendulum, Acrobot, MountainCarContinuous {

    /** The short name used in problem ids, e.g. {@code "cartpole"}. */
    String name();

    /** The length of the state vector. */
    int stateSize();

    /** The length of the observation vector a policy sees. */
    int observationSize();

    /** The number of policy outputs {@link #step} expects (see each task for their mapping to actions). */
    int policyOutputs();

    /** The maximum number of steps of an episode (the time limit of the registered environment). */
    int horizon();

    /**
     * The return at which the registered environment counts as solved (Gym's {@code reward_threshold}),
     * if it has one.
     */
    OptionalDouble rewardThreshold();

    /**
     * Draws a start state.
     *
     * @param random the generator to draw from (advanced)
     * @param state  receives the start state (modified; length {@link #stateSize()})
     */
    void reset(RandomGenerator random, double[] state);

    /**
     * Writes the observation of a state.
     *
     * @param state       the state (not modified)
     * @param observation receives the observation (modified; length {@link #observationSize()})
     */
    void observe(double[] state, double[] observation);

    /**
     * Maps the policy outputs to an action, applies it for one time step and returns the reward.
     *
     * @param state   the state (modified: replaced by the next state)
     * @param outputs the policy outputs (not modified; length {@link #policyOutputs()}); must be finite
     * @return the reward of the transition
     */
    double step(double[] state, double[] outputs);

    /**
     * Integrates the dynamics over one time step under the raw control input (force or torque,
     * before any mapping from policy outputs; continuous tasks still clip it to their limits).
     *
     * @param state   the state (modified: replaced by the next state)
     * @param control the force or torque
     */
    void advance(double[] state, double control);

    /** True if the state ends the episode (the task's termination condition; never for the pendulum). */
    boolean isTerminal(double[] state);

    /**
     * Runs one episode from a given start state.
     *
     * @param start      the start state (not modified)
     * @param controller the controller; called once per step
     * @return the return, the number of steps and whether the episode terminated before the horizon
     */
    default EpisodeResult run(double[] start, Controller controller) {
        if (start == null || start.length != stateSize()) {
            throw new IllegalArgumentException("start state must have length " + stateSize() + " for "
                    + name() + ", was " + (start == null ? "null" : Integer.toString(start.length)));
        }
        double[] state = start.clone();
        double[] observation = new double[observationSize()];
        double[] outputs = new double[policyOutputs()];
        double total = 0;
        for (int t = 1; t <= horizon(); t++) {
            observe(state, observation);
            controller.act(observation, outputs);
            for (double o : outputs) {
                if (!Double.isFinite(o)) {
                    return new EpisodeResult(Double.NaN, t, false);
                }
            }
            total += step(state, outputs);
            if (isTerminal(state)) {
                return new EpisodeResult(total, t, true);
            }
        }
        return new EpisodeResult(total, horizon(), false);
    }
}
