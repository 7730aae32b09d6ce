package io.github.l2e4j.benchmark.control;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * Cart-pole balancing [1], with the constants, integrator, reward and limits of Gymnasium's
 * {@code CartPole-v1} [2].
 *
 * <p><b>State and observation</b> {@code s = (x, xdot, theta, thetadot)}: cart position (m), cart
 * velocity (m/s), pole angle from the upright (rad) and its rate (rad/s). The observation is the
 * state.
 *
 * <p><b>Dynamics.</b> With force {@code F}, gravity {@code g}, cart mass {@code m_c}, pole mass
 * {@code m_p}, half pole length {@code l} and {@code M = m_c + m_p}, the frictionless equations of
 * [1] (as corrected in [3]) are
 * <pre>
 *   temp      = (F + m_p l thetadot^2 sin theta) / M
 *   thetaddot = (g sin theta - cos theta * temp) / (l (4/3 - m_p cos^2 theta / M))
 *   xddot     = temp - m_p l thetaddot cos theta / M
 * </pre>
 * integrated by one explicit Euler step of {@code tau = 0.02 s} (all updates use the old state):
 * {@code x += tau xdot, xdot += tau xddot, theta += tau thetadot, thetadot += tau thetaddot}.
 *
 * <p><b>Action.</b> One policy output {@code o}: push right ({@code F = +10 N}) if {@code o > 0},
 * otherwise push left ({@code F = -10 N}); there is no "no push" action.
 *
 * <p><b>Reward and end.</b> Reward +1 for every step, including the one that ends the episode.
 * The episode terminates when {@code |x| > 2.4} or {@code |theta| > 12 deg} (strictly) after a step,
 * and is truncated after {@value #HORIZON} steps; the return is the number of steps survived, at
 * most 500. Solved at a return of {@value #REWARD_THRESHOLD}.
 *
 * <p><b>Start.</b> Each state component uniform in {@code [-0.05, 0.05)}.
 *
 * <p>References:
 * <ol>
 *   <li>A. G. Barto, R. S. Sutton, C. W. Anderson, "Neuronlike adaptive elements that can solve
 *       difficult learning control problems", IEEE Trans. SMC 13(5), 1983.</li>
 *   <li>Farama Foundation, Gymnasium, {@code classic_control/cartpole.py}, {@code CartPole-v1}.</li>
 *   <li>R. V. Florian, "Correct equations for the dynamics of the cart-pole system", 2007.</li>
 * </ol>
 */
public final class CartPole implements ControlEnvironment {

    /** Gravity g (m/s^2). */
    public static final double GRAVITY = 9.8;
    /** Cart mass m_c (kg). */
    public static final double CART_MASS = 1.0;
    /** Pole mass m_p (kg). */
    public static final double POLE_MASS = 0.1;
    /** Half the pole length l (m): the distance from the pivot to the pole's centre of mass. */
    public static final double HALF_POLE_LENGTH = 0.5;
    /** Magnitude of the force applied to the cart (N). */
    public static final double FORCE_MAGNITUDE = 10.0;
    /** Euler time step tau (s). */
    public static final double TIME_STEP = 0.02;
    /** The episode fails when |x| exceeds this (m). */
    public static final double POSITION_THRESHOLD = 2.4;
    /** The episode fails when |theta| exceeds this: 12 degrees in radians. */
    public static final double ANGLE_THRESHOLD = 12 * 2 * Math.PI / 360;
    /** Each start state component is uniform in [-START_RANGE, START_RANGE). */
    public static final double START_RANGE = 0.05;
    /** Steps per episode ({@code CartPole-v1}). */
    public static final int HORIZON = 500;
    /** Return at which {@code CartPole-v1} counts as solved. */
    public static final double REWARD_THRESHOLD = 475.0;

    private static final double TOTAL_MASS = CART_MASS + POLE_MASS;
    private static final double POLE_MASS_LENGTH = POLE_MASS * HALF_POLE_LENGTH;

    /** The environment (stateless; one instance is as good as another). */
    public CartPole() {
    }

    @Override
    public String name() {
        return "cartpole";
    }

    @Override
    public int stateSize() {
        return 4;
    }

    @Override
    public int observationSize() {
        return 4;
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
        for (int i = 0; i < 4; i++) {
            state[i] = random.nextDouble(-START_RANGE, START_RANGE);
        }
    }

    @Override
    public void observe(double[] state, double[] observation) {
        System.arraycopy(state, 0, observation, 0, 4);
    }

    /** Applies {@code +F} if {@code outputs[0] > 0}, else {@code -F}; the reward is 1. */
    @Override
    public double step(double[] state, double[] outputs) {
        advance(state, outputs[0] > 0 ? FORCE_MAGNITUDE : -FORCE_MAGNITUDE);
        return 1.0;
    }

    /** One Euler step under the force {@code control} (N); the environment only uses +-10 N. */
    @Override
    public void advance(double[] state, double control) {
        double x = state[0];
        double xDot = state[1];
        double theta = state[2];
        double thetaDot = state[3];
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double temp = (control + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sin - cos * temp)
                / (HALF_POLE_LENGTH * (4.0 / 3.0 - POLE_MASS * cos * cos / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
        state[0] = x + TIME_STEP * xDot;
        state[1] = xDot + TIME_STEP * xAcc;
        state[2] = theta + TIME_STEP * thetaDot;
        state[3] = thetaDot + TIME_STEP * thetaAcc;
    }

    /** {@code |x| > 2.4} or {@code |theta| > 12 deg}. */
    @Override
    public boolean isTerminal(double[] state) {
        return state[0] < -POSITION_THRESHOLD || state[0] > POSITION_THRESHOLD
                || state[2] < -ANGLE_THRESHOLD || state[2] > ANGLE_THRESHOLD;
    }

    @Override
    public String toString() {
        return "CartPole-v1";
    }
}
