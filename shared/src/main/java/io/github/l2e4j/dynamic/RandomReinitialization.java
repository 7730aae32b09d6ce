package io.github.l2e4j.dynamic;

import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.problem.Bounds;

import java.util.SplittableRandom;

/**
 * DNSGA-II-A's response [1]: round(zeta N) rows, drawn without replacement, are replaced by points
 * drawn uniformly in the box; the other rows are kept.
 *
 * <p>[1] K. Deb, U. Bhaskara Rao N., S. Karthik, Dynamic multi-objective optimization and
 * decision-making using modified NSGA-II, EMO 2007, LNCS 4403, 803-817.
 */
public final class RandomReinitialization implements ChangeResponse {

    /** Default share replaced (pymoo's DNSGA-II default {@code perc_diversity}). */
    public static final double DEFAULT_FRACTION = 0.3;

    private final double fraction;

    /** Replaces the share zeta in [0, 1] of the population. */
    public RandomReinitialization(double fraction) {
        this.fraction = Checks.inClosedRange("fraction", fraction, 0, 1);
    }

    /** The share replaced. */
    public double fraction() {
        return fraction;
    }

    @Override
    public String name() {
        return "random-" + fraction;
    }

    @Override
    public void respond(double[][] population, Bounds bounds, CentroidHistory history, SplittableRandom random) {
        int k = ChangeResponse.count(fraction, population.length);
        for (int i : ChangeResponse.distinctRows(population.length, k, random)) {
            double[] x = population[i];
            for (int c = 0; c < x.length; c++) {
                x[c] = bounds.lower(c) + random.nextDouble() * bounds.width(c);
            }
        }
    }
}
