package io.github.l2e4j.l2o;

import io.github.l2e4j.gradient.GradientProblems;
import io.github.l2e4j.gradient.SmoothProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LearnedStepSizesTest {

    private static List<double[]> iterates(GradientMethod m, SmoothProblem p, int k) {
        List<double[]> xs = new ArrayList<>();
        GradientRun.builder().iterations(k).lipschitz(p.lipschitzConstant().orElseThrow())
                .listener((i, q, f, g) -> xs.add(q.clone())).build().run(m, p.oracle(), p.start());
        return xs;
    }

    /** Do-no-harm: the untrained model (last layer zero) is gradient descent, bit for bit, at every iterate. */
    @Test
    void untrainedModelIsGradientDescentBitForBit() {
        List<SmoothProblem> problems = List.of(GradientProblems.randomQp(32, 20, 1), GradientProblems.randomQp(64, 50, 2),
                GradientProblems.randomLogisticRegression(10, 100, 3), GradientProblems.randomSigmoidRegression(10, 100, 4),
                GradientProblems.rosenbrock(6));
        for (long seed = 1; seed <= 5; seed++) {
            LearnedStepSizes untrained = LearnedStepSizes.untrained(16, seed);
            assertThat(untrained.isGradientDescent()).isTrue();
            for (SmoothProblem p : problems) {
                List<double[]> gd = iterates(GradientDescent.create(), p, 200);
                List<double[]> l2o = iterates(untrained, p, 200);
                assertThat(l2o).as(p.name()).hasSameSizeAs(gd);
                for (int k = 0; k < gd.size(); k++) {
                    assertThat(Arrays.equals(l2o.get(k), gd.get(k))).as(p.name() + " iterate " + k).isTrue();
                }
            }
        }
    }

    @Test
    void multiplierStaysInsideTheSafeRangeForAnyWeights() {
        SplittableRandom r = new SplittableRandom(9);
        for (double scale : new double[]{1, 100, 1e6}) {
            double[] theta = new double[LearnedStepSizes.parameterCount(8)];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = scale * r.nextGaussian();
            }
            LearnedStepSizes m = LearnedStepSizes.of(8, theta);
            assertThat(m.isGradientDescent()).isFalse();
            for (int t = 0; t < 1000; t++) {
                double p = m.multiplier(scale * r.nextGaussian(), scale * r.nextGaussian());
                assertThat(p).isBetween(LearnedStepSizes.MARGIN, 2 - LearnedStepSizes.MARGIN);
            }
            assertThat(m.multiplier(Double.NaN, 0)).isBetween(LearnedStepSizes.MARGIN, 2 - LearnedStepSizes.MARGIN);
        }
    }

    @Test
    void trainerForwardPassIsTheMethodItself() {
        SmoothProblem p = GradientProblems.randomQp(32, 20, 3);
        double[] theta = LearnedStepSizes.untrained(16, 2).theta();
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.5 * r.nextGaussian();
        }
        LearnedStepSizes m = LearnedStepSizes.of(16, theta);
        Trajectory t = GradientRun.run(m, p, 100);
        double expected = Math.log(t.lastValue() / t.values()[0]);
        assertThat(StepSizeTrainer.unrollLoss(theta, 16, p, 100)).isEqualTo(expected);
        double[] grad = new double[theta.length];
        assertThat(StepSizeTrainer.lossAndGradient(theta, 16, p, 100, grad)).isEqualTo(expected);
    }

    /** The hand-written adjoint through the unroll agrees with central finite differences of the loss. */
    @Test
    void backpropGradientMatchesFiniteDifferences() {
        // logistic regression converges so fast that after many steps the gap is at rounding level; unroll it less
        for (SmoothProblem p : List.of(GradientProblems.randomQp(32, 20, 4), GradientProblems.randomLogisticRegression(6, 60, 1))) {
            int steps = p.isConvex() && p.hessianVectorProduct().isPresent() && p.name().startsWith("logreg") ? 8 : 50;
            double[] theta = LearnedStepSizes.untrained(8, 3).theta();
            SplittableRandom r = new SplittableRandom(4);
            for (int i = 0; i < theta.length; i++) {
                theta[i] += 0.3 * r.nextGaussian();
            }
            double[] grad = new double[theta.length];
            StepSizeTrainer.lossAndGradient(theta, 8, p, steps, grad);
            double h = 1e-6;
            for (int i = 0; i < theta.length; i++) {
                double[] tp = theta.clone();
                double[] tm = theta.clone();
                tp[i] += h;
                tm[i] -= h;
                double fd = (StepSizeTrainer.unrollLoss(tp, 8, p, steps) - StepSizeTrainer.unrollLoss(tm, 8, p, steps)) / (2 * h);
                assertThat(grad[i]).as(p.name() + " d loss / d theta[" + i + "]")
                        .isCloseTo(fd, within(1e-5 * (1 + Math.abs(fd))));
            }
        }
    }

    private static List<SmoothProblem> qps(int from, int count) {
        List<SmoothProblem> ps = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            ps.add(GradientProblems.randomQp(32, 20, i));
        }
        return ps;
    }

    private static double medianGap(GradientMethod m, List<SmoothProblem> ps) {
        double[] gaps = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            SmoothProblem p = ps.get(i);
            gaps[i] = p.value(GradientRun.run(m, p, 100).iterate()) - p.optimalValue().orElseThrow();
        }
        Arrays.sort(gaps);
        return (gaps[(gaps.length - 1) / 2] + gaps[gaps.length / 2]) / 2;
    }

    @Test
    void bothTrainersAreReproducibleWhateverTheThreadsAndImproveOnGd() {
        List<SmoothProblem> train = qps(1001, 8);
        List<SmoothProblem> held = qps(1, 20);
        double gd = medianGap(GradientDescent.create(), held);
        for (StepSizeTrainer.Method method : StepSizeTrainer.Method.values()) {
            StepSizeTrainer.Builder b = StepSizeTrainer.builder().method(method).hidden(8).unroll(100)
                    .steps(method == StepSizeTrainer.Method.ES ? 15 : 40).batchSize(4).esPairs(8).seed(3);
            StepSizeTrainer.Result one = b.threads(1).build().train(train);
            StepSizeTrainer.Result two = b.threads(2).build().train(train);
            assertThat(two.model().theta()).as(method.label()).containsExactly(one.model().theta());
            assertThat(one.steps()).isEqualTo(method == StepSizeTrainer.Method.ES ? 15 : 40);
            assertThat(medianGap(one.model(), held)).as(method.label()).isLessThan(0.5 * gd);
        }
    }

    /** Done-when target: the shipped weights beat GD's median gap by at least 50 % on held-out QPs (T = 100). */
    @Test
    void shippedWeightsBeatGradientDescentByHalfOnHeldOutQps() {
        LearnedStepSizes shipped = L2oWeights.shippedStepSizes();
        assertThat(shipped.isGradientDescent()).isFalse();
        List<SmoothProblem> held = qps(1, 100);
        assertThat(medianGap(shipped, held)).isLessThanOrEqualTo(0.5 * medianGap(GradientDescent.create(), held));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> LearnedStepSizes.of(4, new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("theta must have length 17 (4 H + 1 for hidden width H = 4), was 3");
        double[] t = new double[17];
        t[5] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> LearnedStepSizes.of(4, t)).hasMessage("theta[5] must be finite, was Infinity");
        assertThatThrownBy(() -> StepSizeTrainer.builder().method(StepSizeTrainer.Method.BACKPROP).build()
                .train(List.of(GradientProblems.randomQp(4, 4, 1).toBuilder().hessianVectorProduct(null).build())))
                .hasMessage("tasks[0] (qp_n4_m4_i1) has no Hessian-vector product, which backprop needs; use Method.ES");
        assertThatThrownBy(() -> StepSizeTrainer.builder().learningRate(0)).hasMessage("learningRate must be a finite number > 0, was 0");
    }
}
