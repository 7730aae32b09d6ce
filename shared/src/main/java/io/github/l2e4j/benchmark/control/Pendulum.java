package io.github.l2e4j.benchmark.control;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * Inverted pendulum swing-up, with the constants, integrator and reward of Gymnasium's
 * {@code Pendulum-v1} [1].
 *
 * <p><b>State</b> {@code s = (theta, thetadot)}: angle from the upright (rad, not wrapped) and
 * angular velocity (rad/s). <b>Observation</b> {@code (cos theta, sin theta, thetadot)}.
 *
 * <p><b>Dynamics.</b> A uniform rod of mass {@code m} and length {@code l} pivoting at one end,
 * under gravity {@code g} and torque {@code u} clipped to {@code [-2, 2]}:
 * {@code thetaddot = 3 g / (2 l) sin theta + 3 u / (m l^2)}. One semi-implicit Euler step of
 * {@code dt = 0.05 s}:
 * <pre>
 *   thetadot' = clip(thetadot + dt * thetaddot, -8, 8)
 *   theta'    = theta + dt * thetadot'
 * </pre>
 * Without torque and below the speed limit this conserves {@code thetadot^2 / 2 + 3 g / (2 l) cos theta}
 * up to the integrator's bounded O(dt) oscillation.
 *
 * <p><b>Action.</b> One policy output, clipped to the torque limit {@code [-2, 2]}.
 *
 * <p><b>Reward.</b> Computed on the state before the step and the clipped torque:
 * {@code r = -(normalize(theta)^2 + 0.1 thetadot^2 + 0.001 u^2)}, where {@code normalize} wraps
 * to {@code [-pi, pi)}; so {@code r} lies in {@code [-16.2736044, 0]}. No termination; every
 * episode lasts {@value #HORIZON} steps. Gym registers no solved threshold.
 *
 * <p><b>Start.</b> {@code theta} uniform in {@code [-pi, pi)}, {@code thetadot} uniform in
 * {@code [-1, 1)}.
 *
 * <p>References:
 * <ol>
 *   <li>Farama Foundation, Gymnasium, {@code classic_control/pendulum.py}, {@code Pendulum-v1}.</li>
 * </ol>
 */
public final class Pendulum implements ControlEnvironment {

    /** Gravity g (m/s^2); Gym's default for {@code Pendulum-v1}. */
    public static final double GRAVITY = 10.0;
    /** Mass m (kg). */
    public static final double MASS = 1.0;
    /** Length l (m). */
    public static final double LENGTH = 1.0;
    /** Time step dt (s). */
    public static final double TIME_STEP = 0.05;
    /** The angular velocity is clipped to [-MAX_SPEED, MAX_SPEED] (rad/s). */
    public static final double MAX_SPEED = 8.0;
    /** The torque is clipped to [-MAX_TORQUE, MAX_TORQUE] (N m). */
    public static final double MAX_TORQUE = 2.0;
    /** Weight of thetadot^2 in the cost. */
    public static final double VELOCITY_COST = 0.1;
    /** Weight of u^2 in the cost. */
    public static final double TORQUE_COST = 0.001;
    /** The start angular velocity is uniform in [-START_SPEED, START_SPEED). */
    public static final double START_SPEED = 1.0;
    /** Steps per episode ({@code Pendulum-v1}). */
    public static final int HORIZON = 200;

    private static final double TWO_PI = 2 * Math.PI;
    /** Gravity coefficient 3 g / (2 l) of thetaddot. */
    static final double GRAVITY_COEFFICIENT = 3 * GRAVITY / (2 * LENGTH);
    private static final double TORQUE_COEFFICIENT = 3.0 / (MASS * LENGTH * LENGTH);

    /** The environment (stateless). */
    public Pendulum() {
    }

    @Override
    public String name() {
        return "pendulum";
    }

    @Override
    public int stateSize() {
        return 2;
    }

    @Override
    public int observationSize() {
        return 3;
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
        return OptionalDouble.empty();
    }

    @Override
    public void reset(RandomGenerator random, double[] state) {
        state[0] = random.nextDouble(-Math.PI, Math.PI);
        state[1] = random.nextDouble(-START_SPEED, START_SPEED);
    }

    @Override
    public void observe(double[] state, double[] observation) {
        observation[0] = Math.cos(state[0]);
        observation[1] = Math.sin(state[0]);
        observation[2] = state[1];
    }

    /** Clips {@code outputs[0]} to the torque limit and applies it; returns minus the cost. */
    @Override
    public double step(double[] state, double[] outputs) {
        double u = clipTorque(outputs[0]);
        double theta = normalizeAngle(state[0]);
        double cost = theta * theta + VELOCITY_COST * state[1] * state[1] + TORQUE_COST * u * u;
        advance(state, u);
        return -cost;
    }

    /** One semi-implicit Euler step under the torque {@code control}, clipped to [-2, 2] (N m). */
    @Override
    public void advance(double[] state, double control) {
        double u = clipTorque(control);
        double thetaDot = state[1] + (GRAVITY_COEFFICIENT * Math.sin(state[0]) + TORQUE_COEFFICIENT * u) * TIME_STEP;
        thetaDot = Math.max(-MAX_SPEED, Math.min(MAX_SPEED, thetaDot));
        state[0] = state[0] + thetaDot * TIME_STEP;
        state[1] = thetaDot;
    }

    /** Never: the pendulum only stops at the horizon. */
    @Override
    public boolean isTerminal(double[] state) {
        return false;
    }

    /**
     * The angle wrapped to {@code [-pi, pi)}: {@code ((theta + pi) mod 2 pi) - pi} with a floored
     * modulo, as the reference's {@code angle_normalize}.
     */
    public static double normalizeAngle(double theta) {
        double shifted = theta + Math.PI;
        return shifted - TWO_PI * Math.floor(shifted / TWO_PI) - Math.PI;
    }

    private static double clipTorque(double u) {
        return Math.max(-MAX_TORQUE, Math.min(MAX_TORQUE, u));
    }

    @Override
    public String toString() {
        return "Pendulum-v1";
    }
}
