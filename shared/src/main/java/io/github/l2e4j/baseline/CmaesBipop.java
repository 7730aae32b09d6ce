package io.github.l2e4j.baseline;

import io.github.l2e4j.cma.BipopSchedule;
import io.github.l2e4j.cma.BoundPenalty;
import io.github.l2e4j.cma.CmaEs;
import io.github.l2e4j.cma.CmaParameters;
import io.github.l2e4j.cma.CmaTermination;
import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.RunRecorder;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.RunSpec;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * BIPOP-aCMA-ES on l2e4j's own CMA-ES core ({@link CmaEs}): active weights, rank-one and rank-mu
 * updates, cumulative step-size adaptation, a lazy eigendecomposition, the diagonal variant
 * (sep-CMA-ES) above {@value #DENSE_MAX_DIMENSION} dimensions, and BIPOP restarts with the
 * accounting of Hansen's implementations ({@link BipopSchedule#pycma}: the first run counts as small,
 * small populations are drawn up to the last large size, a small run stops after half the large
 * runs' evaluations). Stopping criteria as {@link CmaTermination}, with MATLAB cmaes.m's tolx
 * ({@value #TOL_X} sigma0). No setting depends on the problem beyond D and the box.
 *
 * <p>Start conventions as every l2e4j algorithm: a uniform start in the middle 80% of the box,
 * sigma0 = 0.2 times the mean box width and C0 = diag(width_i^2 / mean width^2). Points are
 * projected onto the box before they are evaluated; the ranking adds a penalty for the distance
 * outside ({@link BoundPenalty}) and the update uses the unprojected steps. NaN and infinite values
 * rank worst.
 */
public final class CmaesBipop implements Algorithm {

    /** Above this dimension the covariance is diagonal (sep-CMA-ES). */
    public static final int DENSE_MAX_DIMENSION = 100;
    /** Initial step size relative to the mean box width. */
    public static final double SIGMA0 = 0.2;
    /**
     * tolx relative to the default sigma0: Hansen's MATLAB cmaes.m default ({@code 1e-11*max(insigma)}),
     * which Hipparchus' CMAESOptimizer keeps (pycma: 1e-11 absolute), rather than the tutorial's 1e-12
     * (also the value of cmaes.m 3.31.bbob, the BBOB-2009 BIPOP code, marked there "TODO: re-consider").
     * A converged run of the default population then ends about a decade of sigma earlier, which
     * leaves the restarts more of a 1000 D budget (BBOB f17, f18).
     */
    public static final double TOL_X = CmaTermination.TOL_X_CMAES_M;
    /** Largest population size a restart may use, as a multiple of the default. */
    public static final int MAX_LAMBDA_FACTOR = 512;

    private final String name;
    private final boolean restarts;
    private final boolean smallRuns;
    private final int lambda;

    /** BIPOP-aCMA-ES, the study baseline {@code cmaes-bipop}. */
    public CmaesBipop() {
        this("cmaes-bipop", true, true, 0);
    }

    /**
     * A variant.
     *
     * @param restarts  restart after a run's stopping criterion (else the run stops)
     * @param smallRuns BIPOP's small-population runs (off: IPOP)
     * @param lambda    the first run's population size, or 0 for CMA-ES's default
     */
    public CmaesBipop(String name, boolean restarts, boolean smallRuns, int lambda) {
        this.name = name;
        this.restarts = restarts;
        this.smallRuns = smallRuns;
        this.lambda = lambda;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "l2e4j's CMA-ES (active, lazy eigendecomposition, sep-CMA above D = " + DENSE_MAX_DIMENSION + ")"
                + (restarts ? smallRuns ? " with BIPOP restarts" : " with IPOP restarts" : " without restarts");
    }

    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        long start = System.nanoTime();
        Bounds b = problem.bounds();
        int d = problem.dimension();
        RunRecorder rec = new RunRecorder(spec.targets());
        SplittableRandom init = Streams.of(spec.seed(), "cmaes-bipop-init");
        SplittableRandom regime = Streams.of(spec.seed(), "cmaes-bipop-regime");
        int lambda0 = lambda > 0 ? lambda : CmaParameters.defaultLambda(d);
        BipopSchedule schedule = BipopSchedule.pycma(lambda0, lambda0 * MAX_LAMBDA_FACTOR, smallRuns);
        double meanWidth = 0;
        for (int i = 0; i < d; i++) {
            meanWidth += b.width(i) / d;
        }
        double[] shape = new double[d];
        for (int i = 0; i < d; i++) {
            shape[i] = b.width(i) * b.width(i) / (meanWidth * meanWidth);
        }
        long generations = 0;
        String reason = "budget";
        BipopSchedule.Run run = schedule.current();
        while (true) {
            double[] x0 = new double[d];
            for (int i = 0; i < d; i++) {
                x0[i] = b.lower(i) + (0.1 + 0.8 * init.nextDouble()) * b.width(i);
            }
            double sigma0 = SIGMA0 * meanWidth * run.sigmaFactor();
            CmaParameters p = CmaParameters.of(d, run.lambda(), d > DENSE_MAX_DIMENSION);
            CmaEs cma = new CmaEs(p, x0, sigma0, shape);
            // tolx is relative to the default sigma0, also in a small run (as in Hansen's MATLAB BIPOP, where
            // TolX = 1e-12*max(insigma) ignores the small regime's factor, and in pycma, whose tolx is absolute)
            CmaTermination stop = new CmaTermination(d, run.lambda(), SIGMA0 * meanWidth, TOL_X);
            SplittableRandom sample = Streams.of(spec.seed(), "cmaes-bipop-sample", run.index());
            long runStart = rec.evaluations();
            String end = runOnce(problem, spec, cma, stop, sample, rec, schedule.runBudget());
            generations += cma.generation();
            if (end == null || !restarts) {
                reason = end == null ? rec.best() <= spec.stopValue() ? "target" : "budget" : end;
                break;
            }
            run = schedule.next(rec.evaluations() - runStart, regime);
        }
        return new Result(rec.bestPoint(b.lower()), rec.best(), rec.evaluations(), generations,
                run.index(), (System.nanoTime() - start) / 1e9, reason, rec.hits());
    }

    /**
     * Runs one CMA-ES run of at most {@code runBudget} evaluations (checked after each generation, as
     * a maximal number of iterations); returns its stopping criterion, or null when the budget or the
     * stop value ended the whole run.
     */
    private static String runOnce(Problem problem, RunSpec spec, CmaEs cma, CmaTermination stop, SplittableRandom random,
                                  RunRecorder rec, long runBudget) {
        long runStart = rec.evaluations();
        Bounds b = problem.bounds();
        int d = problem.dimension();
        int lambda = cma.parameters().lambda();
        double[] weights = cma.parameters().weights();
        double[] z = new double[d];
        double[] y = new double[d];
        double[] ys = new double[lambda * d];
        double[] xs = new double[lambda * d];
        double[] f = new double[lambda];
        double[] sorted = new double[lambda];
        double[] keys = new double[lambda];
        int[] order = new int[lambda];
        double[] point = new double[d];
        while (true) {
            double[] m = cma.mean();
            double sigma = cma.sigma();
            for (int k = 0; k < lambda; k++) {
                for (int i = 0; i < d; i++) {
                    z[i] = random.nextGaussian();
                }
                cma.transform(z, y);
                for (int i = 0; i < d; i++) {
                    ys[k * d + i] = y[i];
                    xs[k * d + i] = b.clamp(m[i] + sigma * y[i], i);
                }
            }
            for (int k = 0; k < lambda; k++) {
                if (rec.evaluations() >= spec.budget()) {
                    return null;
                }
                System.arraycopy(xs, k * d, point, 0, d);
                f[k] = problem.objective().value(point);
                rec.record(point, f[k]);
                if (rec.best() <= spec.stopValue()) {
                    return null;
                }
            }
            BoundPenalty.apply(f, xs, ys, m, cma, b, lambda, keys);
            Ranking.sort(keys, ys, lambda, d, order);
            cma.update(ys, order, lambda, weights);
            for (int k = 0; k < lambda; k++) {
                double v = keys[order[k]];
                sorted[k] = Ranking.valid(v) ? v : Double.POSITIVE_INFINITY;
            }
            String reason = stop.check(sorted, lambda, cma);
            if (reason != null) {
                return reason;
            }
            if (rec.evaluations() - runStart >= runBudget) {
                return "maxiter";
            }
            double widen = cma.flatFitnessFactor(sorted, lambda);
            if (widen != 1) {
                cma.setSigma(cma.sigma() * widen);
            }
            Arrays.fill(f, 0);
        }
    }
}
