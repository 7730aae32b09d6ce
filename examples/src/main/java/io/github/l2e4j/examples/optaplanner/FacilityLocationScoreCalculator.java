package io.github.l2e4j.examples.optaplanner;

import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

import java.math.BigDecimal;
import java.util.List;

/**
 * Scores a {@link FacilityLocation}: hard = -(total depth of facilities inside lakes), soft =
 * -(sum over customers of demand x distance to the nearest facility). O(customers x facilities).
 */
public final class FacilityLocationScoreCalculator
        implements EasyScoreCalculator<FacilityLocation, HardSoftBigDecimalScore> {

    @Override
    public HardSoftBigDecimalScore calculateScore(FacilityLocation s) {
        List<Facility> fs = s.getFacilities();
        int k = fs.size();
        double[] fx = new double[k];
        double[] fy = new double[k];
        double hard = 0;
        for (int i = 0; i < k; i++) {
            Facility f = fs.get(i);
            if (f.getX() == null || f.getY() == null) {
                fx[i] = Double.NaN;
                continue;
            }
            fx[i] = f.getX();
            fy[i] = f.getY();
            for (Lake l : s.getLakes()) {
                hard += l.depth(fx[i], fy[i]);
            }
        }
        double soft = 0;
        for (Customer c : s.getCustomers()) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                if (!Double.isNaN(fx[i])) {
                    nearest = Math.min(nearest, distance(c.x() - fx[i], c.y() - fy[i]));
                }
            }
            if (nearest < Double.POSITIVE_INFINITY) {
                soft += c.demand() * nearest;
            }
        }
        return HardSoftBigDecimalScore.of(BigDecimal.valueOf(-hard), BigDecimal.valueOf(-soft));
    }

    private static double distance(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }
}
