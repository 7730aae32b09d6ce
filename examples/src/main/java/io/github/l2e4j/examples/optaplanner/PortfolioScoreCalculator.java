package io.github.l2e4j.examples.optaplanner;

import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

import java.math.BigDecimal;
import java.util.List;

/**
 * Scores a {@link Portfolio}: hard = -(weight above the asset cap + weight above the sector cap),
 * soft = -10^4 (gamma w' Sigma w - mu' w). O(n^2).
 */
public final class PortfolioScoreCalculator implements EasyScoreCalculator<Portfolio, HardSoftBigDecimalScore> {

    @Override
    public HardSoftBigDecimalScore calculateScore(Portfolio p) {
        double[] w = p.weights();
        double[][] cov = p.getCovariance();
        List<Asset> assets = p.getAssets();
        double[] sector = new double[Portfolio.SECTORS];
        double hard = 0;
        double mean = 0;
        for (Asset a : assets) {
            double wi = w[a.getId()];
            hard += Math.max(0, wi - Portfolio.ASSET_CAP);
            sector[a.getSector()] += wi;
            mean += wi * a.getExpectedReturn();
        }
        for (double s : sector) {
            hard += Math.max(0, s - Portfolio.SECTOR_CAP);
        }
        double variance = 0;
        for (int i = 0; i < w.length; i++) {
            double row = 0;
            for (int j = 0; j < w.length; j++) {
                row += cov[i][j] * w[j];
            }
            variance += w[i] * row;
        }
        double utility = mean - Portfolio.RISK_AVERSION * variance;
        return HardSoftBigDecimalScore.of(BigDecimal.valueOf(-hard), BigDecimal.valueOf(Portfolio.SCALE * utility));
    }
}
