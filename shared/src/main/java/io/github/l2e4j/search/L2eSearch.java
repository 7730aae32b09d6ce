package io.github.l2e4j.search;

import io.github.l2e4j.cma.BipopSchedule;
import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.OperatorOutput;
import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.population.TokenFeatures;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Gradient;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One run of the L2E search, driven by ask/tell: {@link #ask()} gives the next N points to
 * evaluate, {@link #tell(double[])} takes their values (minimised; NaN and infinities allowed,
 * they rank worst). One instance belongs to one run and is not thread safe.
 *
 * <p>This class is a façade over four parts, each in its own class:
 * <ul>
 *   <li>{@link CmaProposal}: the evolutionary proposal, a CMA-ES distribution the samples come
 *   from, modulated by the learned operator, and the local models fitted to its recent points;</li>
 *   <li>{@link KmStep}: the safeguarded Krasnosel'skii–Mann step on the centre c, which fuses the
 *   quasi-Newton step with the proposal through the learned gate;</li>
 *   <li>{@link GradientSource}: the exact gradient and its secant metric H;</li>
 *   <li>{@link BipopSchedule}: the restart schedule.</li>
 * </ul>
 *
 * <h2>One generation</h2>
 * N rows (CMA-ES's {@code 4 + floor(3 ln D)} by default). In a KM generation row 0 is the KM row:
 * the gradient trial {@code a = P(c + eta d)} or, when the learned gate g is at least 1/2, on every
 * other KM generation the composite candidate {@code z = P(c + alpha [(1 - g) eta d + g (m - c)])};
 * the other rows are samples from {@code N(m, sigma^2 C)}. After the values come back:
 * <ol>
 *   <li>every row is ranked (value plus a bound penalty), the KM row injected into the ranking with
 *   its step shortened as Hansen's injection of external solutions does;</li>
 *   <li>the KM step accepts the trial (Armijo), z (safeguard with a summable slack) or the
 *   generation's best point (slack only), else c stays; a KM row that does not find the
 *   generation's best point twice in a row pauses for 2^k generations;</li>
 *   <li>the learned operator reads the ranked rows and gives the positive recombination weights
 *   (CMA-ES's at theta0) and its bounded knobs; the proposal does one CMA-ES update with them (no
 *   negative weight on the injected row), then the budget-tied envelope caps the scale;</li>
 *   <li>the next direction d from c: {@code -H g} with the exact gradient, else the Newton step of a
 *   quadratic model of the recent points (full for D &le; 10, diagonal in C's eigen coordinates for
 *   D &le; 40); above D = 40 there is no KM row without an exact gradient.</li>
 * </ol>
 * A run ends by CMA-ES's stopping criteria ({@link io.github.l2e4j.cma.CmaTermination}) or the
 * envelope's horizon; the next one follows NBIPOP's schedule (small runs interleaved with runs whose
 * population doubles and whose initial step size shrinks by 1.6; the regime that found the best value
 * so far gets twice the other's evaluations). docs/design.md, "One generation, as built", has the measurements behind each
 * choice.
 *
 * <h2>What is guaranteed (for every theta)</h2>
 * G1: with the noise off, the samples' steps in units of sigma contract by the memory share
 * kappa &le; rho &lt; 1; with it on, the scale is free for the first 90% of the run's horizon and
 * then falls geometrically to 1e-12 sigma0. G2/G3: with an exact gradient of a convex / smooth
 * bounded-below f, the centre sequence is a safeguarded variable-metric projected-gradient KM
 * iteration with summable perturbations, its gradient trial evaluated infinitely often, so f(c_k)
 * tends to the minimum over the box (convex) or grad f(c_k) tends to 0 (smooth). G4: the best-so-far
 * value never increases. Global optimality is never claimed. See docs/guarantees.md.
 */
public final class L2eSearch {

    /**
     * The rows {@link SearchSettings.Builder#populationSize} counts beside the samples, kept for its
     * {@code 3 + samples} convention (before issue 18, the composite candidate and two gradient
     * trials); the search now uses one KM row in a KM generation.
     */
    public static final int EXTRA_ROWS = 3;
    /** Initial safeguard slack relative to the first population's value range. */
    public static final double SAFEGUARD_SLACK = 1e-3;
    /** Per-generation decay of the safeguard slack (summable). */
    public static final double SAFEGUARD_DECAY = 0.5;
    /** Initial safeguard slack in a large-population run. */
    public static final double GROWN_SAFEGUARD_SLACK = 0.05;
    /** Per-generation decay of the slack in a large-population run. */
    public static final double GROWN_SAFEGUARD_DECAY = 0.9;
    /**
     * NBIPOP's rho_budget: the restart regime whose run found the best value so far gets this many
     * times the other's evaluations ({@link BipopSchedule}; Loshchilov et al.'s value).
     */
    public static final double REGIME_FAVOUR = 2;
    /** NBIPOP's rho_sigma: each large restart starts with sigma0 divided by this once more. */
    public static final double LARGE_SIGMA_DECREASE = 1.6;
    /**
     * Small-population restarts ({@link SearchSettings#smallRestarts()}) run up to this dimension;
     * above it every restart grows the population (NIPOP). Chosen on BBOB's development instances 1-5
     * (3 runs each, theta0, docs/design.md "Issue 18, fifth session"): NIPOP against NBIPOP
     * 0.5676 / 0.5628 at D = 20 (1000 D), 0.5819 / 0.5761 at D = 40 (2000 D), but 0.4221 / 0.4286 at
     * D = 40 (1000 D); at D = 10 NBIPOP gained 0.7669 -> 0.7989 at 10^4 D (Rastrigin f15 and the
     * weak-structure f22, f23), which is where its small runs pay.
     */
    public static final int SMALL_RESTARTS_MAX_DIMENSION = 10;
    /** The envelope reaches this fraction of sigma0 at the end of its horizon. */
    public static final double ENVELOPE_FLOOR = 1e-12;
    /** Share of the horizon during which the envelope stays at sigma0. */
    public static final double ENVELOPE_FREE = 0.9;
    /** Consecutive generations without an accepted step after which the metric is reset. */
    public static final int METRIC_RESET_FAILURES = 3;
    /** Consecutive failed KM generations after which the KM rows pause (their rows become samples). */
    public static final int BACKOFF_FAILURES = 2;
    /** The pause after the k-th failure streak in a row is 2^min(k, MAX_BACKOFF) generations. */
    public static final int MAX_BACKOFF = 5;
    /** Gate from which the KM row alternates between the gradient trial and the composite candidate. */
    public static final double GATE_COMPOSITE = 0.5;
    /** Generations of invalid values before a restart. */
    public static final int FLAT_GENERATIONS = 10;

    private final LearnedOperator operator;
    private final Bounds bounds;
    private final int d;
    private final SearchSettings settings;
    private final SplittableRandom initRandom;
    private final SplittableRandom regimeRandom;
    private final double sigma0;
    private final GradientSource gradient;
    private final KmStep km;
    private final CmaProposal proposal;
    private final BipopSchedule schedule;

    private int n;
    private double[] x;
    private double[] f;
    private double[] ranks;
    private double[] features;
    private double[] positive;
    private double[] multipliers;
    private OperatorOutput out;
    private final double[] bestX;
    private final double[] newton;

    private double bestF = Double.POSITIVE_INFINITY;
    private long generation;
    private long epochGeneration;
    private long evaluations;
    private long epochStartEvaluations;
    private int restarts;
    private int failures;
    private boolean firstOfEpoch;
    /** Whether the pending generation holds the KM row (row 0: the gradient trial or the composite candidate). */
    private boolean qn;
    private int sampleFirst;
    private int qnFailures;
    private int backoffLevel;
    private int skip;
    private long qnGenerations;

    private int flat;
    private final double maxShape;
    private double envelopeRate;
    private long envelopeFree;
    private String stopReason;
    private Diagnostics last;

    private L2eSearch(LearnedOperator operator, Bounds bounds, SearchSettings settings, Gradient exactGradient,
                      long seed) {
        this.operator = operator;
        this.bounds = bounds;
        this.d = bounds.dimension();
        this.settings = settings;
        this.initRandom = Streams.of(seed, "init");
        this.regimeRandom = Streams.of(seed, "regime");
        settings.initialPoint().ifPresent(p -> Checks.finiteVector("initialPoint", p, d));
        double meanSq = 0;
        double meanWidth = 0;
        for (int i = 0; i < d; i++) {
            meanSq += bounds.width(i) * bounds.width(i) / d;
            meanWidth += bounds.width(i) / d;
        }
        double[] shape = new double[d];
        for (int i = 0; i < d; i++) {
            shape[i] = bounds.width(i) * bounds.width(i) / meanSq;
        }
        this.sigma0 = settings.sigma0() * meanWidth;
        double maxS = 0;
        for (double v : shape) {
            maxS = Math.max(maxS, v);
        }
        this.maxShape = Math.sqrt(maxS);
        this.gradient = new GradientSource(d, exactGradient, settings, shape);
        this.km = new KmStep(d, bounds);
        this.proposal = new CmaProposal(d, bounds, d > settings.fullMetricMaxDimension(), shape,
                Streams.of(seed, "sample"));
        int base = settings.populationSizeFor(d);
        this.schedule = new BipopSchedule(base, Math.max(base, 2 * SearchSettings.MAX_PAIRS),
                settings.smallRestarts() && d <= SMALL_RESTARTS_MAX_DIMENSION,
                settings.populationGrowth(), REGIME_FAVOUR, LARGE_SIGMA_DECREASE);
        this.bestX = new double[d];
        this.newton = new double[d];
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

    /** The best point seen so far (a copy). */
    public double[] bestPoint() {
        return bestX.clone();
    }

    /** The best value seen so far (+infinity before any valid value). */
    public double bestValue() {
        return bestF;
    }

    /** The current centre (a copy). */
    public double[] centre() {
        return km.centre().clone();
    }

    /** f at the current centre (NaN before the first tell). */
    public double centreValue() {
        return km.centreValue();
    }

    /** The proposal's mean m (a copy): where the samples are drawn around. */
    public double[] proposalMean() {
        return proposal.mean().clone();
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
        return gradient.exactEvaluations();
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
     * exhausted). Asking and telling may continue.
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
            f = new double[rows];
            ranks = new double[rows];
            features = new double[rows * TokenFeatures.COUNT];
            positive = new double[rows];
            multipliers = new double[rows];
            out = new OperatorOutput(rows);
        }
    }

    private void startEpoch(double[] start) {
        BipopSchedule.Run run = schedule.current();
        n = run.lambda();
        ensureCapacity(n);
        epochStartEvaluations = evaluations;
        double[] c = new double[d];
        if (start != null) {
            System.arraycopy(start, 0, c, 0, d);
            bounds.project(c);
        } else {
            for (int i = 0; i < d; i++) {
                double u = 0.5 * (1 - SearchSettings.DEFAULT_INIT_FRACTION)
                        + SearchSettings.DEFAULT_INIT_FRACTION * initRandom.nextDouble();
                c[i] = bounds.lower(i) + u * bounds.width(i);
            }
        }
        boolean large = run.large();
        km.start(c, large ? GROWN_SAFEGUARD_SLACK : SAFEGUARD_SLACK, large ? GROWN_SAFEGUARD_DECAY : SAFEGUARD_DECAY);
        double sigma = sigma0 * run.sigmaFactor();
        proposal.start(c, sigma, n);
        gradient.reset(sigma * sigma);
        long horizon = settings.horizon() > 0 ? settings.horizon()
                : settings.budgetHint() > 0 ? Math.max(1, (settings.budgetHint() - evaluations) / n)
                : SearchSettings.DEFAULT_HORIZON;
        envelopeFree = (long) Math.ceil(ENVELOPE_FREE * horizon);
        envelopeRate = Math.pow(ENVELOPE_FLOOR, 1.0 / Math.max(1, horizon - envelopeFree));
        epochGeneration = 0;
        failures = 0;
        qnFailures = 0;
        backoffLevel = 0;
        skip = 0;
        firstOfEpoch = true;
        qn = false;
        // Row 0 is the start point (the centre's first value), the other rows are samples.
        System.arraycopy(c, 0, x, 0, d);
        sampleFirst = 1;
        proposal.populate(x, 1, 0, null, true);
    }

    private void step() {
        double bestBefore = bestF;
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = Double.NEGATIVE_INFINITY;
        int valid = 0;
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

        // 1. The ranking of all rows, the KM rows injected (the best row is offered to the KM step).
        int[] order = proposal.rank(x, f);
        int bestSample = Ranking.valid(f[order[0]]) ? order[0] : -1;

        // 2. The KM step on the centre (only in generations that evaluated its rows).
        Diagnostics.Accepted accepted;
        if (firstOfEpoch) {
            km.first(f[0], fMax - fMin);
            accepted = Diagnostics.Accepted.START;
        } else if (qn) {
            accepted = km.accept(x, f, epochGeneration, bestSample);
        } else {
            accepted = Diagnostics.Accepted.NONE;
        }
        if (!Ranking.valid(km.centreValue())) {
            int best = bestRow();
            if (best >= 0) {
                km.rescue(x, best, f[best]);
                accepted = Diagnostics.Accepted.RESCUE;
            }
        }
        if (qn) {
            boolean moved = accepted == Diagnostics.Accepted.GRADIENT || accepted == Diagnostics.Accepted.LEARNED;
            // The KM rows earn their place when they find the generation's best point.
            boolean success = moved && (bestSample < 0 || km.centreValue() <= f[bestSample]);
            failures = moved || accepted == Diagnostics.Accepted.SAMPLE ? 0 : failures + 1;
            if (failures >= METRIC_RESET_FAILURES && gradient.metric().updates() > 0) {
                gradient.resetMetric();
                km.resetEta();
                failures = 0;
            }
            if (success) {
                backoffLevel = 0;
                qnFailures = 0;
            } else if (++qnFailures >= BACKOFF_FAILURES) {
                skip = 1 << Math.min(backoffLevel, MAX_BACKOFF);
                backoffLevel++;
                qnFailures = 0;
            }
        } else if (skip > 0) {
            skip--;
        }

        // 3. The learned operator on the ranked rows, and the proposal's update.
        double[] m = proposal.mean();
        TokenFeatures.compute(f, x, n, d, order, ranks, m, proposal.sigma(), bestBefore, epochGeneration, features);
        operator.forward(features, n, out);
        for (int j = 0; j < n; j++) {
            positive[j] = out.weight(j);
            multipliers[j] = out.mutation(j);
        }
        double spread = proposal.spread(sampleFirst);
        if (!gradient.exact()) {
            proposal.archive(x, f, 0);
        }
        boolean nextQn = skip == 0 && (gradient.exact() || d <= CmaProposal.MODEL_MAX_DIMENSION);
        boolean model = !gradient.exact();
        if (nextQn && !model) {
            // 4. The exact gradient at the centre for the next step.
            gradient.exactAt(km.centre(), proposal.sigma() * Math.sqrt(d));
        }
        proposal.update(positive, out.step(), out.rate(), out.damping(), sampleFirst);
        double envelope = envelope();
        if (proposal.scale() > envelope) {
            proposal.scaleSigma(envelope / proposal.scale());
        }

        // 5. The next direction from the centre: -H g, or the model's Newton step.
        if (model) {
            km.setDirection(newton, nextQn ? proposal.modelNewton(km.centre(), newton) : Double.NaN);
        } else {
            km.direction(gradient);
        }

        last = new Diagnostics(generation, evaluations, restarts, n, memory(), out.alpha(), out.gate(), out.step(),
                km.eta(), km.residual(), spread, proposal.sigma(), envelope, accepted, km.centreValue(), bestF,
                gradient.metric().updates());
        generation++;
        epochGeneration++;
        String reason = proposal.stop();
        if (reason == null && epochGeneration > envelopeFree && envelope < ENVELOPE_FLOOR * proposal.sigma0()) {
            reason = "envelope horizon reached";
        }
        flat = valid == 0 ? flat + 1 : 0;
        if (reason == null && flat >= FLAT_GENERATIONS) {
            reason = "no valid values for " + FLAT_GENERATIONS + " generations";
        }
        if (reason != null) {
            if (settings.restarts()) {
                restarts++;
                schedule.next(evaluations - epochStartEvaluations, bestF, regimeRandom);
                startEpoch(null);
                return;
            }
            stopReason = reason;
        }
        buildNext(nextQn, qn && accepted == Diagnostics.Accepted.NONE);
        firstOfEpoch = false;
    }

    /** The share of the previous steps the samples keep: 0 at theta0, at most rho. */
    private double memory() {
        double g0 = LearnedOperator.DEFAULT_GAMMA;
        double rho = operator.ranges().rho();
        return Math.max(0, out.gamma() - g0) / (rho - g0) * rho;
    }

    /** The envelope on {@code sigma sqrt(lambda_max C)}: none for the free part of the horizon, then geometric. */
    private double envelope() {
        long over = epochGeneration + 1 - envelopeFree;
        return over <= 0 ? Double.POSITIVE_INFINITY
                : proposal.sigma0() * maxShape * Math.pow(envelopeRate, over);
    }

    private int bestRow() {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (Ranking.valid(f[i]) && (best < 0 || f[i] < f[best])) {
                best = i;
            }
        }
        return best;
    }

    private void buildNext(boolean withKm, boolean failed) {
        qn = withKm;
        if (qn) {
            // A gate of at least 1/2 puts the composite candidate z in every other KM generation's row.
            boolean composite = out.gate() >= GATE_COMPOSITE && qnGenerations++ % 2 == 1;
            km.writeRow(x, proposal.mean(), out.alpha(), out.gate(), failed, composite);
        }
        sampleFirst = qn ? 1 : 0;
        proposal.populate(x, sampleFirst, memory(), multipliers, settings.noise());
    }

}
