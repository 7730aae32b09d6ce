package io.github.l2e4j.benchmark.bbob;

import io.github.l2e4j.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Optima, ids, argument checks and the evaluation contract of both suites. */
class BbobInstanceTest {

    static Stream<Arguments> bbobCases() {
        List<Arguments> cases = new ArrayList<>();
        for (int f = 1; f <= Bbob.FUNCTIONS; f++) {
            for (int d : new int[] {2, 3, 10, 40}) {
                for (int i : new int[] {1, 7, 110}) {
                    cases.add(Arguments.of(f, i, d));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> largeScaleCases() {
        List<Arguments> cases = new ArrayList<>();
        for (int f = 1; f <= Bbob.FUNCTIONS; f++) {
            for (int d : new int[] {2, 20, 81, 160}) {
                cases.add(Arguments.of(f, 1 + f % 15, d));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "bbob f{0} i{1} d{2}")
    @MethodSource("bbobCases")
    void bbobValueAtOptimumIsOptimalValue(int function, int instance, int dimension) {
        assertOptimum(Bbob.instance(function, instance, dimension));
    }

    @ParameterizedTest(name = "bbob-largescale f{0} i{1} d{2}")
    @MethodSource("largeScaleCases")
    void largeScaleValueAtOptimumIsOptimalValue(int function, int instance, int dimension) {
        assertOptimum(BbobLargeScale.instance(function, instance, dimension));
    }

    private static void assertOptimum(BbobInstance p) {
        double[] xopt = p.optimum();
        assertThat(p.value(xopt)).as("f(x_opt) of %s", p.id())
                .isCloseTo(p.optimalValue(), org.assertj.core.data.Offset.offset(CocoTolerance.AT_OPTIMUM));
        // f_opt is the minimum: no point of a small random cloud around x_opt, nor the origin, is below it
        SplittableRandom random = new SplittableRandom(p.id().hashCode());
        for (int k = 0; k < 20; k++) {
            double[] x = xopt.clone();
            for (int i = 0; i < x.length; i++) {
                x[i] += (random.nextDouble() - 0.5) * 1e-2;
            }
            assertThat(p.value(x)).as("f near x_opt of %s", p.id()).isGreaterThanOrEqualTo(p.optimalValue() - 1e-9);
        }
        assertThat(p.value(new double[p.dimension()])).isGreaterThanOrEqualTo(p.optimalValue() - 1e-9);
        // the optimum lies in the box (on its boundary for f5)
        for (double v : xopt) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo(5.0);
        }
    }

    @Test
    void optimaFollowCocoConventions() {
        // f5: x_opt on the boundary, f4: odd coordinates (1-based) positive, f8: 0.75 x_opt of seed r
        assertThat(abs(Bbob.instance(5, 3, 10).optimum())).containsOnly(5.0);
        double[] f4 = Bbob.instance(4, 2, 9).optimum();
        for (int i = 0; i < f4.length; i += 2) {
            assertThat(f4[i]).isPositive();
        }
        double[] f3 = Bbob.instance(3, 2, 9).optimum();
        for (int i = 1; i < f4.length; i += 2) {
            assertThat(f4[i]).isEqualTo(f3[i]);
        }
        double[] f8 = Bbob.instance(8, 1, 5).optimum();
        double[] raw = LegacyRandom.xopt(5, 8 + 10000);
        for (int i = 0; i < 5; i++) {
            assertThat(f8[i]).isEqualTo(0.75 * raw[i]);
        }
        // f12 draws x_opt from seed r + 10^6
        assertThat(Bbob.instance(12, 1, 5).optimum()).containsExactly(LegacyRandom.xopt(5, 12 + 10000 + 1_000_000));
        // f20: +-4.2096874637/2, f24: +-1.25
        assertThat(abs(Bbob.instance(20, 1, 6).optimum())).containsOnly(4.2096874637 / 2);
        assertThat(abs(Bbob.instance(24, 1, 6).optimum())).containsOnly(1.25);
    }

    private static double[] abs(double[] v) {
        return Arrays.stream(v).map(Math::abs).toArray();
    }

    @Test
    void seedSharingMatchesCoco() {
        // f4 shares f_opt with f3 and f18 with f17, in every instance
        for (int i = 1; i <= 5; i++) {
            assertThat(Bbob.instance(4, i, 2).optimalValue()).isEqualTo(Bbob.instance(3, i, 2).optimalValue());
            assertThat(Bbob.instance(18, i, 2).optimalValue()).isEqualTo(Bbob.instance(17, i, 2).optimalValue());
            assertThat(Bbob.instance(18, i, 7).optimum()).containsExactly(Bbob.instance(17, i, 7).optimum());
        }
        // f_opt does not depend on the dimension, nor on the suite
        assertThat(Bbob.instance(10, 4, 2).optimalValue()).isEqualTo(BbobLargeScale.instance(10, 4, 640).optimalValue());
    }

    @Test
    void idsAreCocos() {
        assertThat(Bbob.id(8, 3, 10)).isEqualTo("bbob_f008_i03_d10");
        assertThat(Bbob.id(1, 110, 2)).isEqualTo("bbob_f001_i110_d02");
        assertThat(Bbob.id(24, 1, 640)).isEqualTo("bbob_f024_i01_d640");
        assertThat(BbobLargeScale.id(8, 3, 640)).isEqualTo("bbob-largescale_f008_i03_d0640");
        Problem p = Bbob.problem(8, 3, 10);
        assertThat(p.name()).isEqualTo("bbob_f008_i03_d10");
        assertThat(p.dimension()).isEqualTo(10);
        assertThat(p.bounds().lower(0)).isEqualTo(-5.0);
        assertThat(p.bounds().upper(9)).isEqualTo(5.0);
        assertThat(p.optimalValue()).hasValue(Bbob.instance(8, 3, 10).optimalValue());
        assertThat(p.gradient()).isEmpty();
        assertThat(BbobLargeScale.problem(8, 3, 640).name()).isEqualTo("bbob-largescale_f008_i03_d0640");
    }

    @Test
    void invalidArgumentsAreRejectedWithClearMessages() {
        assertThatThrownBy(() -> Bbob.instance(0, 1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function must be in [1, 24], was 0");
        assertThatThrownBy(() -> Bbob.instance(25, 1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function must be in [1, 24], was 25");
        assertThatThrownBy(() -> Bbob.problem(1, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instance must be in [1, 100000], was 0");
        assertThatThrownBy(() -> Bbob.instance(1, 100_001, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instance must be in [1, 100000], was 100001");
        assertThatThrownBy(() -> Bbob.instance(1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be in [2, 10000], was 1");
        assertThatThrownBy(() -> Bbob.instance(1, 1, 10_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be in [2, 10000], was 10001; use bbob-largescale for larger dimensions");
        assertThatThrownBy(() -> BbobLargeScale.instance(1, 1, 40_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be in [2, 40000], was 40001");
        assertThatThrownBy(() -> BbobLargeScale.instance(-3, 1, 40)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function must be in [1, 24], was -3");
        assertThatThrownBy(() -> BbobLargeScale.instance(1, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be in [2, 40000], was 0");
        BbobInstance p = Bbob.instance(1, 1, 3);
        assertThatThrownBy(() -> p.value(new double[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x must have length 3 (the dimension of bbob_f001_i01_d03), was 2");
    }

    @Test
    void largestInstanceIsSupported() {
        BbobInstance p = Bbob.instance(24, Bbob.MAX_INSTANCE, 10);
        assertThat(p.value(p.optimum())).isCloseTo(p.optimalValue(), org.assertj.core.data.Offset.offset(1e-9));
        BbobInstance q = BbobLargeScale.instance(16, Bbob.MAX_INSTANCE, 200);
        assertThat(q.value(q.optimum())).isCloseTo(q.optimalValue(), org.assertj.core.data.Offset.offset(1e-9));
        // the largest instance in the largest dimension keeps every seed in the generator's range
        for (int f : new int[] {15, 22}) {
            BbobInstance r = BbobLargeScale.instance(f, Bbob.MAX_INSTANCE, BbobLargeScale.MAX_DIMENSION);
            assertThat(r.value(r.optimum())).isCloseTo(r.optimalValue(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void nanInputGivesNaN() {
        double[] x = new double[4];
        x[2] = Double.NaN;
        for (int f = 1; f <= Bbob.FUNCTIONS; f++) {
            assertThat(Bbob.instance(f, 1, 4).value(x)).as("f%d", f).isNaN();
        }
    }

    @Test
    void evaluationDoesNotModifyItsArgumentAndIsDeterministic() {
        SplittableRandom random = new SplittableRandom(11);
        for (int f = 1; f <= Bbob.FUNCTIONS; f++) {
            for (BbobInstance p : List.of(Bbob.instance(f, 2, 7), BbobLargeScale.instance(f, 2, 45))) {
                double[] x = random.doubles(p.dimension(), -6, 6).toArray();
                double[] copy = x.clone();
                double first = p.value(x);
                assertThat(x).as("x after evaluating %s", p.id()).containsExactly(copy);
                assertThat(p.value(x)).isEqualTo(first);
                double[] optimum = p.optimum();
                optimum[0] += 1;
                assertThat(p.optimum()[0]).as("optimum() returns a copy").isNotEqualTo(optimum[0]);
            }
        }
    }

    @Test
    void concurrentEvaluationGivesTheSequentialValues() {
        SplittableRandom random = new SplittableRandom(5);
        for (int f = 1; f <= Bbob.FUNCTIONS; f++) {
            BbobInstance p = f % 2 == 0 ? Bbob.instance(f, 1, 12) : BbobLargeScale.instance(f, 1, 90);
            double[][] points = new double[256][];
            for (int k = 0; k < points.length; k++) {
                points[k] = random.doubles(p.dimension(), -5, 5).toArray();
            }
            double[] sequential = Arrays.stream(points).mapToDouble(p::value).toArray();
            double[] parallel = IntStream.range(0, points.length).parallel()
                    .mapToDouble(k -> p.value(points[k])).toArray();
            assertThat(parallel).as("%s", p.id()).containsExactly(sequential);
        }
    }
}
