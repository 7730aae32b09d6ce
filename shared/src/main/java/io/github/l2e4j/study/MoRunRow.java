package io.github.l2e4j.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One checkpoint of one multi-objective run: one line of {@code mo-runs.csv},
 * <pre>
 * algorithm,problem,objectives,dim,seed,budget,checkpoint,evaluations,hv,igd,seconds
 * </pre>
 * A run has one line per checkpoint ({@link #checkpoints(long)}: {@value #CHECKPOINTS} evenly
 * spaced evaluation counts, the last one the budget). {@code evaluations} is the run's evaluation
 * count after the first iteration that reached {@code checkpoint} (an iteration evaluates a whole
 * generation, so it may pass the checkpoint, as MOEA Framework's {@code run(maxEvaluations)} does;
 * if the run stopped or failed before, it is the count it stopped at); {@code hv} and {@code igd}
 * are the indicators of the run's result at that moment, and {@code seconds} the wall-clock time
 * since the run started. Numbers are written so that they read back bit for bit.
 *
 * @param algorithm   algorithm name
 * @param problem     problem id, e.g. {@code dtlz2_m3}
 * @param objectives  number of objectives M
 * @param dim         number of variables D
 * @param seed        run seed
 * @param budget      the run's evaluation budget
 * @param checkpoint  the evaluation count this line is for
 * @param evaluations evaluations the run had made when the line was recorded
 * @param hv          hypervolume of the run's result (higher is better)
 * @param igd         IGD of the run's result (lower is better; +infinity for an empty result)
 * @param seconds     wall-clock seconds since the run started
 */
public record MoRunRow(String algorithm, String problem, int objectives, int dim, long seed, long budget, long checkpoint,
                       long evaluations, double hv, double igd, double seconds) {

    /** The header line. */
    public static final String HEADER = "algorithm,problem,objectives,dim,seed,budget,checkpoint,evaluations,hv,igd,seconds";
    /** Checkpoints per run. */
    public static final int CHECKPOINTS = 20;

    private static final String[] COLUMNS = HEADER.split(",");

    /** Validates. */
    public MoRunRow {
        if (algorithm == null || algorithm.isBlank() || problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("algorithm and problem must not be blank");
        }
        if (Double.isNaN(hv) || Double.isNaN(igd)) {
            throw new IllegalArgumentException("hv and igd must not be NaN");
        }
    }

    /**
     * The checkpoints of a run with this budget: ceil(j &middot; budget / {@value #CHECKPOINTS}) for
     * j = 1 .. {@value #CHECKPOINTS}, without duplicates (so fewer for budgets under
     * {@value #CHECKPOINTS}); the last is the budget.
     */
    public static long[] checkpoints(long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be >= 1, was " + budget);
        }
        List<Long> c = new ArrayList<>();
        for (int j = 1; j <= CHECKPOINTS; j++) {
            long v = (long) Math.ceil(j * (double) budget / CHECKPOINTS);
            if (c.isEmpty() || c.get(c.size() - 1) < v) {
                c.add(v);
            }
        }
        c.set(c.size() - 1, budget);
        return c.stream().mapToLong(Long::longValue).toArray();
    }

    /** The run's identity in a study: algorithm, problem and seed. */
    public RunKey key() {
        return new RunKey(algorithm, problem, seed);
    }

    /** Whether this is the run's last line (its checkpoint is the budget). */
    public boolean isFinal() {
        return checkpoint == budget;
    }

    /** The CSV line (no line break). */
    public String toCsv() {
        return toCsvWithoutSeconds() + "," + String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** The line without the {@code seconds} column: what two runs of the same study must agree on. */
    public String toCsvWithoutSeconds() {
        return Csv.field(algorithm) + "," + Csv.field(problem) + "," + objectives + "," + dim + "," + seed + "," + budget + ","
                + checkpoint + "," + evaluations + "," + hv + "," + igd;
    }

    /**
     * Parses a line written by {@link #toCsv()}.
     *
     * @throws IllegalArgumentException naming the column and the value when a field is malformed
     */
    public static MoRunRow parse(String line) {
        List<String> f = Csv.split(line);
        if (f.size() != COLUMNS.length) {
            throw new IllegalArgumentException("expected " + COLUMNS.length + " fields, found " + f.size());
        }
        int i = 2;
        try {
            int objectives = Integer.parseInt(f.get(i++));
            int dim = Integer.parseInt(f.get(i++));
            long seed = Long.parseLong(f.get(i++));
            long budget = Long.parseLong(f.get(i++));
            long checkpoint = Long.parseLong(f.get(i++));
            long evaluations = Long.parseLong(f.get(i++));
            double hv = Double.parseDouble(f.get(i++));
            double igd = Double.parseDouble(f.get(i++));
            double seconds = Double.parseDouble(f.get(i));
            return new MoRunRow(f.get(0), f.get(1), objectives, dim, seed, budget, checkpoint, evaluations, hv, igd, seconds);
        } catch (NumberFormatException e) {
            int col = i - 1;
            throw new IllegalArgumentException("column " + COLUMNS[col] + ": not a number: '" + f.get(col) + "'");
        }
    }
}
