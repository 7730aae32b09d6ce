package io.github.l2e4j.examples.optaplanner;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.valuerange.ValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mean-variance portfolio allocation with position and sector limits, an OptaPlanner planning
 * problem with one continuous planning variable per asset.
 *
 * <p>With weights {@code w = s / sum(s)} from the raw shares s (see {@link Asset}):
 * <ul>
 *   <li>hard: {@code -[sum_i max(0, w_i - cap) + sum_sectors max(0, W_sector - sectorCap)]};</li>
 *   <li>soft: {@code -10^4 (gamma w' Sigma w - mu' w)}, the mean-variance utility in basis points
 *       (higher is better).</li>
 * </ul>
 * The covariance comes from a factor model {@code Sigma = B B' + diag(d^2)}. Smooth apart from
 * the limits' kinks, and with a flat direction (scaling every share gives the same portfolio).
 */
@PlanningSolution
public class Portfolio {

    /** Id of the share value range. */
    public static final String SHARE_RANGE = "shareRange";
    /** Sectors of a generated instance. */
    public static final int SECTORS = 4;
    /** Factors of a generated instance's covariance model. */
    public static final int FACTORS = 3;
    /** Standard deviation of a factor loading. */
    public static final double LOADING_SD = 0.12;
    /** Smallest idiosyncratic volatility. */
    public static final double MIN_VOL = 0.10;
    /** Largest idiosyncratic volatility. */
    public static final double MAX_VOL = 0.30;
    /** Smallest expected return. */
    public static final double MIN_RETURN = 0.02;
    /** Largest expected return. */
    public static final double MAX_RETURN = 0.12;
    /** Risk aversion gamma. */
    public static final double RISK_AVERSION = 3;
    /** Largest weight of one asset. */
    public static final double ASSET_CAP = 0.15;
    /** Largest weight of one sector. */
    public static final double SECTOR_CAP = 0.35;
    /** Soft-score units per unit of utility (basis points). */
    public static final double SCALE = 1e4;
    /** Initial raw share of every asset (equal weights). */
    public static final double INITIAL_SHARE = 0.5;

    @PlanningEntityCollectionProperty
    private List<Asset> assets;
    private double[][] covariance;
    @PlanningScore
    private HardSoftBigDecimalScore score;

    /** For OptaPlanner's cloner. */
    public Portfolio() {
    }

    /** An instance with these assets and covariance (rows in asset id order; not copied). */
    public Portfolio(List<Asset> assets, double[][] covariance) {
        this.assets = new ArrayList<>(assets);
        this.covariance = covariance;
    }

    /**
     * A generated instance of n assets in {@value #SECTORS} sectors, all starting at equal weights.
     *
     * @throws IllegalArgumentException if n &lt; {@value #SECTORS}
     */
    public static Portfolio generate(int n, long seed) {
        if (n < SECTORS) {
            throw new IllegalArgumentException("n must be >= " + SECTORS + ", was " + n);
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[][] b = new double[n][FACTORS];
        double[] d = new double[n];
        List<Asset> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < FACTORS; f++) {
                b[i][f] = LOADING_SD * gaussian(r);
            }
            d[i] = MIN_VOL + (MAX_VOL - MIN_VOL) * r.nextDouble();
            double mu = MIN_RETURN + (MAX_RETURN - MIN_RETURN) * r.nextDouble();
            list.add(new Asset(i, i % SECTORS, mu, INITIAL_SHARE));
        }
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int f = 0; f < FACTORS; f++) {
                    s += b[i][f] * b[j][f];
                }
                cov[i][j] = s + (i == j ? d[i] * d[i] : 0);
            }
        }
        return new Portfolio(list, cov);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** The share range [0, 1]. */
    @ValueRangeProvider(id = SHARE_RANGE)
    public ValueRange<Double> getShareRange() {
        return ValueRangeFactory.createDoubleValueRange(0, Math.nextUp(1.0));
    }

    /** The assets. */
    public List<Asset> getAssets() {
        return assets;
    }

    /** Sets the assets. */
    public void setAssets(List<Asset> assets) {
        this.assets = assets;
    }

    /** The covariance matrix (shared, not copied). */
    public double[][] getCovariance() {
        return covariance;
    }

    /** The score. */
    public HardSoftBigDecimalScore getScore() {
        return score;
    }

    /** Sets the score. */
    public void setScore(HardSoftBigDecimalScore score) {
        this.score = score;
    }

    /** The weights w = s / sum(s) in asset order (equal weights if every share is 0). */
    public double[] weights() {
        int n = assets.size();
        double[] w = new double[n];
        double sum = 0;
        for (Asset a : assets) {
            sum += a.getShare() == null ? 0 : a.getShare();
        }
        for (Asset a : assets) {
            w[a.getId()] = sum > 0 ? (a.getShare() == null ? 0 : a.getShare()) / sum : 1.0 / n;
        }
        return w;
    }
}
