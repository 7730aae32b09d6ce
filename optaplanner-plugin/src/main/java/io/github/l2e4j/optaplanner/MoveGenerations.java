package io.github.l2e4j.optaplanner;

import io.github.l2e4j.search.L2eSearch;
import org.optaplanner.core.api.score.Score;

/**
 * Maps L2E generations onto OptaPlanner's move-by-move evaluation, for one phase.
 *
 * <p>A generation is the search's pending population of N points. Each row becomes one
 * {@link L2eMove}; OptaPlanner evaluates moves one at a time, and the undo of each evaluated move
 * reports its score here ({@link #report}), scalarized to a value to minimise. Once every row of
 * the generation has a score, the next call to {@link #next()} tells the N values to the search
 * and starts the next generation. A generation may span several OptaPlanner steps: when a step
 * ends (the forager has accepted enough moves) before every row was evaluated, the rows without
 * a score are handed out again, round robin, by the next step's iterator; a row handed out twice
 * keeps its first score, and reports for older generations are ignored. So the search sees the
 * score of exactly the points it asked for, one score per point, whichever acceptor, forager or
 * union selector surrounds the moves.
 *
 * <p>The score of a point depends on the chosen variables only if they are all the score depends
 * on. When other variables change between the evaluations of one generation (for example through
 * change moves in a union), the search sees a slowly changing objective; that is the pure black-box
 * setting of guarantee G4 (the best-so-far is monotone), not of G2/G3.
 *
 * <p>Mutable, one per phase. {@link #report} and {@link #next()} synchronize, so moves evaluated
 * on move threads may report; reproducibility is only promised without move threads.
 */
final class MoveGenerations {

    private final L2eSearch search;
    private final NumericSlots slots;
    private final ScoreScalarizer scalarizer;

    private long generation = -1;
    private double[][] rows;
    private double[] values;
    private boolean[] scored;
    private int scoredCount;
    private int cursor;
    private long told;
    private long handedOut;

    MoveGenerations(L2eSearch search, NumericSlots slots, ScoreScalarizer scalarizer) {
        this.search = search;
        this.slots = slots;
        this.scalarizer = scalarizer;
        startGeneration();
    }

    private void startGeneration() {
        generation++;
        rows = search.ask();
        values = new double[rows.length];
        scored = new boolean[rows.length];
        scoredCount = 0;
        cursor = 0;
    }

    /**
     * The move for the next row without a score; tells the search first if the pending generation
     * is complete.
     */
    synchronized <S> L2eMove<S> next() {
        if (scoredCount == rows.length) {
            search.tell(values);
            told += rows.length;
            startGeneration();
        }
        int n = rows.length;
        int row = cursor;
        for (int k = 0; k < n && scored[row]; k++) {
            row = (row + 1) % n;
        }
        cursor = (row + 1) % n;
        handedOut++;
        double[] x = rows[row];
        Object[] v = new Object[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = slots.codec(i).value(x[i]);
        }
        return new L2eMove<>(slots, v, this, generation, row);
    }

    /** Records the score of a row (ignored for another generation or an already scored row). */
    synchronized void report(long gen, int row, Score<?> score) {
        if (gen != generation || row < 0 || row >= scored.length || scored[row]) {
            return;
        }
        values[row] = scalarizer.minimised(score);
        scored[row] = true;
        scoredCount++;
    }

    /** Rows of the pending generation. */
    synchronized int populationSize() {
        return rows.length;
    }

    /** The search (for diagnostics). */
    L2eSearch search() {
        return search;
    }

    /** Generations started so far (0-based index of the pending one). */
    synchronized long generation() {
        return generation;
    }

    /** Scores told to the search so far. */
    synchronized long told() {
        return told;
    }

    /** Moves handed out so far (including rows handed out again). */
    synchronized long handedOut() {
        return handedOut;
    }

    /** Scalarized values recorded for the pending generation (NaN where not yet scored). */
    synchronized double[] pendingValues() {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (!scored[i]) {
                v[i] = Double.NaN;
            }
        }
        return v;
    }

    @Override
    public synchronized String toString() {
        return "MoveGenerations[generation " + generation + ", scored " + scoredCount + "/" + rows.length
                + ", told " + told + ", best " + search.bestValue() + "]";
    }
}
