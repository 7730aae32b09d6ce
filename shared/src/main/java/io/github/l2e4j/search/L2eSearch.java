package io.github.l2e4j.search;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.km.FullMetric;
import io.github.l2e4j.km.LimitedMemoryMetric;
import io.github.l2e4j.km.Metric;
import io.github.l2e4j.operator.HeadRanges;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.OperatorOutput;
import io.github.l2e4j.operator.ProxyGradient;
import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.population.TokenFeatures;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Gradient;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One run of the L2E search, driven by ask/tell: {@link #ask()} gives the next N points to
 * evaluate, {@link #tell(double[])} takes their values (minimised; NaN and infinities allowed,
 * they rank worst). This class is the only mutable part of l2e4j's core; one instance belongs to
 * one run and is not thread safe.
 *
 * <h2>One generation</h2>
 * The population holds the centre candidate z (row 0), two gradient trials (rows 1, 2) and
 * N - 3 samples drawn around z in antithetic pairs (one unpaired sample when N - 3 is odd).
 * After the values come back:
 * <ol>
 *   <li><b>Safeguarded KM step.</b> With the gradient estimate g and the metric H from the previous
 *   generation, the trials are {@code a_t = P(c - t eta H g)} for t in {1, 1/4} and the candidate
 *   is {@code z = P(c + alpha [(1-g) (-eta H g) + g (c~ - c)])}. A trial is accepted if it passes
 *   the Armijo test {@code f(a_t) <= f(c) - c1 t eta g.Hg}; z is accepted if
 *   {@code f(z) <= f(c) - c1 alpha (1-g) eta g.Hg + eps_k} with a summable slack
 *   {@code eps_k = eps_0 delta^k}: {@code eps_0} is 10^-3 times the value range of the run's first
 *   population and delta = 0.5, or 0.05 times the range and delta = 0.9 in a run whose population
 *   grew at a restart. The new centre is the best accepted point, else c stays. In KM
 *   form: {@code c+ = (1 - lambda) c + lambda T_grad(c) + e} with {@code lambda = alpha (1-g)} in
 *   {@code [alphaMin (1-gateMax), 1]} and the learned perturbation {@code e = alpha g (c~ - c)}.</li>
 *   <li><b>Proxy gradient</b> at z from the samples (ridge regression), or the problem's exact gradient
 *   at the new centre; a secant update of the metric H (see {@link Metric}); the line-search
 *   multiplier eta from a quadratic fit along the trial direction.</li>
 *   <li><b>Learned operator.</b> Invariant features of the sorted population go through the
 *   selective-scan mixer ({@link LearnedOperator}); its bounded heads give the recombination
 *   weights w (so {@code c~ = sum w_j x_j}), gamma, alpha, g, a step-size multiplier s and
 *   per-individual mutation multipliers m_j.</li>
 *   <li><b>Contractive population update.</b> Around the next candidate p = z+, pair i takes
 *   the deviation of the i-th best sample from the old anchor and
 *   {@code x = P(p +- [gamma' (x_(i) - p_old) + sigma m_(i) C^(1/2) xi_i])} with
 *   {@code gamma' = 1 - alpha (1 - gamma) <= gammaBar < 1} and xi truncated to [-3, 3]; sigma
 *   follows the accepted step length times s, clamped under the envelope
 *   {@code sigma0 rho_env^k}.</li>
 * </ol>
 * Restarts (a new random start, the envelope and metric reset) happen when the scale collapses, the
 * centre stagnates or the values are flat. The default regime is BIPOP-like: the first restart
 * grows the samples (by {@link SearchSettings#populationGrowth()}, 2 by default), and after it runs
 * with the first population size alternate with runs whose samples grow again, the small runs
 * taking their turn while they have used fewer evaluations than the grown runs
 * ({@link SearchSettings#smallRestarts()}; off, every restart doubles, IPOP). A grown run samples wider
 * around its steps and lets its centre go uphill within a larger summable slack, so it explores
 * the landscape at the population's scale before it converges.
 *
 * <h2>What is guaranteed (for every theta)</h2>
 * G1: with the noise off, the spread of the samples about their anchor contracts by
 * {@code gamma' <= gammaBar} every generation (projection is nonexpansive). G2/G3: with an exact
 * gradient of a convex / smooth bounded-below f, the centre sequence is a safeguarded
 * variable-metric projected-gradient KM iteration with summable perturbations, so f(c_k) tends
 * to the minimum over the box (convex) or grad f(c_k) tends to 0 (smooth). G4: the best-so-far
 * value never increases. Global optimality is never claimed. See docs/guarantees.md.
 */
public final class L2eSearch {

    /** Rows that are not samples: the centre candidate and two gradient trials. */
    public static final int EXTRA_ROWS = 3;
    /** Step fraction of the second gradient trial. */
    public static final double TRIAL_SHRINK = 0.25;
    /**
     * The second trial is the unit quasi-Newton step when the line-search multiplier differs from 1
     * by more than this factor, else the shrunk step.
     */
    public static final double UNIT_STEP_TOLERANCE = 1.5;
    /** Armijo / safeguard sufficient-decrease constant c1. */
    public static final double ARMIJO_C1 = 1e-4;
    /** Initial safeguard slack relative to the first population's value range. */
    public static final double SAFEGUARD_SLACK = 1e-3;
    /** Per-generation decay of the safeguard slack (summable). */
    public static final double SAFEGUARD_DECAY = 0.5;
    /**
     * Initial safeguard slack, relative to the first population's value range, in a run whose
     * population grew at a restart. The centre may then go uphill early in the run and follow the
     * large population's smoothed landscape instead of stopping in the first local basin (docs/design.md,
     * "Restart regimes"). The slack stays summable, so G2/G3 hold unchanged.
     */
    public static final double GROWN_SAFEGUARD_SLACK = 0.05;
    /** Per-generation decay of the slack in a grown run: its total is at most half the value range. */
    public static final double GROWN_SAFEGUARD_DECAY = 0.9;
    /** The envelope reaches this fraction of sigma0 at the end of its horizon. */
    public static final double ENVELOPE_FLOOR = 1e-12;
    /** Relative scale floor: sigma &ge; SIGMA_FLOOR (1 + ||c||) / sqrt(D). */
    public static final double SIGMA_FLOOR = 1e-12;
    /** Restart when scale and step fall below TOL_X (1 + ||c||). */
    public static final double TOL_X = 1e-12;
    /**
     * Sigma tracks the accepted step: its equilibrium is {@code step = SIGMA_STEP_RATIO sigma sqrt(D)}
     * (docs/design.md records the smaller ratios we measured: more smoothing helps Rastrigin a little
     * and costs Rosenbrock and the ellipsoid 2 to 4 times more evaluations).
     */
    public static final double SIGMA_STEP_RATIO = 1.0;
    /**
     * In a run whose population grew at a restart, the equilibrium ratio is
     * {@code SIGMA_STEP_RATIO * baseSamples / samples}, but not below this: larger populations
     * sample wider around the step and smooth more.
     */
    public static final double MIN_SIGMA_STEP_RATIO = 1.0 / 16;
    /** Per-generation bounds of the step-tracking change of sigma. */
    public static final double SIGMA_CHANGE = 2.0;
    /** Truncation of the standard normal mutation noise. */
    public static final double NOISE_TRUNCATION = 3.0;
    /** Bounds of the line-search multiplier's change per generation. */
    public static final double ETA_CHANGE = 8.0;
    /** Consecutive generations without an accepted step after which the metric is reset. */
    public static final int METRIC_RESET_FAILURES = 3;
    /** Largest factor by which a sample pair is shrunk to keep it symmetric inside the box. */
    public static final double MAX_PAIR_SHRINK = 4.0;
    /** Window (generations) of the relative-improvement stall test. */
    public static final int STALL_WINDOW = 10;
    /** Restart when f(c) changed by less than this relative amount over {@link #STALL_WINDOW} generations. */
    public static final double TOL_FUN = 1e-12;
    /**
     * With {@link SearchSettings#stallMetricReset()}, the metric is reset (once per run) when the
     * decrease of f(centre) over the last {@link #STALL_WINDOW} generations is below this fraction of
     * the decrease over the window before.
     */
    public static final double STALL_RESET_RATIO = 0.1;
    /** Generations of flat or invalid values before a restart. */
    public static final int FLAT_GENERATIONS = 10;

    private static final int KIND_CENTRE = 0;
    private static final int KIND_TRIAL = 1;
    private static final int KIND_SAMPLE = 2;

    private final LearnedOperator operator;
    private final HeadRanges ranges;
    private final Bounds bounds;
    private final int d;
    private final SearchSettings settings;
    private final Gradient exactGradient;
    private final SplittableRandom initRandom;
    private final SplittableRandom sampleRandom;
    private final Metric metric;
    private final double[] shape;
    private final double sigma0;

    private int samples;
    /** Samples of the first run, and of every small-population restart. */
    private int baseSamples;
    /** Samples of the latest large-population run (grows at each large restart). */
    private int largeSamples;
    /**
     * Evaluations used by small-population and by large-population runs (the first run counts as
     * large), and by the first run alone.
     */
    private long smallEvaluations;
    private long largeEvaluations;
    private long firstRunEvaluations;
    private long epochStartEvaluations;
    private boolean smallRun;
    private int n;
    private double[] x;
    private double[] xNext;
    private int[] kind;
    private int[] kindNext;
    private double[] f;
    private int[] order;
    private double[] ranks;
    private double[] features;
    private int[] regressionRows;
    private int[] plusRows;
    private int[] minusRows;
    private OperatorOutput out;
    private ProxyGradient proxy;

    private final double[] centre;
    private final double[] previousCentre;
    private final double[] anchor;
    private final double[] grad;
    private final double[] previousGrad;
    private final double[] gradPoint;
    private final double[] previousGradPoint;
    private final double[] direction;
    private final double[] stepGrad;
    private final double[] recombined;
    private final double[] xi;
    private double[] extra;
    private final double[] noiseVec;
    private final double[] tmpS;
    private final double[] tmpY;
    private final double[] bestX;

    private double fCentre;
    private double eta;
    private double sigma;
    private double envelopeRate;
    /** The step ratio and the safeguard slack's constants of the current run (see startEpoch). */
    private double sigmaStepRatio;
    private double slackFraction;
    private double slackDecay;
    private double epsilon0;
    private double predicted;
    private double trialEta;
    private final double[] trialSteps = new double[EXTRA_ROWS - 1];
    private double relaxGrad;
    private boolean firstOfEpoch;
    private boolean probing;
    private int failures;
    private boolean hasGrad;
    private boolean hasPreviousGrad;
    private boolean scaled;
    private long generation;
    private long epochGeneration;
    private long evaluations;
    private long gradientEvaluations;
    private int restarts;
    private double bestF = Double.POSITIVE_INFINITY;
    private double epochBest;
    private long epochBestGeneration;
    private int flatCount;
    /**
     * f(centre) of the epoch's last 2 {@link #STALL_WINDOW}s and one generation, indexed by epoch
     * generation modulo the length: the stall restart reads the last window, the stall reset two.
     */
    private final double[] centreHistory = new double[2 * STALL_WINDOW + 1];
    private boolean stallResetDone;
    private String stopReason;
    private Diagnostics last;

    private L2eSearch(LearnedOperator operator, Bounds bounds, SearchSettings settings, Gradient gradient,
                      long seed) {
        this.operator = operator;
        this.ranges = operator.ranges();
        this.bounds = bounds;
        this.d = bounds.dimension();
        this.settings = settings;
        this.exactGradient = settings.useExactGradient() ? gradient : null;
        this.initRandom = Streams.of(seed, "init");
        this.sampleRandom = Streams.of(seed, "sample");
        this.metric = d <= settings.fullMetricMaxDimension()
                ? new FullMetric(d) : new LimitedMemoryMetric(d, settings.metricMemory());
        this.shape = new double[d];
        double meanSq = 0;
        double meanWidth = 0;
        for (int i = 0; i < d; i++) {
            meanSq += bounds.width(i) * bounds.width(i);
            meanWidth += bounds.width(i);
        }
        meanSq /= d;
        meanWidth /= d;
        for (int i = 0; i < d; i++) {
            shape[i] = bounds.width(i) * bounds.width(i) / meanSq;
        }
        this.sigma0 = settings.sigma0() * meanWidth;
        settings.initialPoint().ifPresent(p -> Checks.finiteVector("initialPoint", p, d));
        centre = new double[d];
        previousCentre = new double[d];
        anchor = new double[d];
        grad = new double[d];
        previousGrad = new double[d];
        gradPoint = new double[d];
        previousGradPoint = new double[d];
        direction = new double[d];
        stepGrad = new double[d];
        recombined = new double[d];
        xi = new double[d];
        noiseVec = new double[d];
        tmpS = new double[d];
        tmpY = new double[d];
        bestX = new double[d];
        extra = new double[Math.max(1, metric.extraNormals())];
        samples = settings.samplesFor(d);
        baseSamples = samples;
        largeSamples = samples;
        startEpoch(settings.initialPoint().orElse(null));
    }

    /**
     * A search over a box with the given operator, settings and seed.
     *
     * @param operator the learned operator (theta0, trained, or any other weights)
     * @param bounds   the box
     * @param settings per-run settings
     * @param seed     the run seed; the same seed gives a bit-identical run
     */
    public static L2eSearch create(LearnedOperator operator, Bounds bounds, SearchSettings settings, long seed) {
        return create(operator, bounds, settings, null, seed);
    }

    /**
     * A search that also uses an exact gradient (when the settings allow it).
     *
     * @param gradient the exact gradient of the objective, or null
     */
    public static L2eSearch create(LearnedOperator operator, Bounds bounds, SearchSettings settings,
                                   Gradient gradient, long seed) {
        if (operator == null) {
            throw new IllegalArgumentException("operator must not be null");
        }
        if (bounds == null) {
            throw new IllegalArgumentException("bounds must not be null");
        }
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        return new L2eSearch(operator, bounds, settings, gradient, seed);
    }

    /**
     * A search seeded from a host's generator: one long is drawn from {@code random} here and
     * nowhere else.
     */
    public static L2eSearch create(LearnedOperator operator, Bounds bounds, SearchSettings settings,
                                   RandomGenerator random) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        return create(operator, bounds, settings, null, Streams.seedFrom(random));
    }

    // ------------------------------------------------------------------ public API

    /** The dimension D. */
    public int dimension() {
        return d;
    }

    /** The box. */
    public Bounds bounds() {
        return bounds;
    }

    /** Rows of the pending population (changes only at restarts). */
    public int populationSize() {
        return n;
    }

    /**
     * The pending population: N new arrays, each inside the box. Calling it again before
     * {@link #tell} returns the same points.
     */
    public double[][] ask() {
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, i * d, rows[i], 0, d);
        }
        return rows;
    }

    /** Copies row i of the pending population into {@code dest} (no allocation). */
    public void ask(int i, double[] dest) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("row must be in [0, " + n + "), was " + i);
        }
        System.arraycopy(x, i * d, dest, 0, d);
    }

    /**
     * Tells the values of the pending population, in the order {@link #ask()} gave the points.
     * NaN and infinite values are allowed and rank worst.
     *
     * @throws IllegalArgumentException if values is null or its length is not {@link #populationSize()};
     *                                  the search state is then unchanged
     */
    public void tell(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (values.length != n) {
            throw new IllegalArgumentException("values must have length " + n
                    + " (the population size of the last ask()), was " + values.length);
        }
        System.arraycopy(values, 0, f, 0, n);
        step();
    }

    /** The best point seen so far (a copy), or empty before the first tell. */
    public double[] bestPoint() {
        return bestX.clone();
    }

    /** The best value seen so far (+infinity before any valid value). */
    public double bestValue() {
        return bestF;
    }

    /** The current centre (a copy). */
    public double[] centre() {
        return centre.clone();
    }

    /** f at the current centre (NaN before the first tell). */
    public double centreValue() {
        return fCentre;
    }

    /** Generations told. */
    public long generation() {
        return generation;
    }

    /** Evaluations told. */
    public long evaluations() {
        return evaluations;
    }

    /** Exact-gradient evaluations made. */
    public long gradientEvaluations() {
        return gradientEvaluations;
    }

    /** Restarts so far. */
    public int restarts() {
        return restarts;
    }

    /** The diagnostics of the last generation, or null before the first tell. */
    public Diagnostics diagnostics() {
        return last;
    }

    /**
     * True when the search has converged and may not restart any more (restarts off or
     * exhausted). Asking and telling may continue; the population then stays collapsed.
     */
    public boolean isDone() {
        return stopReason != null;
    }

    /** Why the search is done, or null. */
    public String stopReason() {
        return stopReason;
    }

    /** The operator driving this search. */
    public LearnedOperator operator() {
        return operator;
    }

    // ------------------------------------------------------------------ the generation

    private void ensureCapacity(int rows) {
        if (x == null || f.length < rows) {
            x = new double[rows * d];
            xNext = new double[rows * d];
            kind = new int[rows];
            kindNext = new int[rows];
            f = new double[rows];
            order = new int[rows];
            ranks = new double[rows];
            features = new double[rows * TokenFeatures.COUNT];
            regressionRows = new int[rows];
            plusRows = new int[rows];
            minusRows = new int[rows];
            out = new OperatorOutput(rows);
            proxy = new ProxyGradient(d, rows);
        }
    }

    private void startEpoch(double[] start) {
        n = EXTRA_ROWS + samples;
        epochStartEvaluations = evaluations;
        boolean grown = samples > baseSamples;
        sigmaStepRatio = grown ? Math.max(MIN_SIGMA_STEP_RATIO, SIGMA_STEP_RATIO * baseSamples / samples)
                : SIGMA_STEP_RATIO;
        slackFraction = grown ? GROWN_SAFEGUARD_SLACK : SAFEGUARD_SLACK;
        slackDecay = grown ? GROWN_SAFEGUARD_DECAY : SAFEGUARD_DECAY;
        ensureCapacity(n);
        if (start != null) {
            System.arraycopy(start, 0, centre, 0, d);
            bounds.project(centre);
        } else {
            for (int i = 0; i < d; i++) {
                double u = 0.5 * (1 - SearchSettings.DEFAULT_INIT_FRACTION)
                        + SearchSettings.DEFAULT_INIT_FRACTION * initRandom.nextDouble();
                centre[i] = bounds.lower(i) + u * bounds.width(i);
            }
        }
        fCentre = Double.NaN;
        metric.reset(shape, sigma0 * sigma0);
        scaled = false;
        hasGrad = false;
        hasPreviousGrad = false;
        eta = 1;
        sigma = sigma0;
        long horizon = settings.horizon() > 0 ? settings.horizon()
                : settings.budgetHint() > 0 ? Math.max(1, (settings.budgetHint() - evaluations) / n)
                : SearchSettings.DEFAULT_HORIZON;
        envelopeRate = Math.pow(ENVELOPE_FLOOR, 1.0 / horizon);
        epochGeneration = 0;
        stallResetDone = false;
        epochBest = Double.POSITIVE_INFINITY;
        epochBestGeneration = 0;
        flatCount = 0;
        failures = 0;
        probing = false;
        epsilon0 = 0;
        firstOfEpoch = true;
        System.arraycopy(centre, 0, anchor, 0, d);
        // Row 0 is the start point, the rest are antithetic pairs around it.
        System.arraycopy(centre, 0, x, 0, d);
        kind[0] = KIND_CENTRE;
        for (int r = 1; r < n; r += 2) {
            // The epoch's initial spread is the initial condition, drawn even when the noise term is off.
            drawNoise(1.0, true);
            boolean paired = r + 1 < n;
            for (int j = 0; j < d; j++) {
                double o = fitPair(anchor[j], sigma * noiseVec[j], j);
                x[r * d + j] = anchor[j] + o;
                if (paired) {
                    x[(r + 1) * d + j] = anchor[j] - o;
                }
            }
            bounds.projectRow(x, r);
            kind[r] = KIND_SAMPLE;
            if (paired) {
                bounds.projectRow(x, r + 1);
                kind[r + 1] = KIND_SAMPLE;
            }
        }
    }

    /** noiseVec = m C^(1/2) xi with xi truncated standard normal; zero when the noise is off. */
    private void drawNoise(double multiplier) {
        drawNoise(multiplier, settings.noise());
    }

    private void drawNoise(double multiplier, boolean on) {
        if (!on) {
            Arrays.fill(noiseVec, 0.0);
            return;
        }
        for (int j = 0; j < d; j++) {
            xi[j] = truncatedNormal();
        }
        for (int j = 0; j < extra.length; j++) {
            extra[j] = truncatedNormal();
        }
        metric.sample(xi, extra, noiseVec);
        for (int j = 0; j < d; j++) {
            noiseVec[j] *= multiplier;
        }
    }

    /**
     * Shrinks the offset o of a pair {@code p +- o} in coordinate k so both members stay inside the
     * box, keeping the pair symmetric (which keeps the proxy gradient exact on quadratics), but by at
     * most a factor {@value #MAX_PAIR_SHRINK}; what still sticks out is then clamped by the
     * projection. Never lengthens o, so the contraction bound is kept.
     */
    private double fitPair(double p, double o, int k) {
        double room = Math.min(bounds.upper(k) - p, p - bounds.lower(k));
        double a = Math.abs(o);
        if (a <= room) {
            return o;
        }
        return Math.copySign(Math.max(room, a / MAX_PAIR_SHRINK), o);
    }

    private double truncatedNormal() {
        double v;
        do {
            v = sampleRandom.nextGaussian();
        } while (Math.abs(v) > NOISE_TRUNCATION);
        return v;
    }

    private void step() {
        double bestBefore = bestF;
        int valid = 0;
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = f[i];
            if (Ranking.valid(v)) {
                valid++;
                fMin = Math.min(fMin, v);
                fMax = Math.max(fMax, v);
                if (v < bestF) {
                    bestF = v;
                    System.arraycopy(x, i * d, bestX, 0, d);
                }
            }
        }
        evaluations += n;
        System.arraycopy(centre, 0, previousCentre, 0, d);
        Diagnostics.Accepted accepted = accept();
        failures = accepted == Diagnostics.Accepted.NONE ? failures + 1 : 0;
        if (failures >= METRIC_RESET_FAILURES && metric.updates() > 0) {
            // Repeated failed steps: the curvature model is not trusted any more.
            resetMetric();
            failures = 0;
        }
        if (firstOfEpoch && valid > 1) {
            epsilon0 = slackFraction * (fMax - fMin);
        }

        // Gradient: exact at the centre, or the proxy at the anchor the samples were drawn around.
        boolean gradOk;
        if (exactGradient != null) {
            gradOk = exactGradientAtCentre(accepted);
        } else {
            gradOk = proxyGradient();
        }
        if (gradOk) {
            if (hasGrad && metricPairAvailable()) {
                for (int j = 0; j < d; j++) {
                    tmpS[j] = gradPoint[j] - previousGradPoint[j];
                    tmpY[j] = grad[j] - previousGrad[j];
                }
                metric.update(tmpS, tmpY);
            }
            hasGrad = true;
        }

        // The learned operator on the sorted population.
        Ranking.sort(f, x, n, d, order);
        TokenFeatures.compute(f, x, n, d, order, ranks, anchor, sigma, bestBefore, epochGeneration, features);
        operator.forward(features, n, out);
        Arrays.fill(recombined, 0.0);
        for (int j = 0; j < n; j++) {
            double w = out.weight(j);
            int off = order[j] * d;
            for (int k = 0; k < d; k++) {
                recombined[k] += w * x[off + k];
            }
        }

        double spread = 0;
        for (int i = 0; i < n; i++) {
            if (kind[i] == KIND_SAMPLE) {
                spread = Math.max(spread, LinAlg.rowDistance(x, i, anchor, d));
            }
        }

        // The next quasi-Newton direction (from the centre).
        for (int j = 0; j < d; j++) {
            direction[j] = 0;
        }
        predicted = 0;
        if (hasGrad) {
            gradientAtCentre();
            metric.apply(stepGrad, direction);
            predicted = LinAlg.dot(stepGrad, direction, d);
            if (!(predicted > 0) || !Double.isFinite(predicted)) {
                predicted = 0;
                Arrays.fill(direction, 0.0);
            }
            for (int j = 0; j < d; j++) {
                direction[j] = -direction[j];
            }
        }

        // Sampling scale: follow the accepted step, times the learned multiplier, under the envelope.
        double stepLength = 0;
        for (int j = 0; j < d; j++) {
            double t = centre[j] - previousCentre[j];
            stepLength += t * t;
        }
        stepLength = Math.sqrt(stepLength);
        double change = 1;
        if (!firstOfEpoch) {
            double ratio = stepLength / (sigmaStepRatio * sigma * Math.sqrt(d));
            change = LinAlg.clamp(Math.sqrt(ratio), 1 / SIGMA_CHANGE, SIGMA_CHANGE);
        }
        double centreNorm = LinAlg.norm(centre, d);
        double floor = SIGMA_FLOOR * (1 + centreNorm) / Math.sqrt(d);
        double envelope = sigma0 * Math.pow(envelopeRate, epochGeneration + 1);
        sigma = Math.max(floor, Math.min(sigma * change * out.step(), envelope));

        // Stagnation and restart bookkeeping.
        if (Ranking.valid(fCentre) && fCentre < epochBest - 1e-12 * Math.abs(epochBest)) {
            epochBest = fCentre;
            epochBestGeneration = epochGeneration;
        }
        flatCount = valid == 0 || fMax == fMin ? flatCount + 1 : 0;
        centreHistory[(int) (epochGeneration % centreHistory.length)] = fCentre;
        if (settings.stallMetricReset()) {
            stallMetricReset();
        }

        double kmResidual = eta * LinAlg.norm(direction, d);
        String restartReason = restartReason(stepLength, centreNorm, envelope, floor, kmResidual);
        last = new Diagnostics(generation, evaluations, restarts, n, out.gammaPrime(), out.alpha(), out.gate(),
                out.step(), eta, kmResidual, spread, sigma, envelope, accepted, fCentre, bestF, metric.updates());
        generation++;
        epochGeneration++;
        if (restartReason != null) {
            if (settings.restarts() && restarts < settings.maxRestarts()) {
                restarts++;
                long spent = evaluations - epochStartEvaluations;
                if (smallRun) {
                    smallEvaluations += spent;
                } else {
                    largeEvaluations += spent;
                }
                if (restarts == 1) {
                    firstRunEvaluations = spent;
                }
                // The first restart always grows; after it, small runs take their turn while they
                // have used fewer evaluations than the grown runs.
                // (At the first restart the grown runs' total is 0, so the rule makes it grow.)
                smallRun = settings.smallRestarts() && smallEvaluations < largeEvaluations - firstRunEvaluations;
                if (smallRun) {
                    samples = baseSamples;
                } else {
                    largeSamples = (int) Math.min((long) largeSamples * settings.populationGrowth(),
                            Math.max(largeSamples, 2L * settings.maxPairs()));
                    samples = largeSamples;
                }
                startEpoch(null);
                return;
            }
            stopReason = restartReason;
        }
        buildNext(accepted == Diagnostics.Accepted.NONE);
        firstOfEpoch = false;
    }

    /**
     * The gradient the step from the centre uses. A proxy gradient is estimated at the anchor p the
     * samples were drawn around; when the accepted centre c is another point, the Hessian model
     * moves it there: {@code g(c) = g(p) + H^-1 (c - p)}, so the quasi-Newton target
     * {@code c - H g(c) = p - H g(p)} does not depend on which candidate was accepted.
     */
    private void gradientAtCentre() {
        System.arraycopy(grad, 0, stepGrad, 0, d);
        if (exactGradient != null) {
            return;
        }
        boolean moved = false;
        for (int j = 0; j < d; j++) {
            tmpS[j] = centre[j] - gradPoint[j];
            moved |= tmpS[j] != 0;
        }
        if (moved) {
            metric.applyInverse(tmpS, tmpY);
            for (int j = 0; j < d; j++) {
                stepGrad[j] += tmpY[j];
            }
        }
    }

    private boolean metricPairAvailable() {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = gradPoint[j] - previousGradPoint[j];
            s += t * t;
        }
        return s > 0;
    }

    private Diagnostics.Accepted accept() {
        if (firstOfEpoch) {
            fCentre = f[0];
            epochBest = Ranking.valid(fCentre) ? fCentre : Double.POSITIVE_INFINITY;
            if (!Ranking.valid(fCentre)) {
                return rescue();
            }
            return Diagnostics.Accepted.START;
        }
        if (!Ranking.valid(fCentre)) {
            return rescue();
        }
        double decrease = ARMIJO_C1 * predicted;
        double slack = epsilon0 * Math.pow(slackDecay, epochGeneration);
        int chosen = -1;
        double chosenValue = Double.POSITIVE_INFINITY;
        Diagnostics.Accepted how = Diagnostics.Accepted.NONE;
        boolean firstTrialPassed = false;
        for (int t = 1; t < EXTRA_ROWS; t++) {
            double step = trialSteps[t - 1];
            double v = f[t];
            if (Ranking.valid(v) && predicted > 0 && v <= fCentre - decrease * step) {
                if (t == 1) {
                    firstTrialPassed = true;
                }
                if (v < chosenValue) {
                    chosen = t;
                    chosenValue = v;
                    how = Diagnostics.Accepted.GRADIENT;
                }
            }
        }
        double vz = f[0];
        if (!probing && Ranking.valid(vz) && vz <= fCentre - decrease * relaxGrad * trialEta + slack && vz < chosenValue) {
            chosen = 0;
            chosenValue = vz;
            how = Diagnostics.Accepted.LEARNED;
        }
        updateEta(firstTrialPassed);
        if (chosen >= 0) {
            System.arraycopy(x, chosen * d, centre, 0, d);
            fCentre = chosenValue;
        }
        return how;
    }

    /** The centre's value is invalid: move to the best valid point of the population, if any. */
    private Diagnostics.Accepted rescue() {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (Ranking.valid(f[i]) && (best < 0 || f[i] < f[best])) {
                best = i;
            }
        }
        if (best >= 0) {
            System.arraycopy(x, best * d, centre, 0, d);
            fCentre = f[best];
            return Diagnostics.Accepted.RESCUE;
        }
        return firstOfEpoch ? Diagnostics.Accepted.START : Diagnostics.Accepted.NONE;
    }

    /** Line-search multiplier from a least-squares curvature fit along the trial direction. */
    private void updateEta(boolean firstTrialPassed) {
        if (!(predicted > 0)) {
            return;
        }
        double num = 0;
        double den = 0;
        for (int t = 1; t < EXTRA_ROWS; t++) {
            double step = trialSteps[t - 1];
            double v = f[t];
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
            next = firstTrialPassed ? trialEta * 2 : trialEta * TRIAL_SHRINK * 0.5;
        }
        boolean anyPassed = false;
        for (int t = 1; t < EXTRA_ROWS; t++) {
            anyPassed |= Ranking.valid(f[t]) && f[t] <= fCentre - ARMIJO_C1 * predicted * trialSteps[t - 1];
        }
        if (!anyPassed) {
            // Every trial failed: the next step must be shorter than all of them, whatever the fit says
            // (the fit is fooled when the box projection maps both trials to the same point).
            double shortest = Math.min(trialSteps[0], trialSteps[1]);
            next = Double.isFinite(next) ? Math.min(next, shortest * TRIAL_SHRINK) : shortest * TRIAL_SHRINK;
        }
        if (next > 0 && Double.isFinite(next)) {
            eta = next;
        }
    }

    private boolean exactGradientAtCentre(Diagnostics.Accepted accepted) {
        boolean moved = firstOfEpoch || !Arrays.equals(centre, previousCentre) || !hasGrad;
        if (!moved) {
            return false;
        }
        if (hasGrad) {
            System.arraycopy(grad, 0, previousGrad, 0, d);
            System.arraycopy(gradPoint, 0, previousGradPoint, 0, d);
        }
        double[] point = centre.clone();
        exactGradient.gradient(point, tmpY);
        gradientEvaluations++;
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(tmpY[j])) {
                return false;
            }
        }
        System.arraycopy(tmpY, 0, grad, 0, d);
        System.arraycopy(centre, 0, gradPoint, 0, d);
        rescaleOnce();
        return true;
    }

    private boolean proxyGradient() {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (kind[i] != KIND_TRIAL) {
                regressionRows[count++] = i;
            }
        }
        if (hasGrad) {
            System.arraycopy(grad, 0, previousGrad, 0, d);
            System.arraycopy(gradPoint, 0, previousGradPoint, 0, d);
        }
        int used;
        if (settings.estimator() == GradientEstimator.ANTITHETIC) {
            int p = 0;
            for (int i = 0; i + 1 < n; i++) {
                if (kind[i] == KIND_SAMPLE && kind[i + 1] == KIND_SAMPLE) {
                    plusRows[p] = i;
                    minusRows[p] = i + 1;
                    p++;
                    i++;
                }
            }
            used = proxy.antithetic(x, f, anchor, plusRows, minusRows, p, tmpY) > 0 ? 2 : 0;
        } else {
            used = proxy.ridge(x, f, regressionRows, count, tmpY);
        }
        if (used < 2) {
            return false;
        }
        System.arraycopy(tmpY, 0, grad, 0, d);
        System.arraycopy(anchor, 0, gradPoint, 0, d);
        rescaleOnce();
        return true;
    }

    /** Fixes the metric's units at the first gradient of an epoch: the first full step has length sigma sqrt(D). */
    private void rescaleOnce() {
        if (scaled) {
            return;
        }
        metric.apply(grad, tmpS);
        double len = LinAlg.norm(tmpS, d);
        if (len > 0 && Double.isFinite(len)) {
            metric.rescale(sigma * Math.sqrt(d) / len);
            scaled = true;
        }
    }

    /**
     * Resets the metric, once per run, when the centre's decrease over the last window is below
     * {@link #STALL_RESET_RATIO} of its decrease over the window before (the reset keeps H within its
     * bounds, so the guarantees are unchanged). It runs after this generation's direction was
     * computed, so the next trials still follow the old metric's direction, with eta = 1.
     */
    private void stallMetricReset() {
        if (stallResetDone || epochGeneration < 2 * STALL_WINDOW || metric.updates() == 0) {
            return;
        }
        double mid = centreValueAgo(STALL_WINDOW);
        double old = centreValueAgo(2 * STALL_WINDOW);
        double recent = mid - fCentre;
        double before = old - mid;
        if (before > 0 && Double.isFinite(before) && Double.isFinite(recent)
                && recent < STALL_RESET_RATIO * before) {
            resetMetric();
            stallResetDone = true;
        }
    }

    /** f(centre) {@code ago} generations back in this epoch (0 &le; ago &le; 2 STALL_WINDOW). */
    private double centreValueAgo(int ago) {
        return centreHistory[(int) ((epochGeneration - ago) % centreHistory.length)];
    }

    /** Resets the metric to the box's diagonal shape at its current scale; the step restarts at eta = 1. */
    private void resetMetric() {
        metric.reset(shape, metric.scale());
        scaled = false;
        eta = 1;
    }

    /** Whether the stall reset has fired in the current run (epoch); for tests. */
    boolean stallResetDone() {
        return stallResetDone;
    }

    private String restartReason(double stepLength, double centreNorm, double envelope, double floor,
                                 double kmResidual) {
        double tol = TOL_X * (1 + centreNorm);
        if (sigma * metric.maxShapeStd() * Math.sqrt(d) < tol && stepLength < tol && kmResidual < tol) {
            return "scale and step below " + TOL_X + " (1 + ||c||)";
        }
        if (envelope < floor) {
            return "envelope horizon reached";
        }
        if (flatCount >= FLAT_GENERATIONS) {
            return "no valid or no different values for " + FLAT_GENERATIONS + " generations";
        }
        if (epochGeneration >= STALL_WINDOW && Ranking.valid(fCentre)) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int ago = 0; ago < STALL_WINDOW; ago++) {
                double v = centreValueAgo(ago);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (hi - lo <= TOL_FUN * Math.abs(fCentre) && fCentre != 0) {
                return "f(centre) changed by less than " + TOL_FUN + " relative in " + STALL_WINDOW + " generations";
            }
        }
        long stall = 20 + (30L * d) / n;
        if (epochGeneration - epochBestGeneration > stall && epochGeneration > 2 * stall) {
            return "centre not improved for " + stall + " generations";
        }
        return null;
    }

    /**
     * Builds the next population. After a generation in which nothing was accepted the candidate is
     * the centre itself (a probe), so the next gradient is estimated where the next step starts.
     */
    private void buildNext(boolean probe) {
        // Centre candidate z and gradient trials.
        probing = probe;
        double alpha = probe ? 0 : out.alpha();
        double gate = out.gate();
        relaxGrad = alpha * (1 - gate);
        trialEta = eta;
        trialSteps[0] = eta;
        trialSteps[1] = Math.abs(Math.log(eta)) > Math.log(UNIT_STEP_TOLERANCE) ? 1.0 : eta * TRIAL_SHRINK;
        int r0 = 0;
        for (int j = 0; j < d; j++) {
            double dGrad = eta * direction[j];
            double dLearn = recombined[j] - centre[j];
            xNext[r0 + j] = centre[j] + alpha * ((1 - gate) * dGrad + gate * dLearn);
            xNext[d + j] = centre[j] + eta * direction[j];
            xNext[2 * d + j] = centre[j] + trialSteps[1] * direction[j];
        }
        bounds.projectRow(xNext, 0);
        bounds.projectRow(xNext, 1);
        bounds.projectRow(xNext, 2);
        kindNext[0] = KIND_CENTRE;
        kindNext[1] = KIND_TRIAL;
        kindNext[2] = KIND_TRIAL;

        // Samples: contract the best old samples' deviations and add fresh antithetic noise; pairs
        // p +- o, and one unpaired p + o when the number of samples is odd.
        double gammaPrime = out.gammaPrime();
        int row = EXTRA_ROWS;
        int j = 0;
        while (row < n) {
            while (j < n && kind[order[j]] != KIND_SAMPLE) {
                j++;
            }
            int src = j < n ? order[j] : -1;
            drawNoise(sigma * (src >= 0 ? out.mutation(j) : 1.0));
            j++;
            boolean paired = row + 1 < n;
            for (int k = 0; k < d; k++) {
                double memory = src >= 0 ? gammaPrime * (x[src * d + k] - anchor[k]) : 0;
                double o = fitPair(xNext[k], memory + noiseVec[k], k);
                xNext[row * d + k] = xNext[k] + o;
                if (paired) {
                    xNext[(row + 1) * d + k] = xNext[k] - o;
                }
            }
            bounds.projectRow(xNext, row);
            kindNext[row] = KIND_SAMPLE;
            if (paired) {
                bounds.projectRow(xNext, row + 1);
                kindNext[row + 1] = KIND_SAMPLE;
            }
            row += paired ? 2 : 1;
        }
        System.arraycopy(xNext, 0, anchor, 0, d);
        double[] tx = x;
        x = xNext;
        xNext = tx;
        int[] tk = kind;
        kind = kindNext;
        kindNext = tk;
    }
}
