package io.github.l2e4j.examples.differentiable;

import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.l2o.ConvergentL2oTrainer;
import io.github.l2e4j.l2o.L2oWeights;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the convergent L2O on random sigmoid regressions (n = 10, m = 100, training instances
 * 1001-1064, T = 100) with ES and writes a weights file.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.differentiable.TrainConvergent \
 *       --steps 300 --seed 1 --out convergent-sigmoid.json
 * </pre>
 */
public final class TrainConvergent {

    private TrainConvergent() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        Map<String, String> o = Tasks.options(args);
        int steps = Integer.parseInt(o.getOrDefault("steps", "300"));
        long seed = Long.parseLong(o.getOrDefault("seed", "1"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "1"));
        int tasks = Integer.parseInt(o.getOrDefault("tasks", "64"));
        Path out = Path.of(o.getOrDefault("out", "convergent-sigmoid.json"));
        List<SmoothProblem> train = Tasks.sigmoids(Tasks.TRAIN_FIRST, tasks);
        ConvergentL2oTrainer.Result r = ConvergentL2oTrainer.builder().steps(steps).seed(seed).threads(threads).unroll(100)
                .listener((s, t, loss, model) -> {
                    if (s % 20 == 0) {
                        System.err.printf(Locale.ROOT, "step %4d  %7.1f s  loss %.3f  rho %.3f  kappa %.3f%n", s, t, loss,
                                model.rho(), model.kappa());
                    }
                })
                .build().train(train);
        System.out.printf(Locale.ROOT, "%d steps in %.1f s: %s%n", r.steps(), r.seconds(), r.model());
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("name", "convergent-sigmoid-s" + seed);
        prov.put("command", "java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.differentiable.TrainConvergent "
                + String.join(" ", args));
        prov.put("tasks", "random sigmoid regressions n=" + Tasks.SIGMOID_N + " m=" + Tasks.SIGMOID_M + ", instances "
                + Tasks.TRAIN_FIRST + "-" + (Tasks.TRAIN_FIRST + tasks - 1) + ", unroll T=100, ES");
        prov.put("seed", Long.toString(seed));
        prov.put("steps", Integer.toString(r.steps()));
        prov.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        L2oWeights.write(out, r.model(), prov);
        System.out.println("wrote " + out);
    }
}
