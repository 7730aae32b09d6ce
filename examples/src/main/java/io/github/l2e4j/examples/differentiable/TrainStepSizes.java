package io.github.l2e4j.examples.differentiable;

import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.l2o.GradientDescent;
import io.github.l2e4j.l2o.L2oWeights;
import io.github.l2e4j.l2o.StepSizeTrainer;
import io.github.l2e4j.metrics.DynamicMetrics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains learned step sizes on Song et al.'s random QPs (32 x 20, training instances 1001-1100,
 * T = 100) and writes a weights file.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.differentiable.TrainStepSizes \
 *       --method backprop --steps 1500 --seed 1 --out step-sizes-qp.json
 * </pre>
 * Options: {@code --method backprop|es}, {@code --steps N}, {@code --seconds S} (wall-clock cap;
 * makes the result depend on the machine), {@code --seed}, {@code --threads}, {@code --batch},
 * {@code --hidden}, {@code --lr}, {@code --tasks}, {@code --out}.
 */
public final class TrainStepSizes {

    private TrainStepSizes() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        Map<String, String> o = Tasks.options(args);
        StepSizeTrainer.Method method = StepSizeTrainer.Method.valueOf(o.getOrDefault("method", "backprop").toUpperCase(Locale.ROOT));
        int steps = Integer.parseInt(o.getOrDefault("steps", "1500"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "Infinity"));
        long seed = Long.parseLong(o.getOrDefault("seed", "1"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "1"));
        int batch = Integer.parseInt(o.getOrDefault("batch", "16"));
        int hidden = Integer.parseInt(o.getOrDefault("hidden", "16"));
        double lr = Double.parseDouble(o.getOrDefault("lr", "0.01"));
        int tasks = Integer.parseInt(o.getOrDefault("tasks", "100"));
        Path out = Path.of(o.getOrDefault("out", "step-sizes-qp.json"));
        List<SmoothProblem> train = Tasks.qps(Tasks.QP_N, Tasks.QP_M, Tasks.TRAIN_FIRST, tasks);
        List<SmoothProblem> held = Tasks.qps(Tasks.QP_N, Tasks.QP_M, 1, Tasks.HELD_OUT);
        double gd = DynamicMetrics.median(Tasks.gaps(GradientDescent.create(), held, 100));
        StepSizeTrainer.Result r = StepSizeTrainer.builder().method(method).steps(steps).maxSeconds(seconds).seed(seed)
                .threads(threads).batchSize(batch).hidden(hidden).learningRate(lr).unroll(100)
                .listener((s, t, loss, model) -> {
                    if (s % 100 == 0) {
                        System.err.printf(Locale.ROOT, "step %5d  %7.1f s  batch loss %.3f%n", s, t, loss);
                    }
                })
                .build().train(train);
        double learned = DynamicMetrics.median(Tasks.gaps(r.model(), held, 100));
        System.out.printf(Locale.ROOT, "%s: %d steps in %.1f s; held-out median gap %.4e (GD %.4e, ratio %.4f)%n",
                method.label(), r.steps(), r.seconds(), learned, gd, learned / gd);
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("name", "step-sizes-qp32x20-" + method.label() + "-s" + seed);
        prov.put("command", "java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.differentiable.TrainStepSizes "
                + String.join(" ", args));
        prov.put("tasks", "Song et al. random QPs n=32 m=20, instances " + Tasks.TRAIN_FIRST + "-" + (Tasks.TRAIN_FIRST + tasks - 1)
                + ", unroll T=100, loss mean log gap");
        prov.put("method", method.label());
        prov.put("seed", Long.toString(seed));
        prov.put("steps", Integer.toString(r.steps()));
        prov.put("heldOutMedianGapRatioVsGd", String.format(Locale.ROOT, "%.6f", learned / gd));
        prov.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        L2oWeights.write(out, r.model(), prov);
        System.out.println("wrote " + out);
    }
}
