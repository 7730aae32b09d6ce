package io.github.l2e4j.optaplanner;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.buildin.simple.SimpleScore;
import org.optaplanner.core.api.score.buildin.simplebigdecimal.SimpleBigDecimalScore;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreScalarizerTest {

    @Test
    void betterScoresMinimiseToSmallerValues() {
        ScoreScalarizer s = ScoreScalarizer.lexicographic(ScoreScalarizer.DEFAULT_LEVEL_WEIGHT);
        assertThat(s.minimised(SimpleScore.of(-3))).isEqualTo(3.0);
        assertThat(s.minimised(SimpleBigDecimalScore.of(new BigDecimal("-0.5")))).isEqualTo(0.5);
        // Any hard violation is worse than any soft cost below the weight.
        double infeasible = s.minimised(HardSoftScore.of(-1, 0));
        double feasibleButCostly = s.minimised(HardSoftScore.of(0, -999_999));
        assertThat(infeasible).isGreaterThan(feasibleButCostly);
        assertThat(s.minimised(HardSoftScore.of(-2, 0))).isGreaterThan(infeasible);
        assertThat(s.minimised(SimpleScore.ofUninitialized(-1, 5))).isNaN();
    }

    @Test
    void infeasibleWorstRanksEveryInfeasibleScoreLast() {
        ScoreScalarizer s = ScoreScalarizer.infeasibleWorst();
        assertThat(s.minimised(HardSoftScore.of(-1, 100))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.minimised(HardSoftScore.of(0, -7))).isEqualTo(7.0);
    }

    @Test
    void rejectsABadWeight() {
        assertThatThrownBy(() -> ScoreScalarizer.lexicographic(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("levelWeight must be a finite number >= 1, was NaN");
    }
}
