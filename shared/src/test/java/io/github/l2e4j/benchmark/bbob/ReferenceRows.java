package io.github.l2e4j.benchmark.bbob;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference rows computed with COCO's C library, read from the test resources. */
final class ReferenceRows {

    static final String BBOB_FILE = "bbob-values.tsv";
    static final String LARGE_SCALE_FILE = "bbob-largescale-values.tsv";
    private static final Pattern ID = Pattern.compile("(bbob|bbob-largescale)_f(\\d{3})_i(\\d{2,})_d(\\d{2,})");

    /** One row: the problem, the point and COCO's value there. */
    record Row(int line, String id, String suite, int function, int instance, int dimension, double[] x,
               double expected) {

        BbobInstance create() {
            return suite.equals(Bbob.SUITE) ? Bbob.instance(function, instance, dimension)
                    : BbobLargeScale.instance(function, instance, dimension);
        }
    }

    private ReferenceRows() {
    }

    static List<Row> read(String resource) {
        InputStream in = ReferenceRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("test resource " + resource + " is missing");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Matcher m = ID.matcher(cells[0]);
                if (!m.matches()) {
                    throw new IllegalStateException(resource + ":" + number + ": bad id " + cells[0]);
                }
                int d = Integer.parseInt(m.group(4));
                if (cells.length != d + 3) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + (d + 3)
                            + " cells, found " + cells.length);
                }
                double[] x = new double[d];
                for (int i = 0; i < d; i++) {
                    x[i] = Double.parseDouble(cells[2 + i]);
                }
                rows.add(new Row(number, cells[0], m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), d, x, Double.parseDouble(cells[d + 2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
