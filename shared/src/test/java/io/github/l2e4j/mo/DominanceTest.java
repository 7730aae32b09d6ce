package io.github.l2e4j.mo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class DominanceTest {

    @Test
    void dominanceNeedsNoWorseEverywhereAndBetterSomewhere() {
        assertThat(Dominance.dominates(new double[] {1, 2}, new double[] {1, 3})).isTrue();
        assertThat(Dominance.dominates(new double[] {1, 3}, new double[] {1, 3})).isFalse();
        assertThat(Dominance.dominates(new double[] {0, 4}, new double[] {1, 3})).isFalse();
        assertThat(Dominance.dominates(new double[] {1e9, 1e9}, new double[] {0, Double.NaN})).isTrue();
        assertThat(Dominance.dominates(new double[] {0, Double.NaN}, new double[] {1e9, 1e9})).isFalse();
        assertThat(Dominance.dominates(new double[] {0, Double.NaN}, new double[] {1, Double.POSITIVE_INFINITY})).isFalse();
    }

    @Test
    void rankValuesCountDominatorsAndBreakTiesBelowOne() {
        double[][] f = {{0, 4}, {1, 1}, {4, 0}, {2, 2}, {3, Double.NaN}};
        double[] v = new double[5];
        Dominance.rankValues(f, 5, v);
        assertThat(v[0]).isBetween(0.0, 1.0);
        assertThat(v[1]).isBetween(0.0, 1.0).isLessThan(v[0]);
        assertThat(v[2]).isBetween(0.0, 1.0);
        assertThat(v[3]).isBetween(1.0, 2.0);
        assertThat(v[4]).isNaN();
    }

    @Property(tries = 100, seed = "20261125")
    void rankValuesAreParetoCompliant(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                      @ForAll @IntRange(min = 2, max = 20) int n,
                                      @ForAll @IntRange(min = 1, max = 4) int m) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] f = new double[n][m];
        for (double[] row : f) {
            for (int k = 0; k < m; k++) {
                row[k] = Math.floor(r.nextDouble() * 4);
            }
        }
        double[] v = new double[n];
        Dominance.rankValues(f, n, v);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (Dominance.dominates(f[i], f[j])) {
                    assertThat(v[i]).isLessThan(v[j]);
                }
            }
        }
    }
}
