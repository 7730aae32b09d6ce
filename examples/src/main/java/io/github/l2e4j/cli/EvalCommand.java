package io.github.l2e4j.cli;

import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code l2e4j eval}: evaluates points. Input lines are {@code problem_id<TAB>x_1<TAB>...<TAB>x_D};
 * blank lines and lines starting with '#' are skipped. Each data line prints f(x) with
 * {@code %.17g}, in order.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate points: read TSV lines problem_id<TAB>x_1<TAB>...<TAB>x_D from FILE or stdin,",
            "print f(x) one per line (%.17g). Blank lines and lines starting with # are skipped."},
        footer = {"", "Example (the COCO reference file has a 'kind' column and f(x) last; drop them):",
            "  awk -F'\\t' '!/^#/ {printf \"%s\", $1; for (i = 3; i < NF; i++) printf \"\\t%s\", $i; print \"\"}' \\",
            "      bbob-values.tsv | l2e4j eval"})
final class EvalCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file (default: stdin).")
    private Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserException("no such file " + file);
        }
        String source = file == null ? "stdin" : file.toString();
        ProblemRegistry registry = ProblemRegistry.standard();
        Map<String, Problem> cache = new HashMap<>();
        try (BufferedReader in = file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String id = fields[0].strip();
                Problem p = cache.get(id);
                if (p == null) {
                    try {
                        p = registry.resolveOne(id);
                    } catch (IllegalArgumentException e) {
                        throw new UserException(source + " line " + number + ": " + e.getMessage());
                    }
                    cache.put(id, p);
                }
                int d = p.dimension();
                if (fields.length - 1 != d) {
                    throw new UserException(source + " line " + number + ": problem " + id + " has dimension " + d
                            + ", but the line has " + (fields.length - 1) + " coordinates");
                }
                double[] x = new double[d];
                for (int i = 0; i < d; i++) {
                    try {
                        x[i] = Double.parseDouble(fields[i + 1].strip());
                    } catch (NumberFormatException e) {
                        throw new UserException(source + " line " + number + ": problem " + id + ", coordinate "
                                + (i + 1) + " is not a number: '" + fields[i + 1] + "'");
                    }
                }
                out.println(String.format(Locale.ROOT, "%.17g", p.objective().value(x)));
            }
        }
        out.flush();
        return 0;
    }
}
