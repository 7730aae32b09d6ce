package io.github.l2e4j.examples.differentiable;

import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.l2o.ConvergentL2o;
import io.github.l2e4j.l2o.ConvergentL2oTrainer;
import io.github.l2e4j.l2o.GradientDescent;
import io.github.l2e4j.l2o.GradientMethod;
import io.github.l2e4j.l2o.GradientRun;
import io.github.l2e4j.l2o.L2oWeights;
import io.github.l2e4j.l2o.LearnedStepSizes;
import io.github.l2e4j.l2o.Nesterov;
import io.github.l2e4j.l2o.StepSizeTrainer;
import io.github.l2e4j.l2o.Trajectory;
import io.github.l2e4j.metrics.DynamicMetrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measurement tables of docs/differentiable.md (markdown on stdout, progress on stderr).
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.differentiable.DifferentiableTables MODE [--key value ...]
 * </pre>
 * Modes:
 * <ul>
 *   <li>{@code qp [--weights FILE] [--n 32] [--m 20] [--steps 100]}: held-out QPs (instances 1-100),
 *       optimality gap f(x_T) - f* of GD (1/L), Nesterov, the untrained and the learned step sizes;</li>
 *   <li>{@code compare [--seconds 120] [--seeds 1,2,3] [--threads 1]}: ES against backprop training
 *       for the same wall-clock time; held-out median gap ratio to GD over time;</li>
 *   <li>{@code convergent [--weights FILE] [--iterations 500]}: held-out sigmoid regressions
 *       (instances 1-100), median ||grad f(x_k)|| / ||grad f(x_0)|| and f(x_k) - f_ref over k, for GD,
 *       Nesterov, the untrained and the trained convergent L2O;</li>
 *   <li>{@code draws [--draws 100] [--scale 1] [--iterations 2000] [--instances 10]}: the convergent
 *       L2O with random weights N(0, scale^2): how many draws reach ||grad f(x_K)|| &lt;= 1e-6 ||grad f(x_0)||.</li>
 * </ul>
 */
public final class DifferentiableTables {

    /** Iteration counts reported in the convergent tables. */
    private static final int[] CHECKPOINTS = {0, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};
    /** Stationarity threshold of the random-draw table, relative to ||grad f(x_0)||. */
    private static final double STATIONARY = 1e-6;

