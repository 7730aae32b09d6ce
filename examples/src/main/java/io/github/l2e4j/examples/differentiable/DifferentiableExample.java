package io.github.l2e4j.examples.differentiable;

import io.github.l2e4j.gradient.GradientProblems;
import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.l2o.GradientDescent;
import io.github.l2e4j.l2o.GradientMethod;
import io.github.l2e4j.l2o.GradientRun;
import io.github.l2e4j.l2o.L2oWeights;
import io.github.l2e4j.l2o.Nesterov;
import io.github.l2e4j.l2o.Trajectory;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;

import java.util.List;
import java.util.Locale;

/**
 * Gradient methods on differentiable problems: gradient descent, Nesterov, the learned step sizes
 * of Song et al. and the convergent L2O of Martin &amp; Furieri, on one of Song et al.'s random QPs
 * and on a problem of your own; then the same methods as named algorithms of the study SPI.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.differentiable.DifferentiableExample
 * </pre>
 */
public final class DifferentiableExample {

    private DifferentiableExample() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        List<GradientMethod> methods = List.of(GradientDescent.create(), Nesterov.create(),
                L2oWeights.shippedStepSizes(), L2oWeights.shippedConvergent());

        // 1. Song et al.'s QP: f(x) = ||W x - y||^2 / 2, 32 variables, 20 rows, x_0 = 0, f* = 0
        SmoothProblem qp = GradientProblems.randomQp(32, 20, 7);
        System.out.println(qp + ", 100 steps:");
        for (GradientMethod m : methods) {
            Trajectory t = GradientRun.run(m, qp, 100);
            System.out.printf(Locale.ROOT, "  %-16s f(x_100) - f* = %.3e%n", m.name(), qp.value(t.iterate()));
        }

        // 2. Your own smooth problem: f(x) = sum log cosh(x_i - 1), gradient tanh(x_i - 1), L = 1 (non-quadratic, convex)
        SmoothProblem logCosh = SmoothProblem.builder("logcosh", 5)
                .oracle((x, g) -> {
                    double f = 0;
                    for (int i = 0; i < x.length; i++) {
                        f += Math.log(Math.cosh(x[i] - 1));
                        g[i] = Math.tanh(x[i] - 1);
                    }
                    return f;
                })
                .lipschitzConstant(1)
                .optimalValue(0)
                .start(new double[]{4, -3, 0, 2, 6})
                .build();
        System.out.println(logCosh + ", 50 steps:");
        for (GradientMethod m : methods) {
            Trajectory t = GradientRun.run(m, logCosh, 50);
            System.out.printf(Locale.ROOT, "  %-16s f(x_50) = %.3e  ||grad f|| = %.3e%n", m.name(), t.lastValue(),
                    t.lastGradientNorm());
        }

        // 3. The same methods by name, like every other l2e4j algorithm (a box, a budget, a seed)
        for (String name : List.of("gd", "nesterov", "l2o-steps", "l2o-convergent")) {
            Result r = Algorithms.byName(name).minimize(qp.toProblem(), RunSpec.of(200, 1e-10, 1));
            System.out.printf(Locale.ROOT, "  %-16s best f = %.3e after %d evaluations (%s)%n", name, r.bestValue(),
                    r.evaluations(), r.stopReason());
        }
    }
}
