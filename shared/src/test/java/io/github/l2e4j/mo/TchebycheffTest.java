package io.github.l2e4j.mo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TchebycheffTest {

    private static final double[] ZERO2 = {0, 0};
    private static final double[] ONE2 = {1, 1};

    @Test
    void valuesFollowTheFormulas() {
        double[] f = {3, 1};
        double[] lambda = {0.25, 0.75};
        double[] ideal = {1, 0};
        double[] scale = {2, 4};
        // standard: max(0.25 * 2/2, 0.75 * 1/4) = 0.25; inverse: max((2/2)/0.25, (1/4)/0.75) = 4
        assertThat(Tchebycheff.STANDARD.value(f, lambda, ideal, scale)).isEqualTo(0.25);
        assertThat(Tchebycheff.INVERSE.value(f, lambda, ideal, scale)).isEqualTo(4.0);
        assertThat(Tchebycheff.INVERSE.value(new double[] {1, 0}, new double[] {0, 1}, ZERO2, ONE2))
                .isEqualTo(1 / Tchebycheff.MIN_WEIGHT);
    }

    @Test
    void invalidVectorsScalarizeToInfinity() {
        for (Tchebycheff t : Tchebycheff.values()) {
            assertThat(t.value(new double[] {Double.NaN, 0}, new double[] {0.5, 0.5}, ZERO2, ONE2))
                    .isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(t.value(new double[] {0, Double.NEGATIVE_INFINITY}, new double[] {0.5, 0.5}, ZERO2, ONE2))
                    .isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Property(tries = 200, seed = "20261125")
    void dominanceNeverIncreasesTheValue(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                         @ForAll @IntRange(min = 2, max = 6) int m) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] b = new double[m];
        double[] a = new double[m];
        double[] lambda = new double[m];
        double[] ideal = new double[m];
        double[] scale = new double[m];
        double sum = 0;
        for (int k = 0; k < m; k++) {
            b[k] = r.nextDouble(-3, 3);
            a[k] = b[k] - (r.nextBoolean() ? 0 : r.nextDouble());
            lambda[k] = r.nextDouble();
            sum += lambda[k];
            ideal[k] = r.nextDouble(-5, -3);
            scale[k] = r.nextDouble(0.1, 10);
        }
        for (int k = 0; k < m; k++) {
            lambda[k] /= sum;
        }
        for (Tchebycheff t : Tchebycheff.values()) {
            assertThat(t.value(a, lambda, ideal, scale)).isLessThanOrEqualTo(t.value(b, lambda, ideal, scale));
        }
    }

    @Test
    void inverseFormPutsTheOptimumOnTheWeightRay() {
        // On the quarter circle f = (cos t, sin t) the INVERSE optimum for lambda lies where f is parallel to lambda.
        double[] lambda = {0.8, 0.2};
        double bestT = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 100_000; i++) {
            double t = i * Math.PI / 2 / 100_000;
            double g = Tchebycheff.INVERSE.value(new double[] {Math.cos(t), Math.sin(t)}, lambda, ZERO2, ONE2);
            if (g < best) {
                best = g;
                bestT = t;
            }
        }
        assertThat(bestT).isCloseTo(Math.atan2(0.2, 0.8), within(1e-4));
    }
}
