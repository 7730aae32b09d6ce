package io.github.l2e4j.examples.optaplanner;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * An asset of the portfolio example. Its planning variable is a raw share s_i in [0, 1]; the
 * portfolio weight is {@code w_i = s_i / sum_j s_j}, so every assignment is a fully invested
 * portfolio and no move can break the budget.
 */
@PlanningEntity
public class Asset {

    @PlanningId
    private Integer id;
    private int sector;
    private double expectedReturn;
    @PlanningVariable(valueRangeProviderRefs = Portfolio.SHARE_RANGE)
    private Double share;

    /** For OptaPlanner's cloner. */
    public Asset() {
    }

    /** Asset {@code id} in a sector, with an expected return, starting at a share. */
    public Asset(int id, int sector, double expectedReturn, double share) {
        this.id = id;
        this.sector = sector;
        this.expectedReturn = expectedReturn;
        this.share = share;
    }

    /** The id (its row in the covariance matrix). */
    public Integer getId() {
        return id;
    }

    /** The sector index. */
    public int getSector() {
        return sector;
    }

    /** Expected annual return. */
    public double getExpectedReturn() {
        return expectedReturn;
    }

    /** The raw share. */
    public Double getShare() {
        return share;
    }

    /** Sets the raw share. */
    public void setShare(Double share) {
        this.share = share;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Asset%d(sector %d, mu %.3f, share %.4f)", id, sector,
                expectedReturn, share);
    }
}
