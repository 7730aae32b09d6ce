package io.github.l2e4j.cli;

import io.github.l2e4j.dynamic.DynamicAlgorithm;
import io.github.l2e4j.dynamic.DynamicAlgorithms;
import io.github.l2e4j.dynamic.DynamicProblem;
import io.github.l2e4j.dynamic.DynamicProblems;
import io.github.l2e4j.dynamic.DynamicRun;
import io.github.l2e4j.dynamic.DynamicRunResult;
import io.github.l2e4j.dynamic.EnvironmentResult;
import io.github.l2e4j.dynamic.TimeSchedule;
import io.github.l2e4j.internal.AtomicFiles;
import io.github.l2e4j.study.StudyDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code l2e4j dmo}: dynamic multi-objective runs (DF1-DF14, FDA1-FDA5) of several algorithms over
 * seeds, scored with IGD and HV against the true front at the end of every environment; writes a CSV
 * per run with one row per time step, a summary CSV, the MIGD/MHV table and plots.
 */
@Command(name = "dmo", mixinStandardHelpOptions = true,
        description = {"Run dynamic multi-objective problems (DF1-DF14, FDA1-FDA5) with several algorithms and seeds.",
            "Each run is scored with IGD and HV against the true Pareto front PF(t) after every environment;",
            "MIGD and MHV are the means over the time steps. Writes, under --out:",
            "  runs.csv             one row per run (MIGD, MHV, evaluations, detected changes, seconds)",
            "  steps/*.csv          one file per run, one row per time step (IGD, HV, ...)",
            "  fronts/*.csv         the plotted runs' fronts at every time step",
            "  table.md, table.csv  median (IQR) MIGD and MHV per problem, setting and algorithm, with",
            "                       Wilcoxon rank-sum tests against the first algorithm",
            "  plots/*.png          MIGD over time (IGD per time step, median over seeds), and fronts at",
            "                       selected time steps against PF(t)",
            "The table is also printed; progress goes to stderr. Re-running with the same --out, --changes and",
            "--warm-up reuses every finished (problem, setting) cell, plots as they were drawn: a killed run resumes."},
        footer = {"", "Examples:",
            "  l2e4j dmo --problem DF2",
            "  l2e4j dmo --problem DF1-DF14 --nt 10,5 --taut 10 --algorithms l2e-moead,dnsga2a,dnsga2b --seeds 10 --threads 2",
            "  l2e4j dmo --problem FDA4 --changes 10 --seeds 11-20 --out fda4",
            "  l2e4j dmo --list"})
