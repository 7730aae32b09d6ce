package io.github.l2e4j.search;

import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.problem.Bounds;

import java.util.Arrays;

/**
 * The safeguarded Krasnosel'skii–Mann step on the centre c: the quasi-Newton direction
 * {@code -H g(c)}, the two gradient trials, the composite candidate that fuses the gradient step
 * with the evolutionary proposal, their acceptance tests and the line search. This is the part of
 * the search that the guarantees G2 and G3 are about; none of it depends on theta except through
 * the bounded outputs alpha and g.
 *
 * <h2>One step</h2>
 * With the gradient g = g(c), the metric H, the line-search multiplier eta and the evolutionary
 * proposal m (the CMA-ES mean):
 * <pre>
 *   a_t = P(c + t d),  d = -H g,  t in {eta, 1 or eta/4}                       (gradient trials)
 *   z   = P(c + alpha [(1 - gate) eta d + gate (m - c)])                        (composite candidate)
 *   a_t is accepted if f(a_t) &lt;= f(c) - c1 t g.Hg                              (Armijo)
 *   z   is accepted if f(z)   &lt;= f(c) - c1 alpha (1 - gate) eta g.Hg + eps_k   (safeguard)
 *   eps_k = eps_0 delta^k   (summable: eps_0 a fraction of the run's first value range)
 * </pre>
 * The new centre is the best accepted point, else c stays. In KM form
 * {@code c+ = (1 - lambda) c + lambda T(c) + e} with {@code T = P o (I - eta H grad f)},
 * {@code lambda = alpha (1 - gate)} and the learned perturbation {@code e = alpha gate (m - c)}.
 * Mutable, owned by one search.
 */
final class KmStep {

    /** Step fraction of the second gradient trial. */
    static final double TRIAL_SHRINK = 0.25;
    /** The second trial is the unit step when eta differs from 1 by more than this factor. */
    static final double UNIT_STEP_TOLERANCE = 1.5;
    /** Armijo / safeguard sufficient-decrease constant c1. */
    static final double ARMIJO_C1 = 1e-4;
    /** Bounds of eta's change per generation. */
    static final double ETA_CHANGE = 8.0;

    private final int d;
    private final Bounds bounds;
    private final double[] centre;
    private final double[] previousCentre;
    private final double[] direction;
    private final double[] stepGrad;
    private final double[] trialSteps = new double[2];
    private final int[] trialRow = new int[2];
    private int trials;
    private int zRow = -1;
    private double fCentre = Double.NaN;
    private double eta = 1;
    private double trialEta = 1;
    private double predicted;
    private double relaxGrad;
    private boolean probing;
    private double epsilon0;
    private double slackFraction;
    private double slackDecay;

    KmStep(int d, Bounds bounds) {
        this.d = d;
        this.bounds = bounds;
        this.centre = new double[d];
        this.previousCentre = new double[d];
        this.direction = new double[d];
        this.stepGrad = new double[d];
    }

    /** Starts a run at the given point with the slack's constants. */
    void start(double[] start, double slackFraction, double slackDecay) {
        System.arraycopy(start, 0, centre, 0, d);
        System.arraycopy(start, 0, previousCentre, 0, d);
        fCentre = Double.NaN;
        eta = 1;
        trialEta = 1;
        predicted = 0;
        relaxGrad = 0;
        probing = false;
        trials = 0;
        zRow = -1;
        epsilon0 = 0;
        this.slackFraction = slackFraction;
        this.slackDecay = slackDecay;
        Arrays.fill(direction, 0.0);
    }

    double[] centre() {
        return centre;
    }

    double[] previousCentre() {
        return previousCentre;
    }

    double centreValue() {
        return fCentre;
    }

    double eta() {
        return eta;
    }

    /** Sets eta back to 1 (after a metric reset). */
    void resetEta() {
        eta = 1;
    }

    /** {@code ||eta H g||}: the length of the next gradient step. */
    double residual() {
        return eta * LinAlg.norm(direction, d);
    }

    /** The first generation's values: the centre's own value and the value range that sets the slack. */
    void first(double value, double range) {
        System.arraycopy(centre, 0, previousCentre, 0, d);
        fCentre = value;
        epsilon0 = range > 0 && Double.isFinite(range) ? slackFraction * range : 0;
    }

    /** The summable slack of generation k of the run. */
    double slack(long k) {
        return epsilon0 * Math.pow(slackDecay, k);
    }

    /** Moves the centre to a point with a valid value (the centre's own value was invalid). */
    void rescue(double[] x, double value) {
        System.arraycopy(x, 0, centre, 0, d);
        fCentre = value;
    }

    /**
     * Tests the KM rows written by {@link #writeRows} (the trial or z; two trials and z with three rows)
     * and moves the centre to the best accepted one; an extra candidate (a sample) may be offered
     * under the safeguard.
     *
     * @param x     the population, row-major
     * @param f     the values
     * @param k     the run's generation (for the slack)
     * @param extra row of an extra candidate under the safeguard, or -1
     */
    Diagnostics.Accepted accept(double[] x, double[] f, long k, int extra) {
        System.arraycopy(centre, 0, previousCentre, 0, d);
        double decrease = ARMIJO_C1 * predicted;
        double slack = slack(k);
        int chosen = -1;
        double chosenValue = Double.POSITIVE_INFINITY;
        Diagnostics.Accepted how = Diagnostics.Accepted.NONE;
        boolean firstPassed = false;
        for (int t = 0; t < trials; t++) {
            double v = f[trialRow[t]];
            if (Ranking.valid(v) && predicted > 0 && v <= fCentre - decrease * trialSteps[t]) {
                firstPassed |= t == 0;
                if (v < chosenValue) {
                    chosen = trialRow[t];
                    chosenValue = v;
                    how = Diagnostics.Accepted.GRADIENT;
                }
            }
        }
        double bound = fCentre - decrease * relaxGrad * trialEta + slack;
        if (zRow >= 0 && !probing) {
            double vz = f[zRow];
            if (Ranking.valid(vz) && vz <= bound && vz < chosenValue) {
                chosen = zRow;
                chosenValue = vz;
                how = Diagnostics.Accepted.LEARNED;
            }
        }
        if (extra >= 0 && Ranking.valid(f[extra]) && f[extra] <= fCentre + slack && f[extra] < chosenValue) {
            chosen = extra;
            chosenValue = f[extra];
            how = Diagnostics.Accepted.SAMPLE;
        }
        updateEta(f, firstPassed);
        if (chosen >= 0) {
            System.arraycopy(x, chosen * d, centre, 0, d);
            fCentre = chosenValue;
        }
        return how;
    }

