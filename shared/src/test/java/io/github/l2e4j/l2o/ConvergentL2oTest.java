package io.github.l2e4j.l2o;

import io.github.l2e4j.gradient.GradientProblems;
import io.github.l2e4j.gradient.SmoothProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConvergentL2oTest {

    private static List<SmoothProblem> sigmoids(int first, int count) {
        List<SmoothProblem> ps = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            ps.add(GradientProblems.randomSigmoidRegression(10, 100, i));
        }
        return ps;
    }

    @Test
    void contractionAndScaleStayInTheirRangesForHugeWeights() {
        for (double scale : new double[]{0, 1, 1e3, 1e100}) {
            ConvergentL2o m = ConvergentL2o.random(4, 7, scale);
            assertThat(m.rho()).isBetween(0.0, ConvergentL2o.RHO_MAX);
            assertThat(m.kappa()).isBetween(0.0, ConvergentL2o.KAPPA_MAX);
            SmoothProblem p = GradientProblems.randomSigmoidRegression(6, 60, 2);
            Trajectory t = GradientRun.run(m, p, 300);
            for (double f : t.values()) {
                assertThat(f).isFinite();
            }
            double l = p.lipschitzConstant().orElseThrow();
            double v0 = m.perturbationBound(t.gradientNorms()[0] / l, 0);
            // the descent lemma summed: f(x_K) <= f(x_0) + (L/2) sum ||v_k||^2 <= f(x_0) + (L/2) v0^2 / (1 - rho^2)
            assertThat(t.lastValue()).isLessThanOrEqualTo(t.values()[0] + 0.5 * l * v0 * v0 / (1 - m.rho() * m.rho()));
        }
    }

    @Test
    void trainingIsReproducibleWhateverTheThreadsAndLowersTheLoss() {
        List<SmoothProblem> train = sigmoids(1001, 8);
        ConvergentL2oTrainer.Builder b = ConvergentL2oTrainer.builder().steps(12).batchSize(4).esPairs(6).unroll(50).seed(2);
        ConvergentL2oTrainer.Result one = b.threads(1).build().train(train);
        ConvergentL2oTrainer.Result two = b.threads(2).build().train(train);
        assertThat(two.model()).isEqualTo(one.model());
        double before = 0;
        double after = 0;
        for (SmoothProblem p : train) {
            double ref = ConvergentL2oTrainer.referenceValue(p, 50);
            before += ConvergentL2oTrainer.loss(ConvergentL2o.untrained(ConvergentL2o.DEFAULT_HIDDEN, 2), p, 50, ref);
            after += ConvergentL2oTrainer.loss(one.model(), p, 50, ref);
        }
        assertThat(after).isLessThan(before);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> ConvergentL2o.of(2, new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("theta must have length " + ConvergentL2o.parameterCount(2) + " (for direction width H = 2), was 3");
        assertThatThrownBy(() -> ConvergentL2o.random(0, 1, 1)).hasMessage("hidden must be >= 1, was 0");
        assertThatThrownBy(() -> ConvergentL2o.random(2, 1, Double.NaN)).hasMessage("scale must be in [0, 1.0E150], was NaN");
        assertThatThrownBy(() -> ConvergentL2oTrainer.builder().build().train(List.of()))
                .hasMessage("tasks must not be empty");
        assertThatThrownBy(() -> ConvergentL2oTrainer.builder().esSigma(0)).hasMessage("esSigma must be a finite number > 0, was 0");
    }
}
