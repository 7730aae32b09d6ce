package io.github.l2e4j.benchmark.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PendulumTest {

    /** Depth of the potential, 3 g / (2 l). */
    private static final double K = 15.0;

    private final Pendulum env = new Pendulum();

    /**
     * Energy pumping then PD stabilisation: far from the top apply {@code 0.5 (E* - E) thetadot}
     * with {@code E = thetadot^2 / 2 + 15 cos theta}, {@code E* = 15}; once {@code cos theta > 0.9}
     * apply {@code -(10 theta + 2 thetadot)}.
     */
    static final Controller SWING_UP = (o, out) -> {
        double theta = Math.atan2(o[1], o[0]);
        double w = o[2];
        if (o[0] > 0.9) {
            out[0] = -(10 * theta + 2 * w);
        } else {
            double energy = 0.5 * w * w + K * o[0];
            out[0] = 0.5 * (K - energy) * w;
        }
    };

    private static double energy(double[] s) {
        return 0.5 * s[1] * s[1] + K * Math.cos(s[0]);
    }

    private static final List<double[]> SWINGS = List.of(
            new double[] {Math.PI - 0.5, 0}, new double[] {2.0, 0}, new double[] {3.0, 1.5});

    @Test
    void zeroTorqueConservesEnergyApproximatelyOverAFewSteps() {
        for (double[] start : List.of(new double[] {Math.PI - 0.5, 0}, new double[] {3.0, 1.5})) {
            double[] s = start.clone();
            double e0 = energy(s);
            for (int t = 0; t < 10; t++) {
                env.advance(s, 0);
                assertThat(energy(s)).isCloseTo(e0, within(ControlTolerances.PENDULUM_ENERGY));
            }
        }
    }

    @Test
    void zeroTorqueConservesTheIntegratorsModifiedEnergyOverTheHorizon() {
        // Semi-implicit Euler is symplectic: it conserves H - (dt/2) thetadot * dH/dtheta up to O(dt^2),
        // so the energy error stays bounded instead of drifting.
        double h = Pendulum.TIME_STEP;
        for (double[] start : SWINGS) {
            double[] s = start.clone();
            double m0 = energy(s) + h / 2 * s[1] * K * Math.sin(s[0]);
            for (int t = 0; t < Pendulum.HORIZON; t++) {
                env.advance(s, 0);
                assertThat(Math.abs(s[1])).isLessThan(Pendulum.MAX_SPEED);
                double m = energy(s) + h / 2 * s[1] * K * Math.sin(s[0]);
                assertThat(m).isCloseTo(m0, within(ControlTolerances.PENDULUM_MODIFIED_ENERGY));
            }
        }
    }

    @Test
    void hangingAtRestStaysAndUprightIsUnstable() {
        double[] down = {Math.PI, 0};
        double[] up = {1e-6, 0};
        for (int t = 0; t < 50; t++) {
            env.advance(down, 0);
            env.advance(up, 0);
        }
        assertThat(down[0]).isCloseTo(Math.PI, within(1e-9));
        assertThat(up[0]).isGreaterThan(1e-3);
    }

    @Test
    void oneStepMatchesTheSemiImplicitEulerFormula() {
        double[] s = {0.3, -0.4};
        env.advance(s, 1.5);
        double w = -0.4 + (K * Math.sin(0.3) + 3.0 * 1.5) * 0.05;
        assertThat(s[1]).isCloseTo(w, within(ControlTolerances.STEP));
        assertThat(s[0]).isCloseTo(0.3 + 0.05 * w, within(ControlTolerances.STEP));
    }

    @Test
    void torqueAndSpeedAreClipped() {
        double[] a = {1.0, 0.5};
        double[] b = {1.0, 0.5};
        double ra = env.step(a, new double[] {2.0});
        double rb = env.step(b, new double[] {100.0});
        assertThat(a).containsExactly(b);
        assertThat(ra).isEqualTo(rb);
        double[] fast = {0.0, 7.9};
        env.advance(fast, 2.0);
        assertThat(fast[1]).isEqualTo(Pendulum.MAX_SPEED);
    }

    @Test
    void rewardIsMinusTheCostOfTheStateBeforeTheStep() {
        assertThat(env.step(new double[] {0, 0}, new double[] {0})).isZero();
        assertThat(env.step(new double[] {2 * Math.PI, 0}, new double[] {0})).isCloseTo(0, within(ControlTolerances.STEP));
        assertThat(env.step(new double[] {Math.PI, 0}, new double[] {0})).isCloseTo(-Math.PI * Math.PI,
                within(ControlTolerances.STEP));
        // The published worst reward -(pi^2 + 0.1 * 8^2 + 0.001 * 2^2) = -16.2736044.
        assertThat(env.step(new double[] {Math.PI, 8}, new double[] {-5})).isCloseTo(-16.2736044, within(1e-7));
    }

    @Test
    void angleNormalisationWrapsIntoMinusPiToPi() {
        assertThat(Pendulum.normalizeAngle(0.5)).isCloseTo(0.5, within(ControlTolerances.STEP));
        assertThat(Pendulum.normalizeAngle(0.5 + 4 * Math.PI)).isCloseTo(0.5, within(ControlTolerances.STEP));
        assertThat(Pendulum.normalizeAngle(-0.5 - 6 * Math.PI)).isCloseTo(-0.5, within(ControlTolerances.STEP));
        assertThat(Pendulum.normalizeAngle(Math.PI)).isCloseTo(-Math.PI, within(ControlTolerances.STEP));
    }

    @Test
    void observationIsCosSinAndRate() {
        double[] o = new double[3];
        env.observe(new double[] {0.7, -1.25}, o);
        assertThat(o).containsExactly(Math.cos(0.7), Math.sin(0.7), -1.25);
    }

    @Test
    void episodesLastTheWholeHorizon() {
        ControlProblem p = ControlProblem.builder(ControlTask.PENDULUM).episodes(5).build();
        assertThat(p.rollouts(new double[p.dimension()]))
                .allSatisfy(r -> assertThat(r.steps()).isEqualTo(Pendulum.HORIZON))
                .allSatisfy(r -> assertThat(r.terminated()).isFalse());
    }

    @Test
    void swingUpControllerBeatsDoingNothing() {
        ControlProblem p = ControlProblem.builder(ControlTask.PENDULUM).episodes(100).build();
        double swingUp = mean(p.rollouts(SWING_UP));
        double idle = mean(p.rollouts((o, out) -> out[0] = 0));
        assertThat(swingUp).isGreaterThan(-200);
        assertThat(idle).isLessThan(-1000);
    }

    private static double mean(List<EpisodeResult> runs) {
        return runs.stream().mapToDouble(EpisodeResult::totalReturn).average().orElseThrow();
    }
}
