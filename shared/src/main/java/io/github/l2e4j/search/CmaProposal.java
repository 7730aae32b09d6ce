package io.github.l2e4j.search;

import io.github.l2e4j.cma.BoundPenalty;
import io.github.l2e4j.cma.CmaEs;
import io.github.l2e4j.cma.CmaParameters;
import io.github.l2e4j.cma.CmaTermination;
import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.problem.Bounds;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The evolutionary proposal: a CMA-ES distribution {@code N(m, sigma^2 C)} ({@link CmaEs}) that
 * draws the samples, learns from their ranking and proposes its mean m to the KM step, and a local
 * model fitted to its recent samples that gives the quasi-Newton step its gradient. The learned
 * operator modulates the distribution within bounded ranges: the positive recombination weights
 * (CMA-ES's at theta0), per-sample scale multipliers, a multiplier on sigma, multipliers on the
 * covariance learning rates and on the step-size damping (1 at theta0), and the share of the
 * previous generation's steps the samples keep (zero at theta0).
 *
 * <h2>Samples</h2>
 * {@code x_j = P(m + sigma y_j)}, {@code y_j = kappa y'_(j) + m_j C^(1/2) xi_j}: xi is a standard
 * normal truncated to [-3, 3] and rescaled to unit variance, y'_(j) the previous generation's j-th
 * best step and kappa the memory share. The number of samples may change from one generation to
 * the next (the rows the KM step does not use are samples too); the weights then follow CMA-ES's
 * defaults for that number. Points outside the box are ranked with {@link BoundPenalty}; the update
 * uses the unprojected steps. Mutable, owned by one search.
 */
final class CmaProposal {

    /** Up to this dimension the quasi-Newton direction is the Newton step of a full quadratic model. */
    static final int FULL_MODEL_MAX_DIMENSION = 10;
    /**
     * Up to this dimension a diagonal model gives the Newton step; above it the KM row is off (samples
     * only). Its least squares costs O(D^3) per fit: at D = 100 a generation took 3 to 6 times the
     * previous search's (JMH, docs/performance.md).
     */
    static final int MODEL_MAX_DIMENSION = 40;
    /**
     * Multiplier on CMA-ES's covariance learning rates c_1 and c_mu (their defaults in
     * {@link CmaParameters}) up to D = {@value #MODEL_MAX_DIMENSION}, where the model's KM row runs.
     * That row moves the mean along the model's Newton step, so C may follow the samples faster than
     * in a plain CMA-ES: on dev instances 1-5 (3 runs each, 1000 D evaluations) 1.5 gained at D = 10,
     * 20 and 40, 2.0 lost against 1.5 at each (docs/design.md, "Issue 18, second session"). Above
     * D = 40 there is no such row, and the faster rates made CMA-ES's lazy eigendecomposition run
     * in 90% of the generations at D = 100 instead of 60% (a generation 2x as long, JMH).
     */
    static final double COVARIANCE_RATE = 1.5;
    /**
     * The full model's Newton step is at most this many times {@code sqrt(D)} long in C's whitened
     * coordinates (units of sigma), about a sample's distance from the mean: the region the model was
     * fitted on (issue 18, fourth session). Uncapped, the step to the fitted quadratic's minimum
     * overshot along Rosenbrock's curved valley, failed and paused the KM row for up to 32
     * generations; capped, the quality table's Rosenbrock median fell from 3 770 to 2 880 evaluations.
     * Dev instances 1-5 (3 runs each) at D = 10: 1000 D 0.626 -> 0.642, 10^4 D 0.799 -> 0.789 (with
     * 1.5 and 2 sqrt(D) 0.783 and 0.795 there: the restarts' noise). The diagonal model (D = 11..40)
     * stays uncapped: capped too, D = 20 moved 0.563 -> 0.565, D = 40 0.429 -> 0.432 at 1000 D and
     * 0.576 -> 0.571 at 2000 D, where the sharp ridge f13 lost 0.837 -> 0.685 (docs/design.md).
     */
    static final double NEWTON_RADIUS = 1.0;
    /** Shifts tried before a model's Hessian is given up as not positive definite. */
    private static final int LEVENBERG_ATTEMPTS = 30;
    /** Truncation of the standard normal numbers. */
    static final double TRUNCATION = 3.0;
    /** Standard deviation of N(0, 1) truncated to [-3, 3]; the numbers are divided by it. */
    static final double TRUNCATED_STD = Math.sqrt(0.97333);

    private final int d;
    private final Bounds bounds;
    private final boolean diagonal;
    private final SplittableRandom random;
    private final double[] shape;
    private final double[] xi;
    private final double[] y;
    /** Scratch of the full model's Newton step (D x D and D), allocated once. */
    private final double[] hessian;
    private final double[] factor;
    private final double[] atCentre;
    private final double[] modelGradientAtCentre;
    private final double[] newtonStep;
    private CmaEs cma;
    private CmaTermination termination;
    private int lambda;
    private double sigma0;
    private double[] ys = new double[0];
    private double[] previous = new double[0];
    private double[] keys = new double[0];
    private double[] sorted = new double[0];
    private double[] weights = new double[0];
    private int[] order = new int[0];
    private double[] archiveX = new double[0];
    private double[] archiveF = new double[0];
    private int archiveNext;
    private int archiveCount;
    private double[] phi = new double[0];
    private double[] rhs = new double[0];
    private double[] gram = new double[0];
    private double[] meanPhi = new double[0];

    CmaProposal(int d, Bounds bounds, boolean diagonal, double[] shape, SplittableRandom random) {
        this.d = d;
        this.bounds = bounds;
        this.diagonal = diagonal;
        this.shape = shape.clone();
        this.random = random;
        this.xi = new double[d];
        this.y = new double[d];
        boolean full = d <= FULL_MODEL_MAX_DIMENSION;
        this.hessian = new double[full ? d * d : 0];
        this.factor = new double[full ? d * d : 0];
        this.atCentre = new double[d];
        this.modelGradientAtCentre = new double[d];
        this.newtonStep = new double[d];
    }

    /**
     * A new run.
     *
     * @param lambda the run's population size: every generation ranks lambda rows (samples and
     *               injected KM rows)
     */
    void start(double[] mean, double sigma, int lambda) {
        this.lambda = lambda;
        this.sigma0 = sigma;
        double rate = d <= MODEL_MAX_DIMENSION ? COVARIANCE_RATE : 1;
        cma = new CmaEs(CmaParameters.of(d, lambda, diagonal, true, rate, 1), mean, sigma, shape);
        termination = new CmaTermination(d, lambda, sigma);
        if (ys.length < lambda * d) {
            ys = new double[lambda * d];
            previous = new double[lambda * d];
            keys = new double[lambda];
            sorted = new double[lambda];
            weights = new double[lambda];
            order = new int[lambda];
        }
        Arrays.fill(previous, 0.0);
        int cap = archiveCapacity();
        archiveX = new double[cap * d];
        archiveF = new double[cap];
        archiveNext = 0;
        archiveCount = 0;
    }

    double[] mean() {
        return cma.mean();
    }

    double sigma() {
        return cma.sigma();
    }

    double sigma0() {
        return sigma0;
    }

    /** {@code sigma sqrt(lambda_max(C))}. */
    double scale() {
        return cma.sigma() * cma.maxStd();
    }

    /**
     * Scales sigma, keeping {@code sigma sqrt(lambda_max(C))} at most {@link CmaTermination#TOL_UP_SIGMA}
     * sigma0 (a run that is not restarted may go on asking after CMA-ES's stopping criteria).
     */
    void scaleSigma(double factor) {
        double next = cma.sigma() * factor;
        double cap = CmaTermination.TOL_UP_SIGMA * sigma0 / Math.max(cma.maxStd(), Double.MIN_NORMAL);
        if (next > 0 && Double.isFinite(next)) {
            cma.setSigma(Math.min(next, cap));
        }
    }

    /**
     * The next generation's rows: samples in rows {@code first .. lambda} of x, and the rows before
     * {@code first} (the KM rows, already written) injected into the ranking.
     *
     * @param memory     kappa, the share of the previous ranked steps kept (0 at theta0)
     * @param multiplier per-sample multipliers m_j by the previous rank, or null for 1
     * @param noise      false: only the memory term (the G1 contraction test)
     */
    void populate(double[] x, int first, double memory, double[] multiplier, boolean noise) {
        sample(x, first, memory, multiplier, noise);
        inject(x, first);
    }

    private void sample(double[] x, int first, double memory, double[] multiplier, boolean noise) {
        double[] m = cma.mean();
        double sigma = cma.sigma();
        for (int j = 0; j < lambda - first; j++) {
            double mult = multiplier == null ? 1 : multiplier[j];
            if (noise) {
                for (int i = 0; i < d; i++) {
                    xi[i] = truncatedNormal() / TRUNCATED_STD;
                }
                cma.transform(xi, y);
            } else {
                Arrays.fill(y, 0.0);
            }
            int row = first + j;
            for (int i = 0; i < d; i++) {
                double v = memory * previous[j * d + i] + mult * y[i];
                ys[row * d + i] = v;
                x[row * d + i] = bounds.clamp(m[i] + sigma * v, i);
            }
        }
    }

    /**
     * Injects the points in rows {@code 0 .. first} (the KM rows) into the ranking, as Hansen's
     * injection of external solutions does [Hansen, Injecting external solutions into CMA-ES,
     * arXiv 1110.4181]: the step {@code y = (x - m) / sigma} is shortened to a Mahalanobis length of
     * at most {@code sqrt(D) + 2 D / (D + 2)}, so one good point pulls the mean and the paths no
     * further than an exceptionally good sample would.
     */
    private void inject(double[] x, int first) {
        double[] m = cma.mean();
        double sigma = cma.sigma();
        double limit = Math.sqrt(d) + 2.0 * d / (d + 2);
        for (int row = 0; row < first; row++) {
            for (int i = 0; i < d; i++) {
                y[i] = (x[row * d + i] - m[i]) / sigma;
            }
            cma.whiten(y, xi);
            double len = LinAlg.norm(xi, d);
            double scale = len > limit ? limit / len : 1;
            boolean finite = Double.isFinite(len);
            for (int i = 0; i < d; i++) {
                ys[row * d + i] = finite ? scale * y[i] : 0;
            }
        }
    }

    private double truncatedNormal() {
        double v;
        do {
            v = random.nextGaussian();
        } while (Math.abs(v) > TRUNCATION);
        return v;
    }

    /**
     * Ranks the told samples (rows {@code first ..}) by value plus the bound penalty.
     *
     * @return the sorted sample indices (index j is row first + j), best first
     */
    int[] rank(double[] x, double[] f) {
        BoundPenalty.apply(f, x, ys, cma.mean(), cma, bounds, lambda, keys);
        Ranking.sort(keys, ys, lambda, d, order);
        for (int j = 0; j < lambda; j++) {
            double v = keys[order[j]];
            sorted[j] = Ranking.valid(v) ? v : Double.POSITIVE_INFINITY;
        }
        return order;
    }

    /** The best ranking key of the last {@link #rank} (+infinity if none valid). */
    double bestKey() {
        return sorted[0];
    }

    /**
     * The CMA-ES update with the learned positive weights (by rank, summing to 1) and CMA-ES's
     * negative weights for this generation's number of samples and the learned multipliers on its
     * covariance learning rates and step-size damping ({@link CmaEs#update(double[], int[], int, double[],
     * double, double)}), then the step multiplier; remembers the ranked steps for the memory term.
     */
    void update(double[] positive, double stepMultiplier, double rateMultiplier, double dampingMultiplier,
                int injected) {
        CmaParameters p = cma.parameters();
        for (int r = 0; r < lambda; r++) {
            double neg = Math.min(0, p.weight(r));
            if (order[r] < injected) {
                // An injected point that ranks badly says nothing about C's shape: no negative weight.
                neg = 0;
            }
            weights[r] = positive[r] + neg;
        }
        cma.update(ys, order, lambda, weights, rateMultiplier, dampingMultiplier);
        if (stepMultiplier != 1) {
            scaleSigma(Math.pow(stepMultiplier, p.cSigma()));
        }
        double widen = cma.flatFitnessFactor(sorted, lambda);
        if (widen != 1) {
            scaleSigma(widen);
        }
        int k = 0;
        for (int r = 0; r < lambda; r++) {
            if (order[r] >= injected) {
                // Only drawn samples carry over (the memory term), best first.
                System.arraycopy(ys, order[r] * d, previous, k * d, d);
                k++;
            }
        }
        Arrays.fill(previous, k * d, previous.length, 0.0);
    }

    /** CMA-ES's stopping criteria on the last ranking, or null. */
    String stop() {
        return termination.check(sorted, lambda, cma);
    }

    /**
     * The largest drawn step of the samples (rows {@code first ..}), {@code sigma max_j ||y_j||}: their
     * distance from the mean before the projection onto the box.
     */
    double spread(int first) {
        double r = 0;
        for (int j = first; j < lambda; j++) {
            double s2 = 0;
            for (int i = 0; i < d; i++) {
                double v = ys[j * d + i];
                s2 += v * v;
            }
            r = Math.max(r, Math.sqrt(s2));
        }
        return cma.sigma() * r;
    }

    /** Adds the told samples (rows {@code first ..}) with valid values to the model's archive. */
    void archive(double[] x, double[] f, int first) {
        int cap = archiveF.length;
        for (int j = first; j < lambda; j++) {
            double v = f[j];
            if (!Ranking.valid(v)) {
                continue;
            }
            System.arraycopy(x, j * d, archiveX, archiveNext * d, d);
            archiveF[archiveNext] = v;
            archiveNext = (archiveNext + 1) % cap;
            archiveCount = Math.min(cap, archiveCount + 1);
        }
    }

    private int archiveCapacity() {
        int p = d <= FULL_MODEL_MAX_DIMENSION ? d + d * (d + 1) / 2 : 2 * d;
        return Math.max(3 * lambda, 2 * (p + 1));
    }

    /**
     * Least squares (with a tiny ridge) of the archived values on the model's features in C's
     * whitened eigen coordinates {@code z = diag(1/d) B^T (x - m) / sigma}, with a constant: z and
     * the squares z_i^2 / 2 (diagonal model), or z and every product z_i z_j (i &lt; j) and z_i^2 / 2
     * (full model). The coefficients are left in {@code rhs}: D linear ones, then the quadratic ones.
     *
     * @return false with fewer than p + 2 archived points or a singular fit
     */
    private boolean fit(boolean full) {
        int p = full ? d + d * (d + 1) / 2 : 2 * d;
        int n = archiveCount;
        if (n < p + 2) {
            return false;
        }
        if (phi.length < n * p) {
            phi = new double[n * p];
        }
        if (rhs.length < Math.max(n, p)) {
            rhs = new double[Math.max(n, p)];
        }
        if (gram.length < p * p) {
            gram = new double[p * p];
        }
        if (meanPhi.length < p) {
            meanPhi = new double[p];
        }
        double[] m = cma.mean();
        double sigma = cma.sigma();
        double fMean = 0;
        Arrays.fill(meanPhi, 0, p, 0.0);
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < d; i++) {
                y[i] = (archiveX[r * d + i] - m[i]) / sigma;
            }
            cma.whiten(y, xi);
            int o = r * p;
            for (int i = 0; i < d; i++) {
                phi[o + i] = xi[i];
            }
            if (full) {
                int k = d;
                for (int i = 0; i < d; i++) {
                    for (int j = i; j < d; j++) {
                        phi[o + k++] = i == j ? 0.5 * xi[i] * xi[i] : xi[i] * xi[j];
                    }
                }
            } else {
                for (int i = 0; i < d; i++) {
                    phi[o + d + i] = 0.5 * xi[i] * xi[i];
                }
            }
            for (int a = 0; a < p; a++) {
                meanPhi[a] += phi[o + a] / n;
            }
            fMean += archiveF[r] / n;
        }
        double trace = 0;
        for (int r = 0; r < n; r++) {
            for (int a = 0; a < p; a++) {
                phi[r * p + a] -= meanPhi[a];
                trace += phi[r * p + a] * phi[r * p + a];
            }
        }
        if (!(trace > 0)) {
            return false;
        }
        Arrays.fill(gram, 0, p * p, 0.0);
        Arrays.fill(rhs, 0, p, 0.0);
        for (int r = 0; r < n; r++) {
            double fr = archiveF[r] - fMean;
            int o = r * p;
            for (int a = 0; a < p; a++) {
                double pa = phi[o + a];
                rhs[a] += pa * fr;
                for (int b = 0; b <= a; b++) {
                    gram[a * p + b] += pa * phi[o + b];
                }
            }
        }
        double ridge = 1e-10 * trace / p;
        for (int a = 0; a < p; a++) {
            gram[a * p + a] += ridge;
        }
        if (!LinAlg.cholesky(gram, p)) {
            return false;
        }
        LinAlg.choleskySolve(gram, rhs, p);
        return true;
    }

    /**
     * The Newton step from c of a quadratic model fitted to the archive in C's whitened eigen
     * coordinates {@code z}: the full model (features z_i and z_i z_j; D + D (D + 1) / 2 coefficients
     * and a constant) up to D = {@value #FULL_MODEL_MAX_DIMENSION}, the diagonal one (z_i and z_i^2;
     * 2 D coefficients and a constant) up to D = {@value #MODEL_MAX_DIMENSION}. The diagonal model is
     * exact for a quadratic whose Hessian is diagonal in those coordinates: every quadratic once C has
     * adapted to it, and separable ones from the start. (Before issue 18's second session the diagonal
     * model's gradient drove a BFGS metric; its secant pairs from noisy model gradients shrank the
     * line search's eta to 1e-81 on f6 and f10 at D = 40.)
     *
     * The full model's step is shortened to a length of {@value #NEWTON_RADIUS} sqrt(D) in z (a
     * trust region of about the samples' radius).
     *
     * @param c         the point the step starts from
     * @param direction receives the step in x
     * @return the model's predicted first-order decrease {@code g.dz} along the (shortened) step
     *         {@code dz = -H^-1 g}, or NaN without a usable model
     */
    double modelNewton(double[] c, double[] direction) {
        boolean full = d <= FULL_MODEL_MAX_DIMENSION;
        if (!fit(full)) {
            return Double.NaN;
        }
        double[] m = cma.mean();
        double sigma = cma.sigma();
        double[] zc = atCentre;
        for (int i = 0; i < d; i++) {
            y[i] = (c[i] - m[i]) / sigma;
        }
        cma.whiten(y, zc);
        double[] g = modelGradientAtCentre;
        double[] dz = newtonStep;
        if (!(full ? fullNewtonStep(zc, g, dz) : diagonalNewtonStep(zc, g, dz))) {
            return Double.NaN;
        }
        if (full) {
            double length = LinAlg.norm(dz, d);
            double radius = NEWTON_RADIUS * Math.sqrt(d);
            if (length > radius) {
                double shorten = radius / length;
                for (int i = 0; i < d; i++) {
                    dz[i] *= shorten;
                }
            }
        }
        double decrease = 0;
        for (int i = 0; i < d; i++) {
            decrease += g[i] * dz[i];
            dz[i] = -dz[i];
        }
        cma.transform(dz, direction);
        for (int i = 0; i < d; i++) {
            direction[i] *= sigma;
            if (!Double.isFinite(direction[i])) {
                return Double.NaN;
            }
        }
        return decrease;
    }

    /**
     * The full model's gradient g at zc and {@code dz = H^-1 g}, H (from the quadratic coefficients)
     * lifted until positive definite (Levenberg).
     *
     * @return false without a usable H
     */
    private boolean fullNewtonStep(double[] zc, double[] g, double[] dz) {
        double[] h = hessian;
        int k = d;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                h[i * d + j] = rhs[k];
                h[j * d + i] = rhs[k];
                k++;
            }
        }
        double scale = 0;
        for (int i = 0; i < d; i++) {
            double v = rhs[i];
            for (int j = 0; j < d; j++) {
                v += h[i * d + j] * zc[j];
            }
            g[i] = v;
            scale = Math.max(scale, Math.abs(h[i * d + i]));
        }
        if (!(scale > 0)) {
            return false;
        }
        double[] l = factor;
        double shift = 0;
        for (int attempt = 0; !liftedCholesky(l, shift); attempt++) {
            if (attempt == LEVENBERG_ATTEMPTS - 1) {
                return false;
            }
            shift = nextShift(shift, scale);
        }
        System.arraycopy(g, 0, dz, 0, d);
        LinAlg.choleskySolve(l, dz, d);
        return true;
    }

    /** Levenberg's schedule: 1e-6 of the largest |H_ii| first, then ten times the last shift. */
    private static double nextShift(double shift, double scale) {
        return shift == 0 ? 1e-6 * scale : shift * 10;
    }

    private boolean liftedCholesky(double[] l, double shift) {
        System.arraycopy(hessian, 0, l, 0, d * d);
        for (int i = 0; i < d; i++) {
            l[i * d + i] += shift;
        }
        return LinAlg.cholesky(l, d);
    }

    /**
     * The diagonal model's gradient g at zc and {@code dz = H^-1 g} with the same Levenberg lift as the
     * full model's, in O(D): {@code dz_i = (g_i / l_i) / l_i}, {@code l_i = sqrt(h_i + shift)}, the
     * arithmetic a Cholesky solve does on a diagonal matrix.
     *
     * @return false without a usable H
     */
    private boolean diagonalNewtonStep(double[] zc, double[] g, double[] dz) {
        double scale = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d; i++) {
            double hi = rhs[d + i];
            g[i] = rhs[i] + hi * zc[i];
            scale = Math.max(scale, Math.abs(hi)); // NaN stays NaN: no usable H
            lowest = Math.min(lowest, hi);
        }
        if (!(scale > 0)) {
            return false;
        }
        double shift = 0;
        for (int attempt = 0; !(lowest + shift > 0); attempt++) {
            if (attempt == LEVENBERG_ATTEMPTS - 1) {
                return false;
            }
            shift = nextShift(shift, scale);
        }
        for (int i = 0; i < d; i++) {
            double li = Math.sqrt(rhs[d + i] + shift);
            dz[i] = g[i] / li / li;
        }
        return true;
    }
}
