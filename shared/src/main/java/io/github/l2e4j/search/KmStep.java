package io.github.l2e4j.search;

import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.problem.Bounds;

import java.util.Arrays;

/**
 * The safeguarded Krasnosel'skii–Mann step on the centre c: the quasi-Newton direction d, the KM
 * row that tests it (the gradient trial, or the composite candidate that fuses the step with the
 * evolutionary proposal), the acceptance tests and the line search. This is the part of the search
 * that the guarantees G2 and G3 are about; none of it depends on theta except through the bounded
 * outputs alpha and g.
 *
 * <h2>One step</h2>
 * With the direction d (-H g(c), or a model's Newton step), the line-search multiplier eta and the
 * evolutionary proposal m (the CMA-ES mean), the KM row is one of
 * <pre>
 *   a = P(c + eta d)                                                           (gradient trial)
 *   z = P(c + alpha [(1 - gate) eta d + gate (m - c)])                         (composite candidate)
 *   a is accepted if f(a) &lt;= f(c) - c1 eta g.Hg                                (Armijo)
 *   z is accepted if f(z) &lt;= f(c) - c1 alpha (1 - gate) eta g.Hg + eps_k        (safeguard)
 *   the generation's best point is accepted if f &lt;= f(c) + eps_k                (slack)
 *   eps_k = eps_0 delta^k   (summable: eps_0 a fraction of the run's first value range)
 * </pre>
 * The new centre is the best accepted point, else c stays. In KM form
 * {@code c+ = (1 - lambda) c + lambda T(c) + e} with {@code T = P o (I - eta H grad f)},
 * {@code lambda = alpha (1 - gate)} and the learned perturbation {@code e = alpha gate (m - c)}.
 * Mutable, owned by one search.
 */
final class KmStep {

    /** The step after a failed trial is at most this fraction of it. */
    static final double TRIAL_SHRINK = 0.25;
    /** Armijo / safeguard sufficient-decrease constant c1. */
    static final double ARMIJO_C1 = 1e-4;
    /** Bounds of eta's change per generation. */
    static final double ETA_CHANGE = 8.0;

