package io.github.l2e4j.benchmark.control;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * The continuous mountain car [1], with the constants and reward of Gymnasium's
 * {@code MountainCarContinuous-v0} [2].
 *
 * <p><b>State and observation</b> {@code s = (p, v)}: position on the track {@code [-1.2, 0.6]}
 * and velocity (per step). The valley is {@code height = sin(3 p)}; its bottom is near
 * {@code p = -0.52}.
 *
 * <p><b>Dynamics.</b> With force {@code f} clipped to {@code [-1, 1]}, one step is
 * <pre>
 *   v' = clip(v + 0.0015 f - 0.0025 cos(3 p), -0.07, 0.07)
 *   p' = clip(p + v', -1.2, 0.6);   v' = 0 if p' = -1.2 and v' &lt; 0 (inelastic left wall)
 * </pre>
 * The engine is too weak to climb the right hill directly: the car has to swing back and forth.
 *
 * <p><b>Action.</b> One policy output, clipped to {@code [-1, 1]}: the force.
 *
 * <p><b>Reward and end.</b> The episode terminates when {@code p' >= 0.45} and {@code v' >= 0}.
 * Each step is rewarded {@code -0.1 f^2}, plus 100 on the step that reaches the goal; truncated
 * after {@value #HORIZON} steps. Solved at a return of {@value #REWARD_THRESHOLD}. The reference
 * charges the unclipped action; here the policy's output is clipped first, so the charged action
 * is always inside the action space, as it is for any valid Gym action.
 *
 * <p><b>Start.</b> {@code p} uniform in {@code [-0.6, -0.4)}, {@code v = 0}.
 *
 * <p>References:
 * <ol>
 *   <li>A. W. Moore, "Efficient memory-based learning for robot control", PhD thesis,
 *       University of Cambridge, 1990.</li>
 *   <li>Farama Foundation, Gymnasium, {@code classic_control/continuous_mountain_car.py},
 *       {@code MountainCarContinuous-v0}.</li>
 * </ol>
 */
public final class MountainCarContinuous implements ControlEnvironment {

    /** Smallest position (the left wall). */
    public static final double MIN_POSITION = -1.2;
    /** Largest position. */
    public static final double MAX_POSITION = 0.6;
    /** Limit of |v|. */
    public static final double MAX_SPEED = 0.07;
    /** The goal is reached at a position of at least this ... */
    public static final double GOAL_POSITION = 0.45;
    /** ... with a velocity of at least this. */
    public static final double GOAL_VELOCITY = 0.0;
    /** The force (action) is clipped to [-MAX_ACTION, MAX_ACTION]. */
    public static final double MAX_ACTION = 1.0;
    /** Acceleration per unit of force. */
    public static final double POWER = 0.0015;
    /** Gravity coefficient: the slope term is -GRAVITY cos(3 p). */
    public static final double GRAVITY = 0.0025;
    /** Reward for reaching the goal. */
    public static final double GOAL_REWARD = 100.0;
    /** Weight of f^2 in the per-step penalty. */
    public static final double ACTION_COST = 0.1;
    /** Lower end of the start position range. */
    public static final double START_LOW = -0.6;
    /** Upper end of the start position range. */
    public static final double START_HIGH = -0.4;
    /** Steps per episode ({@code MountainCarContinuous-v0}). */
    public static final int HORIZON = 999;
    /** Return at which {@code MountainCarContinuous-v0} counts as solved. */
    public static final double REWARD_THRESHOLD = 90.0;

    /** The environment (stateless). */
    public MountainCarContinuous() {
    }

    @Override
    public String name() {
        return "mountaincar-continuous";
    }

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public int observationSize() {
        return 2;
    }

    @Override
    public int policyOutputs() {
        return 1;
    }

    @Override
    public int horizon() {
        return HORIZON;
    }

    @Override
    public OptionalDouble rewardThreshold() {
        return OptionalDouble.of(REWARD_THRESHOLD);
    }

    @Override
    public void reset(RandomGenerator random, double[] state) {
        state[0] = random.nextDouble(START_LOW, START_HIGH);
        state[1] = 0.0;
    }

    @Override
    public void observe(double[] state, double[] observation) {
        observation[0] = state[0];
        observation[1] = state[1];
    }

    /** Clips {@code outputs[0]} to [-1, 1] and applies it; {@code -0.1 f^2}, plus 100 at the goal. */
    @Override
    public double step(double[] state, double[] outputs) {
        double force = clipAction(outputs[0]);
        advance(state, force);
        double reward = isTerminal(state) ? GOAL_REWARD : 0.0;
        return reward - ACTION_COST * force * force;
    }

    /** One step under the force {@code control}, clipped to [-1, 1]. */
    @Override
    public void advance(double[] state, double control) {
        double force = clipAction(control);
        double position = state[0];
        double velocity = state[1] + force * POWER - GRAVITY * Math.cos(3 * position);
        velocity = Math.max(-MAX_SPEED, Math.min(MAX_SPEED, velocity));
        position += velocity;
        position = Math.max(MIN_POSITION, Math.min(MAX_POSITION, position));
        if (position == MIN_POSITION && velocity < 0) {
            velocity = 0.0;
        }
        state[0] = position;
        state[1] = velocity;
    }

    /** {@code p >= 0.45 and v >= 0}. */
    @Override
    public boolean isTerminal(double[] state) {
        return state[0] >= GOAL_POSITION && state[1] >= GOAL_VELOCITY;
    }

    private static double clipAction(double f) {
        return Math.max(-MAX_ACTION, Math.min(MAX_ACTION, f));
    }

    @Override
    public String toString() {
        return "MountainCarContinuous-v0";
    }
}
