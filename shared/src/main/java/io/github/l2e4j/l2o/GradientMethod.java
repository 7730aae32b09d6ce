package io.github.l2e4j.l2o;

/**
 * A first-order method, written as a stepping rule that {@link GradientRun} drives: at a query
 * point q with value f(q) and gradient g(q), and a step constant L (the Lipschitz constant of the
 * gradient, or the backtracking estimate of it), the rule proposes the next point.
 *
 * <p>The method itself is immutable and thread safe (its weights, if it has any); each run gets
 * its own mutable {@link Stepper}.
 */
public interface GradientMethod {

    /** A short lower-case name, e.g. {@code gd}. */
    String name();

    /** A new per-run state for a problem of the given dimension. */
    Stepper stepper(int dimension);

    /**
     * One run's mutable state. {@link GradientRun} calls {@link #start} once, then for each
     * iteration {@link #propose} (possibly several times with a growing L while backtracking, so
     * {@code propose} must not change the state) and {@link #accept} once.
     */
    interface Stepper {

        /** The run begins at x_0 (value f_0, gradient g_0) with the step constant L_0; arrays are not kept. */
        void start(double[] x0, double f0, double[] g0, double lipschitz);

        /**
         * Writes the candidate next point into {@code out}, without changing the state.
         *
         * @param q         the current query point (not modified)
         * @param f         f(q)
         * @param g         grad f(q) (not modified)
         * @param lipschitz the step constant L &gt; 0 (the step is 1/L)
         * @param out       the candidate (overwritten)
         */
        void propose(double[] q, double f, double[] g, double lipschitz, double[] out);

        /**
         * Commits a candidate (after the run projected it onto the box, if any) and writes the
         * next query point into {@code nextQuery}.
         */
        void accept(double[] candidate, double[] nextQuery);

        /**
         * True if the next query point is always the accepted candidate itself (plain gradient
         * steps), so the run can reuse the candidate's evaluation; false for methods that query
         * elsewhere (Nesterov's extrapolated point).
         */
        boolean queriesCandidate();

        /** Forgets any momentum after a failed query: the next query point becomes the current iterate. */
        default void resetMomentum(double[] nextQuery) {
            System.arraycopy(iterate(), 0, nextQuery, 0, nextQuery.length);
        }

        /** The method's current iterate x_k (a copy). */
        double[] iterate();
    }
}
