package io.github.l2e4j.cli;

import io.github.l2e4j.study.MoProblems;
import io.github.l2e4j.study.MoStatistics;
import io.github.l2e4j.study.StudyDefinition;
import io.github.l2e4j.study.StudyFile;
import io.github.l2e4j.study.StudyReport;
import io.github.l2e4j.study.StudyResult;
import io.github.l2e4j.study.StudyRunner;
import io.github.l2e4j.study.StudyStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code l2e4j study}: a comparative study of algorithms on problems over seeds, with its report. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Run a comparative study (algorithms x problems x seeds).",
            "Writes runs.csv, report.md, report.html, plots/ and COCO data (coco/) into --out;",
            "multi-objective problems (zdt1, dtlz2:m3, ...) write mo-runs.csv with HV and IGD per checkpoint.",
            "Re-running into the same --out skips the runs already done: a killed study resumes.",
            "Flags override a preset's or a study file's values."},
        footer = {"", "Examples:",
            "  l2e4j study --preset bbob-quick --out results/quick",
            "  l2e4j study --problems bbob:f1-24:i1-5:d10,40 --algorithms l2e,cmaes,de \\",
            "      --seeds 3 --budget-multiplier 1000 --threads 2 --out results/bbob",
            "  l2e4j study --file study.yaml --threads 4",
            "  l2e4j study --problems control:cartpole:linear --algorithms l2e,cmaes,random \\",
            "      --seeds 10 --out results/cartpole",
            "  l2e4j study --problems zdt1,dtlz2:m2,3 --algorithms l2e-moead,nsga2,moead \\",
            "      --seeds 5 --budget 10000 --out results/mo"})
