package io.github.l2e4j.benchmark.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MountainCarContinuousTest {

    /** Bang-bang energy pumping at 60% power: push along the velocity. */
    static final Controller PUMP = (o, out) -> out[0] = o[1] >= 0 ? 0.6 : -0.6;

    private final MountainCarContinuous env = new MountainCarContinuous();

    @Test
    void zeroForceNeverReachesTheGoal() {
        ControlProblem p = ControlProblem.builder(ControlTask.MOUNTAINCAR_CONTINUOUS).episodes(50).build();
        assertThat(p.rollouts((o, out) -> out[0] = 0)).allSatisfy(r -> {
            assertThat(r.terminated()).isFalse();
            assertThat(r.steps()).isEqualTo(MountainCarContinuous.HORIZON);
            assertThat(r.totalReturn()).isZero();
        });
    }

    @Test
    void fullThrottleFromTheBottomCannotClimbTheHill() {
        double[] s = {-0.5, 0};
        double highest = s[0];
        for (int t = 0; t < MountainCarContinuous.HORIZON; t++) {
            env.advance(s, 1.0);
            highest = Math.max(highest, s[0]);
        }
        assertThat(highest).isLessThan(MountainCarContinuous.GOAL_POSITION);
    }

    @Test
    void oneStepMatchesTheUpdateRule() {
        double[] s = {-0.3, 0.01};
        env.advance(s, 0.5);
        double v = 0.01 + 0.5 * 0.0015 - 0.0025 * Math.cos(3 * -0.3);
        assertThat(s[1]).isCloseTo(v, within(ControlTolerances.STEP));
        assertThat(s[0]).isCloseTo(-0.3 + v, within(ControlTolerances.STEP));
    }

    @Test
    void leftWallIsInelasticAndSpeedIsClipped() {
        double[] s = {-1.19, -0.07};
        env.advance(s, -1.0);
        assertThat(s).containsExactly(MountainCarContinuous.MIN_POSITION, 0.0);
        double[] fast = {-0.5, 0.0699};
        env.advance(fast, 1.0);
        assertThat(fast[1]).isEqualTo(MountainCarContinuous.MAX_SPEED);
    }

    @Test
    void goalNeedsPositionAndNonNegativeVelocity() {
        assertThat(env.isTerminal(new double[] {0.45, 0.0})).isTrue();
        assertThat(env.isTerminal(new double[] {0.45, -0.001})).isFalse();
        assertThat(env.isTerminal(new double[] {Math.nextDown(0.45), 0.05})).isFalse();
    }

    @Test
    void rewardIsTheGoalBonusMinusTheActionCostOfTheClippedForce() {
        double[] nearGoal = {0.44, 0.07};
        assertThat(env.step(nearGoal, new double[] {3.0})).isCloseTo(100 - 0.1, within(ControlTolerances.RETURN));
        assertThat(env.step(new double[] {-0.5, 0}, new double[] {-0.5})).isCloseTo(-0.025, within(ControlTolerances.RETURN));
    }

    @Test
    void energyPumpingSolvesTheTask() {
        ControlProblem p = ControlProblem.builder(ControlTask.MOUNTAINCAR_CONTINUOUS).episodes(100).build();
        List<EpisodeResult> pump = p.rollouts(PUMP);
        assertThat(pump).allSatisfy(r -> assertThat(r.terminated()).isTrue());
        assertThat(pump.stream().mapToDouble(EpisodeResult::totalReturn).average().orElseThrow())
                .isGreaterThan(MountainCarContinuous.REWARD_THRESHOLD);
        // Full power reaches the goal too, but pays too much for it to count as solved.
        List<EpisodeResult> full = p.rollouts((o, out) -> out[0] = o[1] >= 0 ? 1 : -1);
        assertThat(full).allSatisfy(r -> {
            assertThat(r.terminated()).isTrue();
            assertThat(r.totalReturn()).isCloseTo(100 - 0.1 * r.steps(), within(ControlTolerances.RETURN));
        });
    }

    @Test
    void startsAtRestInTheValley() {
        ControlProblem p = ControlProblem.builder(ControlTask.MOUNTAINCAR_CONTINUOUS).episodes(100).build();
        for (int e = 0; e < 100; e++) {
            double[] s = p.startState(e);
            assertThat(s[0]).isBetween(-0.6, -0.4);
            assertThat(s[1]).isZero();
        }
    }
}