    private final int d;
    private final Bounds bounds;
    private final double[] centre;
    private final double[] direction;
    private final double[] stepGrad;
    /** Whether the KM row is the gradient trial (else the composite candidate z). */
    private boolean trial;
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
        this.direction = new double[d];
        this.stepGrad = new double[d];
    }

    /** Starts a run at the given point with the slack's constants. */
    void start(double[] start, double slackFraction, double slackDecay) {
        System.arraycopy(start, 0, centre, 0, d);
        fCentre = Double.NaN;
        eta = 1;
        trialEta = 1;
        predicted = 0;
        relaxGrad = 0;
        probing = false;
        trial = false;
        epsilon0 = 0;
        this.slackFraction = slackFraction;
        this.slackDecay = slackDecay;
        Arrays.fill(direction, 0.0);
    }

    double[] centre() {
        return centre;
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
        fCentre = value;
        epsilon0 = range > 0 && Double.isFinite(range) ? slackFraction * range : 0;
    }

    /** The summable slack of generation k of the run. */
    double slack(long k) {
        return epsilon0 * Math.pow(slackDecay, k);
    }

    /** Moves the centre to row {@code row} of x, whose value is valid (the centre's own value was invalid). */
    void rescue(double[] x, int row, double value) {
        System.arraycopy(x, row * d, centre, 0, d);
        fCentre = value;
    }

    /**
     * Tests the KM row written by {@link #writeRow} (the trial, or z) and the generation's best row
     * {@code extra} (under the slack only), and moves the centre to the best that passes.
     *
     * @param x     the population, row-major; the KM row is row 0
     * @param f     the values
     * @param k     the run's generation (for the slack)
     * @param extra row of an extra candidate under the slack, or -1
     */
    Diagnostics.Accepted accept(double[] x, double[] f, long k, int extra) {
        double decrease = ARMIJO_C1 * predicted;
        double slack = slack(k);
        int chosen = -1;
        double chosenValue = Double.POSITIVE_INFINITY;
        Diagnostics.Accepted how = Diagnostics.Accepted.NONE;
        double v = f[0];
        // v < f(c) as well: a trial that does not move (eta d below c's rounding) is no decrease.
        boolean trialPassed = trial && Ranking.valid(v) && predicted > 0 && v <= fCentre - decrease * trialEta
                && v < fCentre;
        if (trialPassed) {
            chosen = 0;
            chosenValue = v;
            how = Diagnostics.Accepted.GRADIENT;
        } else if (!trial && !probing && Ranking.valid(v) && v <= fCentre - decrease * relaxGrad * trialEta + slack) {
            chosen = 0;
            chosenValue = v;
            how = Diagnostics.Accepted.LEARNED;
        }
        if (extra >= 0 && Ranking.valid(f[extra]) && f[extra] <= fCentre + slack && f[extra] < chosenValue) {
            chosen = extra;
            chosenValue = f[extra];
            how = Diagnostics.Accepted.SAMPLE;
        }
        updateEta(v, trialPassed);
        if (chosen >= 0) {
            System.arraycopy(x, chosen * d, centre, 0, d);
            fCentre = chosenValue;
        }
        return how;
    }

    /**
     * Line-search multiplier from the curvature along the direction, fitted to the trial's value
     * {@code v} at t = eta: {@code eta <- predicted / curvature}, clamped to [eta / 8, 8 eta], and below
     * eta / 4 when the trial failed.
     */
    private void updateEta(double v, boolean trialPassed) {
        if (!(predicted > 0)) {
            return;
        }
        if (!trial) {
            // A generation whose KM row is z tried no step along d alone; eta shrinks as after a failed
            // trial. (Leaving eta unchanged there made one random theta with gate >= 1/2 miss G2's 1e-8
            // on the ellipsoid within 2000 generations: 1.3e-4.)
            eta = trialEta * TRIAL_SHRINK * 0.5;
            return;
        }
        double next;
        double curvature = Double.NaN;
        if (Ranking.valid(v)) {
            double t2 = trialEta * trialEta;
            curvature = 2 * (v - fCentre + predicted * trialEta) * t2 / (t2 * t2);
        }
        if (curvature > 0 && Double.isFinite(curvature)) {
            next = LinAlg.clamp(predicted / curvature, trialEta / ETA_CHANGE, trialEta * ETA_CHANGE);
        } else {
            next = trialPassed ? trialEta * 2 : trialEta * TRIAL_SHRINK * 0.5;
        }
        if (!trialPassed) {
            // The trial failed: the next step must be shorter, whatever the fit says (the fit is
            // fooled when the box projection maps the trial onto the centre's side of the box).
            next = Double.isFinite(next) ? Math.min(next, trialEta * TRIAL_SHRINK) : trialEta * TRIAL_SHRINK;
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
            eta = 1;
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
        gradient.gradient(stepGrad);
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
     * Writes the KM row, row 0 of x: the gradient trial {@code P(c + eta d)}, or with
     * {@code composite} the candidate {@code z = P(c + alpha [(1 - gate) eta d + gate (m - c)])}.
     *
     * @param proposal the evolutionary proposal m
     * @param probe    after a KM generation that accepted nothing: the trial, never z
     */
    void writeRow(double[] x, double[] proposal, double alpha, double gate, boolean probe, boolean composite) {
        probing = probe;
        trial = !composite || probe;
        relaxGrad = trial ? 0 : alpha * (1 - gate);
        trialEta = eta;
        for (int j = 0; j < d; j++) {
            double dGrad = eta * direction[j];
            x[j] = trial ? centre[j] + dGrad : centre[j] + alpha * ((1 - gate) * dGrad + gate * (proposal[j] - centre[j]));
        }
        bounds.projectRow(x, 0);
    }
}
