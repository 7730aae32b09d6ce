package io.github.l2e4j.mo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Weight vectors for decomposition: points of the unit simplex {@code {lambda >= 0, sum lambda_k = 1}}.
 *
 * <h2>Simplex lattice (Das and Dennis)</h2>
 * With M objectives and H divisions the lattice holds every vector whose components are multiples
 * of 1/H and sum to 1:
 * <pre>
 *   { (h_1/H, ..., h_M/H) : h_k in {0, ..., H}, h_1 + ... + h_M = H },   |lattice| = C(H + M - 1, M - 1)
 * </pre>
 * (101 vectors for M = 2, H = 100; 91 for M = 3, H = 12; 105 for M = 3, H = 13). The vectors are
 * listed in lexicographic order of (h_1, ..., h_M), descending, so the first one is (1, 0, ..., 0).
 *
 * <h2>Population-size rule</h2>
 * For a requested population size n, {@link #divisionsFor(int, int)} takes the largest H whose
 * lattice has at most n vectors, so a run never spends more evaluations per generation than asked:
 * n = 100 gives H = 99 (100 vectors) for M = 2 and H = 12 (91 vectors) for M = 3.
 *
 * <h2>Files</h2>
 * {@link #read(Path)} reads one vector per line, components separated by white space or commas;
 * blank lines and lines starting with {@code #} are skipped. Each vector is scaled to sum 1.
 *
 * <p>References: [1] I. Das and J. E. Dennis, Normal-boundary intersection: a new method for
 * generating the Pareto surface in nonlinear multicriteria optimization problems, SIAM J. Optim.
 * 8(3):631-657, 1998. [2] Q. Zhang and H. Li, MOEA/D: a multiobjective evolutionary algorithm
 * based on decomposition, IEEE TEC 11(6):712-731, 2007.
 */
public final class WeightVectors {

    /** Largest lattice this class builds (guards against a huge H by mistake). */
    public static final int MAX_VECTORS = 1_000_000;

    private WeightVectors() {
    }

    /** The number of lattice vectors, {@code C(H + M - 1, M - 1)}, saturated at {@link Long#MAX_VALUE}. */
    public static long latticeSize(int objectives, int divisions) {
        checkObjectives(objectives);
        if (divisions < 1) {
            throw new IllegalArgumentException("divisions must be >= 1, was " + divisions);
        }
        long c = 1;
        int k = objectives - 1;
        for (int i = 1; i <= k; i++) {
            // c = C(divisions + i, i), exact at every step.
            long num = c * (divisions + i);
            if (num / (divisions + i) != c) {
                return Long.MAX_VALUE;
            }
            c = num / i;
        }
        return c;
    }

    /**
     * The largest number of divisions H whose lattice has at most {@code populationSize} vectors.
     *
     * @throws IllegalArgumentException if even H = 1 (M vectors) exceeds the population size
     */
    public static int divisionsFor(int objectives, int populationSize) {
        checkObjectives(objectives);
        if (populationSize < objectives) {
            throw new IllegalArgumentException("populationSize must be >= the number of objectives ("
                    + objectives + ") for a simplex lattice, was " + populationSize);
        }
        int h = 1;
        while (latticeSize(objectives, h + 1) <= populationSize) {
            h++;
        }
        return h;
    }

    /** The simplex lattice for a population size (see {@link #divisionsFor(int, int)}). */
    public static double[][] forPopulation(int objectives, int populationSize) {
        return simplexLattice(objectives, divisionsFor(objectives, populationSize));
    }

    /** The simplex lattice with M objectives and H divisions, as new arrays. */
    public static double[][] simplexLattice(int objectives, int divisions) {
        long size = latticeSize(objectives, divisions);
        if (size > MAX_VECTORS) {
            throw new IllegalArgumentException("a lattice with " + objectives + " objectives and " + divisions
                    + " divisions has " + size + " vectors, more than " + MAX_VECTORS);
        }
        double[][] out = new double[(int) size][];
        int[] h = new int[objectives];
        int[] count = {0};
        fill(out, count, h, 0, divisions, divisions);
        return out;
    }

    private static void fill(double[][] out, int[] count, int[] h, int k, int left, int divisions) {
        int m = h.length;
        if (k == m - 1) {
            h[k] = left;
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                v[i] = (double) h[i] / divisions;
            }
            out[count[0]++] = v;
            return;
        }
        for (int a = left; a >= 0; a--) {
            h[k] = a;
            fill(out, count, h, k + 1, left - a, divisions);
        }
    }

    /**
     * Reads weight vectors from a file (see the class comment for the format).
     *
     * @throws IllegalArgumentException naming the file and line of a malformed vector, or if the file
     *                                  cannot be read
     */
    public static double[][] read(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("weight-vector file must not be null");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("weight-vector file " + file + " does not exist or is not a file");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read weight-vector file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses weight vectors (see the class comment for the format).
     *
     * @param source names the input in messages (a file name or resource)
     * @throws IllegalArgumentException naming the source and line of a malformed vector
     */
    public static double[][] parse(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<double[]> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        int m = -1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("[\\s,]+");
            double[] v = new double[parts.length];
            double sum = 0;
            for (int i = 0; i < parts.length; i++) {
                try {
                    v[i] = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": component " + (i + 1)
                            + " must be a number, was '" + parts[i] + "'");
                }
                if (!(v[i] >= 0 && v[i] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": component " + (i + 1)
                            + " must be finite and >= 0, was " + parts[i]);
                }
                sum += v[i];
            }
            if (m < 0) {
                m = v.length;
                if (m < 2) {
                    throw new IllegalArgumentException(source + " line " + lineNo
                            + ": a weight vector needs >= 2 components (one per objective), had " + m);
                }
            } else if (v.length != m) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": expected " + m
                        + " components like the first vector, had " + v.length);
            }
            if (!(sum > 0)) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": components must not all be 0");
            }
            for (int i = 0; i < m; i++) {
                v[i] /= sum;
            }
            rows.add(v);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no weight vectors");
        }
        return rows.toArray(new double[0][]);
    }

    /** Formats vectors in the format {@link #parse} reads. */
    public static String format(double[][] weights) {
        StringBuilder sb = new StringBuilder();
        for (double[] w : weights) {
            for (int i = 0; i < w.length; i++) {
                sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.17g", w[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void checkObjectives(int objectives) {
        if (objectives < 2) {
            throw new IllegalArgumentException("objectives must be >= 2 for decomposition, was " + objectives);
        }
    }
}
