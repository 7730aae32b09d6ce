package io.github.l2e4j.optaplanner.testdomain;

import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

import java.math.BigDecimal;

/** Scores a {@link DeviceSolution}. */
public class DeviceScoreCalculator implements EasyScoreCalculator<DeviceSolution, HardSoftBigDecimalScore> {

    @Override
    public HardSoftBigDecimalScore calculateScore(DeviceSolution solution) {
        double hard = 0;
        double soft = 0;
        for (Device d : solution.getDevices()) {
            if (d.getPower() != null) {
                double p = d.getPower();
                hard += Math.max(0, p - 9);
                soft += (p - DeviceSolution.POWER_TARGET) * (p - DeviceSolution.POWER_TARGET);
            }
            if (d.getSlots() != null) {
                double s = d.getSlots() - DeviceSolution.SLOTS_TARGET;
                soft += s * s / 10;
            }
            if ("boost".equals(d.getMode())) {
                soft += 1;
            }
        }
        return HardSoftBigDecimalScore.of(BigDecimal.valueOf(-hard), BigDecimal.valueOf(-soft));
    }
}
