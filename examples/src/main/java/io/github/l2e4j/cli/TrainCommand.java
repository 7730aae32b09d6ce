package io.github.l2e4j.cli;

import io.github.l2e4j.io.Weights;
import io.github.l2e4j.meta.MetaConfig;
import io.github.l2e4j.meta.MetaTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code l2e4j train}: meta-train weights. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Meta-train the operator's weights (OpenAI-ES over theta on BBOB-family tasks) and write a weights file.",
            "Checkpoints go to OUT.checkpoint.json after every outer generation; --resume continues from it."},
        footer = {"", "Examples:",
            "  l2e4j train --preset smoke --seed 1 --out /tmp/smoke.json",
            "  l2e4j train --preset default --seed 1 --threads 2 --out weights.json"})
final class TrainCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "default", paramLabel = "NAME",
            description = "smoke (seconds), default (task dimensions 2-10; default ${DEFAULT-VALUE}), default-d20 (the "
                    + "same with dimensions 2-20), default-d40 (dimensions 2-40, validated at D = 10, 20 and 40) or lga (the earlier, short-horizon recipe).")
    private String preset;

    @Option(names = "--seed", defaultValue = "1", description = "Training seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", description = "Threads (default: all cores). Results do not depend on it.")
    private Integer threads;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Weights file to write.")
    private Path outFile;

    @Option(names = "--resume", description = "Continue from FILE.checkpoint.json if it exists.")
    private boolean resume;

    @Option(names = "--meta-generations", paramLabel = "N", description = "Override the preset's outer generations.")
    private Integer metaGenerations;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MetaConfig config = MetaConfig.preset(preset);
        if (metaGenerations != null) {
            if (metaGenerations < 1) {
                throw new UserException("--meta-generations must be >= 1, was " + metaGenerations);
            }
            config = config.withMetaGenerations(metaGenerations);
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new UserException("--threads must be >= 1, was " + t);
        }
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new UserException("--out: " + parent + " is not a directory");
        }
        if (resume && !Files.exists(MetaTrainer.checkpointOf(outFile))) {
            err.println("l2e4j train: no checkpoint " + MetaTrainer.checkpointOf(outFile) + "; starting from theta0");
        }
        String command = "l2e4j train --preset " + config.preset() + " --seed " + seed
                + (metaGenerations != null ? " --meta-generations " + metaGenerations : "");
        Progress progress = new Progress(err, !quiet);
        long start = System.nanoTime();
        boolean logError = !config.scoresTargets();
        String scoreLabel = logError ? "median log10 error %.3f"
                : "median fraction of targets %.3f";
        Weights w = new MetaTrainer(config, seed, t, command).train(outFile, resume, p -> progress.update(String.format(
                Locale.ROOT, "%s  meta-generation %d/%d  " + scoreLabel + "  validation %s  ETA %s",
                Progress.bar(p.metaGeneration(), p.total()), p.metaGeneration(), p.total(),
                logError ? p.medianScore() : -p.medianScore(),
                Double.isNaN(p.validation()) ? "-" : String.format(Locale.ROOT, "%.4f", p.validation()),
                Progress.duration(p.etaSeconds()))));
        progress.done();
        double seconds = (System.nanoTime() - start) / 1e9;
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> val = (List<java.util.Map<String, Object>>) w.provenance().get("validation");
        out.printf(Locale.ROOT, "weights      %s%n", outFile.toAbsolutePath());
        out.printf(Locale.ROOT, "preset       %s (seed %d, %s)%n", config.preset(), seed, config.optimizer());
        out.printf(Locale.ROOT, "generations  %s%n", w.provenance().get("metaGenerations"));
        out.printf(Locale.ROOT, "validation   %s%n", val == null || val.isEmpty() ? "-"
                : "ECDF area " + val.get(val.size() - 1).get("ecdfArea") + " (first " + val.get(0).get("ecdfArea") + ")");
        Object selected = w.provenance().get("selected");
        if (selected != null) {
            out.printf(Locale.ROOT, "selected     %s%n", selected);
        }
        out.printf(Locale.ROOT, "seconds      %.1f on %d threads%n", seconds, t);
        return 0;
    }
}
