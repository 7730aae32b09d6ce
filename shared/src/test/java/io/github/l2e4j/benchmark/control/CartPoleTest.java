package io.github.l2e4j.benchmark.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CartPoleTest {

    /** The LQR-like reference: push right when x + xdot + 10 theta + 2 thetadot > 0. */
    static final double[] REFERENCE_WEIGHTS = {1.0, 1.0, 10.0, 2.0, 0.0};

    private final CartPole env = new CartPole();

    @Test
    void publishedConstants() {
        assertThat(CartPole.ANGLE_THRESHOLD).isCloseTo(Math.toRadians(12), within(ControlTolerances.STEP));
        assertThat(CartPole.POSITION_THRESHOLD).isEqualTo(2.4);
        assertThat(CartPole.TIME_STEP).isEqualTo(0.02);
        assertThat(env.horizon()).isEqualTo(500);
        assertThat(env.rewardThreshold()).hasValue(475.0);
    }

    @Test
    void oneStepFromRestMatchesTheClosedForm() {
        // theta = thetadot = 0, F = +10: xddot = 4400/451, thetaddot = -600/41 (exact fractions).
        double[] s = {0, 0, 0, 0};
        env.step(s, new double[] {1});
        assertThat(s[0]).isZero();
        assertThat(s[1]).isCloseTo(0.02 * 4400.0 / 451.0, within(ControlTolerances.STEP));
        assertThat(s[2]).isZero();
        assertThat(s[3]).isCloseTo(0.02 * -600.0 / 41.0, within(ControlTolerances.STEP));
    }

    @Test
    void nonPositiveOutputPushesLeft() {
        double[] zero = {0, 0, 0, 0};
        double[] negative = {0, 0, 0, 0};
        env.step(zero, new double[] {0.0});
        env.step(negative, new double[] {-3.0});
        assertThat(zero[1]).isNegative().isEqualTo(negative[1]);
    }

    @Test
    void unforcedPoleFallsAndTerminatesJustPastTwelveDegrees() {
        double[] s = {0, 0, 0.01, 0};
        double previousTheta = s[2];
        int steps = 0;
        while (!env.isTerminal(s)) {
            previousTheta = s[2];
            env.advance(s, 0);
            steps++;
            assertThat(steps).isLessThan(500);
            assertThat(s[2]).isGreaterThanOrEqualTo(previousTheta);
        }
        assertThat(previousTheta).isLessThanOrEqualTo(CartPole.ANGLE_THRESHOLD);
        assertThat(s[2]).isGreaterThan(CartPole.ANGLE_THRESHOLD);
        assertThat(Math.abs(s[0])).isLessThan(CartPole.POSITION_THRESHOLD);
        assertThat(steps).isBetween(30, 70);
    }

    @Test
    void thresholdsAreStrict() {
        assertThat(env.isTerminal(new double[] {2.4, 0, 0, 0})).isFalse();
        assertThat(env.isTerminal(new double[] {Math.nextUp(2.4), 0, 0, 0})).isTrue();
        assertThat(env.isTerminal(new double[] {-Math.nextUp(2.4), 0, 0, 0})).isTrue();
        assertThat(env.isTerminal(new double[] {0, 0, CartPole.ANGLE_THRESHOLD, 0})).isFalse();
        assertThat(env.isTerminal(new double[] {0, 0, Math.nextUp(CartPole.ANGLE_THRESHOLD), 0})).isTrue();
        assertThat(env.isTerminal(new double[] {0, 0, -Math.nextUp(CartPole.ANGLE_THRESHOLD), 0})).isTrue();
        assertThat(env.isTerminal(new double[] {0, 100, 0, 100})).isFalse();
    }

    @Test
    void zeroPolicyAlwaysPushesLeftAndFailsFast() {
        ControlProblem p = ControlProblem.builder(ControlTask.CARTPOLE).episodes(20).build();
        for (EpisodeResult r : p.rollouts(new double[5])) {
            assertThat(r.terminated()).isTrue();
            assertThat(r.totalReturn()).isEqualTo(r.steps()).isLessThan(CartPole.REWARD_THRESHOLD);
        }
    }

    @Test
    void referenceControllerBalancesForTheWholeHorizonFromEveryStart() {
        ControlProblem p = ControlProblem.builder(ControlTask.CARTPOLE).episodes(100).build();
        List<EpisodeResult> runs = p.rollouts(REFERENCE_WEIGHTS);
        assertThat(runs).hasSize(100).allSatisfy(r -> {
            assertThat(r.terminated()).isFalse();
            assertThat(r.steps()).isEqualTo(CartPole.HORIZON);
            assertThat(r.totalReturn()).isEqualTo(500.0);
        });
        assertThat(ControlProblem.builder(ControlTask.CARTPOLE).build().value(REFERENCE_WEIGHTS)).isEqualTo(-500.0);
    }

    @Test
    void startStatesAreSmall() {
        ControlProblem p = ControlProblem.builder(ControlTask.CARTPOLE).episodes(200).build();
        for (int e = 0; e < 200; e++) {
            for (double v : p.startState(e)) {
                assertThat(v).isBetween(-CartPole.START_RANGE, CartPole.START_RANGE);
            }
        }
    }
}
