package io.github.l2e4j.meta;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetaFitnessTest {

    @Test
    void centredRanksSpanMinusHalfToHalfWithTiesShared() {
        assertThat(MetaFitness.centredRanks(new double[]{3, 1, 2})).containsExactly(0.5, -0.5, 0.0);
        assertThat(MetaFitness.centredRanks(new double[]{1, 1, 5, 0})).containsExactly(0.0, 0.0, 0.5, -0.5);
    }

    @Test
    void aHeavyTailedTaskDoesNotDominate() {
        // Candidate 0 is best on tasks 0 and 1 by a little; candidate 1 is best on task 2 by a lot.
        double[][] scores = {
            {-5.0, -5.0, 9.0},
            {-4.9, -4.9, -1000.0},
            {-4.0, -4.0, 0.0},
        };
        double[] u = MetaFitness.shape(scores);
        assertThat(u[0]).isLessThan(u[1]);
        assertThat(u[1]).isLessThan(u[2]);
    }

    @Test
    void invalidScoresCountAsWorst() {
        double[][] scores = {{Double.NaN, -3}, {-2, -2}, {-1, -1}};
        double[] u = MetaFitness.shape(scores);
        assertThat(u[0]).isGreaterThan(u[1]);
    }

    @Test
    void theMeanShapingRanksByTheMeanScore() {
        // Candidate 1 wins two tasks narrowly and loses one badly: the median prefers it, the mean does not.
        double[][] scores = {
            {-0.50, -0.50, -0.50},
            {-0.52, -0.52, -0.10},
            {-0.40, -0.40, -0.40},
        };
        assertThat(MetaFitness.shapeMean(scores)).containsExactly(-0.5, 0.5, 0.0);
        assertThat(MetaFitness.shape(scores)[1]).isEqualTo(-0.5);
        assertThat(MetaFitness.shapeMean(new double[][]{{Double.NaN}, {-1}})).containsExactly(0.5, -0.5);
    }
}
