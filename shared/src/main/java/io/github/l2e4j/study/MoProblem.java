package io.github.l2e4j.study;

import io.github.l2e4j.problem.Bounds;

/**
 * A multi-objective, box-constrained test problem of a study, with the two indicators the study
 * reports: the hypervolume (higher is better) and the inverted generational distance (lower is
 * better) of an approximation set. Problems come from a {@link MoProblemProvider}; the problem
 * computes the indicators itself (against its reference set and with its host's normalization), so
 * a study reports the numbers that host would report. Implementations are immutable and thread
 * safe.
 */
public interface MoProblem {

    /** The problem's id in a study, lower case, e.g. {@code zdt1} or {@code dtlz2_m3}. */
    String name();

    /** Number of objectives M (&ge; 2), all minimised. */
    int objectives();

    /** The box of the decision variables. */
    Bounds bounds();

    /** Number of decision variables D. */
    default int dimension() {
        return bounds().dimension();
    }

    /**
     * Evaluates x.
     *
     * @param x a point in the box (not modified)
     * @param f receives the M objective values (minimised)
     */
    void evaluate(double[] x, double[] f);

    /**
     * The hypervolume of an approximation set (higher is better).
     *
     * @param front objective vectors, one per row (not modified); may be empty (hypervolume 0)
     */
    double hypervolume(double[][] front);

    /**
     * The inverted generational distance of an approximation set to the problem's reference set
     * (lower is better).
     *
     * @param front objective vectors, one per row (not modified); empty gives +infinity
     */
    double igd(double[][] front);

    /** One line on how {@link #hypervolume} and {@link #igd} are computed, for the report. */
    String indicatorNote();
}
