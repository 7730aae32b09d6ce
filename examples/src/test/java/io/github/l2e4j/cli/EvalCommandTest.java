package io.github.l2e4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTest {

    private static CliRun eval(Path file) {
        return CliRun.run("eval", file.toString());
    }

    @Test
    void matchesCocoReferenceValues(@TempDir Path dir) throws IOException {
        List<String> input = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/eval-reference-sample.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                StringBuilder b = new StringBuilder(f[0]);
                for (int i = 2; i < f.length - 1; i++) {
                    b.append('\t').append(f[i]);
                }
                input.add(b.toString());
                expected.add(Double.parseDouble(f[f.length - 1]));
            }
        }
        Path file = dir.resolve("in.tsv");
        Files.write(file, input);
        CliRun r = eval(file);
        assertThat(r.code()).as(r.err()).isZero();
        String[] got = r.out().strip().split("\n");
        assertThat(got).hasSize(expected.size());
        for (int i = 0; i < got.length; i++) {
            double v = Double.parseDouble(got[i]);
            double e = expected.get(i);
            assertThat(Math.abs(v - e)).as("row %d: %s", i, input.get(i).split("\t")[0])
                    .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(e)));
        }
    }

    @Test
    void userErrorsNameTheLineAndTheProblem(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.tsv");
        Files.writeString(a, "# comment\nbbob_f001_i01_d02\t1\t2\nbbob_f001_i01_d02\t1\n");
        CliRun r = eval(a);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().strip()).isNotEmpty();
        assertThat(r.err().strip()).isEqualTo("l2e4j eval: " + a
                + " line 3: problem bbob_f001_i01_d02 has dimension 2, but the line has 1 coordinates");

        Path b = dir.resolve("b.tsv");
        Files.writeString(b, "bbob_f001_i01_d02\t1\tzwei\n");
        assertThat(eval(b).err().strip()).isEqualTo("l2e4j eval: " + b
                + " line 1: problem bbob_f001_i01_d02, coordinate 2 is not a number: 'zwei'");

        Path c = dir.resolve("c.tsv");
        Files.writeString(c, "nope_f1\t1\n");
        CliRun rc = eval(c);
        assertThat(rc.code()).isEqualTo(2);
        assertThat(rc.err().strip()).startsWith("l2e4j eval: " + c + " line 1: unknown problem id 'nope_f1'");
        assertThat(rc.err().strip().lines().count()).isEqualTo(1);

        CliRun missing = eval(dir.resolve("none.tsv"));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }
}
