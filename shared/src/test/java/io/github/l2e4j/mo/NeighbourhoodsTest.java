package io.github.l2e4j.mo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeighbourhoodsTest {

    @Test
    void eachVectorComesFirstThenItsNearest() {
        double[][] w = WeightVectors.simplexLattice(2, 10);
        int[][] b = Neighbourhoods.nearest(w, 3);
        assertThat(b[0]).containsExactly(0, 1, 2);
        assertThat(b[5]).containsExactly(5, 4, 6);
        assertThat(b[10]).containsExactly(10, 9, 8);
        int[][] all = Neighbourhoods.nearest(w, w.length);
        for (int i = 0; i < w.length; i++) {
            assertThat(all[i]).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(all[i][0]).isEqualTo(i);
        }
    }

    @Test
    void neighboursAreSortedByDistance() {
        double[][] w = WeightVectors.simplexLattice(3, 8);
        int[][] b = Neighbourhoods.nearest(w, 10);
        for (int i = 0; i < w.length; i++) {
            double prev = -1;
            for (int j : b[i]) {
                double d = 0;
                for (int k = 0; k < 3; k++) {
                    d += (w[i][k] - w[j][k]) * (w[i][k] - w[j][k]);
                }
                assertThat(d).isGreaterThanOrEqualTo(prev);
                prev = d;
            }
        }
    }

    @Test
    void refusesASizeOutsideTheVectors() {
        double[][] w = WeightVectors.simplexLattice(2, 4);
        assertThatThrownBy(() -> Neighbourhoods.nearest(w, 6))
                .hasMessage("neighbourhoodSize must be in [1, 5] (the number of weight vectors), was 6");
        assertThatThrownBy(() -> Neighbourhoods.nearest(w, 0))
                .hasMessage("neighbourhoodSize must be in [1, 5] (the number of weight vectors), was 0");
    }
}
