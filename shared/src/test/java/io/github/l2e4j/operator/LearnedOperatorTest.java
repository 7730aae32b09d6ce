package io.github.l2e4j.operator;

import io.github.l2e4j.TestThetas;
import io.github.l2e4j.Tolerances;
import io.github.l2e4j.population.TokenFeatures;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LearnedOperatorTest {

    private static double[] randomFeatures(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] f = new double[n * TokenFeatures.COUNT];
        for (int i = 0; i < f.length; i++) {
            f[i] = 3 * r.nextGaussian();
        }
        return f;
    }

    @Test
    void hasTheDocumentedParameterCount() {
        assertThat(ThetaLayout.SIZE).isEqualTo(440);
        assertThat(ThetaLayout.SIZE_V1).isEqualTo(422);
        assertThat(LearnedOperator.theta0().parameterCount()).isEqualTo(440);
    }

    @Test
    void theta0HasZeroOutputLayers() {
        double[] t = LearnedOperator.theta0().theta();
        for (int i = 0; i < t.length; i++) {
            if (ThetaLayout.isOutputWeight(i)) {
                assertThat(t[i]).as("output weight %d", i).isZero();
            }
        }
    }

    @Test
    void theta0GivesTheDocumentedBaselineWhateverTheFeatures() {
        int n = 13;
        OperatorOutput out = new OperatorOutput(n);
        LearnedOperator.theta0().forward(randomFeatures(n, 7), n, out);
        assertThat(out.gamma()).isCloseTo(LearnedOperator.DEFAULT_GAMMA, within(1e-9));
        assertThat(out.alpha()).isCloseTo(LearnedOperator.DEFAULT_ALPHA, within(1e-9));
        assertThat(out.gate()).isCloseTo(LearnedOperator.DEFAULT_GATE, within(1e-9));
        assertThat(out.step()).isCloseTo(LearnedOperator.DEFAULT_STEP, within(1e-9));
        // Exactly 1, so the CMA-ES update at theta0 is bit-identical to the plain one.
        assertThat(out.rate()).isEqualTo(1.0);
        assertThat(out.damping()).isEqualTo(1.0);
        int mu = n / 2;
        double norm = 0;
        for (int j = 0; j < mu; j++) {
            norm += Math.log(mu + 0.5) - Math.log(j + 1);
        }
        for (int j = 0; j < n; j++) {
            assertThat(out.mutation(j)).isCloseTo(LearnedOperator.DEFAULT_MUTATION, within(1e-9));
            double cma = j < mu ? (Math.log(mu + 0.5) - Math.log(j + 1)) / norm : 0;
            assertThat(out.weight(j)).as("CMA weight %d", j).isCloseTo(cma, within(1e-12));
        }
    }

    @Property(tries = 60, seed = "20261125")
    void headsStayInTheirRangesForAnyTheta(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                           @ForAll @IntRange(min = 1, max = 40) int n,
                                           @ForAll("scales") double scale) {
        LearnedOperator op = TestThetas.random(seed, scale);
        HeadRanges r = op.ranges();
        OperatorOutput out = new OperatorOutput(n);
        op.forward(randomFeatures(n, seed + 1), n, out);
        assertThat(out.gamma()).isBetween(0.0, r.rho());
        assertThat(out.alpha()).isBetween(r.alphaMin(), r.alphaMax());
        assertThat(out.gate()).isBetween(0.0, r.gateMax());
        assertThat(out.step()).isBetween(Math.pow(2, -r.stepLog2()), Math.pow(2, r.stepLog2()));
        assertThat(out.rate()).isBetween(Math.pow(2, -r.rateLog2()), Math.pow(2, r.rateLog2()));
        assertThat(out.damping()).isBetween(Math.pow(2, -r.dampingLog2()), Math.pow(2, r.dampingLog2()));
        assertThat(out.gammaPrime()).isLessThanOrEqualTo(r.gammaBar() + Tolerances.RANGE);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            assertThat(out.weight(j)).isBetween(0.0, 1.0);
            assertThat(out.mutation(j)).isBetween(r.mutationMin(), r.mutationMax());
            sum += out.weight(j);
        }
        assertThat(sum).isCloseTo(1.0, within(Tolerances.ROUNDING));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Double> scales() {
        return net.jqwik.api.Arbitraries.of(0.1, 1.0, 100.0);
    }

    @Test
    void rejectsMalformedTheta() {
        assertThatThrownBy(() -> LearnedOperator.of(new double[421], HeadRanges.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("440").hasMessageContaining("421");
        double[] t = LearnedOperator.theta0().theta();
        t[17] = Double.NaN;
        assertThatThrownBy(() -> LearnedOperator.of(t, HeadRanges.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("theta[17]");
    }

    @Test
    void headRangesRejectValuesThatWouldBreakTheGuarantees() {
        assertThatThrownBy(() -> new HeadRanges(1.0, 0.2, 0.9, 0.8, 1, 0.5, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rho");
        assertThatThrownBy(() -> new HeadRanges(0.9, 0.0, 0.9, 0.8, 1, 0.5, 2))
                .hasMessageContaining("alphaMin");
        assertThatThrownBy(() -> new HeadRanges(0.9, 0.2, Double.NaN, 0.8, 1, 0.5, 2))
                .hasMessageContaining("alphaMax").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new HeadRanges(0.9, 0.2, 0.9, 0.8, 1, 0.5, 2, 3, 1))
                .hasMessageContaining("rateLog2").hasMessageContaining("3");
        assertThatThrownBy(() -> new HeadRanges(0.9, 0.2, 0.9, 0.8, 1, 0.5, 2, 1, -1))
                .hasMessageContaining("dampingLog2");
        assertThat(HeadRanges.DEFAULT.rateLog2()).isEqualTo(1.0);
        assertThat(HeadRanges.DEFAULT.dampingLog2()).isEqualTo(1.0);
        assertThat(HeadRanges.DEFAULT.gammaBar()).isLessThan(1.0);
    }

    @Test
    void theZeroOutputShortcutGivesBitIdenticalOutputs() {
        // theta0 with a tiny non-zero output weight forces the full scan; at exactly zero the scan is
        // skipped. Compare theta0 against the same theta built through of(...) with a perturbation
        // that cancels: the outputs of a zero-output theta must not depend on the mixer at all.
        double[] t0 = LearnedOperator.theta0().theta();
        double[] other = t0.clone();
        for (int i = 0; i < other.length; i++) {
            if (!ThetaLayout.isOutputWeight(i) && i < ThetaLayout.HEAD_RECOMBINATION) {
                other[i] += 0.37 * Math.sin(i);           // a different mixer, same heads
            }
        }
        int n = 9;
        OperatorOutput a = new OperatorOutput(n);
        OperatorOutput b = new OperatorOutput(n);
        double[] features = randomFeatures(n, 3);
        LearnedOperator.theta0().forward(features, n, a);
        LearnedOperator.of(other, HeadRanges.DEFAULT).forward(features, n, b);
        for (int j = 0; j < n; j++) {
            assertThat(b.weight(j)).isEqualTo(a.weight(j));
            assertThat(b.mutation(j)).isEqualTo(a.mutation(j));
        }
        assertThat(b.gamma()).isEqualTo(a.gamma());
        assertThat(b.alpha()).isEqualTo(a.alpha());
        assertThat(b.gate()).isEqualTo(a.gate());
        assertThat(b.step()).isEqualTo(a.step());
        assertThat(b.rate()).isEqualTo(a.rate());
        assertThat(b.damping()).isEqualTo(a.damping());
    }
}
