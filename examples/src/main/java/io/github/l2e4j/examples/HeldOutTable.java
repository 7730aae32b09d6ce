package io.github.l2e4j.examples;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.meta.Validation;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.SearchSettings;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.L2eAlgorithm;
import io.github.l2e4j.study.RunSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The held-out BBOB table: per function, for each algorithm, the median final error f - f* and
 * the ECDF area (fraction of COCO's 51 targets 10^2 ... 10^-8 reached) over instances 1-5, at a
 * budget of B x D evaluations.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.HeldOutTable D BUDGET_PER_D ALGORITHMS [THREADS]
 *   e.g. ... HeldOutTable 10 1000 l2e-theta0,cmaes,weights=path/to/weights.json 2
 * </pre>
 * An algorithm {@code weights=FILE} is L2E with the weights in FILE.
 */
public final class HeldOutTable {

    private HeldOutTable() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        int d = Integer.parseInt(args[0]);
        int perD = Integer.parseInt(args[1]);
        String[] names = args[2].split(",");
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        List<Algorithm> algorithms = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith("weights=")) {
                Path file = Path.of(n.substring("weights=".length()));
                algorithms.add(new L2eAlgorithm("l2e[" + file.getFileName() + "]", "L2E with " + file,
                        WeightsFile.read(file).operator(), SearchSettings.defaults()));
            } else {
                algorithms.add(Algorithms.byName(n));
            }
        }
        int instances = Validation.INSTANCES;
        double[][][] error = new double[algorithms.size()][Bbob.FUNCTIONS][instances];
        double[][][] area = new double[algorithms.size()][Bbob.FUNCTIONS][instances];
        long budget = (long) perD * d;
        ForkJoinPool pool = new ForkJoinPool(threads);
        pool.submit(() -> IntStream.range(0, algorithms.size() * Bbob.FUNCTIONS * instances).parallel().forEach(job -> {
            int a = job / (Bbob.FUNCTIONS * instances);
            int f = job / instances % Bbob.FUNCTIONS;
            int i = job % instances;
            Problem p = Bbob.problem(f + 1, i + 1, d).withoutGradient();
            double fOpt = p.optimalValue().orElseThrow();
            Result r = algorithms.get(a).minimize(p,
                    new RunSpec(budget, fOpt + 1e-8, Validation.targets(fOpt), i + 1));
            error[a][f][i] = Math.max(r.bestValue() - fOpt, 0);
            area[a][f][i] = Validation.fractionReached(r);
        })).get();
        pool.shutdown();

        StringBuilder head = new StringBuilder("| f |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Algorithm a : algorithms) {
            head.append(" ").append(a.name()).append(" median error | ").append(a.name()).append(" ECDF area |");
            rule.append("---|---|");
        }
        System.out.printf(Locale.ROOT, "BBOB f1-f24, D = %d, instances 1-%d, budget %d x D = %d evaluations, "
                + "targets f_opt + 10^(2..-8) (51).%n%n", d, instances, perD, budget);
        System.out.println(head);
        System.out.println(rule);
        double[] total = new double[algorithms.size()];
        for (int f = 0; f < Bbob.FUNCTIONS; f++) {
            StringBuilder row = new StringBuilder("| f" + (f + 1) + " |");
            for (int a = 0; a < algorithms.size(); a++) {
                double[] e = error[a][f].clone();
                Arrays.sort(e);
                double mean = Arrays.stream(area[a][f]).average().orElse(0);
                total[a] += mean / Bbob.FUNCTIONS;
                row.append(String.format(Locale.ROOT, " %.2e | %.3f |", e[instances / 2], mean));
            }
            System.out.println(row);
        }
        StringBuilder all = new StringBuilder("| **all** |");
        for (int a = 0; a < algorithms.size(); a++) {
            all.append(String.format(Locale.ROOT, " | **%.4f** |", total[a]));
        }
        System.out.println(all);
    }
}
