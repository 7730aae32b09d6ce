package io.github.l2e4j.optaplanner.box;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One coordinate x_i of a {@link BoxSolution}: a planning entity whose {@code Double} planning
 * variable ranges over {@code [lower_i, upper_i]} (OptaPlanner's double range is half-open, so
 * it is created as {@code [lower_i, nextUp(upper_i))}).
 */
@PlanningEntity
public class BoxCoordinate {

    /** Id of the value range provider. */
    public static final String RANGE = "coordinateRange";

    @PlanningId
    private Integer index;
    @PlanningVariable(valueRangeProviderRefs = RANGE)
    private Double value;
    private double lower;
    private double upper;
    private ValueRange<Double> range;

    /** For OptaPlanner's cloner. */
    public BoxCoordinate() {
    }

    /** Coordinate {@code index} in {@code [lower, upper]}, starting at {@code value}. */
    public BoxCoordinate(int index, double lower, double upper, double value) {
        this.index = index;
        this.lower = lower;
        this.upper = upper;
        this.value = value;
        this.range = ValueRangeFactory.createDoubleValueRange(lower, Math.nextUp(upper));
    }

    /** The index i. */
    public Integer getIndex() {
        return index;
    }

    /** The value x_i. */
    public Double getValue() {
        return value;
    }

    /** Sets the value x_i. */
    public void setValue(Double value) {
        this.value = value;
    }

    /** The lower bound. */
    public double getLower() {
        return lower;
    }

    /** The upper bound. */
    public double getUpper() {
        return upper;
    }

    /** The value range {@code [lower, upper]}. */
    @ValueRangeProvider(id = RANGE)
    public ValueRange<Double> getRange() {
        return range;
    }

    @Override
    public String toString() {
        return "x" + index + "=" + value;
    }
}
