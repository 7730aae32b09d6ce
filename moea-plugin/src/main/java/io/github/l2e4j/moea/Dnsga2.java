package io.github.l2e4j.moea;

import io.github.l2e4j.dynamic.ChangeDetector;
import io.github.l2e4j.dynamic.ChangeHandler;
import io.github.l2e4j.dynamic.ChangeResponse;
import io.github.l2e4j.dynamic.HyperMutation;
import io.github.l2e4j.dynamic.RandomReinitialization;
import io.github.l2e4j.problem.Bounds;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedSortingPopulation;
import org.moeaframework.problem.Problem;

import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * DNSGA-II [1] on MOEA Framework's NSGA-II: before each generation, change detection on sentinel
 * solutions; on a change, a response rewrites part of the population, the whole population is
 * evaluated again and ranked, and the normal NSGA-II generation follows.
 * <ul>
 *   <li>"DNSGA-II-A": {@link RandomReinitialization} of 30% of the population;</li>
 *   <li>"DNSGA-II-B": {@link HyperMutation} of 30% of the population (polynomial mutation, eta = 20,
 *   every coordinate).</li>
 * </ul>
 * Detection re-evaluates ceil(10%) of the population each generation ({@link ChangeDetector}); these
 * are pymoo's DNSGA-II defaults. The detection and the response are l2e4j's shared, host-free code;
 * this class only translates between MOEA's solutions and vectors, and evaluates through MOEA (so the
 * evaluations count in {@link #getNumberOfEvaluations()}). NSGA-II itself (SBX + PM, binary
 * tournaments, rank and crowding) is MOEA's, unchanged.
 *
 * <p>Randomness: NSGA-II draws from MOEA's global {@link PRNG}; detection and response draw from a
 * generator seeded with one long, from the {@code seed} given or drawn from {@link PRNG} at
 * {@link #initialize()}.
 *
 * <p>[1] K. Deb, U. Bhaskara Rao N., S. Karthik, Dynamic multi-objective optimization and
 * decision-making using modified NSGA-II: a case study on hydro-thermal power scheduling, EMO 2007,
 * LNCS 4403, 803-817.
 */
public final class Dnsga2 extends NSGAII {

    /** The two versions. */
    public enum Variant {
        /** Random re-initialization of a share of the population. */
        A("DNSGA-II-A"),
        /** Hyper-mutation of a share of the population. */
        B("DNSGA-II-B");

        private final String algorithmName;

        Variant(String algorithmName) {
            this.algorithmName = algorithmName;
        }

        /** The MOEA Framework name. */
        public String algorithmName() {
            return algorithmName;
        }

        /** This version's response with a share zeta of the population. */
        public ChangeResponse response(double fraction) {
            return this == A ? new RandomReinitialization(fraction)
                    : new HyperMutation(fraction, HyperMutation.DEFAULT_DISTRIBUTION_INDEX, HyperMutation.DEFAULT_PROBABILITY);
        }
    }

    private final Variant variant;
    private final ChangeDetector detector;
    private final ChangeResponse response;
    private final OptionalLong fixedSeed;
    private final Bounds bounds;
    private ChangeHandler changes;

    /**
     * DNSGA-II with the default detection (10%) and a response of 30%.
     *
     * @param problem        a problem of real variables
     * @param variant        A or B
     * @param populationSize the population size (&ge; 2)
     * @param seed           the seed of detection and response, or empty to draw it from PRNG
     */
    public Dnsga2(Problem problem, Variant variant, int populationSize, OptionalLong seed) {
        this(problem, variant, populationSize, ChangeDetector.defaults(),
                variant.response(RandomReinitialization.DEFAULT_FRACTION), seed);
    }

    /**
     * DNSGA-II with a given detector and response.
     *
     * @param problem        a problem of real variables
     * @param variant        names the algorithm
     * @param populationSize the population size (&ge; 2)
     * @param detector       the change detector
     * @param response       the change response
     * @param seed           the seed of detection and response, or empty to draw it from PRNG
     */
    public Dnsga2(Problem problem, Variant variant, int populationSize, ChangeDetector detector, ChangeResponse response,
                  OptionalLong seed) {
        super(problem);
        if (variant == null || detector == null || response == null || seed == null) {
            throw new IllegalArgumentException("variant, detector, response and seed must not be null");
        }
        if (populationSize < 2) {
            throw new IllegalArgumentException(variant.algorithmName() + ": populationSize must be >= 2, was "
                    + populationSize);
        }
        this.variant = variant;
        this.detector = detector;
        this.response = response;
        this.fixedSeed = seed;
        this.bounds = RealSolutions.bounds(problem.newSolution());
        setInitialPopulationSize(populationSize);
    }

    @Override
    public String getName() {
        return variant.algorithmName();
    }

    /** The version. */
    public Variant getVariant() {
        return variant;
    }

    /** Changes detected so far. */
    public int getDetections() {
        return changes == null ? 0 : changes.detections();
    }

    @Override
    public void initialize() {
        long seed = fixedSeed.isPresent() ? fixedSeed.getAsLong() : PRNG.getRandom().nextLong();
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom detectRandom = root.split(); // first split: detection, second: response
        changes = new ChangeHandler(detector, response, bounds, detectRandom, root.split());
        super.initialize();
    }

    @Override
    public void iterate() {
        NondominatedSortingPopulation population = getPopulation();
        int n = population.size();
        int m = problem.getNumberOfObjectives();
        double[][] xs = new double[n][];
        double[][] fs = new double[n][];
        for (int i = 0; i < n; i++) {
            Solution s = population.get(i);
            xs[i] = RealSolutions.values(s);
            fs[i] = new double[m];
            RealSolutions.canonicalObjectives(s, fs[i]);
        }
        boolean changed = changes.respondIfChanged(xs, fs, (x, f) -> {
            Solution s = problem.newSolution();
            RealSolutions.setValues(s, x);
            evaluate(s);
            RealSolutions.canonicalObjectives(s, f);
        });
        if (changed) {
            List<Solution> fresh = List.of(RealSolutions.solutions(problem, xs));
            evaluateAll(fresh);
            population.clear();
            population.addAll(fresh);
            if (getArchive() != null) {
                getArchive().clear();
                getArchive().addAll(fresh);
            }
            population.truncate(n);
        }
        super.iterate();
    }
}
