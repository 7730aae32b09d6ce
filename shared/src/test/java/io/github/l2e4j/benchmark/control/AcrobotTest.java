package io.github.l2e4j.benchmark.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AcrobotTest {

    /** Torque in the direction of the elbow's rate: +1 if dtheta2 > 0, else -1. */
    static final Controller ELBOW_PUMP = (o, out) -> {
        out[0] = o[5] > 0 ? 0 : 1;
        out[1] = 0;
        out[2] = o[5] > 0 ? 1 : 0;
    };

    private final Acrobot env = new Acrobot();

    @Test
    void terminationHeightIsOneLinkAboveThePivot() {
        assertThat(env.isTerminal(new double[] {0, 0, 0, 0})).isFalse();
        assertThat(Acrobot.height(new double[] {0, 0, 0, 0})).isEqualTo(-2.0);
        assertThat(env.isTerminal(new double[] {Math.PI, 0, 0, 0})).isTrue();
        // First link horizontal, second straight up: the tip is exactly 1 above the pivot, not more.
        double[] edge = {Math.PI / 2, Math.PI / 2, 0, 0};
        assertThat(Acrobot.height(edge)).isCloseTo(1.0, within(ControlTolerances.STEP));
        assertThat(env.isTerminal(edge)).isFalse();
        assertThat(env.isTerminal(new double[] {Math.PI / 2 + 0.01, Math.PI / 2, 0, 0})).isTrue();
    }

    @Test
    void zeroTorqueConservesEnergyUnderRk4() {
        for (double[] start : List.of(new double[] {0.5, -0.3, 0, 0}, new double[] {2.5, 1.0, 0, 0},
                new double[] {-1.0, 2.0, 1.0, -2.0})) {
            double[] s = start.clone();
            double e0 = Acrobot.energy(s);
            for (int t = 0; t < 10; t++) {
                env.advance(s, 0);
                assertThat(Acrobot.energy(s)).isCloseTo(e0, within(ControlTolerances.ACROBOT_ENERGY));
            }
        }
    }

    @Test
    void hangingAtRestIsAnEquilibrium() {
        double[] s = {0, 0, 0, 0};
        for (int t = 0; t < 100; t++) {
            env.advance(s, 0);
        }
        assertThat(s).containsExactly(new double[] {0, 0, 0, 0}, within(ControlTolerances.STEP));
    }

    @Test
    void anglesStayWrappedAndRatesBounded() {
        double[] s = {0, 0, 0, 0};
        for (int t = 0; t < 200; t++) {
            env.advance(s, t % 20 < 10 ? 50.0 : -50.0);
            assertThat(s[0]).isBetween(-Math.PI, Math.PI);
            assertThat(s[1]).isBetween(-Math.PI, Math.PI);
            assertThat(Math.abs(s[2])).isLessThanOrEqualTo(Acrobot.MAX_VELOCITY_1);
            assertThat(Math.abs(s[3])).isLessThanOrEqualTo(Acrobot.MAX_VELOCITY_2);
        }
        assertThat(Acrobot.wrap(3 * Math.PI / 2)).isCloseTo(-Math.PI / 2, within(ControlTolerances.STEP));
        assertThat(Acrobot.wrap(-5 * Math.PI / 2)).isCloseTo(-Math.PI / 2, within(ControlTolerances.STEP));
        assertThat(Acrobot.wrap(1e6)).isBetween(-Math.PI, Math.PI);
    }

    @Test
    void largestOutputSelectsTheTorqueAndTiesGoToTheFirst() {
        double[] start = {0.1, -0.05, 0.02, 0.03};
        for (int a = 0; a < 3; a++) {
            double[] viaStep = start.clone();
            double[] viaAdvance = start.clone();
            double[] outputs = {0, 0, 0};
            outputs[a] = 1;
            env.step(viaStep, outputs);
            env.advance(viaAdvance, a - 1.0);
            assertThat(viaStep).containsExactly(viaAdvance);
        }
        double[] tie = start.clone();
        double[] left = start.clone();
        env.step(tie, new double[] {0, 0, 0});
        env.advance(left, -1.0);
        assertThat(tie).containsExactly(left);
    }

    @Test
    void rewardIsMinusOneUntilTheGoalStepWhichIsZero() {
        ControlProblem p = ControlProblem.builder(ControlTask.ACROBOT).episodes(30).build();
        for (EpisodeResult r : p.rollouts(ELBOW_PUMP)) {
            assertThat(r.terminated()).isTrue();
            assertThat(r.totalReturn()).isEqualTo(-(r.steps() - 1.0));
        }
        for (EpisodeResult r : p.rollouts(new double[p.dimension()])) {
            assertThat(r.terminated()).isFalse();
            assertThat(r.totalReturn()).isEqualTo(-500.0);
        }
    }

    @Test
    void elbowPumpingSolvesTheTaskAndIdlingDoesNot() {
        ControlProblem p = ControlProblem.builder(ControlTask.ACROBOT).episodes(100).build();
        double pump = p.rollouts(ELBOW_PUMP).stream().mapToDouble(EpisodeResult::totalReturn).average().orElseThrow();
        assertThat(pump).isGreaterThan(Acrobot.REWARD_THRESHOLD);
        assertThat(p.rollouts((o, out) -> {
            out[0] = 0;
            out[1] = 1;
            out[2] = 0;
        })).allSatisfy(r -> assertThat(r.totalReturn()).isEqualTo(-500.0));
    }

    @Test
    void observationIsCosSinOfBothAnglesAndTheRates() {
        double[] o = new double[6];
        env.observe(new double[] {0.3, -1.1, 2.0, -3.0}, o);
        assertThat(o).containsExactly(Math.cos(0.3), Math.sin(0.3), Math.cos(-1.1), Math.sin(-1.1), 2.0, -3.0);
    }
}
