package io.github.l2e4j.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.internal.AtomicFiles;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.l2o.GradientAlgorithm;
import io.github.l2e4j.metrics.CocoTargets;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.SearchSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a {@link StudyDefinition}: every (algorithm, problem, seed) of its grid once, on a pool of
 * {@code threads} workers, and appends each finished run to {@code OUT/runs.csv} as one line
 * ({@link RunRow}), so that a killed study, run again with the same definition and output
 * directory, skips the runs already there and does only the rest.
 *
 * <p><b>Each run.</b> The algorithm gets the problem with its objective wrapped in a
 * {@link RunTrace}, which counts and logs the first {@code budget = ceil(multiplier &middot; D)}
 * evaluations the same way for every algorithm; the run's seed is the study seed itself (so
 * {@code l2e4j optimize --seed s} repeats it), and it stops once f &le; f* + &Delta;f of the
 * smallest target (when f* is known). Runs are independent and seeded, so the rows do not depend
 * on the number of threads or on the order the runs finish in; only the {@code seconds} column
 * (wall-clock time) does. Gradient methods get the problem's exact gradient; every other
 * algorithm gets the black box (the problem without its gradient), as {@code l2e4j optimize} does.
 *
 * <p><b>Files in {@code OUT}.</b> {@code runs.csv} (DESIGN.md §9), {@code traces.csv} (one line
 * per run: its {@link Trace}, for convergence curves and COCO data; written just before the run's
 * {@code runs.csv} line), {@code failures.csv} (runs whose algorithm threw; they are recorded in
 * {@code runs.csv} with what the trace saw, so they are not retried), and {@code study.json} (the
 * definition; a re-run with different {@linkplain StudyDefinition#runSettings() run settings} is
 * refused).
 *
 * <p><b>Errors.</b> An unknown algorithm or problem, or a gradient method with a problem that has
 * no gradient, fails before any run with a one-line {@link IllegalArgumentException} naming it
 * (and the known algorithms).
 */
public final class StudyRunner {

    /** The runs file. */
    public static final String RUNS_FILE = "runs.csv";
    /** The traces file. */
    public static final String TRACES_FILE = "traces.csv";
    /** The failures file. */
    public static final String FAILURES_FILE = "failures.csv";
    /** The definition file. */
    public static final String DEFINITION_FILE = "study.json";

    static final String TRACES_HEADER = "algorithm,problem,seed,over_budget,improvements,checkpoints";
    static final String FAILURES_HEADER = "algorithm,problem,seed,error";

    private final StudyDefinition definition;
    private final Path out;
    private final Map<String, Algorithm> algorithms;
    private final List<Problem> problems;
    private final Consumer<StudyProgress> listener;

    private StudyRunner(StudyDefinition definition, ProblemRegistry registry, Map<String, Algorithm> available,
                        Consumer<StudyProgress> listener) {
        if (definition.out() == null) {
            throw new IllegalArgumentException("out: give the output directory");
        }
        this.definition = definition;
        this.out = definition.out();
        this.listener = listener;
        this.algorithms = resolveAlgorithms(definition, available);
        this.problems = resolveProblems(definition, registry);
        for (Map.Entry<String, Algorithm> a : algorithms.entrySet()) {
            if (a.getValue() instanceof GradientAlgorithm) {
                for (Problem p : problems) {
                    if (p.gradient().isEmpty()) {
                        throw new IllegalArgumentException("algorithm " + a.getKey() + " needs problems with an exact gradient, but "
                                + p.name() + " has none");
                    }
                }
            }
        }
    }

    /**
     * A runner for a definition with the standard problem registry and every algorithm on the class path.
     *
     * @throws IllegalArgumentException if an algorithm or a problem is unknown, or out is not set
     */
    public static StudyRunner create(StudyDefinition definition) {
        return create(definition, ProblemRegistry.standard(), Algorithms.all(), null);
    }

    /**
     * A runner with a given registry, algorithms by name and progress listener (may be null).
     *
     * @throws IllegalArgumentException if an algorithm or a problem is unknown, or out is not set
     */
    public static StudyRunner create(StudyDefinition definition, ProblemRegistry registry, Map<String, Algorithm> available,
                                     Consumer<StudyProgress> listener) {
        return new StudyRunner(definition, registry, available, listener);
    }

    private static Map<String, Algorithm> resolveAlgorithms(StudyDefinition def, Map<String, Algorithm> available) {
        Map<String, Algorithm> out = new LinkedHashMap<>();
        for (String name : def.algorithms()) {
            Algorithm a = available.get(name);
            if (a == null) {
                throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: "
                        + String.join(", ", new java.util.TreeSet<>(available.keySet())));
            }
            if (name.equals("l2e") && def.weights() != null) {
                if (!Files.isRegularFile(def.weights())) {
                    throw new IllegalArgumentException("weights: no such file " + def.weights());
                }
                a = new L2eAlgorithm("l2e", "L2E with the weights " + def.weights(),
                        WeightsFile.read(def.weights()).operator(), SearchSettings.defaults());
            }
            out.put(name, a);
        }
        if (def.weights() != null && !out.containsKey("l2e")) {
            throw new IllegalArgumentException("weights: only applies to the algorithm l2e, which the study does not run");
        }
        return out;
    }

    private static List<Problem> resolveProblems(StudyDefinition def, ProblemRegistry registry) {
        Map<String, Problem> byName = new LinkedHashMap<>();
        for (String id : def.problems()) {
            for (Problem p : registry.resolve(id)) {
                byName.putIfAbsent(p.name(), p);
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** The resolved problems, in grid order. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The resolved algorithms, by name, in grid order. */
    public Map<String, Algorithm> algorithms() {
        return java.util.Collections.unmodifiableMap(algorithms);
    }

    /** Number of runs in the grid. */
    public int gridSize() {
        return algorithms.size() * problems.size() * definition.seeds().size();
    }

    /**
     * Runs the runs of the grid that {@code runs.csv} does not have yet.
     *
     * @throws InterruptedException if the calling thread is interrupted: no new run starts, the
     *                              runs in progress finish and are recorded, then this throws
     * @throws IOException          if a file cannot be written
     */
    public StudyResult run() throws IOException, InterruptedException {
        Files.createDirectories(out);
        checkDefinitionFile();
        Map<RunKey, RunRow> rows = new ConcurrentHashMap<>();
        Map<RunKey, Trace> traces = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<RunKey> grid = new HashSet<>();
        for (String a : algorithms.keySet()) {
            for (Problem p : problems) {
                for (long s : definition.seeds()) {
                    grid.add(new RunKey(a, p.name(), s));
                }
            }
        }
        try (AppendLog runsLog = AppendLog.open(out.resolve(RUNS_FILE), RunRow.HEADER);
             AppendLog tracesLog = AppendLog.open(out.resolve(TRACES_FILE), TRACES_HEADER);
             AppendLog failuresLog = AppendLog.open(out.resolve(FAILURES_FILE), FAILURES_HEADER)) {
            readExisting(runsLog, tracesLog, failuresLog, grid, rows, traces, failures);
            int skipped = rows.size();
            List<Runnable> tasks = new ArrayList<>();
            AtomicBoolean cancelled = new AtomicBoolean();
            AtomicInteger done = new AtomicInteger();
            long start = System.nanoTime();
            List<RunKey> todo = new ArrayList<>();
            for (long s : definition.seeds()) {
                for (Problem p : problems) {
                    for (String a : algorithms.keySet()) {
                        RunKey key = new RunKey(a, p.name(), s);
                        if (!rows.containsKey(key)) {
                            todo.add(key);
                            Algorithm alg = algorithms.get(a);
                            tasks.add(() -> {
                                if (cancelled.get()) {
                                    return;
                                }
                                RunOutcome o = runOne(alg, p, s);
                                try {
                                    tracesLog.append(traceLine(key, o.trace()));
                                    if (o.failure() != null) {
                                        failuresLog.append(Csv.field(a) + "," + Csv.field(p.name()) + "," + s + ","
                                                + Csv.field(o.failure()));
                                        failures.add(a + " " + p.name() + " " + s + ": " + o.failure());
                                    }
                                    runsLog.append(o.row().toCsv());
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                rows.put(key, o.row());
                                traces.put(key, o.trace());
                                int d = done.incrementAndGet();
                                if (listener != null) {
                                    double elapsed = (System.nanoTime() - start) / 1e9;
                                    double eta = elapsed / d * (todo.size() - d);
                                    listener.accept(new StudyProgress(d, todo.size(), skipped, elapsed, eta, o.row()));
                                }
                            });
                        }
                    }
                }
            }
            execute(tasks, cancelled);
            return new StudyResult(definition, ordered(rows), traces, descriptions(), failures, done.get(), skipped);
        }
    }

    private void execute(List<Runnable> tasks, AtomicBoolean cancelled) throws InterruptedException, IOException {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(definition.threads(), tasks.size()), r -> {
            Thread t = new Thread(r, "l2e4j-study");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (Runnable t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            cancelled.set(true);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
            throw e;
        } catch (ExecutionException e) {
            cancelled.set(true);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run's row, trace, and the failure message if the algorithm threw (else null). */
    record RunOutcome(RunRow row, Trace trace, String failure) {
    }

    /** Runs one (algorithm, problem, seed) of this study; exposed to the package for tests. */
    RunOutcome runOne(Algorithm algorithm, Problem problem, long seed) {
        int d = problem.dimension();
        double fOpt = problem.optimalValue().orElse(Double.NaN);
        long budget = definition.budget(d);
        RunTrace trace = new RunTrace(problem.objective(), d, budget, fOpt);
        Problem base = algorithm instanceof GradientAlgorithm ? problem : problem.withoutGradient();
        Problem traced = base.toBuilder().objective(trace).build();
        double stop = Double.isNaN(fOpt) ? Double.NEGATIVE_INFINITY
                : fOpt + CocoTargets.precision(definition.lastTarget());
        String failure = null;
        long t0 = System.nanoTime();
        try {
            algorithm.minimize(traced, RunSpec.of(budget, stop, seed));
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String[] fi = RunRow.functionAndInstance(problem.name());
        RunRow row = new RunRow(algorithm == null ? "?" : nameOf(algorithm), problem.name(), fi[0], Integer.parseInt(fi[1]), d,
                seed, budget, trace.evaluations(), trace.best(), fOpt, trace.hits(), seconds);
        return new RunOutcome(row, trace.trace(), failure);
    }

    private String nameOf(Algorithm a) {
        for (Map.Entry<String, Algorithm> e : algorithms.entrySet()) {
            if (e.getValue() == a) {
                return e.getKey();
            }
        }
        return a.name();
    }

    private static String traceLine(RunKey key, Trace t) {
        return Csv.field(key.algorithm()) + "," + Csv.field(key.problem()) + "," + key.seed() + "," + t.overBudget() + ","
                + t.improvementsText() + "," + t.checkpointsText();
    }

    private void readExisting(AppendLog runsLog, AppendLog tracesLog, AppendLog failuresLog, Set<RunKey> grid,
                              Map<RunKey, RunRow> rows, Map<RunKey, Trace> traces, List<String> failures) {
        int lineNo = 1;
        for (String line : runsLog.existing()) {
            lineNo++;
            RunRow r;
            try {
                r = RunRow.parse(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(runsLog.file() + " line " + lineNo + ": " + e.getMessage());
            }
            if (grid.contains(r.key())) {
                if (r.budget() != definition.budget(r.dim())) {
                    throw new IllegalArgumentException(runsLog.file() + " line " + lineNo + ": budget " + r.budget()
                            + " differs from this study's " + definition.budget(r.dim()) + "; use another --out");
                }
                rows.put(r.key(), r);
            }
        }
        lineNo = 1;
        for (String line : tracesLog.existing()) {
            lineNo++;
            try {
                List<String> f = Csv.split(line);
                if (f.size() != 6) {
                    throw new IllegalArgumentException("expected 6 fields, found " + f.size());
                }
                RunKey key = new RunKey(f.get(0), f.get(1), Long.parseLong(f.get(2)));
                if (rows.containsKey(key)) {
                    traces.put(key, Trace.parse(f.get(4), f.get(5), Long.parseLong(f.get(3))));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(tracesLog.file() + " line " + lineNo + ": " + e.getMessage());
            }
        }
        for (String line : failuresLog.existing()) {
            List<String> f = Csv.split(line);
            if (f.size() == 4 && rows.containsKey(new RunKey(f.get(0), f.get(1), parseLongOr(f.get(2))))) {
                failures.add(f.get(0) + " " + f.get(1) + " " + f.get(2) + ": " + f.get(3));
            }
        }
    }

    private static long parseLongOr(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private void checkDefinitionFile() throws IOException {
        Path file = out.resolve(DEFINITION_FILE);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> settings = definition.runSettings();
        if (Files.exists(file)) {
            Map<?, ?> old;
            try {
                old = json.readValue(file.toFile(), Map.class);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": not a study definition (" + e.getMessage().lines().findFirst()
                        .orElse("") + ")");
            }
            Object oldSettings = old.get("run-settings");
            if (oldSettings instanceof Map<?, ?> m) {
                for (Map.Entry<String, Object> e : settings.entrySet()) {
                    Object was = m.get(e.getKey());
                    if (was != null && !String.valueOf(was).equals(String.valueOf(e.getValue()))) {
                        throw new IllegalArgumentException("--out " + out + " holds a study with " + e.getKey() + " " + was
                                + ", but this one has " + e.getValue() + "; use another --out (or the same settings)");
                    }
                }
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>(definition.toMap());
        doc.put("run-settings", settings);
        AtomicFiles.writeString(file, json.writeValueAsString(doc) + "\n");
    }

    private List<RunRow> ordered(Map<RunKey, RunRow> rows) {
        List<RunRow> out = new ArrayList<>();
        for (String a : algorithms.keySet()) {
            for (Problem p : problems) {
                for (long s : definition.seeds()) {
                    RunRow r = rows.get(new RunKey(a, p.name(), s));
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private Map<String, String> descriptions() {
        Map<String, String> m = new HashMap<>();
        algorithms.forEach((k, v) -> m.put(k, v.description()));
        return m;
    }
}
