package io.github.l2e4j.benchmark.control;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PolicyTest {

    @Test
    void parameterCounts() {
        assertThat(Policy.linear().parameterCount(4, 1)).isEqualTo(5);
        assertThat(Policy.linear().parameterCount(6, 3)).isEqualTo(21);
        assertThat(Policy.mlp().parameterCount(4, 1)).isEqualTo(8 * 5 + 9);
        assertThat(Policy.mlp().parameterCount(6, 3)).isEqualTo(8 * 7 + 3 * 9);
        assertThat(Policy.mlp(2).parameterCount(3, 1)).isEqualTo(2 * 4 + 3);
    }

    @Test
    void linearLayoutIsRowMajorWeightsThenBiases() {
        // 2 outputs, 3 inputs: W = [[1, 2, 3], [4, 5, 6]], b = [7, 8].
        double[] w = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] out = new double[2];
        Policy.linear().forward(w, 3, 2, new double[] {1, 10, 100}, new double[0], out);
        assertThat(out).containsExactly(321 + 7, 654 + 8);
    }

    @Test
    void mlpLayoutIsW1B1W2B2() {
        // 2 inputs, 2 hidden, 1 output: W1 = [[1, 0], [0, 2]], b1 = [0.1, -0.2], W2 = [[3, -4]], b2 = [0.5].
        double[] w = {1, 0, 0, 2, 0.1, -0.2, 3, -4, 0.5};
        double[] o = {0.3, 0.7};
        double[] out = new double[1];
        Policy.mlp(2).forward(w, 2, 1, o, new double[2], out);
        double expected = 3 * Math.tanh(0.3 + 0.1) - 4 * Math.tanh(1.4 - 0.2) + 0.5;
        assertThat(out[0]).isCloseTo(expected, within(ControlTolerances.STEP));
    }

    @Test
    void tokensRoundTrip() {
        assertThat(Policy.parse("linear")).isEqualTo(Policy.linear());
        assertThat(Policy.parse("MLP")).isEqualTo(Policy.mlp());
        assertThat(Policy.parse("mlp8")).isEqualTo(Policy.mlp());
        assertThat(Policy.parse("mlp16")).isEqualTo(Policy.mlp(16));
        assertThat(Policy.mlp().token()).isEqualTo("mlp");
        assertThat(Policy.mlp(16).token()).isEqualTo("mlp16");
        assertThat(Policy.linear().token()).isEqualTo("linear");
    }

    @Test
    void invalidPoliciesAreRejectedWithTheirValue() {
        assertThatThrownBy(() -> Policy.parse("rnn")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rnn'").hasMessageContaining("linear, mlp, mlp<h>");
        assertThatThrownBy(() -> Policy.parse("mlp0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Policy.parse("mlp08")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Policy.parse("mlp99999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Policy.mlp(0)).hasMessage("hiddenSize of an mlp policy must be in [1, 4096], was 0");
        assertThatThrownBy(() -> new Policy(Policy.Kind.LINEAR, 3))
                .hasMessage("hiddenSize of a linear policy must be 0, was 3");
    }

    @Test
    void controllerCopiesItsWeightsAndChecksTheirNumber() {
        double[] w = {1, 0, 0};
        Controller c = Policy.linear().controller(w, 2, 1);
        w[0] = 100;
        double[] out = new double[1];
        c.act(new double[] {2, 3}, out);
        assertThat(out[0]).isEqualTo(2.0);
        assertThatThrownBy(() -> Policy.linear().controller(new double[4], 2, 1))
                .hasMessage("a linear policy with 2 inputs and 1 outputs needs 3 weights, got 4");
    }

    @Property(tries = 50)
    void linearPolicyIsAffineInTheObservation(@ForAll @IntRange(min = 1, max = 6) int inputs,
                                              @ForAll @IntRange(min = 1, max = 3) int outputs,
                                              @ForAll long seed,
                                              @ForAll @DoubleRange(min = -3, max = 3) double t) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = r.doubles(Policy.linear().parameterCount(inputs, outputs), -5, 5).toArray();
        double[] a = r.doubles(inputs, -2, 2).toArray();
        double[] b = r.doubles(inputs, -2, 2).toArray();
        double[] mix = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            mix[i] = (1 - t) * a[i] + t * b[i];
        }
        double[] ya = new double[outputs];
        double[] yb = new double[outputs];
        double[] ym = new double[outputs];
        Policy.linear().forward(w, inputs, outputs, a, new double[0], ya);
        Policy.linear().forward(w, inputs, outputs, b, new double[0], yb);
        Policy.linear().forward(w, inputs, outputs, mix, new double[0], ym);
        for (int j = 0; j < outputs; j++) {
            assertThat(ym[j]).isCloseTo((1 - t) * ya[j] + t * yb[j], within(1e-9));
        }
    }
}
