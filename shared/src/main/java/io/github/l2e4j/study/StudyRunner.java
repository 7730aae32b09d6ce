package io.github.l2e4j.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.internal.AtomicFiles;
import io.github.l2e4j.metrics.CocoTargets;
import io.github.l2e4j.problem.Problem;

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
 * <p><b>Multi-objective problems.</b> Ids that a {@link MoProblemProvider} accepts (for example
 * {@code zdt1} or {@code dtlz2:m3} from {@code moea-plugin}) are multi-objective; their runs use the
 * {@link MoAlgorithm}s of the same names ({@link AlgorithmProvider#moAlgorithms()}). Each run gets a
 * {@link MoProblem} that counts its evaluations; the runner steps it until the count reaches the
 * budget (a step evaluates a whole generation, so the last one may pass it) and, after the first
 * step that reaches each of the {@linkplain MoRunRow#checkpoints(long) checkpoints}, records the
 * hypervolume and IGD of the run's result, as the problem computes them. A run's lines are
 * appended to {@code mo-runs.csv} ({@link MoRunRow}) in one write, so a killed study resumes there
 * too. A study may mix single- and multi-objective problems when every algorithm has both kinds.
 *
 * <p><b>Errors.</b> An unknown algorithm or problem, an algorithm without a version for the kind of
 * problems in the study, or a gradient method with a problem that has no gradient, fails before any
 * run with a one-line {@link IllegalArgumentException} naming it (and the known algorithms).
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
    /** The multi-objective runs file. */
    public static final String MO_RUNS_FILE = "mo-runs.csv";

    static final String TRACES_HEADER = "algorithm,problem,seed,over_budget,improvements,checkpoints";
    static final String FAILURES_HEADER = "algorithm,problem,seed,error";

    private final StudyDefinition definition;
    private final Path out;
    private final Map<String, Algorithm> algorithms;
    private final List<Problem> problems;
    private final Map<String, MoAlgorithm> moAlgorithms;
    private final List<MoProblem> moProblems;
    private final Consumer<StudyProgress> listener;

    private StudyRunner(StudyDefinition definition, ProblemRegistry registry, Map<String, Algorithm> available,
                        MoProblems moRegistry, Map<String, MoAlgorithm> availableMo, Consumer<StudyProgress> listener) {
        if (definition.out() == null) {
            throw new IllegalArgumentException("out: give the output directory");
        }
        this.definition = definition;
        this.out = definition.out();
        this.listener = listener;
        this.moProblems = new ArrayList<>();
        this.problems = resolveProblems(definition, registry, moRegistry, moProblems);
        this.algorithms = problems.isEmpty() ? new LinkedHashMap<>()
                : resolveAlgorithms(definition, available, availableMo, problems);
        this.moAlgorithms = moProblems.isEmpty() ? new LinkedHashMap<>()
                : resolveMoAlgorithms(definition, available, availableMo, moProblems);
        if (definition.weights() != null && !algorithms.containsKey("l2e")) {
            throw new IllegalArgumentException("weights: only applies to the algorithm l2e, which the study does not run");
        }
        for (Map.Entry<String, Algorithm> a : algorithms.entrySet()) {
            if (a.getValue().needsGradient()) {
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
     * A runner with given registries, algorithms by name (single- and multi-objective) and progress
     * listener (may be null).
     *
     * @throws IllegalArgumentException if an algorithm or a problem is unknown, or out is not set
     */
    public static StudyRunner create(StudyDefinition definition, ProblemRegistry registry, Map<String, Algorithm> available,
                                     MoProblems moRegistry, Map<String, MoAlgorithm> availableMo,
                                     Consumer<StudyProgress> listener) {
        return new StudyRunner(definition, registry, available, moRegistry, availableMo, listener);
    }

    /**
     * A runner with a given registry, algorithms by name and progress listener (may be null); the
     * multi-objective problems and algorithms are those on the class path.
     *
     * @throws IllegalArgumentException if an algorithm or a problem is unknown, or out is not set
     */
    public static StudyRunner create(StudyDefinition definition, ProblemRegistry registry, Map<String, Algorithm> available,
                                     Consumer<StudyProgress> listener) {
        return new StudyRunner(definition, registry, available, MoProblems.standard(), Algorithms.allMo(), listener);
    }

    private static String names(java.util.Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(names));
    }

    private static String some(List<String> names) {
        return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", ...";
    }

    private static Map<String, Algorithm> resolveAlgorithms(StudyDefinition def, Map<String, Algorithm> available,
                                                            Map<String, MoAlgorithm> availableMo, List<Problem> problems) {
        Map<String, Algorithm> out = new LinkedHashMap<>();
        for (String name : def.algorithms()) {
            Algorithm a = available.get(name);
            if (a == null && AlgorithmName.parse(name).hasParameters()) {
                a = Algorithms.byName(name);
            }
            if (a == null && availableMo.containsKey(name)) {
                throw new IllegalArgumentException("algorithm '" + name + "' is multi-objective only, but the study has "
                        + "single-objective problems (" + some(problems.stream().map(Problem::name).toList())
                        + "); single-objective algorithms: " + names(available.keySet()));
            }
            if (a == null) {
                throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + names(available.keySet()));
            }
            if (name.equals("l2e") && def.weights() != null) {
                if (!Files.isRegularFile(def.weights())) {
                    throw new IllegalArgumentException("weights: no such file " + def.weights());
                }
                // The weights key is l2e[weights=FILE] under the name l2e.
                a = ((L2eAlgorithm) Algorithms.byName(new AlgorithmName("l2e", Map.of("weights",
                        def.weights().toString())).toString())).renamed("l2e", "L2E with the weights " + def.weights());
            }
            out.put(name, a);
        }
        return out;
    }

    private static Map<String, MoAlgorithm> resolveMoAlgorithms(StudyDefinition def, Map<String, Algorithm> available,
                                                                Map<String, MoAlgorithm> availableMo, List<MoProblem> problems) {
        Map<String, MoAlgorithm> out = new LinkedHashMap<>();
        for (String name : def.algorithms()) {
            MoAlgorithm a = availableMo.get(name);
            if (a == null && AlgorithmName.parse(name).hasParameters() && !available.containsKey(name)) {
                a = Algorithms.moByName(name);
            }
            if (a == null && available.containsKey(name)) {
                throw new IllegalArgumentException("algorithm '" + name + "' is single-objective only, but the study has "
                        + "multi-objective problems (" + some(problems.stream().map(MoProblem::name).toList())
                        + "); multi-objective algorithms: " + names(availableMo.keySet()));
            }
            if (a == null) {
                throw new IllegalArgumentException("unknown algorithm '" + name + "'; known multi-objective algorithms: "
                        + names(availableMo.keySet()));
            }
            out.put(name, a);
        }
        return out;
    }

    private static List<Problem> resolveProblems(StudyDefinition def, ProblemRegistry registry, MoProblems moRegistry,
                                                 List<MoProblem> moOut) {
        Map<String, Problem> byName = new LinkedHashMap<>();
        Map<String, MoProblem> moByName = new LinkedHashMap<>();
        for (String id : def.problems()) {
            if (moRegistry.accepts(id)) {
                for (MoProblem p : moRegistry.resolve(id)) {
                    moByName.putIfAbsent(p.name(), p);
                }
                continue;
            }
            List<Problem> resolved;
            try {
                resolved = registry.resolve(id);
            } catch (IllegalArgumentException e) {
                String m = String.valueOf(e.getMessage());
                if (m.startsWith("unknown problem id")) {
                    throw new IllegalArgumentException(m + "; multi-objective problems: " + moRegistry.usage(), e);
                }
                throw e;
            }
            for (Problem p : resolved) {
                byName.putIfAbsent(p.name(), p);
            }
        }
        moOut.addAll(moByName.values());
        return new ArrayList<>(byName.values());
    }

    /** The resolved single-objective problems, in grid order. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The resolved multi-objective problems, in grid order. */
    public List<MoProblem> moProblems() {
        return List.copyOf(moProblems);
    }

    /** The resolved single-objective algorithms, by name, in grid order (empty without single-objective problems). */
    public Map<String, Algorithm> algorithms() {
        return java.util.Collections.unmodifiableMap(algorithms);
    }

    /** The resolved multi-objective algorithms, by name, in grid order (empty without multi-objective problems). */
    public Map<String, MoAlgorithm> moAlgorithms() {
        return java.util.Collections.unmodifiableMap(moAlgorithms);
    }

    /** Number of runs in the grid (single- and multi-objective). */
    public int gridSize() {
        return (algorithms.size() * problems.size() + moAlgorithms.size() * moProblems.size()) * definition.seeds().size();
    }

    /**
     * Runs the runs of the grid that {@code runs.csv} and {@code mo-runs.csv} do not have yet.
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
        Map<RunKey, List<MoRunRow>> moRows = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<RunKey> grid = new HashSet<>();
        for (String a : algorithms.keySet()) {
            for (Problem p : problems) {
                for (long s : definition.seeds()) {
                    grid.add(new RunKey(a, p.name(), s));
                }
            }
        }
        Set<RunKey> moGrid = new HashSet<>();
        for (String a : moAlgorithms.keySet()) {
            for (MoProblem p : moProblems) {
                for (long s : definition.seeds()) {
                    moGrid.add(new RunKey(a, p.name(), s));
                }
            }
        }
        try (AppendLog runsLog = problems.isEmpty() ? null : AppendLog.open(out.resolve(RUNS_FILE), RunRow.HEADER);
             AppendLog tracesLog = problems.isEmpty() ? null : AppendLog.open(out.resolve(TRACES_FILE), TRACES_HEADER);
             AppendLog failuresLog = AppendLog.open(out.resolve(FAILURES_FILE), FAILURES_HEADER);
             AppendLog moLog = moProblems.isEmpty() ? null : openMoRuns(moGrid, moRows)) {
            if (runsLog != null) {
                readExisting(runsLog, tracesLog, grid, rows, traces);
            }
            readFailures(failuresLog, rows.keySet(), moRows.keySet(), failures);
            int skipped = rows.size() + moRows.size();
            List<Runnable> tasks = new ArrayList<>();
            AtomicBoolean cancelled = new AtomicBoolean();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger total = new AtomicInteger();
            long start = System.nanoTime();
            Consumer<RunKey> finished = key -> {
                int d = done.incrementAndGet();
                if (listener != null) {
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    double eta = elapsed / d * (total.get() - d);
                    listener.accept(new StudyProgress(d, total.get(), skipped, elapsed, eta, key));
                }
            };
            for (long s : definition.seeds()) {
                for (Problem p : problems) {
                    for (String a : algorithms.keySet()) {
                        RunKey key = new RunKey(a, p.name(), s);
                        if (!rows.containsKey(key)) {
                            Algorithm alg = algorithms.get(a);
                            tasks.add(() -> {
                                if (cancelled.get()) {
                                    return;
                                }
                                RunOutcome o = runOne(a, alg, p, s);
                                try {
                                    tracesLog.append(traceLine(key, o.trace()));
                                    if (o.failure() != null) {
                                        failuresLog.append(failureLine(key, o.failure()));
                                        failures.add(a + " " + p.name() + " " + s + ": " + o.failure());
                                    }
                                    runsLog.append(o.row().toCsv());
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                rows.put(key, o.row());
                                traces.put(key, o.trace());
                                finished.accept(key);
                            });
                        }
                    }
                }
                for (MoProblem p : moProblems) {
                    for (String a : moAlgorithms.keySet()) {
                        RunKey key = new RunKey(a, p.name(), s);
                        if (!moRows.containsKey(key)) {
                            MoAlgorithm alg = moAlgorithms.get(a);
                            tasks.add(() -> {
                                if (cancelled.get()) {
                                    return;
                                }
                                MoOutcome o = runMo(a, alg, p, s);
                                try {
                                    if (o.failure() != null) {
                                        failuresLog.append(failureLine(key, o.failure()));
                                        failures.add(a + " " + p.name() + " " + s + ": " + o.failure());
                                    }
                                    moLog.appendAll(o.rows().stream().map(MoRunRow::toCsv).toList());
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                moRows.put(key, o.rows());
                                finished.accept(key);
                            });
                        }
                    }
                }
            }
            total.set(tasks.size());
            execute(tasks, cancelled);
            return new StudyResult(definition, ordered(rows), traces, descriptions(), failures, done.get(), skipped,
                    orderedMo(moRows), moNotes());
        }
    }

    private static String failureLine(RunKey key, String failure) {
        return Csv.field(key.algorithm()) + "," + Csv.field(key.problem()) + "," + key.seed() + "," + Csv.field(failure);
    }

    /**
     * Opens {@code mo-runs.csv}, reading the finished runs of the grid into {@code done}. A run is
     * finished when it has a line for each of its checkpoints; the lines of an unfinished run (only
     * a crash of the machine can leave one) are removed from the file, so that it is redone.
     */
    private AppendLog openMoRuns(Set<RunKey> grid, Map<RunKey, List<MoRunRow>> done) throws IOException {
        Path file = out.resolve(MO_RUNS_FILE);
        AppendLog log = AppendLog.open(file, MoRunRow.HEADER);
        Map<RunKey, List<MoRunRow>> byKey = new LinkedHashMap<>();
        int lineNo = 1;
        for (String line : log.existing()) {
            lineNo++;
            MoRunRow r;
            try {
                r = MoRunRow.parse(line);
            } catch (IllegalArgumentException e) {
                log.close();
                throw new IllegalArgumentException(file + " line " + lineNo + ": " + e.getMessage());
            }
            if (grid.contains(r.key()) && r.budget() != definition.budget(r.dim())) {
                log.close();
                throw new IllegalArgumentException(file + " line " + lineNo + ": budget " + r.budget()
                        + " differs from this study's " + definition.budget(r.dim()) + "; use another --out");
            }
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        Set<RunKey> unfinished = new HashSet<>();
        for (Map.Entry<RunKey, List<MoRunRow>> e : byKey.entrySet()) {
            List<MoRunRow> rs = e.getValue();
            long[] cps = MoRunRow.checkpoints(rs.get(0).budget());
            boolean complete = rs.size() == cps.length;
            for (int i = 0; complete && i < cps.length; i++) {
                complete = rs.get(i).checkpoint() == cps[i];
            }
            if (!complete) {
                unfinished.add(e.getKey());
            } else if (grid.contains(e.getKey())) {
                done.put(e.getKey(), List.copyOf(rs));
            }
        }
        if (unfinished.isEmpty()) {
            return log;
        }
        StringBuilder kept = new StringBuilder(MoRunRow.HEADER).append('\n');
        for (String line : log.existing()) {
            if (!unfinished.contains(MoRunRow.parse(line).key())) {
                kept.append(line).append('\n');
            }
        }
        log.close();
        AtomicFiles.writeString(file, kept.toString());
        return AppendLog.open(file, MoRunRow.HEADER);
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

    /** Runs one (algorithm, problem, seed) of this study; {@code name} is the algorithm's name in the study. */
    RunOutcome runOne(String name, Algorithm algorithm, Problem problem, long seed) {
        int d = problem.dimension();
        double fOpt = problem.optimalValue().orElse(Double.NaN);
        long budget = definition.budget(d);
        RunTrace trace = new RunTrace(problem.objective(), d, budget, fOpt);
        Problem base = algorithm.needsGradient() ? problem : problem.withoutGradient();
        Problem traced = base.toBuilder().objective(trace).build();
        double stop = Double.isNaN(fOpt) ? Double.NEGATIVE_INFINITY
                : fOpt + CocoTargets.precision(definition.lastTarget());
        String failure = null;
        long t0 = System.nanoTime();
        try {
            algorithm.minimize(traced, RunSpec.of(budget, stop, seed));
        } catch (RuntimeException e) {
            failure = failureText(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String[] fi = RunRow.functionAndInstance(problem.name());
        RunRow row = new RunRow(name, problem.name(), fi[0], Integer.parseInt(fi[1]), d,
                seed, budget, trace.evaluations(), trace.best(), fOpt, trace.hits(), seconds);
        return new RunOutcome(row, trace.trace(), failure);
    }

    /** One multi-objective run's lines and the failure message if the algorithm threw (else null). */
    record MoOutcome(List<MoRunRow> rows, String failure) {
    }

    /** Runs one (algorithm, problem, seed) of this study's multi-objective grid. */
    MoOutcome runMo(String name, MoAlgorithm algorithm, MoProblem problem, long seed) {
        long budget = definition.budget(problem.dimension());
        long[] checkpoints = MoRunRow.checkpoints(budget);
        CountingMoProblem counted = new CountingMoProblem(problem);
        List<MoRunRow> rows = new ArrayList<>();
        String failure = null;
        long t0 = System.nanoTime();
        double hv = 0;
        double igd = Double.POSITIVE_INFINITY;
        try (MoRun run = algorithm.start(counted, budget, seed)) {
            long steps = 0;
            while (rows.size() < checkpoints.length) {
                long before = counted.evaluations();
                run.step();
                steps++;
                long now = counted.evaluations();
                boolean stalled = now == before && steps > 1;
                if (now >= checkpoints[rows.size()] || stalled) {
                    double[][] front = run.front();
                    hv = problem.hypervolume(front);
                    igd = problem.igd(front);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    while (rows.size() < checkpoints.length && (now >= checkpoints[rows.size()] || stalled)) {
                        rows.add(new MoRunRow(name, problem.name(), problem.objectives(), problem.dimension(), seed, budget,
                                checkpoints[rows.size()], now, hv, igd, seconds));
                    }
                }
            }
        } catch (RuntimeException e) {
            failure = failureText(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        while (rows.size() < checkpoints.length) {
            rows.add(new MoRunRow(name, problem.name(), problem.objectives(), problem.dimension(), seed, budget,
                    checkpoints[rows.size()], counted.evaluations(), hv, igd, seconds));
        }
        return new MoOutcome(rows, failure);
    }

    /** A problem that counts the evaluations made through it. */
    private static final class CountingMoProblem implements MoProblem {
        private final MoProblem problem;
        private final java.util.concurrent.atomic.AtomicLong evaluations = new java.util.concurrent.atomic.AtomicLong();

        CountingMoProblem(MoProblem problem) {
            this.problem = problem;
        }

        long evaluations() {
            return evaluations.get();
        }

        @Override
        public String name() {
            return problem.name();
        }

        @Override
        public int objectives() {
            return problem.objectives();
        }

        @Override
        public io.github.l2e4j.problem.Bounds bounds() {
            return problem.bounds();
        }

        @Override
        public void evaluate(double[] x, double[] f) {
            evaluations.incrementAndGet();
            problem.evaluate(x, f);
        }

        @Override
        public double hypervolume(double[][] front) {
            return problem.hypervolume(front);
        }

        @Override
        public double igd(double[][] front) {
            return problem.igd(front);
        }

        @Override
        public String indicatorNote() {
            return problem.indicatorNote();
        }
    }

    /** The exception's class and the first line of its message, as failures.csv records it. */
    private static String failureText(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static String traceLine(RunKey key, Trace t) {
        return Csv.field(key.algorithm()) + "," + Csv.field(key.problem()) + "," + key.seed() + "," + t.overBudget() + ","
                + t.improvementsText() + "," + t.checkpointsText();
    }

    private void readExisting(AppendLog runsLog, AppendLog tracesLog, Set<RunKey> grid, Map<RunKey, RunRow> rows,
                              Map<RunKey, Trace> traces) {
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
    }

    private static void readFailures(AppendLog failuresLog, Set<RunKey> done, Set<RunKey> moDone, List<String> failures) {
        for (String line : failuresLog.existing()) {
            List<String> f = Csv.split(line);
            if (f.size() != 4) {
                continue;
            }
            RunKey key = new RunKey(f.get(0), f.get(1), parseLongOr(f.get(2)));
            if (done.contains(key) || moDone.contains(key)) {
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

    private List<MoRunRow> orderedMo(Map<RunKey, List<MoRunRow>> rows) {
        List<MoRunRow> out = new ArrayList<>();
        for (String a : moAlgorithms.keySet()) {
            for (MoProblem p : moProblems) {
                for (long s : definition.seeds()) {
                    List<MoRunRow> r = rows.get(new RunKey(a, p.name(), s));
                    if (r != null) {
                        out.addAll(r);
                    }
                }
            }
        }
        return out;
    }

    private List<String> moNotes() {
        Set<String> notes = new java.util.LinkedHashSet<>();
        moProblems.forEach(p -> notes.add(p.indicatorNote()));
        return new ArrayList<>(notes);
    }

    private Map<String, String> descriptions() {
        Map<String, String> m = new HashMap<>();
        algorithms.forEach((k, v) -> m.put(k, v.description()));
        moAlgorithms.forEach((k, v) -> m.putIfAbsent(k, v.description()));
        return m;
    }
}