final class DmoCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", paramLabel = "IDS",
            description = "Problems: names (DF1 ... DF14, FDA1 ... FDA5, optionally :n<D>), ranges DF1-DF14, or all, DF, FDA; "
                    + "comma-separated.")
    private String problems;

    @Option(names = "--nt", paramLabel = "N", split = ",", defaultValue = "10",
            description = "Severity n_t, or several, comma-separated (default ${DEFAULT-VALUE}).")
    private List<Integer> severities;

    @Option(names = "--taut", paramLabel = "N", split = ",", defaultValue = "10",
            description = "Frequency tau_t (generations per environment), or several (default ${DEFAULT-VALUE}).")
    private List<Integer> frequencies;

    @Option(names = "--warm-up", paramLabel = "T0", defaultValue = "50",
            description = "Generations before the first change (default ${DEFAULT-VALUE}, the CEC 2018 value).")
    private int warmUp;

    @Option(names = "--changes", paramLabel = "C", defaultValue = "30",
            description = "Number of changes per run (default ${DEFAULT-VALUE}).")
    private int changes;

    @Option(names = "--algorithms", paramLabel = "NAMES", defaultValue = "l2e-moead,dnsga2a",
            description = "Algorithms, comma-separated; the first is the reference of the tests (default ${DEFAULT-VALUE}; "
                    + "see --list). The L2E-MOEAD ones take weights, e.g. 'l2e-moead[weights=trained.json]'.")
    private String algorithms;

    @Option(names = "--seeds", paramLabel = "SEEDS", defaultValue = "10",
            description = "A count n (seeds 1..n), a range a-b, or a comma-separated list of seeds and ranges, "
                    + "as in study (default ${DEFAULT-VALUE}).")
    private String seeds;

    @Option(names = "--population", paramLabel = "N", defaultValue = "0",
            description = "Population size; 0 for 100 (two objectives) or 105 (three) (default ${DEFAULT-VALUE}).")
    private int population;

    @Option(names = "--plot-steps", paramLabel = "K", split = ",",
            description = "Time steps whose fronts are plotted (default 0, C/3, 2C/3, C).")
    private List<Integer> plotSteps;

    @Option(names = "--no-plots", description = "Write no plots.")
    private boolean noPlots;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Runs in parallel (default ${DEFAULT-VALUE}); results do not depend on it.")
    private int threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dmo-out",
            description = "Output directory (default ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--list", description = "List the problems and algorithms and exit.")
    private boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            stdout.println("problems:   " + String.join(", ", DynamicProblems.names()));
            DynamicAlgorithms.all().forEach((n, a) -> stdout.printf("%-22s %s%n", n, a.description()));
            return 0;
        }
        if (problems == null) {
            throw new UserException("give --problem IDS, e.g. --problem DF2 (see l2e4j dmo --help)");
        }
        List<DynamicProblem> problemList = parseProblems(problems);
        List<TimeSchedule> schedules = schedules();
        if (changes < 0) {
            throw new UserException("--changes must be >= 0, was " + changes);
        }
        if (threads < 1) {
            throw new UserException("--threads must be >= 1, was " + threads);
        }
        if (population != 0 && population < 2) {
            throw new UserException("--population must be >= 2 (or 0 for the default), was " + population);
        }
        List<DynamicAlgorithm> algorithmList = new ArrayList<>();
        for (String name : io.github.l2e4j.study.AlgorithmName.splitList(algorithms)) {
            if (!name.isBlank()) {
                algorithmList.add(DynamicAlgorithms.byName(name.trim()));
            }
        }
        if (algorithmList.isEmpty()) {
            throw new UserException("--algorithms must name at least one algorithm (see l2e4j dmo --list)");
        }
        List<Long> seedList;
        try {
            seedList = StudyDefinition.parseSeeds(seeds);
        } catch (IllegalArgumentException e) {
            throw new UserException("--" + e.getMessage());
        }
        List<Integer> steps = plotSteps != null ? plotSteps : List.of(0, changes / 3, 2 * changes / 3, changes);
        for (int k : steps) {
            if (k < 0 || k > changes) {
                throw new UserException("--plot-steps must be in [0, " + changes + "] (the time steps), was " + k);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out: " + out + " is not a directory");
        }
        try {
            Files.createDirectories(out.resolve("steps"));
        } catch (IOException e) {
            throw new UserException("--out: cannot create the directory " + out + " (" + e.getMessage() + ")");
        }

        List<String> names = algorithmList.stream().map(DynamicAlgorithm::name).toList();
        String settings = DmoResume.settings(changes, warmUp);
        DmoResume previous = DmoResume.read(out, settings);
        // Finished cells are reused; the others run again whole.
        Map<String, List<DynamicRunResult>> reused = new LinkedHashMap<>();
        Map<String, DynamicRun> cellRuns = new LinkedHashMap<>();
        List<String> rerunProblems = new ArrayList<>();
        List<TimeSchedule> rerunSchedules = new ArrayList<>();
        for (TimeSchedule schedule : schedules) {
            for (DynamicProblem problem : problemList) {
                DynamicRun cellRun = DynamicRun.builder().problem(problem).schedule(schedule).changes(changes)
                        .populationSize(population).build();
                cellRuns.put(cellKey(problem.name(), schedule), cellRun);
                List<DynamicRunResult> finished = previous.cell(problem.name(), schedule, names, seedList,
                        cellRun.populationSize(), changes, !noPlots);
                if (finished != null) {
                    reused.put(cellKey(problem.name(), schedule), finished);
                } else {
                    rerunProblems.add(problem.name());
                    rerunSchedules.add(schedule);
                }
            }
        }
        List<String> kept = previous.keptRows(rerunProblems, rerunSchedules, names, seedList);
        AtomicFiles.writeString(out.resolve(DmoResume.SETTINGS), settings + "\n");
        Path runsFile = out.resolve("runs.csv");
        AtomicFiles.writeString(runsFile,
                DmoResume.HEADER + "\n" + (kept.isEmpty() ? "" : String.join("\n", kept) + "\n"));

        List<DmoReport.Cell> cells = new ArrayList<>();
        Progress progress = new Progress(err, !quiet);
        int total = rerunProblems.size() * algorithmList.size() * seedList.size();
        int done = 0;
        try (PrintWriter runs = new PrintWriter(Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (TimeSchedule schedule : schedules) {
                    for (DynamicProblem problem : problemList) {
                        List<DynamicRunResult> finished = reused.get(cellKey(problem.name(), schedule));
                        if (finished != null) {
                            Map<String, List<DynamicRunResult>> results = new LinkedHashMap<>();
                            for (DynamicRunResult r : finished) {
                                results.computeIfAbsent(r.algorithm(), k -> new ArrayList<>()).add(r);
                            }
                            cells.add(new DmoReport.Cell(problem.name(), schedule, results));
                            continue;
                        }
                        DynamicRun run = cellRuns.get(cellKey(problem.name(), schedule));
                        Map<String, List<Future<DynamicRunResult>>> futures = new LinkedHashMap<>();
                        for (DynamicAlgorithm a : algorithmList) {
                            List<Future<DynamicRunResult>> fs = new ArrayList<>();
                            for (long seed : seedList) {
                                fs.add(pool.submit(() -> run.run(a, seed)));
                            }
                            futures.put(a.name(), fs);
                        }
                        Map<String, List<DynamicRunResult>> results = new LinkedHashMap<>();
                        for (Map.Entry<String, List<Future<DynamicRunResult>>> e : futures.entrySet()) {
                            List<DynamicRunResult> rs = new ArrayList<>();
                            for (Future<DynamicRunResult> f : e.getValue()) {
                                DynamicRunResult r = get(f);
                                rs.add(r);
                                writeSteps(r);
                                done++;
                                progress.update(String.format(Locale.ROOT, "[%d/%d] %s (%d,%d) %s seed %d  MIGD %.4g  MHV %.4g",
                                        done, total, r.problem(), schedule.severity(), schedule.frequency(),
                                        r.algorithm(), r.seed(), r.migd(), r.mhv()));
                            }
                            results.put(e.getKey(), rs);
                        }
                        cells.add(new DmoReport.Cell(problem.name(), schedule, results));
                        DmoPlots.writeFronts(out.resolve("fronts"), run, results);
                        if (!noPlots) {
                            DmoPlots.migdOverTime(out.resolve("plots"), problem.name(), schedule, results);
                            DmoPlots.frontsAtSteps(out.resolve("plots"), run, results, steps);
                        }
                        // The rows last: a cell whose rows are all in runs.csv has its steps, fronts and plots.
                        for (List<DynamicRunResult> rs : results.values()) {
                            for (DynamicRunResult r : rs) {
                                writeRun(runs, r, run.populationSize());
                            }
                        }
                        runs.flush();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        progress.done();
        String table = DmoReport.markdown(cells, names, changes, seedList);
        Files.writeString(out.resolve("table.md"), table, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("table.csv"), DmoReport.csv(cells, names), StandardCharsets.UTF_8);
        stdout.print(table);
        stdout.println();
        int reusedRuns = reused.size() * algorithmList.size() * seedList.size();
        stdout.println("wrote " + out.toAbsolutePath().normalize() + " (runs.csv, steps/, fronts/, table.md, table.csv"
                + (noPlots ? ")" : ", plots/)") + ": " + total + " runs made now"
                + (reusedRuns > 0 ? ", " + reusedRuns + " reused from runs.csv (" + reused.size() + " finished "
                + (reused.size() == 1 ? "cell" : "cells") + ")" : ""));
        return 0;
    }

    private static DynamicRunResult get(Future<DynamicRunResult> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }

    private List<TimeSchedule> schedules() {
        List<TimeSchedule> list = new ArrayList<>();
        for (int nt : severities) {
            if (nt < 1) {
                throw new UserException("--nt must be >= 1, was " + nt);
            }
            for (int taut : frequencies) {
                if (taut < 1) {
                    throw new UserException("--taut must be >= 1, was " + taut);
                }
                if (warmUp < 1) {
                    throw new UserException("--warm-up must be >= 1, was " + warmUp);
                }
                list.add(new TimeSchedule(nt, taut, warmUp));
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(list));
    }

    /** Problem names, ranges (DF1-DF14) and groups (all, DF, FDA). */
    static List<DynamicProblem> parseProblems(String spec) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String raw : spec.split(",")) {
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            String u = s.toUpperCase(Locale.ROOT);
            if (u.equals("ALL")) {
                ids.addAll(DynamicProblems.names());
            } else if (u.equals("DF")) {
                ids.addAll(DynamicProblems.dfNames());
            } else if (u.equals("FDA")) {
                ids.addAll(DynamicProblems.fdaNames());
            } else if (u.matches("(DF|FDA)[0-9]+-(DF|FDA)?[0-9]+")) {
                String family = u.startsWith("DF") ? "DF" : "FDA";
                String[] ends = u.split("-");
                int a = Integer.parseInt(ends[0].substring(family.length()));
                String second = ends[1].replace(family, "");
                if (!second.matches("[0-9]+")) {
                    throw new UserException("--problem: a range must stay in one family, e.g. DF1-DF14, was '" + s + "'");
                }
                int b = Integer.parseInt(second);
                if (b < a) {
                    throw new UserException("--problem: empty range '" + s + "'");
                }
                for (int k = a; k <= b; k++) {
                    ids.add(family + k);
                }
            } else {
                ids.add(s);
            }
        }
        if (ids.isEmpty()) {
            throw new UserException("--problem must name at least one problem (see l2e4j dmo --list)");
        }
        List<DynamicProblem> list = new ArrayList<>();
        for (String id : ids) {
            list.add(DynamicProblems.of(id));
        }
        return list;
    }

    private void writeRun(PrintWriter runs, DynamicRunResult r, int populationSize) {
        TimeSchedule s = r.schedule();
        runs.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%.17g,%.17g,%d,%d,%.3f%n", r.algorithm(), r.problem(), s.severity(),
                s.frequency(), changes, r.seed(), populationSize, r.migd(), r.mhv(), r.evaluations(), r.detections(),
                r.seconds());
    }

    private static String cellKey(String problem, TimeSchedule s) {
        return problem + "|" + s.severity() + "|" + s.frequency();
    }

    private void writeSteps(DynamicRunResult r) {
        Path file = DmoResume.stepsFile(out, r.problem(), r.schedule(), r.algorithm(), r.seed());
        try (PrintWriter w = writer(file)) {
            w.println("environment,time,generation,evaluations,detections,igd,hv,front_size");
            for (EnvironmentResult e : r.environments()) {
                w.printf(Locale.ROOT, "%d,%.17g,%d,%d,%d,%.17g,%.17g,%d%n", e.environment(), e.time(), e.generation(),
                        e.evaluations(), e.detections(), e.igd(), e.hv(), e.front().length);
            }
        }
    }

    static PrintWriter writer(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
