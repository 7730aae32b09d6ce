package io.github.l2e4j.examples.optaplanner;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** A facility to place: its position (x, y) is two continuous planning variables. */
@PlanningEntity
public class Facility {

    @PlanningId
    private Integer id;
    @PlanningVariable(valueRangeProviderRefs = FacilityLocation.COORDINATE_RANGE)
    private Double x;
    @PlanningVariable(valueRangeProviderRefs = FacilityLocation.COORDINATE_RANGE)
    private Double y;

    /** For OptaPlanner's cloner. */
    public Facility() {
    }

    /** Facility {@code id} at (x, y). */
    public Facility(int id, double x, double y) {
        this.id = id;
        this.x = x;
        this.y = y;
    }

    /** The id. */
    public Integer getId() {
        return id;
    }

    /** East coordinate. */
    public Double getX() {
        return x;
    }

    /** Sets the east coordinate. */
    public void setX(Double x) {
        this.x = x;
    }

    /** North coordinate. */
    public Double getY() {
        return y;
    }

    /** Sets the north coordinate. */
    public void setY(Double y) {
        this.y = y;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Facility%d(%.3f, %.3f)", id, x, y);
    }
}
