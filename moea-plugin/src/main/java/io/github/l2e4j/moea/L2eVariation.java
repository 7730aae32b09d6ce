package io.github.l2e4j.moea;

import io.github.l2e4j.mo.Dominance;
import io.github.l2e4j.mo.NeighbourhoodRecombination;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.operator.Variation;

import java.util.SplittableRandom;

/**
 * The learned operator as a MOEA Framework {@link Variation}: k evaluated parents in, one child out.
 * Registered by {@link L2eOperatorProvider} as {@value #NAME}, so MOEA's own algorithms can use it by
 * name, e.g. NSGA-II with {@code operator=l2e} instead of {@code sbx+pm}.
 *
 * <p>Translation only: the parents' canonical objective vectors are ranked with
 * {@link Dominance#rankValues} (how many parents dominate each, then a normalized-sum tie breaker; a
 * constraint violation counts as +infinity in every objective), and the child comes from the shared
 * {@link NeighbourhoodRecombination} with the first parent as the anchor. The child is a copy of the
 * first parent with new variable values, not yet evaluated.
 *
 * <p>Randomness: one long is drawn from MOEA's {@link PRNG} at the first {@link #evolve} call and
 * seeds the operator's own generator. Not thread safe (MOEA calls a variation from one thread).
 */
public final class L2eVariation implements Variation {

    /** The operator name. */
    public static final String NAME = "l2e";
    /** Default number of parents. */
    public static final int DEFAULT_ARITY = 10;

    private final LearnedOperator operator;
    private final int arity;
    private final double noiseScale;
    private final double mutationRate;
    private final double mutationScale;
    private NeighbourhoodRecombination recombination;
    private SplittableRandom random;
    private double[] x;
    private double[] v;
    private double[][] f;
    private double[] child;

    /**
     * A variation with k parents.
     *
     * @param arity         number of parents k &ge; 2
     * @param noiseScale    kappa &ge; 0 (see {@link NeighbourhoodRecombination})
     * @param mutationRate  coordinate mutation rate in [0, 1], or &lt; 0 for 1/D
     * @param mutationScale coordinate mutation scale relative to the box width, in [0, 1]
     */
    public L2eVariation(LearnedOperator operator, int arity, double noiseScale, double mutationRate,
                        double mutationScale) {
        if (operator == null) {
            throw new IllegalArgumentException("operator must not be null");
        }
        if (arity < 2) {
            throw new IllegalArgumentException("arity must be >= 2, was " + arity);
        }
        this.operator = operator;
        this.arity = arity;
        this.noiseScale = noiseScale;
        this.mutationRate = mutationRate;
        this.mutationScale = mutationScale;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getArity() {
        return arity;
    }

    @Override
    public Solution[] evolve(Solution[] parents) {
        if (parents == null || parents.length < 1 || parents.length > arity) {
            throw new IllegalArgumentException("parents must hold 1 to " + arity + " solutions, had "
                    + (parents == null ? "null" : parents.length));
        }
        int k = parents.length;
        if (recombination == null) {
            Bounds bounds = RealSolutions.bounds(parents[0]);
            int d = bounds.dimension();
            double rate = mutationRate < 0 ? 1.0 / d : mutationRate;
            recombination = new NeighbourhoodRecombination(operator, bounds, arity, noiseScale, rate, mutationScale);
            random = new SplittableRandom(PRNG.getRandom().nextLong());
            x = new double[arity * d];
            v = new double[arity];
            f = new double[arity][];
            child = new double[d];
        }
        int d = child.length;
        int m = parents[0].getNumberOfObjectives();
        for (int j = 0; j < k; j++) {
            Solution p = parents[j];
            if (p.getNumberOfVariables() != d) {
                throw new IllegalArgumentException("parent " + j + " has " + p.getNumberOfVariables()
                        + " variables, expected " + d);
            }
            System.arraycopy(RealSolutions.values(p), 0, x, j * d, d);
            f[j] = new double[m];
            RealSolutions.canonicalObjectives(p, f[j]);
        }
        Dominance.rankValues(f, k, v);
        recombination.offspring(x, v, k, 0, Double.NEGATIVE_INFINITY, 0, random, child);
        Solution result = parents[0].copy();
        RealSolutions.setValues(result, child);
        return new Solution[] {result};
    }
}
