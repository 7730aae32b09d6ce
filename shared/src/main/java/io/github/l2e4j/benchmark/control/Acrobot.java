package io.github.l2e4j.benchmark.control;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * The acrobot swing-up [1, 2], with the "book" dynamics, RK4 integration, constants and reward
 * of Gymnasium's {@code Acrobot-v1} [3].
 *
 * <p><b>State</b> {@code s = (theta1, theta2, dtheta1, dtheta2)}: the angle of the first link
 * from hanging straight down, the angle of the second link relative to the first, and their
 * rates. <b>Observation</b> {@code (cos theta1, sin theta1, cos theta2, sin theta2, dtheta1, dtheta2)}.
 *
 * <p><b>Dynamics.</b> Two links of mass {@code m1 = m2 = 1}, length {@code l1 = l2 = 1}, centre of
 * mass at {@code lc1 = lc2 = 0.5}, moment of inertia {@code I1 = I2 = 1}, gravity
 * {@code g = 9.8}, torque {@code a} on the joint between the links:
 * <pre>
 *   d1 = m1 lc1^2 + m2 (l1^2 + lc2^2 + 2 l1 lc2 cos theta2) + I1 + I2
 *   d2 = m2 (lc2^2 + l1 lc2 cos theta2) + I2
 *   phi2 = m2 lc2 g cos(theta1 + theta2 - pi/2)
 *   phi1 = -m2 l1 lc2 dtheta2^2 sin theta2 - 2 m2 l1 lc2 dtheta2 dtheta1 sin theta2
 *          + (m1 lc1 + m2 l1) g cos(theta1 - pi/2) + phi2
 *   ddtheta2 = (a + d2/d1 phi1 - m2 l1 lc2 dtheta1^2 sin theta2 - phi2) / (m2 lc2^2 + I2 - d2^2/d1)
 *   ddtheta1 = -(d2 ddtheta2 + phi1) / d1
 * </pre>
 * (the book's equations [2]; the NIPS paper [1] omits the {@code dtheta1^2} term). One classical
 * fourth-order Runge-Kutta step of {@code dt = 0.2 s} with the torque held constant, then both
 * angles are wrapped into {@code [-pi, pi]} and the rates clipped to {@code [-4 pi, 4 pi]} and
 * {@code [-9 pi, 9 pi]}. With zero torque the energy
 * {@code (1/2) qdot^T [[d1, d2], [d2, m2 lc2^2 + I2]] qdot - (m1 lc1 + m2 l1) g cos theta1 - m2 lc2 g cos(theta1 + theta2)}
 * is conserved by the exact flow.
 *
 * <p><b>Action.</b> Three policy outputs; the index of the largest (the first on ties) selects
 * the torque {@code -1}, {@code 0} or {@code +1} N m.
 *
 * <p><b>Reward and end.</b> The episode terminates when the free end is more than one link
 * length above the pivot, {@code -cos theta1 - cos(theta1 + theta2) > 1}, after a step; reward
 * {@code -1} for every step that does not reach it and {@code 0} for the one that does.
 * Truncated after {@value #HORIZON} steps (return {@code -500}). Solved at a return of
 * {@value #REWARD_THRESHOLD}.
 *
 * <p><b>Start.</b> Each state component uniform in {@code [-0.1, 0.1)}.
 *
 * <p>References:
 * <ol>
 *   <li>R. S. Sutton, "Generalization in reinforcement learning: successful examples using
 *       sparse coarse coding", NIPS 8, 1996.</li>
 *   <li>R. S. Sutton, A. G. Barto, <i>Reinforcement Learning: An Introduction</i>, MIT Press.</li>
 *   <li>Farama Foundation, Gymnasium, {@code classic_control/acrobot.py}, {@code Acrobot-v1}.</li>
 * </ol>
 */
public final class Acrobot implements ControlEnvironment {

    /** Time step dt (s) of one RK4 step. */
    public static final double TIME_STEP = 0.2;
    /** Length l1 of link 1 (m). */
    public static final double LINK_LENGTH_1 = 1.0;
    /** Length l2 of link 2 (m); enters only the termination height. */
    public static final double LINK_LENGTH_2 = 1.0;
    /** Mass m1 of link 1 (kg). */
    public static final double LINK_MASS_1 = 1.0;
    /** Mass m2 of link 2 (kg). */
    public static final double LINK_MASS_2 = 1.0;
    /** Position lc1 of link 1's centre of mass (m). */
    public static final double LINK_COM_1 = 0.5;
    /** Position lc2 of link 2's centre of mass (m). */
    public static final double LINK_COM_2 = 0.5;
    /** Moment of inertia I1 = I2 of both links. */
    public static final double LINK_MOI = 1.0;
    /** Gravity g (m/s^2). */
    public static final double GRAVITY = 9.8;
    /** Limit of |dtheta1| (rad/s). */
    public static final double MAX_VELOCITY_1 = 4 * Math.PI;
    /** Limit of |dtheta2| (rad/s). */
    public static final double MAX_VELOCITY_2 = 9 * Math.PI;
    /** Magnitude of the torque of the two pushing actions (N m); the third action applies none. */
    public static final double TORQUE = 1.0;
    /** The episode ends when the free end's height above the pivot exceeds this (m). */
    public static final double GOAL_HEIGHT = 1.0;
    /** Each start state component is uniform in [-START_RANGE, START_RANGE). */
    public static final double START_RANGE = 0.1;
    /** Steps per episode ({@code Acrobot-v1}). */
    public static final int HORIZON = 500;
    /** Return at which {@code Acrobot-v1} counts as solved. */
    public static final double REWARD_THRESHOLD = -100.0;

    /** Torque of each discrete action, indexed by the winning output. */
    private static final double[] TORQUES = {-TORQUE, 0.0, TORQUE};
    /** Angles further than this from zero are reduced in one step before the wrapping loops. */
    private static final double WRAP_LOOP_LIMIT = 64 * Math.PI;
    private static final double HALF_PI = Math.PI / 2;
    private static final double TWO_PI = 2 * Math.PI;
    private static final double M2_L1_LC2 = LINK_MASS_2 * LINK_LENGTH_1 * LINK_COM_2;
    private static final double D22 = LINK_MASS_2 * LINK_COM_2 * LINK_COM_2 + LINK_MOI;

    /** The environment (stateless). */
    public Acrobot() {
    }

    @Override
    public String name() {
        return "acrobot";
    }

    @Override
    public int stateSize() {
        return 4;
    }

    @Override
    public int observationSize() {
        return 6;
    }

    @Override
    public int policyOutputs() {
        return 3;
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
        observation[0] = Math.cos(state[0]);
        observation[1] = Math.sin(state[0]);
        observation[2] = Math.cos(state[1]);
        observation[3] = Math.sin(state[1]);
        observation[4] = state[2];
        observation[5] = state[3];
    }

    /** Applies the torque of the largest output; reward 0 if the new state is terminal, else -1. */
    @Override
    public double step(double[] state, double[] outputs) {
        int best = 0;
        for (int i = 1; i < TORQUES.length; i++) {
            if (outputs[i] > outputs[best]) {
                best = i;
            }
        }
        advance(state, TORQUES[best]);
        return isTerminal(state) ? 0.0 : -1.0;
    }

    /** One RK4 step under the torque {@code control} (not clipped), then wrapping and velocity limits. */
    @Override
    public void advance(double[] state, double control) {
        double t1 = state[0];
        double t2 = state[1];
        double w1 = state[2];
        double w2 = state[3];
        double[] acc = new double[2];
        double h = TIME_STEP;
        double h2 = h / 2;

        accelerations(t1, t2, w1, w2, control, acc);
        double k1t1 = w1;
        double k1t2 = w2;
        double k1w1 = acc[0];
        double k1w2 = acc[1];

        double a2w1 = w1 + h2 * k1w1;
        double a2w2 = w2 + h2 * k1w2;
        accelerations(t1 + h2 * k1t1, t2 + h2 * k1t2, a2w1, a2w2, control, acc);
        double k2t1 = a2w1;
        double k2t2 = a2w2;
        double k2w1 = acc[0];
        double k2w2 = acc[1];

        double a3w1 = w1 + h2 * k2w1;
        double a3w2 = w2 + h2 * k2w2;
        accelerations(t1 + h2 * k2t1, t2 + h2 * k2t2, a3w1, a3w2, control, acc);
        double k3t1 = a3w1;
        double k3t2 = a3w2;
        double k3w1 = acc[0];
        double k3w2 = acc[1];

        double a4w1 = w1 + h * k3w1;
        double a4w2 = w2 + h * k3w2;
        accelerations(t1 + h * k3t1, t2 + h * k3t2, a4w1, a4w2, control, acc);
        double k4t1 = a4w1;
        double k4t2 = a4w2;
        double k4w1 = acc[0];
        double k4w2 = acc[1];

        double h6 = h / 6;
        state[0] = wrap(t1 + h6 * (k1t1 + 2 * k2t1 + 2 * k3t1 + k4t1));
        state[1] = wrap(t2 + h6 * (k1t2 + 2 * k2t2 + 2 * k3t2 + k4t2));
        state[2] = clip(w1 + h6 * (k1w1 + 2 * k2w1 + 2 * k3w1 + k4w1), MAX_VELOCITY_1);
        state[3] = clip(w2 + h6 * (k1w2 + 2 * k2w2 + 2 * k3w2 + k4w2), MAX_VELOCITY_2);
    }

    /** {@code -cos theta1 - cos(theta1 + theta2) > 1}. */
    @Override
    public boolean isTerminal(double[] state) {
        return height(state) > GOAL_HEIGHT;
    }

    /** Height of the free end above the pivot, {@code -l1 cos theta1 - l2 cos(theta1 + theta2)} (m). */
    public static double height(double[] state) {
        return -LINK_LENGTH_1 * Math.cos(state[0]) - LINK_LENGTH_2 * Math.cos(state[0] + state[1]);
    }

    /** The mechanical energy of a state (see the class comment). */
    public static double energy(double[] state) {
        double t1 = state[0];
        double t2 = state[1];
        double w1 = state[2];
        double w2 = state[3];
        double d1 = d1(t2);
        double d2 = d2(t2);
        double kinetic = 0.5 * (d1 * w1 * w1 + 2 * d2 * w1 * w2 + D22 * w2 * w2);
        double potential = -(LINK_MASS_1 * LINK_COM_1 + LINK_MASS_2 * LINK_LENGTH_1) * GRAVITY * Math.cos(t1)
                - LINK_MASS_2 * LINK_COM_2 * GRAVITY * Math.cos(t1 + t2);
        return kinetic + potential;
    }

    /** Writes (ddtheta1, ddtheta2) of the book dynamics into {@code acc}. */
    private static void accelerations(double t1, double t2, double w1, double w2, double torque, double[] acc) {
        double d1 = d1(t2);
        double d2 = d2(t2);
        double sin2 = Math.sin(t2);
        double phi2 = LINK_MASS_2 * LINK_COM_2 * GRAVITY * Math.cos(t1 + t2 - HALF_PI);
        double phi1 = -M2_L1_LC2 * w2 * w2 * sin2
                - 2 * M2_L1_LC2 * w2 * w1 * sin2
                + (LINK_MASS_1 * LINK_COM_1 + LINK_MASS_2 * LINK_LENGTH_1) * GRAVITY * Math.cos(t1 - HALF_PI)
                + phi2;
        double dd2 = (torque + d2 / d1 * phi1 - M2_L1_LC2 * w1 * w1 * sin2 - phi2) / (D22 - d2 * d2 / d1);
        acc[0] = -(d2 * dd2 + phi1) / d1;
        acc[1] = dd2;
    }

    private static double d1(double t2) {
        return LINK_MASS_1 * LINK_COM_1 * LINK_COM_1
                + LINK_MASS_2 * (LINK_LENGTH_1 * LINK_LENGTH_1 + LINK_COM_2 * LINK_COM_2
                + 2 * LINK_LENGTH_1 * LINK_COM_2 * Math.cos(t2))
                + 2 * LINK_MOI;
    }

    private static double d2(double t2) {
        return LINK_MASS_2 * (LINK_COM_2 * LINK_COM_2 + LINK_LENGTH_1 * LINK_COM_2 * Math.cos(t2)) + LINK_MOI;
    }

    /** Wraps into [-pi, pi] by whole turns, as the reference's {@code wrap}; non-finite values pass through. */
    static double wrap(double angle) {
        if (!Double.isFinite(angle)) {
            return angle;
        }
        double a = Math.abs(angle) > WRAP_LOOP_LIMIT ? Math.IEEEremainder(angle, TWO_PI) : angle;
        while (a > Math.PI) {
            a -= TWO_PI;
        }
        while (a < -Math.PI) {
            a += TWO_PI;
        }
        return a;
    }

    private static double clip(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    @Override
    public String toString() {
        return "Acrobot-v1";
    }
}