    /** Line-search multiplier from a least-squares curvature fit along the trial direction. */
    private void updateEta(double[] f, boolean firstPassed) {
        if (!(predicted > 0)) {
            return;
        }
        double num = 0;
        double den = 0;
        for (int t = 0; t < trials; t++) {
            double step = trialSteps[t];
            double v = f[trialRow[t]];
            if (Ranking.valid(v)) {
                double t2 = step * step;
                num += 2 * (v - fCentre + predicted * step) * t2;
                den += t2 * t2;
            }
        }
        double next;
        double curvature = den > 0 ? num / den : Double.NaN;
        if (curvature > 0 && Double.isFinite(curvature)) {
            next = LinAlg.clamp(predicted / curvature, trialEta / ETA_CHANGE, trialEta * ETA_CHANGE);
        } else {
            next = firstPassed ? trialEta * 2 : trialEta * TRIAL_SHRINK * 0.5;
        }
        boolean anyPassed = false;
        double shortest = Double.POSITIVE_INFINITY;
        for (int t = 0; t < trials; t++) {
            anyPassed |= Ranking.valid(f[trialRow[t]])
                    && f[trialRow[t]] <= fCentre - ARMIJO_C1 * predicted * trialSteps[t];
            shortest = Math.min(shortest, trialSteps[t]);
        }
        if (!anyPassed) {
            // Every trial failed: the next step must be shorter than all of them, whatever the fit says
            // (the fit is fooled when the box projection maps both trials to the same point).
            next = Double.isFinite(next) ? Math.min(next, shortest * TRIAL_SHRINK) : shortest * TRIAL_SHRINK;
        }
        if (next > 0 && Double.isFinite(next)) {
            eta = next;
        }
    }

    /**
     * A direction given directly (a model's Newton step {@code d = -B^-1 g} with its predicted decrease
     * {@code g.B^-1 g > 0}); the line search then starts from eta = 1.
     */
    void setDirection(double[] dir, double decrease) {
        if (decrease > 0 && Double.isFinite(decrease)) {
            System.arraycopy(dir, 0, direction, 0, d);
            predicted = decrease;
        } else {
            Arrays.fill(direction, 0.0);
            predicted = 0;
        }
    }

    void direction(GradientSource gradient) {
        Arrays.fill(direction, 0.0);
        predicted = 0;
        if (!gradient.has()) {
            return;
        }
        gradient.gradientAt(centre, stepGrad);
        gradient.metric().apply(stepGrad, direction);
        predicted = LinAlg.dot(stepGrad, direction, d);
        if (!(predicted > 0) || !Double.isFinite(predicted)) {
            predicted = 0;
            Arrays.fill(direction, 0.0);
        }
        for (int j = 0; j < d; j++) {
            direction[j] = -direction[j];
        }
    }

    /**
     * Writes the KM rows from row {@code first}: with {@code rows} = 1 the gradient trial at t = eta
     * only; with 3 the composite candidate z and the trials at t = eta and t = 1 (or eta / 4).
     *
     * @param proposal the evolutionary proposal m
     * @param probe    after a generation that accepted nothing: z is the centre itself
     */
    void writeRows(double[] x, int first, int rows, double[] proposal, double alpha, double gate, boolean probe) {
        writeRows(x, first, rows, proposal, alpha, gate, probe, false);
    }

    /**
     * As {@link #writeRows(double[], int, int, double[], double, double, boolean)}; with one row and
     * {@code composite}, that row is z instead of the trial.
     */
    void writeRows(double[] x, int first, int rows, double[] proposal, double alpha, double gate, boolean probe,
                   boolean composite) {
        probing = probe;
        double a = probe ? 0 : alpha;
        boolean withZ = rows == 3 || composite && !probe;
        relaxGrad = withZ ? a * (1 - gate) : 0;
        trialEta = eta;
        trials = rows == 3 ? 2 : withZ ? 0 : 1;
        zRow = withZ ? first : -1;
        trialRow[0] = rows == 3 ? first + 1 : first;
        trialRow[1] = first + 2;
        trialSteps[0] = eta;
        trialSteps[1] = Math.abs(Math.log(eta)) > Math.log(UNIT_STEP_TOLERANCE) ? 1.0 : eta * TRIAL_SHRINK;
        for (int t = 0; t < trials; t++) {
            int r = trialRow[t];
            for (int j = 0; j < d; j++) {
                x[r * d + j] = centre[j] + trialSteps[t] * direction[j];
            }
            bounds.projectRow(x, r);
        }
        if (zRow >= 0) {
            for (int j = 0; j < d; j++) {
                double dGrad = eta * direction[j];
                double dLearn = proposal[j] - centre[j];
                x[zRow * d + j] = centre[j] + a * ((1 - gate) * dGrad + gate * dLearn);
            }
            bounds.projectRow(x, zRow);
        }
    }
}
