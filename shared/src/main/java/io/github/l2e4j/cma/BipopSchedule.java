package io.github.l2e4j.cma;

import io.github.l2e4j.internal.Checks;

import java.util.random.RandomGenerator;

/**
 * BIPOP's restart schedule [Hansen, Benchmarking a BI-population CMA-ES on the BBOB-2009 function
 * testbed, GECCO 2009]: after a first run with the default population size lambda_def, each
 * restart runs in one of two regimes, whichever has used less of its share of the evaluations so
 * far (the first run is counted in neither; at a tie the large regime runs, so the first restart is
 * large):
 * <ul>
 *   <li><b>large</b>: {@code lambda_L = 2^k lambda_def} at the k-th large restart (another growth factor may
 *   be given), with the initial step size times {@code rho_sigma^(-k)};</li>
 *   <li><b>small</b>: {@code lambda_s = floor(lambda_def (lambda_L / (2 lambda_def))^(U^2))} and the
 *   initial step size times {@code 10^(-2 U')}, with U, U' uniform in [0, 1] and lambda_L the last
 *   large size.</li>
 * </ul>
 * {@link #pycma} gives the accounting of Hansen's own implementations (pycma's {@code cma.fmin} with
 * {@code bipop=True}, which follows his MATLAB code), where three things differ from the above:
 * the first run counts as small, so the small regime only runs once the large runs have used more
 * evaluations than the first run; a small run's population is
 * {@code lambda_s = floor(lambda_def (lambda_L / lambda_def)^(U^2))} with lambda_L the last large size
 * (the paper's {@code (lambda_l / 2)} with lambda_l the size of the next large run: so does DEAP's
 * implementation of the paper); and a small run may use at most half the evaluations of all large
 * runs so far ({@link #runBudget()}).
 * In Hansen's BIPOP the shares are equal and {@code rho_sigma = 1}. NBIPOP [Loshchilov, Schoenauer
 * and Sebag, Alternative restart strategies for CMA-ES, PPSN 2012] gives the regime whose run found
 * the best value so far {@code rho_budget} times the other's evaluations, and shrinks each large
 * restart's initial step size by {@code rho_sigma} (their values: 2 and 1.6), so that the large
 * runs also search inside the basins the earlier runs found.
 * Population sizes are capped at {@code maxLambda}. Mutable; one instance per optimisation.
 */
public final class BipopSchedule {

    /** One run's settings: population size, factor on the initial step size, regime. */
    public record Run(int lambda, double sigmaFactor, boolean large, int index) {
    }

    private final int defaultLambda;
    private final int maxLambda;
    private final boolean small;
    private final int growth;
    private long smallEvaluations;
    private long largeEvaluations;
    private int largeRuns;
    private int lastLargeLambda;
    private final double budgetFavour;
    private final double sigmaDecrease;
    /** pycma's accounting (see the class comment). */
    private final boolean pycma;
    private Run current;
    /** The regime whose run found the best value so far: 1 large, -1 small, 0 the first run. */
    private int bestRegime;
    private double bestValue = Double.POSITIVE_INFINITY;

    /**
     * @param defaultLambda the first run's population size
     * @param maxLambda     cap of every population size (&ge; defaultLambda)
     * @param smallRuns     false: every restart is large (IPOP)
     */
    public BipopSchedule(int defaultLambda, int maxLambda, boolean smallRuns) {
        this(defaultLambda, maxLambda, smallRuns, 2);
    }

    /**
     * @param growth factor of each large restart's population size (2 in BIPOP and IPOP)
     */
    public BipopSchedule(int defaultLambda, int maxLambda, boolean smallRuns, int growth) {
        this(defaultLambda, maxLambda, smallRuns, growth, 1, 1);
    }

    /**
     * NBIPOP's schedule (Hansen's BIPOP with {@code budgetFavour = sigmaDecrease = 1}).
     *
     * @param budgetFavour  rho_budget: the evaluations of the regime that found the best value so far,
     *                      relative to the other's (&ge; 1)
     * @param sigmaDecrease rho_sigma: the factor by which each large restart's initial step size
     *                      shrinks (&ge; 1)
     */
    public BipopSchedule(int defaultLambda, int maxLambda, boolean smallRuns, int growth, double budgetFavour,
                         double sigmaDecrease) {
        this(defaultLambda, maxLambda, smallRuns, growth, budgetFavour, sigmaDecrease, false);
    }

