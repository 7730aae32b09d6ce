package io.github.l2e4j.benchmark.bbob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The large-scale suite in the dimensions it exists for: D = 640 and D = 1000. */
class BbobLargeScaleDimensionTest {

    @ParameterizedTest(name = "D = {0}")
    @ValueSource(ints = {640, 1000})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyFunctionBuildsAndEvaluatesInLargeDimension(int d) {
        SplittableRandom random = new SplittableRandom(d);
        for (int f = 1; f <= Bbob.FUNCTIONS; f++) {
            BbobInstance p = BbobLargeScale.instance(f, 1, d);
            assertThat(p.id()).isEqualTo(String.format("bbob-largescale_f%03d_i01_d%04d", f, d));
            assertThat(p.value(p.optimum())).as("f(x_opt) of %s", p.id())
                    .isCloseTo(p.optimalValue(), offset(CocoTolerance.AT_OPTIMUM));
            for (int k = 0; k < 10; k++) {
                double[] x = random.doubles(d, -5, 5).toArray();
                double v = p.value(x);
                assertThat(v).as("f(x) of %s", p.id()).isFinite().isGreaterThan(p.optimalValue());
            }
        }
    }

    @Test
    void permutationsAreIdentityUpTo40AndPermutationsBeyond() {
        assertThat(Permutations.truncatedSwaps(40, 123)).containsExactly(Permutations.identity(40));
        int[] p = Permutations.truncatedSwaps(640, 123);
        assertThat(p).isNotEqualTo(Permutations.identity(640));
        assertThat(p.clone()).satisfies(q -> {
            java.util.Arrays.sort(q);
            assertThat(q).containsExactly(Permutations.identity(640));
        });
        // the same seed gives the same permutation, another seed another one
        assertThat(Permutations.truncatedSwaps(640, 123)).containsExactly(p);
        assertThat(Permutations.truncatedSwaps(640, 124)).isNotEqualTo(p);
    }

    @Test
    void blockRotationIsOrthogonalBlockDiagonal() {
        BlockRotation b = BlockRotation.of(100, 42);
        SplittableRandom random = new SplittableRandom(3);
        double[] x = random.doubles(100, -1, 1).toArray();
        double[] y = b.apply(x);
        assertThat(Transforms.sumOfSquares(y)).isCloseTo(Transforms.sumOfSquares(x), offset(1e-12));
        assertThat(b.applyTransposed(y)).containsExactly(x, offset(1e-12));
        // blocks of 40, 40 and 20: a unit vector in the last block stays in it
        double[] e = new double[100];
        e[90] = 1;
        double[] be = b.apply(e);
        for (int i = 0; i < 80; i++) {
            assertThat(be[i]).isZero();
        }
    }
}
