package io.github.l2e4j.mo;

import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.OperatorOutput;
import io.github.l2e4j.population.Ranking;
import io.github.l2e4j.population.TokenFeatures;
import io.github.l2e4j.problem.Bounds;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The learned operator applied to a small evaluated population (a subproblem's neighbourhood, or a
 * host's parents): one child per call.
 *
 * <h2>One child</h2>
 * Given k points x_1..x_k in the box with values v_j (minimised; NaN and infinities rank worst) and
 * an anchor a (the point the child is for: a subproblem's current solution):
 * <ol>
 *   <li>Sort by v ({@link Ranking}) and compute the invariant token features ({@link TokenFeatures});
 *   distances are relative to x_a and the spread {@code sigma = sqrt(sum_j ||x_j - x_a||^2 / (k D))},
 *   and the flag "beats the best so far" compares with {@code bestBefore}.</li>
 *   <li>The learned operator ({@link LearnedOperator#forward}) gives the recombination weights w on
 *   the simplex (over the sorted points), per-point mutation multipliers m_j and the step multiplier s.
 *   The recombined point is {@code c~ = sum_j w_j x_(j)}.</li>
 *   <li>Each coordinate c draws its own parent {@code J_c ~ Categorical(w)} and
 *   <pre>
 *   y_c = c~_c + kappa s m_(J_c) (x_(J_c),c - c~_c)
 *   </pre>
 *   so {@code E[y] = c~} and {@code Var(y_c) = (kappa s)^2 sum_j w_j m_j^2 (x_(j),c - c~_c)^2}: the
 *   child follows the weighted spread of the better points coordinate by coordinate, and shrinks as
 *   they converge. With {@code kappa s m = 1} (the default kappa at theta0) y_c is exactly a parent's
 *   coordinate: discrete recombination with learned parent probabilities. It keeps coordinates that
 *   sit in good basins intact, which is what made the multimodal problems solvable (see
 *   docs/hosts-moea.md for the variants we measured).</li>
 *   <li>Coordinate mutation: each coordinate, with probability p_m, gets
 *   {@code + mutationScale * width_c * 10^(-U MUTATION_DECADES) * N(0, 1)} with U uniform in [0, 1]:
 *   steps from the box width down to {@code 10^-MUTATION_DECADES} of it, so both basin jumps and
 *   fine corrections stay possible, and the child can leave the values the population holds.</li>
 *   <li>The child is projected onto the box (clamped).</li>
 * </ol>
 * The single-objective search's relaxation alpha, gate g and contraction gamma have no role here:
 * the host algorithm's selection (MOEA/D's replacement, NSGA-II's survival) plays the safeguard, so
 * the child is the full learned proposal. Relaxing it toward the anchor, as the KM step does, made
 * the multimodal DTLZ1 fail (docs/hosts-moea.md).
 *
 * <p>Mutable scratch, owned by one search; not thread safe. The random generator is passed in.
 */
public final class NeighbourhoodRecombination {

    /** Decades spanned by the coordinate-mutation step: from the scale down to 10^-3 of it. */
    public static final double MUTATION_DECADES = 3;
    private final LearnedOperator operator;
    private final Bounds bounds;
    private final int d;
    private final double noiseScale;
    private final double mutationRate;
    private final double mutationScale;
    private final int[] order;
    private final double[] ranks;
    private final double[] features;
    private final double[] recombined;
    private final double[] anchor;
    private final double[] cumulative;
    private final OperatorOutput out;

    /**
     * Scratch for populations of up to {@code capacity} points.
     *
     * @param noiseScale    kappa in [0, 10]
     * @param mutationRate  p_m in [0, 1]
     * @param mutationScale coordinate mutation scale relative to the box width, in [0, 1]
     */
    public NeighbourhoodRecombination(LearnedOperator operator, Bounds bounds, int capacity, double noiseScale,
                                      double mutationRate, double mutationScale) {
        if (operator == null) {
            throw new IllegalArgumentException("operator must not be null");
        }
        if (bounds == null) {
            throw new IllegalArgumentException("bounds must not be null");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        if (!(noiseScale >= 0 && noiseScale <= 10)) {
            throw new IllegalArgumentException("noiseScale must be in [0, 10], was " + noiseScale);
        }
        if (!(mutationRate >= 0 && mutationRate <= 1)) {
            throw new IllegalArgumentException("mutationRate must be in [0, 1], was " + mutationRate);
        }
        if (!(mutationScale >= 0 && mutationScale <= 1)) {
            throw new IllegalArgumentException("mutationScale must be in [0, 1], was " + mutationScale);
        }
        this.operator = operator;
        this.bounds = bounds;
        this.d = bounds.dimension();
        this.noiseScale = noiseScale;
        this.mutationRate = mutationRate;
        this.mutationScale = mutationScale;
        this.order = new int[capacity];
        this.ranks = new double[capacity];
        this.features = new double[capacity * TokenFeatures.COUNT];
        this.recombined = new double[d];
        this.anchor = new double[d];
        this.cumulative = new double[capacity];
        this.out = new OperatorOutput(capacity);
    }

    /** The largest population this scratch takes. */
    public int capacity() {
        return order.length;
    }

    /** The outputs of the operator in the last call (valid until the next call). */
    public OperatorOutput lastOutput() {
        return out;
    }

    /** The recombined point c~ of the last call (a copy). */
    public double[] lastRecombined() {
        return recombined.clone();
    }

    /**
     * Makes one child.
     *
     * @param x          k points, row-major k x D, inside the box (not modified)
     * @param v          their values, minimised (not modified)
     * @param k          number of points, 1 &le; k &le; {@link #capacity()}
     * @param anchorRow  the row of the anchor x_a
     * @param bestBefore the best value known before (for the "beats the best" feature)
     * @param generation the generation (for the progress features)
     * @param random     the generator for the draws (advanced)
     * @param child      receives the child, length D
     */
    public void offspring(double[] x, double[] v, int k, int anchorRow, double bestBefore, long generation,
                          SplittableRandom random, double[] child) {
        if (k < 1 || k > order.length) {
            throw new IllegalArgumentException("k must be in [1, " + order.length + "], was " + k);
        }
        if (anchorRow < 0 || anchorRow >= k) {
            throw new IllegalArgumentException("anchorRow must be in [0, " + k + "), was " + anchorRow);
        }
        System.arraycopy(x, anchorRow * d, anchor, 0, d);
        double ss = 0;
        for (int j = 0; j < k; j++) {
            int o = j * d;
            for (int c = 0; c < d; c++) {
                double t = x[o + c] - anchor[c];
                ss += t * t;
            }
        }
        double sigma = Math.sqrt(ss / ((double) k * d));
        if (!(sigma > 0)) {
            sigma = Double.MIN_NORMAL;
        }
        Ranking.sort(v, x, k, d, order);
        TokenFeatures.compute(v, x, k, d, order, ranks, anchor, sigma, bestBefore, generation, features);
        operator.forward(features, k, out);

        Arrays.fill(recombined, 0.0);
        double total = 0;
        for (int j = 0; j < k; j++) {
            double w = out.weight(j);
            total += w;
            cumulative[j] = total;
            int o = order[j] * d;
            for (int c = 0; c < d; c++) {
                recombined[c] += w * x[o + c];
            }
        }
        double scale = noiseScale * out.step();
        for (int c = 0; c < d; c++) {
            double u = random.nextDouble() * total;
            int j = 0;
            while (j < k - 1 && cumulative[j] <= u) {
                j++;
            }
            // y = c~ + f (x - c~) written as x + (f - 1)(x - c~), which is exactly x when f = 1.
            double xj = x[order[j] * d + c];
            child[c] = xj + (scale * out.mutation(j) - 1) * (xj - recombined[c]);
        }
        if (mutationRate > 0 && mutationScale > 0) {
            for (int c = 0; c < d; c++) {
                if (random.nextDouble() < mutationRate) {
                    double step = mutationScale * bounds.width(c) * Math.pow(10, -MUTATION_DECADES * random.nextDouble());
                    child[c] += step * random.nextGaussian();
                }
            }
        }
        bounds.project(child);
    }
}
