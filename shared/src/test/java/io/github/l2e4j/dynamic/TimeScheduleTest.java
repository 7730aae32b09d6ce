package io.github.l2e4j.dynamic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeScheduleTest {

    /** The official MATLAB formula, written out independently. */
    private static double matlabTime(long tau, int taut, int nt) {
        int t0 = 50;
        long tauTmp = Math.max(tau + taut - (t0 + 1), 0);
        return 1.0 / nt * Math.floor((double) tauTmp / taut);
    }

    @Test
    void timeIsZeroForTheWarmUpThenChangesEveryFrequencyGenerations() {
        TimeSchedule s = TimeSchedule.of(10, 10);
        for (long tau = 1; tau <= 50; tau++) {
            assertThat(s.time(tau)).isZero();
            assertThat(s.environment(tau)).isZero();
        }
        assertThat(s.time(51)).isEqualTo(0.1);
        assertThat(s.time(60)).isEqualTo(0.1);
        assertThat(s.time(61)).isEqualTo(0.2);
        assertThat(s.environment(350)).isEqualTo(30);
        assertThat(s.time(350)).isEqualTo(3.0);
    }

    @Test
    void changesHappenExactlyAtTheDocumentedGenerations() {
        for (int[] setting : new int[][] {{10, 10}, {5, 10}, {10, 5}, {1, 1}}) {
            TimeSchedule s = TimeSchedule.of(setting[0], setting[1]);
            int taut = setting[1];
            for (long tau = 1; tau <= s.generations(30); tau++) {
                boolean documented = tau >= 51 && (tau - 51) % taut == 0;
                assertThat(s.changesAt(tau)).as("tau %d, setting (%d, %d)", tau, setting[0], taut).isEqualTo(documented);
                assertThat(s.time(tau)).isEqualTo(matlabTime(tau, taut, setting[0]));
            }
        }
    }

    @Test
    void environmentsSpanTheirFirstToLastGeneration() {
        TimeSchedule s = TimeSchedule.of(5, 10);
        assertThat(s.firstGeneration(0)).isEqualTo(1);
        assertThat(s.lastGeneration(0)).isEqualTo(50);
        assertThat(s.firstGeneration(1)).isEqualTo(51);
        assertThat(s.lastGeneration(1)).isEqualTo(60);
        assertThat(s.generations(30)).isEqualTo(350);
        for (int k = 0; k <= 30; k++) {
            assertThat(s.environment(s.firstGeneration(k))).isEqualTo(k);
            assertThat(s.environment(s.lastGeneration(k))).isEqualTo(k);
            assertThat(s.timeOf(k)).isEqualTo(1.0 / 5 * k); // as MATLAB: 1/nt*floor(...)
        }
        assertThat(s.lastGeneration(30)).isEqualTo(s.generations(30));
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        assertThatThrownBy(() -> TimeSchedule.of(0, 10)).hasMessageContaining("severity n_t must be >= 1, was 0");
        assertThatThrownBy(() -> TimeSchedule.of(10, -1)).hasMessageContaining("frequency tau_t must be >= 1, was -1");
        assertThatThrownBy(() -> new TimeSchedule(10, 10, 0)).hasMessageContaining("warmUp T0 must be >= 1");
        assertThatThrownBy(() -> TimeSchedule.of(10, 10).generations(-1)).hasMessageContaining("changes must be >= 0");
    }
}
