package io.github.l2e4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.L2eOptimizer;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.AlgorithmName;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.L2eAlgorithm;
import io.github.l2e4j.study.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code l2e4j optimize}: one run of L2E (or a baseline) on one problem. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Minimise one problem with L2E (default) or a baseline and print the result.",
            "Progress goes to stderr, the result to stdout (text, or JSON with --json)."},
        footer = {"", "Examples:",
            "  l2e4j optimize --function rosenbrock --dim 10 --budget 30000 --seed 1",
            "  l2e4j optimize --problem bbob_f010_i01_d10 --budget 100000",
            "  l2e4j optimize --problem control:cartpole:linear --budget 3000",
            "  l2e4j optimize --function ellipsoid --dim 20 --algorithm cmaes --json",
            "  l2e4j optimize --problem gradient:qp:n32:m20:i1 --algorithm l2o-steps --budget 100"})
final class OptimizeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
    private Target problemChoice;

    /** Exactly one of --function and --problem. */
    static final class Target {
        @Option(names = "--function", paramLabel = "NAME", required = true,
                description = "Built-in test function: sphere, ellipsoid (rotated, condition 1e6), rosenbrock, rastrigin.")
        String function;

        @Option(names = "--problem", paramLabel = "ID", required = true,
                description = "A problem id: bbob_f010_i01_d10, bbob-largescale_f008_i03_d0640, control:cartpole:linear, "
                        + "sphere_d10 ... (see docs/benchmarks.md).")
        String problem;
    }

    @Option(names = "--dim", paramLabel = "D", defaultValue = "10",
            description = "Dimension for --function (>= 1; default ${DEFAULT-VALUE}).")
    private int dimension;

    @Option(names = "--budget", paramLabel = "EVALS", description = "Evaluation budget (default 10000 x D).")
    private Long budget;

    @Option(names = "--seed", defaultValue = "1", description = "Run seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "l2e",
            description = "Algorithm by name (default ${DEFAULT-VALUE}); see --list-algorithms. Parameters in "
                    + "brackets, e.g. 'l2e[weights=trained.json]' or 'l2e[restarts=nipop]'.")
    private String algorithm;

    @Option(names = "--target", paramLabel = "ERROR", defaultValue = "1e-8",
            description = "Stop once f - f* <= ERROR (default ${DEFAULT-VALUE}); 0 spends the whole budget.")
    private double target;

    @Option(names = "--gradient", description = "Give L2E the function's exact gradient (default: black box; "
            + "the gradient methods gd, nesterov, l2o-steps, l2o-convergent always use it).")
    private boolean gradient;

    @Option(names = "--weights", paramLabel = "FILE", description = "Weights file for l2e (default: the shipped weights).")
    private Path weights;

    @Option(names = "--threads", defaultValue = "1", description = "Threads evaluating a population (default ${DEFAULT-VALUE}); results do not depend on it.")
    private int threads;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--list-algorithms", description = "List the algorithms and exit.")
    private boolean listAlgorithms;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listAlgorithms) {
            int width = 0;
            for (String name : Algorithms.all().keySet()) {
                width = Math.max(width, name.length());
            }
            for (String name : Algorithms.allMo().keySet()) {
                width = Math.max(width, name.length());
            }
            String row = "%-" + width + "s  %s%n";
            Algorithms.all().forEach((name, a) -> out.printf(row, name, a.description()));
            if (!Algorithms.allMo().isEmpty()) {
                out.printf("%nmulti-objective, for l2e4j study on zdt/dtlz problems:%n");
                Algorithms.allMo().forEach((name, a) -> out.printf(row, name, a.description()));
            }
            return 0;
        }
        if (problemChoice == null) {
            throw new UserException("give --function NAME or --problem ID (see l2e4j optimize --help)");
        }
        if (dimension < 1) {
            throw new UserException("--dim must be >= 1, was " + dimension);
        }
        if (budget != null && budget <= 0) {
            throw new UserException("--budget must be > 0, was " + budget);
        }
        if (!(target >= 0)) {
            throw new UserException("--target must be >= 0, was " + target);
        }
        if (threads < 1) {
            throw new UserException("--threads must be >= 1, was " + threads);
        }
        Problem problem = problemChoice.problem != null
                ? ProblemRegistry.standard().resolveOne(problemChoice.problem)
                : TestFunctions.create(problemChoice.function, dimension);
        if (gradient && problem.gradient().isEmpty()) {
            throw new UserException("--gradient: problem " + problem.name() + " has no exact gradient");
        }
        boolean gradientMethod = Algorithms.all().get(algorithm.toLowerCase(Locale.ROOT))
                instanceof io.github.l2e4j.l2o.GradientAlgorithm;
        if (!gradient && !gradientMethod) {
            problem = problem.withoutGradient();
        }
        double fOpt = problem.optimalValue().orElse(Double.NaN);
        long evals = budget != null ? budget : 10_000L * problem.dimension();
        double stop = target > 0 && !Double.isNaN(fOpt) ? fOpt + target : Double.NEGATIVE_INFINITY;
        String name = algorithm.toLowerCase(Locale.ROOT);
        Progress progress = new Progress(err, !quiet);
        Result result;
        String label;
        Algorithm a;
        try {
            a = weights != null ? weightsAlgorithm(name) : Algorithms.byName(algorithm);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (a instanceof L2eAlgorithm l2e) {
            // L2E runs here (not through Algorithm.minimize) for the threads option and the progress line.
            label = l2e.name() + " (" + l2e.weightsLabel() + ")";
            result = L2eOptimizer.builder()
                    .operator(l2e.operator())
                    .settings(l2e.settings())
                    .budget(evals)
                    .stopValue(stop)
                    .threads(threads)
                    .listener(d -> progress.update(String.format(Locale.ROOT,
                            "generation %d  evaluations %d  best %.6e  restarts %d",
                            d.generation(), d.evaluations(), d.bestValue(), d.restarts())))
                    .build()
                    .minimize(problem, seed);
        } else {
            label = a.name();
            progress.update("running " + a.name() + " ...");
            result = a.minimize(problem, RunSpec.of(evals, stop, seed));
        }
        progress.done();
        print(out, problem, label, fOpt, result);
        return 0;
    }

    /** {@code --weights FILE}: the same as {@code --algorithm l2e[weights=FILE]}, labelled as before. */
    private L2eAlgorithm weightsAlgorithm(String name) {
        if (!name.equals("l2e")) {
            throw new UserException("--weights only applies to --algorithm l2e, was " + algorithm);
        }
        if (!Files.isRegularFile(weights)) {
            throw new UserException("--weights: no such file " + weights);
        }
        return ((L2eAlgorithm) Algorithms.byName(new AlgorithmName("l2e", Map.of("weights", weights.toString()))
                .toString())).renamed("l2e", "L2E with the weights " + weights);
    }

    private void print(PrintWriter out, Problem problem, String label, double fOpt, Result r) throws Exception {
        double error = Double.isNaN(fOpt) ? Double.NaN : r.bestValue() - fOpt;
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("problem", problem.name());
            m.put("dimension", problem.dimension());
            m.put("algorithm", label);
            m.put("seed", seed);
            m.put("bestValue", r.bestValue());
            m.put("optimalValue", Double.isNaN(fOpt) ? null : fOpt);
            m.put("error", Double.isNaN(error) ? null : error);
            m.put("evaluations", r.evaluations());
            m.put("generations", r.generations());
            m.put("restarts", r.restarts());
            m.put("seconds", r.seconds());
            m.put("stopReason", r.stopReason());
            m.put("bestPoint", r.bestPoint());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            return;
        }
        out.printf(Locale.ROOT, "problem      %s%s%n", problem.name(),
                Double.isNaN(fOpt) ? "" : " (f* = " + fOpt + ")");
        out.printf(Locale.ROOT, "algorithm    %s%n", label);
        out.printf(Locale.ROOT, "best f       %.10e%n", r.bestValue());
        if (!Double.isNaN(error)) {
            out.printf(Locale.ROOT, "f - f*       %.3e%n", error);
        }
        out.printf(Locale.ROOT, "evaluations  %d%n", r.evaluations());
        out.printf(Locale.ROOT, "generations  %d%n", r.generations());
        out.printf(Locale.ROOT, "restarts     %d%n", r.restarts());
        out.printf(Locale.ROOT, "seconds      %.3f%n", r.seconds());
        out.printf(Locale.ROOT, "stop         %s%n", r.stopReason());
    }
}
