package io.github.l2e4j.benchmark.control;

/** The numerical tolerances of the control tests, in one place. */
final class ControlTolerances {

    /** Closed-form single-step checks (a handful of floating-point operations). */
    static final double STEP = 1e-12;
    /**
     * Largest change of the pendulum's energy {@code thetadot^2 / 2 + 15 cos theta} over ten
     * zero-torque steps, for small swings (within 0.6 rad of the bottom): the semi-implicit Euler
     * step makes it oscillate with amplitude {@code (dt/2) |thetadot| 15 |sin theta|} = O(dt);
     * 2% of the potential depth 15.
     */
    static final double PENDULUM_ENERGY = 0.3;
    /**
     * Largest change of the pendulum's first-order modified energy
     * {@code E + (dt/2) thetadot 15 sin theta} over a zero-torque horizon of 200 steps, swings up
     * to 2 rad from the bottom (the remaining error is O(dt^2)).
     */
    static final double PENDULUM_MODIFIED_ENERGY = 0.03;
    /**
     * Largest change of the acrobot's energy over ten zero-torque RK4 steps of 0.2 s; 0.25% of the
     * 39.2 J between the lowest and highest potential energy.
     */
    static final double ACROBOT_ENERGY = 0.1;
    /** Returns summed from rewards of 1, -1, 0, or of the form 100 - 0.1 f^2 (exact up to rounding). */
    static final double RETURN = 1e-9;

    private ControlTolerances() {
    }
}
