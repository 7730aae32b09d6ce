package io.github.l2e4j.examples.moea;

import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.analysis.IndicatorStatistics;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.indicator.InvertedGenerationalDistance;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.ProblemFactory;
import org.moeaframework.problem.Problem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The multi-objective study of docs/hosts-moea.md: L2E-MOEAD against MOEA Framework's NSGA-II and
 * MOEA/D (default settings, population 100) on ZDT and DTLZ problems, by hypervolume and IGD against
 * MOEA's reference sets (normalized with the reference set's bounds, MOEA's default), median and IQR
 * over seeds, and MOEA's own Mann-Whitney U test ({@link IndicatorStatistics}, alpha = 0.05).
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.moea.MoStudy \
 *        [problems|all] [algorithms] [seeds: n or first-last] [evaluations] [runs.csv]
 * </pre>
 * Defaults: all 15 problem instances (ZDT1-4, ZDT6, DTLZ1-4 and DTLZ7 with 2 and 3 objectives),
 * algorithms {@code L2E-MOEAD,NSGA-II,MOEA/D}, seeds 1..10, 10 000 evaluations. An algorithm may
 * carry properties after {@code @}: {@code NSGA-II@operator=l2e}. Each run seeds MOEA's PRNG with
 * its seed. One line per run is appended to the CSV (if given) as it finishes; the tables go to
 * stdout and progress to stderr.
 */
public final class MoStudy {

    /** The problem instances of issue 6 (2 and 3 objectives where MOEA ships the reference set). */
    public static final List<String> ALL_PROBLEMS = List.of("ZDT1", "ZDT2", "ZDT3", "ZDT4", "ZDT6",
            "DTLZ1_2", "DTLZ2_2", "DTLZ3_2", "DTLZ4_2", "DTLZ7_2",
            "DTLZ1_3", "DTLZ2_3", "DTLZ3_3", "DTLZ4_3", "DTLZ7_3");
    /** Significance level of the Mann-Whitney U test. */
    public static final double ALPHA = 0.05;

    private MoStudy() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        List<String> problems = args.length > 0 && !args[0].equals("all") ? List.of(args[0].split(",")) : ALL_PROBLEMS;
        List<String> algorithms = List.of((args.length > 1 ? args[1] : "L2E-MOEAD,NSGA-II,MOEA/D").split(","));
        String seedSpec = args.length > 2 ? args[2] : "10";
        int firstSeed = seedSpec.contains("-") ? Integer.parseInt(seedSpec.substring(0, seedSpec.indexOf('-'))) : 1;
        int lastSeed = seedSpec.contains("-") ? Integer.parseInt(seedSpec.substring(seedSpec.indexOf('-') + 1))
                : Integer.parseInt(seedSpec);
        int evaluations = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        Path csv = args.length > 4 ? Path.of(args[4]) : null;
        if (csv != null && !Files.exists(csv)) {
            Files.writeString(csv, "algorithm,problem,seed,evaluations,hypervolume,igd,result_size,seconds\n",
                    StandardCharsets.UTF_8);
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d evaluations, seeds %d..%d; HV and IGD against MOEA's reference sets "
                + "(normalized by the reference set's bounds); median (IQR).%n%n", evaluations, firstSeed, lastSeed);
        out.println("| problem | algorithm | HV median (IQR) | IGD median (IQR) | HV best group (M-W U, alpha 0.05) |");
        out.println("|---|---|---|---|---|");
        Map<String, int[]> hvWins = new LinkedHashMap<>();
        for (String pn : problems) {
            Problem problem = ProblemFactory.getInstance().getProblem(pn);
            NondominatedPopulation reference = ProblemFactory.getInstance().getReferenceSet(pn);
            IndicatorStatistics hv = new IndicatorStatistics(new Hypervolume(problem, reference));
            IndicatorStatistics igd = new IndicatorStatistics(new InvertedGenerationalDistance(problem, reference));
            for (String spec : algorithms) {
                for (int seed = firstSeed; seed <= lastSeed; seed++) {
                    long start = System.nanoTime();
                    NondominatedPopulation result = run(spec, problem, seed, evaluations);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    hv.add(spec, result);
                    igd.add(spec, result);
                    if (csv != null) {
                        double h = new Hypervolume(problem, reference).evaluate(result);
                        double g = new InvertedGenerationalDistance(problem, reference).evaluate(result);
                        Files.writeString(csv, String.format(Locale.ROOT, "%s,%s,%d,%d,%.6f,%.6f,%d,%.3f%n",
                                spec, pn, seed, evaluations, h, g, result.size(), seconds),
                                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    }
                    System.err.printf(Locale.ROOT, "%s %s seed %d done (%.1f s)%n", pn, spec, seed, seconds);
                }
            }
            String best = algorithms.get(0);
            for (String a : algorithms) {
                if (hv.getMedian(a) > hv.getMedian(best)) {
                    best = a;
                }
            }
            List<String> similar = algorithms.size() > 1 ? hv.getStatisticallySimilar(best, ALPHA) : List.of();
            for (String a : algorithms) {
                String group = a.equals(best) ? "best" : similar.contains(a) ? "not different from best" : "worse";
                out.printf(Locale.ROOT, "| %s | %s | %.4f (%.4f) | %.5f (%.5f) | %s |%n", pn, a, hv.getMedian(a),
                        hv.getIQR(a), igd.getMedian(a), igd.getIQR(a), group);
            }
            String first = algorithms.get(0);
            for (String a : algorithms.subList(1, algorithms.size())) {
                int[] w = hvWins.computeIfAbsent(a, k -> new int[3]);
                double d = hv.getMedian(first) - hv.getMedian(a);
                w[d > 0 ? 0 : d == 0 ? 1 : 2]++;
            }
            out.flush();
        }
        out.println();
        for (Map.Entry<String, int[]> e : hvWins.entrySet()) {
            int[] w = e.getValue();
            out.printf(Locale.ROOT, "%s median HV vs %s: higher on %d, equal on %d, lower on %d of %d problems%n",
                    algorithms.get(0), e.getKey(), w[0], w[1], w[2], problems.size());
        }
    }

    /** One seeded run of an algorithm spec ({@code NAME[@key=value...]}) for a number of evaluations. */
    public static NondominatedPopulation run(String spec, Problem problem, long seed, int evaluations) {
        String[] parts = spec.split("@");
        TypedProperties properties = new TypedProperties();
        for (String kv : Arrays.asList(parts).subList(1, parts.length)) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("algorithm property must be key=value, was '" + kv + "' in " + spec);
            }
            properties.setString(kv.substring(0, eq), kv.substring(eq + 1));
        }
        PRNG.setSeed(seed);
        Algorithm algorithm = AlgorithmFactory.getInstance().getAlgorithm(parts[0], properties, problem);
        algorithm.run(evaluations);
        return algorithm.getResult();
    }
}