    private DifferentiableTables() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: DifferentiableTables qp|compare|convergent|draws [--key value ...]");
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Map<String, String> o = Tasks.options(rest);
        System.out.println("Command: `java -cp examples/target/l2e4j-cli.jar "
                + DifferentiableTables.class.getName() + " " + String.join(" ", args) + "`, "
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".");
        System.out.println();
        switch (args[0]) {
            case "qp" -> qp(o);
            case "compare" -> compare(o);
            case "convergent" -> convergent(o);
            case "draws" -> draws(o);
            default -> throw new IllegalArgumentException("unknown mode '" + args[0] + "'; known: qp, compare, convergent, draws");
        }
    }

    private static void qp(Map<String, String> o) {
        int n = Integer.parseInt(o.getOrDefault("n", "32"));
        int m = Integer.parseInt(o.getOrDefault("m", "20"));
        int steps = Integer.parseInt(o.getOrDefault("steps", "100"));
        LearnedStepSizes learned = o.containsKey("weights") ? L2oWeights.readStepSizes(Path.of(o.get("weights")))
                : L2oWeights.shippedStepSizes();
        List<SmoothProblem> held = Tasks.qps(n, m, 1, Tasks.HELD_OUT);
        Map<String, GradientMethod> methods = new LinkedHashMap<>();
        methods.put("GD (step 1/L)", GradientDescent.create());
        methods.put("Nesterov (FISTA)", Nesterov.create());
        methods.put("learned step sizes, untrained", LearnedStepSizes.untrained(learned.hidden(), 1));
        methods.put("learned step sizes, trained", learned);
        double[] gd = Tasks.gaps(GradientDescent.create(), held, steps);
        System.out.printf(Locale.ROOT, "Held-out QPs n = %d, m = %d (instances 1-%d), T = %d, x_0 = 0, f* = 0.%n%n", n, m,
                Tasks.HELD_OUT, steps);
        System.out.println("| method | median f(x_T) - f* | 25 % | 75 % | median gap / GD's gap | instances better than GD |");
        System.out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, GradientMethod> e : methods.entrySet()) {
            double[] g = Tasks.gaps(e.getValue(), held, steps);
            double[] ratio = new double[g.length];
            int better = 0;
            for (int i = 0; i < g.length; i++) {
                ratio[i] = g[i] / gd[i];
                if (g[i] < gd[i]) {
                    better++;
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %.3e | %.3e | %.3e | %.4f | %d / %d |%n", e.getKey(), DynamicMetrics.median(g),
                    DynamicMetrics.quantile(g, 0.25), DynamicMetrics.quantile(g, 0.75), DynamicMetrics.median(ratio), better, g.length);
        }
    }

    private static void compare(Map<String, String> o) {
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "120"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "1"));
        String[] seeds = o.getOrDefault("seeds", "1,2,3").split(",");
        double[] marks = {seconds / 24, seconds / 12, seconds / 6, seconds / 3, seconds / 2, seconds};
        List<SmoothProblem> train = Tasks.qps(Tasks.QP_N, Tasks.QP_M, Tasks.TRAIN_FIRST, 100);
        List<SmoothProblem> held = Tasks.qps(Tasks.QP_N, Tasks.QP_M, 1, Tasks.HELD_OUT);
        double[] gd = Tasks.gaps(GradientDescent.create(), held, 100);
        System.out.printf(Locale.ROOT, "Training on QPs 32 x 20 (instances %d-%d, batch 16, T = 100, H = 16, Adam lr 0.01, "
                + "%d thread(s)); held-out instances 1-100. Cells: median over held-out instances of "
                + "gap / GD's gap after the given training time (median over seeds %s; steps in brackets).%n%n",
                Tasks.TRAIN_FIRST, Tasks.TRAIN_FIRST + 99, threads, String.join(", ", seeds));
        StringBuilder head = new StringBuilder("| method |");
        StringBuilder rule = new StringBuilder("|---|");
        for (double t : marks) {
            head.append(String.format(Locale.ROOT, " %.0f s |", t));
            rule.append("---|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (StepSizeTrainer.Method method : StepSizeTrainer.Method.values()) {
            double[][] cell = new double[marks.length][seeds.length];
            int[][] stepsAt = new int[marks.length][seeds.length];
            for (int s = 0; s < seeds.length; s++) {
                List<double[]> snaps = new ArrayList<>();
                List<Double> times = new ArrayList<>();
                List<Integer> stepNo = new ArrayList<>();
                long seed = Long.parseLong(seeds[s].trim());
                System.err.printf(Locale.ROOT, "%s seed %d ...%n", method.label(), seed);
                StepSizeTrainer.builder().method(method).steps(Integer.MAX_VALUE).maxSeconds(seconds).seed(seed)
                        .threads(threads).batchSize(16).hidden(16).learningRate(0.01).unroll(100)
                        .listener((step, t, loss, model) -> {
                            snaps.add(model.theta());
                            times.add(t);
                            stepNo.add(step);
                        })
                        .build().train(train);
                for (int j = 0; j < marks.length; j++) {
                    int last = -1;
                    for (int i = 0; i < times.size(); i++) {
                        if (times.get(i) <= marks[j]) {
                            last = i;
                        }
                    }
                    LearnedStepSizes model = last < 0 ? LearnedStepSizes.untrained(16, seed)
                            : LearnedStepSizes.of(16, snaps.get(last));
                    double[] g = Tasks.gaps(model, held, 100);
                    double[] ratio = new double[g.length];
                    for (int i = 0; i < g.length; i++) {
                        ratio[i] = g[i] / gd[i];
                    }
                    cell[j][s] = DynamicMetrics.median(ratio);
                    stepsAt[j][s] = last < 0 ? 0 : stepNo.get(last);
                }
            }
            StringBuilder row = new StringBuilder("| " + method.label() + " |");
            for (int j = 0; j < marks.length; j++) {
                double[] st = new double[seeds.length];
                for (int s = 0; s < seeds.length; s++) {
                    st[s] = stepsAt[j][s];
                }
                row.append(String.format(Locale.ROOT, " %.4f (%.0f) |", DynamicMetrics.median(cell[j]), DynamicMetrics.median(st)));
            }
            System.out.println(row);
            System.out.flush();
        }
    }

    private static void convergent(Map<String, String> o) {
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "500"));
        ConvergentL2o trained = o.containsKey("weights") ? L2oWeights.readConvergent(Path.of(o.get("weights")))
                : L2oWeights.shippedConvergent();
        List<SmoothProblem> held = Tasks.sigmoids(1, Tasks.HELD_OUT);
        Map<String, GradientMethod> methods = new LinkedHashMap<>();
        methods.put("GD (step 1/L)", GradientDescent.create());
        methods.put("Nesterov (FISTA)", Nesterov.create());
        methods.put("convergent L2O, untrained (seed 1)", ConvergentL2o.untrained(trained.hidden(), 1));
        methods.put("convergent L2O, trained", trained);
        double[] ref = new double[held.size()];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = ConvergentL2oTrainer.referenceValue(held.get(i), 100);
        }
        System.out.printf(Locale.ROOT, "Held-out sigmoid regressions n = %d, m = %d (instances 1-%d, non-convex), "
                + "x_0 ~ N(0, 4 I), step 1/L.%n%n", Tasks.SIGMOID_N, Tasks.SIGMOID_M, Tasks.HELD_OUT);
        List<Integer> ks = new ArrayList<>();
        for (int k : CHECKPOINTS) {
            if (k <= iterations) {
                ks.add(k);
            }
        }
        StringBuilder head = new StringBuilder("| method |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int k : ks) {
            head.append(" k = ").append(k).append(" |");
            rule.append("---|");
        }
        System.out.println("Median ||grad f(x_k)|| / ||grad f(x_0)||:");
        System.out.println();
        System.out.println(head);
        System.out.println(rule);
        Map<String, double[][]> values = new LinkedHashMap<>();
        for (Map.Entry<String, GradientMethod> e : methods.entrySet()) {
            double[][] gn = new double[ks.size()][held.size()];
            double[][] fv = new double[ks.size()][held.size()];
            for (int i = 0; i < held.size(); i++) {
                Trajectory t = GradientRun.run(e.getValue(), held.get(i), iterations);
                for (int j = 0; j < ks.size(); j++) {
                    int k = Math.min(ks.get(j), t.iterations());
                    gn[j][i] = t.gradientNorms()[k] / t.gradientNorms()[0];
                    fv[j][i] = t.values()[k] - ref[i];
                }
            }
            values.put(e.getKey(), fv);
            StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
            for (int j = 0; j < ks.size(); j++) {
                row.append(String.format(Locale.ROOT, " %.2e |", DynamicMetrics.median(gn[j])));
            }
            System.out.println(row);
        }
        System.out.println();
        System.out.println("Median f(x_k) - f_ref (f_ref: GD's value after 2000 steps; negative = below it):");
        System.out.println();
        System.out.println(head);
        System.out.println(rule);
        for (Map.Entry<String, double[][]> e : values.entrySet()) {
            StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
            for (double[] col : e.getValue()) {
                row.append(String.format(Locale.ROOT, " %.2e |", DynamicMetrics.median(col)));
            }
            System.out.println(row);
        }
    }

    private static void draws(Map<String, String> o) {
        int draws = Integer.parseInt(o.getOrDefault("draws", "100"));
        double scale = Double.parseDouble(o.getOrDefault("scale", "1"));
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "2000"));
        int instances = Integer.parseInt(o.getOrDefault("instances", "10"));
        List<SmoothProblem> held = Tasks.sigmoids(1, instances);
        List<Integer> ks = new ArrayList<>();
        for (int k : CHECKPOINTS) {
            if (k <= iterations) {
                ks.add(k);
            }
        }
        double[][] all = new double[ks.size()][draws * instances];
        int converged = 0;
        double worstEnergyRatio = 0;
        double worstFinal = 0;
        for (int d = 0; d < draws; d++) {
            ConvergentL2o m = ConvergentL2o.random(ConvergentL2o.DEFAULT_HIDDEN, d + 1, scale);
            for (int i = 0; i < instances; i++) {
                SmoothProblem p = held.get(i);
                double l = p.lipschitzConstant().orElseThrow();
                double[] prev = new double[p.dimension()];
                double[] prevG = new double[p.dimension()];
                double[] energy = new double[1];
                Trajectory t = GradientRun.builder().iterations(iterations).lipschitz(l).listener((k, q, f, g) -> {
                    if (k > 0) {
                        double s = 0;
                        for (int c = 0; c < q.length; c++) {
                            double v = q[c] - prev[c] + prevG[c] / l;
                            s += v * v;
                        }
                        energy[0] += s;
                    }
                    System.arraycopy(q, 0, prev, 0, q.length);
                    System.arraycopy(g, 0, prevG, 0, g.length);
                }).build().run(m, p.oracle(), p.start());
                double g0 = t.gradientNorms()[0];
                double s0 = g0 / l;
                double bound = Math.pow(s0 * m.kappa() * Math.sqrt(ConvergentL2o.STATE), 2) / (1 - m.rho() * m.rho());
                worstEnergyRatio = Math.max(worstEnergyRatio, bound > 0 ? energy[0] / bound : 0);
                for (int j = 0; j < ks.size(); j++) {
                    all[j][d * instances + i] = t.gradientNorms()[Math.min(ks.get(j), t.iterations())] / g0;
                }
                double fin = t.lastGradientNorm() / g0;
                worstFinal = Math.max(worstFinal, fin);
                if (fin <= STATIONARY) {
                    converged++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Convergent L2O with %d random weight draws (every weight N(0, %s^2), seeds 1-%d) on "
                + "held-out sigmoid regressions 1-%d (%d runs of %d iterations).%n%n", draws, o.getOrDefault("scale", "1"),
                draws, instances, draws * instances, iterations);
        StringBuilder head = new StringBuilder("| ||grad f(x_k)|| / ||grad f(x_0)|| |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int k : ks) {
            head.append(" k = ").append(k).append(" |");
            rule.append("---|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (String stat : new String[]{"median", "90 %", "max"}) {
            StringBuilder row = new StringBuilder("| " + stat + " over runs |");
            for (double[] col : all) {
                double v = stat.equals("median") ? DynamicMetrics.median(col) : stat.equals("max") ? DynamicMetrics.quantile(col, 1)
                        : DynamicMetrics.quantile(col, 0.9);
                row.append(String.format(Locale.ROOT, " %.2e |", v));
            }
            System.out.println(row);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Runs with ||grad f(x_K)|| <= %.0e ||grad f(x_0)||: %d / %d. Largest final ratio: %.2e. "
                + "Largest sum_k ||v_k||^2 as a fraction of its bound s_0^2 kappa^2 r / (1 - rho^2): %.6f.%n",
                STATIONARY, converged, draws * instances, worstFinal, worstEnergyRatio);
    }
}
