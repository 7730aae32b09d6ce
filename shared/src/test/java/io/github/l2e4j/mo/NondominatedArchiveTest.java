package io.github.l2e4j.mo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NondominatedArchiveTest {

    private static final double[] X = {0};

    @Test
    void keepsOnlyNonDominatedDistinctValidVectors() {
        NondominatedArchive a = new NondominatedArchive(10);
        assertThat(a.add(1, X, new double[] {2, 2})).isTrue();
        assertThat(a.add(2, X, new double[] {3, 3})).isFalse();
        assertThat(a.add(3, X, new double[] {2, 2})).isFalse();
        assertThat(a.add(4, X, new double[] {Double.NaN, 0})).isFalse();
        assertThat(a.add(5, X, new double[] {Double.NEGATIVE_INFINITY, 0})).isFalse();
        assertThat(a.add(6, X, new double[] {0, 5})).isTrue();
        assertThat(a.add(7, X, new double[] {1, 1})).isTrue();
        assertThat(a.members()).extracting(NondominatedArchive.Member::id).containsExactly(6L, 7L);
        assertThat(a.contains(1)).isFalse();
    }

    @Test
    void truncationRemovesTheMostCrowdedAndKeepsTheExtremes() {
        NondominatedArchive a = new NondominatedArchive(3);
        a.add(1, X, new double[] {0, 10});
        a.add(2, X, new double[] {10, 0});
        a.add(3, X, new double[] {5, 5});
        a.add(4, X, new double[] {5.1, 4.8});
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.contains(1)).isTrue();
        assertThat(a.contains(2)).isTrue();
        assertThat(a.contains(3) ^ a.contains(4)).isTrue();
        // the newer of the two equally crowded members went
        assertThat(a.contains(3)).isTrue();
    }

    @Test
    void copiesTheArraysItIsGiven() {
        NondominatedArchive a = new NondominatedArchive(2);
        double[] x = {1, 2};
        double[] f = {3, 4};
        a.add(9, x, f);
        x[0] = -1;
        f[0] = -1;
        assertThat(a.members().get(0).x()).containsExactly(1, 2);
        assertThat(a.members().get(0).f()).containsExactly(3, 4);
    }

    @Test
    void refusesAZeroCapacity() {
        assertThatThrownBy(() -> new NondominatedArchive(0)).hasMessage("archive capacity must be >= 1, was 0");
    }

    @Property(tries = 60, seed = "20261125")
    void staysANonDominatedSetWithinItsCapacity(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                @ForAll @IntRange(min = 1, max = 30) int capacity,
                                                @ForAll @IntRange(min = 2, max = 4) int m) {
        SplittableRandom r = new SplittableRandom(seed);
        NondominatedArchive a = new NondominatedArchive(capacity);
        double[] best = new double[m];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int i = 0; i < 400; i++) {
            double[] f = new double[m];
            double s = 0;
            for (int k = 0; k < m; k++) {
                f[k] = r.nextDouble();
                s += f[k];
            }
            for (int k = 0; k < m; k++) {
                f[k] = f[k] / s + 0.3 * r.nextDouble();
            }
            a.add(i, X, f);
            List<NondominatedArchive.Member> ms = a.members();
            assertThat(ms.size()).isBetween(1, capacity);
            for (NondominatedArchive.Member p : ms) {
                for (NondominatedArchive.Member q : ms) {
                    assertThat(Dominance.dominates(p.f(), q.f())).isFalse();
                }
            }
        }
    }
}
