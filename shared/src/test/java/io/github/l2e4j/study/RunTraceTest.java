package io.github.l2e4j.study;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunTraceTest {

    @Test
    void checkpointsAreCocosTwentyPerDecadeAndOneTwoFiveTimesD() {
        // floor(10^(j/20)) = 1 1 2 2 3 3 3 4 5 5 6 7 8 8 10 11 12 14 ..., and 2, 4, 10, 20, 40 (1, 2, 5 x D x 10^k)
        assertThat(RunTrace.checkpoints(2, 60)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 25,
                28, 31, 35, 39, 40, 44, 50, 56);
        assertThat(RunTrace.checkpoints(30, 60)).contains(30, 60).doesNotContain(150);
    }

    @Test
    void recordsTheFirstBudgetEvaluationsHitsAndCocoEvents() {
        double[] values = {5, 3, Double.NaN, 2.5, 1.0001, 4, 1 + 1e-9, 0.5};
        int[] i = {0};
        RunTrace t = new RunTrace(x -> values[i[0]++], 1, 7, 1.0);
        for (int k = 0; k < values.length; k++) {
            t.value(new double[] {0});
        }
        assertThat(t.evaluations()).isEqualTo(7);
        assertThat(t.best()).isEqualTo(1 + 1e-9);
        long[] hits = t.hits();
        assertThat(hits[0]).isEqualTo(1);   // 5 - 1 = 4 <= 100
        assertThat(hits[10]).isEqualTo(5);  // target f* + 1 = 2: 2.5 misses it, 1.0001 (evaluation 5) reaches it
        Trace tr = t.trace();
        assertThat(tr.overBudget()).isEqualTo(1);
        assertThat(tr.improvementEvaluations()).containsExactly(1, 2, 4, 5, 7);
        assertThat(tr.checkpointEvaluations()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(tr.checkpointValues()[2]).isNaN();
        assertThat(tr.checkpointBest()[2]).isEqualTo(3.0);
        assertThat(tr.bestAt(6)).isEqualTo(1.0001);
        assertThat(tr.bestAt(1000)).isEqualTo(1 + 1e-9);
        assertThat(tr.bestAt(0)).isNaN();
        assertThat(Trace.parse(tr.improvementsText(), tr.checkpointsText(), 1)).isEqualTo(tr);
    }

    @Test
    void aLastEvaluationThatIsNoCheckpointIsAddedAtTheEnd() {
        RunTrace t = new RunTrace(x -> 1, 5, 100, Double.NaN);
        for (int k = 0; k < 9; k++) {
            t.value(new double[] {0});
        }
        long[] e = t.trace().checkpointEvaluations();
        assertThat(e[e.length - 1]).isEqualTo(9);
        assertThat(t.trace().improvementEvaluations()).isEmpty();
        assertThat(t.hits()).containsOnly(-1);
        assertThatThrownBy(() -> new RunTrace(x -> 0, 0, 10, 0)).hasMessage("dimension must be >= 1, was 0");
    }
}
