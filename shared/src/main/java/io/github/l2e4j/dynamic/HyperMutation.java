package io.github.l2e4j.dynamic;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.problem.Bounds;

import java.util.SplittableRandom;

/**
 * DNSGA-II-B's response [1]: round(zeta N) rows, drawn without replacement, are replaced by mutants
 * of themselves; the other rows are kept. The mutation is Deb's polynomial mutation with distribution
 * index eta applied to every coordinate with probability p (a hyper-mutation: p = 1 by default,
 * against 1/n in the normal generations). For a coordinate x in [lo, hi], with
 * {@code d1 = (x - lo)/(hi - lo)}, {@code d2 = (hi - x)/(hi - lo)} and u uniform in [0, 1):
 * <pre>
 *   u &lt; 0.5:  dq = (2u + (1 - 2u)(1 - d1)^(eta+1))^(1/(eta+1)) - 1
 *   u &ge; 0.5:  dq = 1 - (2(1 - u) + 2(u - 0.5)(1 - d2)^(eta+1))^(1/(eta+1))
 *   x' = clamp(x + dq (hi - lo))
 * </pre>
 *
 * <p>[1] K. Deb, U. Bhaskara Rao N., S. Karthik, Dynamic multi-objective optimization and
 * decision-making using modified NSGA-II, EMO 2007, LNCS 4403, 803-817.
 */
public final class HyperMutation implements ChangeResponse {

    /** Default share replaced by mutants (pymoo's DNSGA-II default {@code perc_diversity}). */
    public static final double DEFAULT_FRACTION = 0.3;
    /** Default distribution index eta of the polynomial mutation (MOEA Framework's PM default). */
    public static final double DEFAULT_DISTRIBUTION_INDEX = 20;
    /** Default per-coordinate mutation probability of the hyper-mutation. */
    public static final double DEFAULT_PROBABILITY = 1;

    private final double fraction;
    private final double eta;
    private final double probability;

    /**
     * A hyper-mutation response.
     *
     * @param fraction    share zeta of the population mutated, in [0, 1]
     * @param eta         distribution index, &ge; 0 (larger is a smaller step)
     * @param probability per-coordinate mutation probability, in [0, 1]
     */
    public HyperMutation(double fraction, double eta, double probability) {
        this.fraction = Checks.inClosedRange("fraction", fraction, 0, 1);
        this.eta = Checks.inClosedRange("eta", eta, 0, 1e6);
        this.probability = Checks.inClosedRange("probability", probability, 0, 1);
    }

    /** The defaults: 30% of the population, eta = 20, every coordinate. */
    public static HyperMutation defaults() {
        return new HyperMutation(DEFAULT_FRACTION, DEFAULT_DISTRIBUTION_INDEX, DEFAULT_PROBABILITY);
    }

    @Override
    public String name() {
        return "hypermutation-" + fraction;
    }

    @Override
    public void respond(double[][] population, Bounds bounds, CentroidHistory history, SplittableRandom random) {
        int k = ChangeResponse.count(fraction, population.length);
        for (int i : ChangeResponse.distinctRows(population.length, k, random)) {
            double[] x = population[i];
            for (int c = 0; c < x.length; c++) {
                if (random.nextDouble() < probability) {
                    x[c] = mutate(x[c], bounds.lower(c), bounds.upper(c), random.nextDouble());
                }
            }
        }
    }

    /** Polynomial mutation of one coordinate with uniform draw u (see the class comment). */
    double mutate(double x, double lo, double hi, double u) {
        double width = hi - lo;
        if (!(width > 0)) {
            return x;
        }
        double d1 = (x - lo) / width;
        double d2 = (hi - x) / width;
        double power = 1 / (eta + 1);
        double dq;
        if (u < 0.5) {
            double v = 2 * u + (1 - 2 * u) * Math.pow(1 - d1, eta + 1);
            dq = Math.pow(v, power) - 1;
        } else {
            double v = 2 * (1 - u) + 2 * (u - 0.5) * Math.pow(1 - d2, eta + 1);
            dq = 1 - Math.pow(v, power);
        }
        return Math.min(hi, Math.max(lo, x + dq * width));
    }
}
