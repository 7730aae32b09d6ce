package io.github.l2e4j.examples.differentiable;

import io.github.l2e4j.gradient.GradientProblems;
import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.l2o.GradientMethod;
import io.github.l2e4j.l2o.GradientRun;
import io.github.l2e4j.l2o.Trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The task sets of the differentiable measurements, and small statistics helpers. Training uses
 * instance numbers from {@value #TRAIN_FIRST}, held-out measurement instances 1-100, so the
 * two never overlap.
 */
final class Tasks {

    /** First training instance number. */
    static final int TRAIN_FIRST = 1001;
    /** Held-out instances 1..HELD_OUT. */
    static final int HELD_OUT = 100;
    /** QP size of the step-size training (Song et al.'s configuration): n variables. */
    static final int QP_N = GradientProblems.SONG_VARIABLES;
    /** QP size: m rows. */
    static final int QP_M = GradientProblems.SONG_ROWS;
    /** Sigmoid-regression size: n weights. */
    static final int SIGMOID_N = 10;
    /** Sigmoid-regression size: m samples. */
    static final int SIGMOID_M = 100;

    private Tasks() {
    }

    static List<SmoothProblem> qps(int n, int m, int first, int count) {
        List<SmoothProblem> ps = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            ps.add(GradientProblems.randomQp(n, m, i));
        }
        return ps;
    }

    static List<SmoothProblem> sigmoids(int first, int count) {
        List<SmoothProblem> ps = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            ps.add(GradientProblems.randomSigmoidRegression(SIGMOID_N, SIGMOID_M, i));
        }
        return ps;
    }

    /** f(x_T) - f* of the method's final iterate after T steps from the problem's start. */
    static double gap(GradientMethod m, SmoothProblem p, int steps) {
        Trajectory t = GradientRun.run(m, p, steps);
        return p.value(t.iterate()) - p.optimalValue().orElseThrow();
    }

    static double[] gaps(GradientMethod m, List<SmoothProblem> ps, int steps) {
        double[] g = new double[ps.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = gap(m, ps.get(i), steps);
        }
        return g;
    }

    /** Parses {@code --key value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --key value pairs, got '" + args[i] + "'");
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }
}