    /**
     * Hansen's BIPOP with the accounting of his implementations (pycma's {@code cma.fmin(..., bipop=True)}):
     * the first run counts as small, {@code lambda_s = floor(lambda_def (lambda_L / lambda_def)^(U^2))}
     * with lambda_L the last large size, and a small run's budget is half of all large runs'
     * evaluations so far ({@link #runBudget()}).
     *
     * @param smallRuns false: every restart is large (IPOP)
     */
    public static BipopSchedule pycma(int defaultLambda, int maxLambda, boolean smallRuns) {
        return new BipopSchedule(defaultLambda, maxLambda, smallRuns, 2, 1, 1, true);
    }

    private BipopSchedule(int defaultLambda, int maxLambda, boolean smallRuns, int growth, double budgetFavour,
                          double sigmaDecrease, boolean pycma) {
        this.pycma = pycma;
        this.budgetFavour = Checks.inClosedRange("budgetFavour", budgetFavour, 1, Double.MAX_VALUE);
        this.sigmaDecrease = Checks.inClosedRange("sigmaDecrease", sigmaDecrease, 1, Double.MAX_VALUE);
        this.growth = Checks.atLeast("growth", growth, 1);
        this.defaultLambda = Checks.atLeast("defaultLambda", defaultLambda, CmaParameters.MIN_LAMBDA);
        this.maxLambda = Checks.atLeast("maxLambda", maxLambda, defaultLambda);
        this.small = smallRuns;
        this.lastLargeLambda = defaultLambda;
        this.current = new Run(defaultLambda, 1.0, false, 0);
    }

    /** The current run. */
    public Run current() {
        return current;
    }

    /**
     * Ends the current run, which used {@code evaluations}, and chooses the next (Hansen's rule: the
     * runs' values are not needed).
     *
     * @param random draws the small regime's size and step size (two numbers per small run)
     */
    public Run next(long evaluations, RandomGenerator random) {
        return next(evaluations, Double.NaN, random);
    }

    /**
     * Ends the current run, which used {@code evaluations}, and chooses the next.
     *
     * @param bestSoFar the best value of all runs so far, this one included (NaN when unknown): the
     *                  current run found the best value if it is below the best before it
     * @param random    draws the small regime's size and step size (two numbers per small run)
     */
    public Run next(long evaluations, double bestSoFar, RandomGenerator random) {
        if (bestSoFar < bestValue) {
            bestValue = bestSoFar;
            bestRegime = current.index() == 0 ? 0 : current.large() ? 1 : -1;
        }
        if (current.index() > 0 || pycma) {
            if (current.large()) {
                largeEvaluations += evaluations;
            } else {
                smallEvaluations += evaluations;
            }
        }
        int index = current.index() + 1;
        double smallShare = bestRegime < 0 ? budgetFavour : bestRegime > 0 ? 1 / budgetFavour : 1;
        if (small && smallEvaluations < smallShare * largeEvaluations) {
            double u = random.nextDouble();
            double v = random.nextDouble();
            double ratio = Math.max(1.0, lastLargeLambda / ((pycma ? 1.0 : 2.0) * defaultLambda));
            int lambda = (int) Math.floor(defaultLambda * Math.pow(ratio, u * u));
            current = new Run(Math.max(defaultLambda, Math.min(maxLambda, lambda)), Math.pow(10, -2 * v), false, index);
        } else {
            largeRuns++;
            double lambda = defaultLambda * Math.pow(growth, largeRuns);
            lastLargeLambda = (int) Math.min(maxLambda, lambda);
            current = new Run(lastLargeLambda, Math.pow(sigmaDecrease, -largeRuns), true, index);
        }
        return current;
    }

    /**
     * The most evaluations the current run may use: for a small restart of a {@link #pycma} schedule,
     * half of the evaluations of all large runs so far (pycma's {@code maxiter} of a small run), else
     * {@link Long#MAX_VALUE}.
     */
    public long runBudget() {
        return pycma && current.index() > 0 && !current.large() ? (largeEvaluations + 1) / 2 : Long.MAX_VALUE;
    }
}