final class StudyCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", description = "Start from a preset: bbob-quick, bbob, smoke.")
    private String preset;

    @Option(names = "--file", paramLabel = "FILE", description = "A study file (.json, .yaml, .yml) with the same keys as the flags.")
    private Path file;

    @Option(names = "--problems", paramLabel = "IDS", description = "Comma-separated problem ids and ranges, e.g. bbob:f1-24:i1-5:d10,40.")
    private String problems;

    @Option(names = "--algorithms", paramLabel = "NAMES", description = "Comma-separated algorithm names, e.g. l2e,cmaes,de,jenetics-ga "
            + "(l2e4j optimize --list-algorithms lists them); parameters in brackets, e.g. 'l2e[weights=a.json]'.")
    private String algorithms;

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "A count n (seeds 1..n), a range a-b or a list 1,5,9 (default 5).")
    private String seeds;

    @Option(names = "--budget-multiplier", paramLabel = "K", description = "Evaluations per run = K x D (default 1000).")
    private Double budgetMultiplier;

    @Option(names = "--budget", paramLabel = "N", description = "Evaluations per run, the same for every problem "
            + "(instead of --budget-multiplier).")
    private Long budget;

    @Option(names = "--targets", paramLabel = "A..B", description = "COCO target precisions used, e.g. 1e2..1e-8 (default); runs "
            + "stop at the smallest.")
    private String targets;

    @Option(names = "--reference", paramLabel = "NAME", description = "Algorithm the others are tested against (default: the first).")
    private String reference;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores); results do not depend on it.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (required).")
    private Path out;

    @Option(names = "--weights", paramLabel = "FILE", description = "Weights file for l2e (default: the shipped weights).")
    private Path weights;

    @Option(names = "--no-report", description = "Only run; do not write the report, plots or COCO data.")
    private boolean noReport;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StudyDefinition.Builder b;
        if (file != null) {
            b = StudyFile.builder(file);
            if (preset != null) {
                throw new UserException("give --preset or --file, not both (a study file may name a preset)");
            }
        } else if (preset != null) {
            b = StudyDefinition.preset(preset);
        } else {
            b = StudyDefinition.builder();
        }
        if (problems != null) {
            b.problems(problems);
        }
        if (algorithms != null) {
            b.algorithms(algorithms);
        }
        if (seeds != null) {
            b.seeds(seeds);
        }
        if (budgetMultiplier != null && budget != null) {
            throw new UserException("give --budget or --budget-multiplier, not both");
        }
        if (budgetMultiplier != null) {
            b.budgetMultiplier(budgetMultiplier);
        }
        if (budget != null) {
            b.budget(budget);
        }
        if (targets != null) {
            b.targets(targets);
        }
        if (reference != null) {
            b.reference(reference);
        }
        if (threads != null) {
            b.threads(threads);
        }
        if (out != null) {
            b.out(out);
        }
        if (weights != null) {
            b.weights(weights);
        }
        StudyDefinition def = b.build();
        if (def.out() == null) {
            throw new UserException("give --out DIR (the study's output directory)");
        }
        if (Files.exists(def.out()) && !Files.isDirectory(def.out())) {
            throw new UserException("--out: " + def.out() + " is not a directory");
        }
        Progress progress = new Progress(err, !quiet);
        StudyRunner runner = StudyRunner.create(def, io.github.l2e4j.benchmark.ProblemRegistry.standard(),
                io.github.l2e4j.study.Algorithms.all(), MoProblems.standard(), io.github.l2e4j.study.Algorithms.allMo(),
                p -> progress.update(String.format(Locale.ROOT,
                        "%s %d/%d runs%s  ETA %s  last: %s on %s seed %d", Progress.bar(p.done(), p.total()), p.done(), p.total(),
                        p.skipped() > 0 ? " (" + p.skipped() + " already done)" : "", Progress.duration(p.etaSeconds()),
                        p.last().algorithm(), p.last().problem(), p.last().seed())));
        long start = System.nanoTime();
        StudyResult result = runner.run();
        progress.done();
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean so = !runner.problems().isEmpty();
        boolean mo = !runner.moProblems().isEmpty();
        outWriter.printf(Locale.ROOT, "study        %d algorithms x %d problems x %d seeds = %d runs (%d made now, %d already in %s)%n",
                def.algorithms().size(), runner.problems().size() + runner.moProblems().size(), def.seeds().size(),
                runner.gridSize(), result.ran(), result.skipped(), so && mo ? "runs.csv and mo-runs.csv"
                        : mo ? StudyRunner.MO_RUNS_FILE : StudyRunner.RUNS_FILE);
        outWriter.printf(Locale.ROOT, "seconds      %.1f on %d threads%n", seconds, def.threads());
        if (so) {
            outWriter.printf(Locale.ROOT, "runs         %s%n", def.out().resolve(StudyRunner.RUNS_FILE));
        }
        if (mo) {
            outWriter.printf(Locale.ROOT, "mo-runs      %s%n", def.out().resolve(StudyRunner.MO_RUNS_FILE));
        }
        if (!result.failures().isEmpty()) {
            outWriter.printf(Locale.ROOT, "failures     %d (see %s)%n", result.failures().size(),
                    def.out().resolve(StudyRunner.FAILURES_FILE));
        }
        if (!noReport) {
            StudyReport.Statistics statistics = StudyReport.Statistics.of(result);
            List<Path> files = StudyReport.write(result, def.out(), commandLine(), statistics);
            outWriter.printf(Locale.ROOT, "report       %s%n", files.get(1));
            if (so) {
                StudyStatistics stats = statistics.singleObjective();
                outWriter.printf(Locale.ROOT, "%nagainst %s (Holm-corrected rank-sum tests, alpha %.2f):%n", def.reference(),
                        StudyStatistics.ALPHA);
                outWriter.printf(Locale.ROOT, "  %-16s %5s %5s %6s  %s%n", "algorithm", "wins", "ties", "losses",
                        "Friedman avg rank");
                for (String a : def.algorithms()) {
                    int[] w = stats.winTieLoss(a);
                    Double rank = stats.averageRanks().get(a);
                    outWriter.printf(Locale.ROOT, "  %-16s %5s %5s %6s  %s%n", a, a.equals(def.reference()) ? "ref" : w[0],
                            a.equals(def.reference()) ? "" : w[1], a.equals(def.reference()) ? "" : w[2],
                            rank == null ? "-" : String.format(Locale.ROOT, "%.2f", rank));
                }
            }
            if (mo) {
                MoStatistics ms = statistics.multiObjective();
                outWriter.printf(Locale.ROOT, "%nmulti-objective, against %s (final HV higher and IGD lower is better; "
                        + "Holm-corrected rank-sum tests, alpha %.2f):%n", def.reference(), StudyStatistics.ALPHA);
                outWriter.printf(Locale.ROOT, "  %-16s %-14s %-8s %-14s %s%n", "algorithm", "HV w/t/l", "HV rank", "IGD w/t/l",
                        "IGD rank");
                for (String a : def.algorithms()) {
                    outWriter.printf(Locale.ROOT, "  %-16s %-14s %-8s %-14s %s%n", a,
                            wtl(ms, MoStatistics.Indicator.HV, a, def.reference()), rank(ms, MoStatistics.Indicator.HV, a),
                            wtl(ms, MoStatistics.Indicator.IGD, a, def.reference()), rank(ms, MoStatistics.Indicator.IGD, a));
                }
            }
        }
        return 0;
    }

    private static String wtl(MoStatistics s, MoStatistics.Indicator ind, String a, String reference) {
        if (a.equals(reference)) {
            return "ref";
        }
        int[] w = s.winTieLoss(ind, a);
        return w[0] + "/" + w[1] + "/" + w[2];
    }

    private static String rank(MoStatistics s, MoStatistics.Indicator ind, String a) {
        Double r = s.averageRanks(ind).get(a);
        return r == null ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }

    private String commandLine() {
        List<String> parts = new ArrayList<>(List.of("l2e4j"));
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        if (args.isEmpty() || !args.get(0).equals("study")) {
            parts.add("study");
        }
        parts.addAll(args);
        return String.join(" ", parts);
    }
}
