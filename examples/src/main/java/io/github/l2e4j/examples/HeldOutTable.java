package io.github.l2e4j.examples;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.internal.Parallel;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.meta.Validation;
import io.github.l2e4j.metrics.DynamicMetrics;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.SearchSettings;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.AlgorithmName;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.L2eAlgorithm;
import io.github.l2e4j.study.RunSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * The held-out BBOB table: per function, for each algorithm, the median final error f - f* and
 * the ECDF area (fraction of COCO's 51 targets 10^2 ... 10^-8 reached) over 5 instances
 * (1-5 unless FIRST_INSTANCE says otherwise) and RUNS runs per instance (default 1; run r of
 * instance i has seed i + 1000 r), at a budget of B x D evaluations.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.HeldOutTable D BUDGET_PER_D ALGORITHMS [THREADS [FIRST_INSTANCE [RUNS]]]
 *   e.g. ... HeldOutTable 10 1000 l2e-theta0,cmaes,weights=path/to/weights.json 2 11 3
 * </pre>
 * Algorithm names may carry parameters ({@code 'l2e[restarts=nipop]'}); an algorithm {@code weights=FILE} is L2E
 * with the weights in FILE (the same as {@code l2e[weights=FILE]}); a suffix {@code @k} adds
 * 10^6 k to its seeds (e.g. {@code l2e-theta0,l2e-theta0@1} shows the run-to-run noise). Below the table, every
 * algorithm after the first is compared with the first (issue 4's rule): the relative change of
 * the ECDF area, and the functions whose median error is worse by more than one target step:
 * the median over the runs of the number of targets reached (as the runs recorded them) is lower
 * by more than one.
 */
public final class HeldOutTable {

    private HeldOutTable() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        int d = Integer.parseInt(args[0]);
        int perD = Integer.parseInt(args[1]);
        List<String> names = AlgorithmName.splitList(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        List<Algorithm> algorithms = new ArrayList<>();
        List<Long> seedShift = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String spec : names) {
            int at = spec.lastIndexOf('@');
            String n = at < 0 ? spec : spec.substring(0, at);
            seedShift.add(at < 0 ? 0L : 1_000_000L * Long.parseLong(spec.substring(at + 1)));
            Algorithm algorithm;
            if (n.startsWith("weights=")) {
                Path file = Path.of(n.substring("weights=".length()));
                algorithm = new L2eAlgorithm("l2e[" + file.getFileName() + "]", "L2E with " + file,
                        WeightsFile.read(file).operator(), SearchSettings.defaults());
            } else {
                algorithm = Algorithms.byName(n);
            }
            algorithms.add(algorithm);
            labels.add(algorithm.name() + (at < 0 ? "" : spec.substring(at)));
        }
        int firstInstance = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int runsPerInstance = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        int instances = Validation.INSTANCES * runsPerInstance;
        double[][][] error = new double[algorithms.size()][Bbob.FUNCTIONS][instances];
        double[][][] hits = new double[algorithms.size()][Bbob.FUNCTIONS][instances];
        long budget = (long) perD * d;
        ForkJoinPool pool = new ForkJoinPool(threads);
        Parallel.forEach(pool, algorithms.size() * Bbob.FUNCTIONS * instances, job -> {
            int a = job / (Bbob.FUNCTIONS * instances);
            int f = job / instances % Bbob.FUNCTIONS;
            int i = job % instances;
            int instance = firstInstance + i % Validation.INSTANCES;
            long seed = instance + 1000L * (i / Validation.INSTANCES);
            Problem p = Bbob.problem(f + 1, instance, d).withoutGradient();
            double fOpt = p.optimalValue().orElseThrow();
            Result r = algorithms.get(a).minimize(p,
                    new RunSpec(budget, fOpt + 1e-8, Validation.targets(fOpt), seed + seedShift.get(a)));
            error[a][f][i] = Math.max(r.bestValue() - fOpt, 0);
            hits[a][f][i] = Validation.targetsReached(r);
        }, "held-out runs");
        pool.shutdown();

        StringBuilder head = new StringBuilder("| f |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String a : labels) {
            head.append(" ").append(a).append(" median error | ").append(a).append(" ECDF area |");
            rule.append("---|---|");
        }
        System.out.printf(Locale.ROOT, "BBOB f1-f24, D = %d, instances %d-%d, %d run(s) per instance, budget %d x D = %d "
                + "evaluations, targets f_opt + 10^(2..-8) (51).%n%n", d, firstInstance,
                firstInstance + Validation.INSTANCES - 1, runsPerInstance, perD, budget);
        System.out.println(head);
        System.out.println(rule);
        double[] total = new double[algorithms.size()];
        double[][] median = new double[algorithms.size()][Bbob.FUNCTIONS];
        double[][] medianHits = new double[algorithms.size()][Bbob.FUNCTIONS];
        for (int f = 0; f < Bbob.FUNCTIONS; f++) {
            StringBuilder row = new StringBuilder("| f" + (f + 1) + " |");
            for (int a = 0; a < algorithms.size(); a++) {
                double mean = Arrays.stream(hits[a][f]).average().orElse(0) / Validation.TARGETS;
                total[a] += mean / Bbob.FUNCTIONS;
                median[a][f] = DynamicMetrics.median(error[a][f]);
                medianHits[a][f] = DynamicMetrics.median(hits[a][f]);
                row.append(String.format(Locale.ROOT, " %.2e | %.3f |", median[a][f], mean));
            }
            System.out.println(row);
        }
        StringBuilder all = new StringBuilder("| **all** |");
        for (int a = 0; a < algorithms.size(); a++) {
            all.append(String.format(Locale.ROOT, " | **%.4f** |", total[a]));
        }
        System.out.println(all);
        for (int a = 1; a < algorithms.size(); a++) {
            List<String> worse = new ArrayList<>();
            for (int f = 0; f < Bbob.FUNCTIONS; f++) {
                double lost = medianHits[0][f] - medianHits[a][f];
                if (lost > 1) {
                    worse.add(String.format(Locale.ROOT, "f%d (median error %.2e vs %.2e, %s targets fewer)", f + 1,
                            median[a][f], median[0][f], lost % 1 == 0 ? Long.toString((long) lost) : Double.toString(lost)));
                }
            }
            System.out.printf(Locale.ROOT, "%n%s vs %s: ECDF area %+.1f%%; median worse by more than one target step: %s%n",
                    labels.get(a), labels.get(0), 100 * (total[a] / total[0] - 1),
                    worse.isEmpty() ? "none" : String.join(", ", worse));
        }
    }

}
