package io.github.l2e4j.benchmark.bbob;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws every instance obeys, checked on seeded random instances and points. */
class BbobPropertiesTest {

    /** COCO asserts {@code f(x) + 1e-13 >= f_opt} on every evaluation. */
    private static final double BELOW_OPTIMUM = 1e-12;

    @Property(tries = 300, seed = "314159")
    void bbobHasNoPointBelowTheOptimum(@ForAll @IntRange(min = 1, max = 24) int function,
                                        @ForAll @IntRange(min = 1, max = 120) int instance,
                                        @ForAll @IntRange(min = 2, max = 12) int dimension,
                                        @ForAll long pointSeed) {
        assertNoPointBelowOptimum(Bbob.instance(function, instance, dimension), pointSeed);
    }

    @Property(tries = 100, seed = "271828")
    void largeScaleHasNoPointBelowTheOptimum(@ForAll @IntRange(min = 1, max = 24) int function,
                                              @ForAll @IntRange(min = 1, max = 15) int instance,
                                              @ForAll @IntRange(min = 2, max = 130) int dimension,
                                              @ForAll long pointSeed) {
        assertNoPointBelowOptimum(BbobLargeScale.instance(function, instance, dimension), pointSeed);
    }

    @Property(tries = 50, seed = "161803")
    void largeScaleEqualsBbobUpToNormalisationForSeparableFunctions(
            @ForAll @IntRange(min = 1, max = 5) int function, @ForAll @IntRange(min = 1, max = 15) int instance,
            @ForAll @IntRange(min = 41, max = 90) int dimension, @ForAll long pointSeed) {
        // f1-f5 are the bbob functions with the raw value times min(1, 40/D)
        BbobInstance bbob = Bbob.instance(function, instance, dimension);
        BbobInstance large = BbobLargeScale.instance(function, instance, dimension);
        double[] x = new SplittableRandom(pointSeed).doubles(dimension, -5, 5).toArray();
        double expected = (bbob.value(x) - bbob.optimalValue()) * 40.0 / dimension + bbob.optimalValue();
        assertThat(large.value(x)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9 * Math.abs(expected)));
        assertThat(large.optimum()).containsExactly(bbob.optimum());
    }

    private static void assertNoPointBelowOptimum(BbobInstance p, long pointSeed) {
        SplittableRandom random = new SplittableRandom(pointSeed);
        for (int k = 0; k < 5; k++) {
            double[] x = random.doubles(p.dimension(), -5, 5).toArray();
            assertThat(p.value(x)).as("%s", p.id()).isGreaterThanOrEqualTo(p.optimalValue() - BELOW_OPTIMUM);
        }
    }
}
