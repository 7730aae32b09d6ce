package io.github.l2e4j.cli;

import io.github.l2e4j.bench.BaselineBenchmark;
import io.github.l2e4j.internal.AtomicFiles;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code l2e4j bench}: runs the JMH benchmarks (a short version by default) and writes the
 * performance tables, allocation per generation and fitted scaling exponents to a Markdown file.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the JMH benchmarks (L2E generation, mixer, proxy gradient, metric update; Hipparchus",
            "CMA-ES, Jenetics' default alterers, MOEA's SBX+PM) at N in {16, 64, 256} x D in {10, 100, 1000},",
            "with JMH's GC profiler, and write the tables to --out."})
final class BenchCommand implements Callable<Integer> {

    private static final String PKG = "io.github.l2e4j.bench.";

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "docs/performance.md", paramLabel = "FILE",
            description = "Markdown file to write (default ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--iterations", defaultValue = "5", description = "Measurement iterations (default ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--seconds", defaultValue = "0.4", description = "Seconds per iteration (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Override
    public Integer call() throws RunnerException, IOException {
        if (iterations < 1) {
            throw new UserException("--iterations must be >= 1, was " + iterations);
        }
        if (!(seconds > 0)) {
            throw new UserException("--seconds must be > 0, was " + seconds);
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        results.addAll(run(PKG + "SearchBenchmark.generation", Map.of("metric", new String[]{"auto"})));
        results.addAll(run(PKG + "SearchBenchmark.generation",
                Map.of("metric", new String[]{"limited"}, "d", new String[]{"100", "1000"})));
        results.addAll(run(PKG + "KernelBenchmark", Map.of()));
        results.addAll(run(PKG + "BaselineBenchmark", Map.of()));
        String md = report(results, (System.nanoTime() - start) / 1e9);
        AtomicFiles.writeString(out, md);
        err.println("l2e4j bench: wrote " + out.toAbsolutePath());
        spec.commandLine().getOut().print(md);
        return 0;
    }

    private Collection<RunResult> run(String include, Map<String, String[]> params) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + include.replace(".", "\\.") + "(\\.|$)")
                .forks(1)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds((long) (seconds * 1000)))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.milliseconds((long) (seconds * 1000)))
                .addProfiler(GCProfiler.class)
                .verbosity(VerboseMode.SILENT)
                .jvmArgs("-Xmx2g");
        params.forEach(o::param);
        return new Runner(o.build()).run();
    }

    /** Score (us/op) and allocation (B/op) per benchmark method and parameters. */
    private record Row(String method, int n, int d, String metric, double micros, double error, double bytes) {
    }

    private static List<Row> rows(List<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
            int n = Integer.parseInt(r.getParams().getParam("n"));
            int d = Integer.parseInt(r.getParams().getParam("d"));
            String metric = r.getParams().getParamsKeys().contains("metric") ? r.getParams().getParam("metric") : "";
            double bytes = Double.NaN;
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = e.getValue().getScore();
                }
            }
            Result p = r.getPrimaryResult();
            rows.add(new Row(method, n, d, metric, p.getScore(), p.getScoreError(), bytes));
        }
        return rows;
    }

    private static Row find(List<Row> rows, String method, int n, int d, String metric) {
        for (Row r : rows) {
            if (r.method().equals(method) && r.n() == n && r.d() == d && r.metric().equals(metric)) {
                return r;
            }
        }
        return null;
    }

    private static final int[] NS = {16, 64, 256};
    private static final int[] DS = {10, 100, 1000};

    private String report(List<RunResult> results, double totalSeconds) {
        List<Row> rows = rows(results);
        StringBuilder b = new StringBuilder();
        b.append("# Performance\n\n");
        b.append("Written by `./l2e4j bench` (JMH 1.37, 1 fork, 1 warm-up and ").append(iterations)
                .append(" measurement iterations of ").append(seconds).append(" s, GC profiler) on ")
                .append(LocalDate.now(ZoneOffset.UTC)).append(", Java ").append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores. This machine is shared and noisy: read ratios and exponents, not single times. ")
                .append(String.format(Locale.ROOT, "Total %.0f s.%n%n", totalSeconds));
        b.append("## One L2E generation (ask + evaluate + tell), steady state\n\n");
        b.append("Rastrigin objective (O(D) per point), restarts off, dense metric up to D = 100 and limited-memory above.\n\n");
        b.append("| N | D | µs / generation | µs / candidate | bytes allocated / generation |\n|---|---|---|---|---|\n");
        for (int d : DS) {
            for (int n : NS) {
                Row r = find(rows, "SearchBenchmark.generation", n, d, "auto");
                if (r != null) {
                    String err = Double.isFinite(r.error()) ? String.format(Locale.ROOT, " ± %.1f", r.error()) : "";
                    b.append(String.format(Locale.ROOT, "| %d | %d | %.1f%s | %.2f | %.0f |%n", n, d, r.micros(),
                            err, r.micros() / n, r.bytes()));
                }
            }
        }
        b.append("\n## Large-D mode (limited-memory metric) and the D exponent\n\n");
        b.append("| N | µs at D = 100 | µs at D = 1000 | exponent in D | bytes / generation at D = 1000 |\n|---|---|---|---|---|\n");
        Map<Integer, Double> dExponent = new LinkedHashMap<>();
        for (int n : NS) {
            Row a = find(rows, "SearchBenchmark.generation", n, 100, "limited");
            Row c = find(rows, "SearchBenchmark.generation", n, 1000, "limited");
            if (a != null && c != null) {
                double e = Math.log(c.micros() / a.micros()) / Math.log(10);
                dExponent.put(n, e);
                b.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %.0f |%n", n, a.micros(), c.micros(), e,
                        c.bytes()));
            }
        }
        b.append("\n## Exponent in N (least squares over N = 16, 64, 256)\n\n| D | exponent in N |\n|---|---|\n");
        for (int d : DS) {
            double[] xs = new double[NS.length];
            double[] ys = new double[NS.length];
            int k = 0;
            for (int n : NS) {
                Row r = find(rows, "SearchBenchmark.generation", n, d, "auto");
                if (r != null) {
                    xs[k] = Math.log(n);
                    ys[k] = Math.log(r.micros());
                    k++;
                }
            }
            if (k == NS.length) {
                b.append(String.format(Locale.ROOT, "| %d | %.2f |%n", d, slope(xs, ys)));
            }
        }
        b.append("\n## Against the hosts' own operators at the same N and D\n\n");
        b.append("CMA-ES: Hipparchus `CMAESOptimizer` (active CMA, population N), per generation: the difference of a ")
                .append(BaselineBenchmark.CMAES_LONG).append("- and a ").append(BaselineBenchmark.CMAES_SHORT)
                .append("-generation run, which cancels its set-up. Jenetics: default alterers (SinglePointCrossover 0.2 + Mutator 0.15) per ")
                .append("offspring. MOEA Framework: SBX(1, 15) + PM(1/D, 20) per offspring.\n\n");
        b.append("| N | D | L2E µs / gen | CMA-ES µs / gen | L2E / CMA-ES | L2E µs / candidate | Jenetics µs / offspring | MOEA SBX+PM µs / offspring |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        double worstLargeRatio = 0;
        double worstSmallRatio = 0;
        for (int d : DS) {
            for (int n : NS) {
                Row l = find(rows, "SearchBenchmark.generation", n, d, "auto");
                Row cs = find(rows, "BaselineBenchmark.cmaesShort", n, d, "");
                Row cl = find(rows, "BaselineBenchmark.cmaesLong", n, d, "");
                Row j = find(rows, "BaselineBenchmark.jeneticsDefaultAlterers", n, d, "");
                Row m = find(rows, "BaselineBenchmark.moeaSbxPm", n, d, "");
                if (l == null || cs == null || cl == null) {
                    continue;
                }
                double cma = (cl.micros() - cs.micros()) / (BaselineBenchmark.CMAES_LONG - BaselineBenchmark.CMAES_SHORT);
                double ratio = l.micros() / cma;
                if (d == 1000) {
                    worstLargeRatio = Math.max(worstLargeRatio, ratio);
                } else {
                    worstSmallRatio = Math.max(worstSmallRatio, ratio);
                }
                b.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.3f | %.2f | %s | %s |%n", n, d, l.micros(),
                        cma, ratio, l.micros() / n, j == null ? "-" : String.format(Locale.ROOT, "%.3f", j.micros() / n),
                        m == null ? "-" : String.format(Locale.ROOT, "%.3f", m.micros() / n)));
            }
        }
        b.append("\n## Kernels alone\n\n| N | D | mixer + heads µs | ridge proxy gradient µs | metric update µs |\n|---|---|---|---|---|\n");
        for (int d : DS) {
            for (int n : NS) {
                Row mx = find(rows, "KernelBenchmark.mixer", n, d, "");
                Row pg = find(rows, "KernelBenchmark.proxyGradient", n, d, "");
                Row mu = find(rows, "KernelBenchmark.metricUpdate", n, d, "");
                if (mx != null && pg != null && mu != null) {
                    b.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.2f | %.2f |%n", n, d, mx.micros(), pg.micros(),
                            mu.micros()));
                }
            }
        }
        Row alloc = find(rows, "SearchBenchmark.generation", 64, 1000, "auto");
        double maxDExp = dExponent.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        b.append("\n## Targets (issue 11)\n\n");
        b.append(String.format(Locale.ROOT, "- allocation per generation at N = 64, D = 1000: %.0f bytes (target ≤ 1024)%n",
                alloc == null ? Double.NaN : alloc.bytes()));
        b.append(String.format(Locale.ROOT, "- exponent in D from 100 to 1000 (large-D mode): at most %.2f over N (target ≤ 1.1)%n",
                maxDExp));
        b.append(String.format(Locale.ROOT, "- L2E / CMA-ES per generation at D = 1000: at most %.3f over N (target ≤ 0.1)%n",
                worstLargeRatio));
        b.append(String.format(Locale.ROOT, "- L2E / CMA-ES per generation at D ≤ 100: at most %.3f over N (target ≤ 1)%n",
                worstSmallRatio));
        return b.toString();
    }

    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
