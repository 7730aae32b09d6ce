package io.github.l2e4j.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WilcoxonRankSumTest {

    @Test
    void exactPValuesOfSeparatedSamples() {
        // All 3 of a below all 3 of b: one arrangement of C(6,3) = 20 at each extreme, two-sided 2/20.
        assertThat(WilcoxonRankSum.pValue(new double[] {1, 2, 3}, new double[] {4, 5, 6})).isCloseTo(0.1, within(1e-12));
        // Ten against ten: 2 / C(20,10) = 2 / 184756.
        double[] a = new double[10];
        double[] b = new double[10];
        for (int i = 0; i < 10; i++) {
            a[i] = i;
            b[i] = 100 + i;
        }
        assertThat(WilcoxonRankSum.pValue(a, b)).isCloseTo(2.0 / 184756, within(1e-15));
        assertThat(WilcoxonRankSum.pValue(b, a)).isCloseTo(2.0 / 184756, within(1e-15));
    }

    @Test
    void exactPValueOfAnInterleavedSample() {
        // a = {1, 3, 5}, b = {2, 4, 6}: U = 0 + 1 + 2 = 3 pairs with a > b. Counts of U for 3 vs 3:
        // u = 0..9 -> 1 1 2 3 3 3 3 2 1 1; P(U <= 3) = 7/20, P(U >= 3) = 16/20; p = 2 * 7/20 = 0.7.
        assertThat(WilcoxonRankSum.pValue(new double[] {1, 3, 5}, new double[] {2, 4, 6})).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void tiesUseTheNormalApproximation() {
        double[] a = {1, 1, 2, 2, 3};
        double[] b = {2, 3, 3, 4, 4};
        // Ranks: 1,1 -> 1.5; 2,2,2 -> 4; 3,3,3 -> 7; 4,4 -> 9.5. R_a = 1.5+1.5+4+4+7 = 18, U = 3.
        // sigma^2 = 25/12 (11 - (6 + 24 + 24 + 6)/90); z = (|3 - 12.5| - 0.5)/sigma.
        double sigma = Math.sqrt(25.0 / 12 * (11 - 60.0 / 90));
        double z = (9.5 - 0.5) / sigma;
        double expected = 2 * WilcoxonRankSum.upperNormalTail(z);
        assertThat(WilcoxonRankSum.pValue(a, b)).isCloseTo(expected, within(1e-12));
        assertThat(expected).isBetween(0.04, 0.07);
    }

    @Test
    void equalSamplesGiveOne() {
        assertThat(WilcoxonRankSum.pValue(new double[] {2, 2, 2}, new double[] {2, 2})).isEqualTo(1);
        assertThat(WilcoxonRankSum.upperNormalTail(0)).isCloseTo(0.5, within(1e-15));
        assertThat(WilcoxonRankSum.upperNormalTail(1.959963984540054)).isCloseTo(0.025, within(1e-12));
    }

    @Test
    void badSamplesFail() {
        assertThatThrownBy(() -> WilcoxonRankSum.pValue(new double[0], new double[] {1}))
                .hasMessageContaining("sample a must have at least one value");
        assertThatThrownBy(() -> WilcoxonRankSum.pValue(new double[] {1}, new double[] {Double.NaN}))
                .hasMessageContaining("sample b[0] must not be NaN");
    }
}
