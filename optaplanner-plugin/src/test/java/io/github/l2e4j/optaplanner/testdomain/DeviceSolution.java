package io.github.l2e4j.optaplanner.testdomain;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;

import java.util.ArrayList;
import java.util.List;

/**
 * Test solution: devices with a power in [0, 10), slots in {0, 2, ..., 40} and a mode in
 * {eco, boost}. Soft: -sum (power - 3.3)^2 + (slots - 17)^2 / 10 (+1 per boost); hard:
 * -sum max(0, power - 9).
 */
@PlanningSolution
public class DeviceSolution {

    public static final String POWER = "powerRange";
    public static final String SLOTS = "slotRange";
    public static final String MODES = "modeRange";
    public static final double POWER_TARGET = 3.3;
    public static final int SLOTS_TARGET = 17;

    @PlanningEntityCollectionProperty
    private List<Device> devices;
    @PlanningScore
    private HardSoftBigDecimalScore score;

    public DeviceSolution() {
    }

    public DeviceSolution(List<Device> devices) {
        this.devices = devices;
    }

    /** n devices, device i pinned when pinned[i]. */
    public static DeviceSolution of(int n, double power, int slots, boolean... pinned) {
        List<Device> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Device(i, power, slots, "eco", i < pinned.length && pinned[i]));
        }
        return new DeviceSolution(list);
    }

    @ValueRangeProvider(id = POWER)
    public ValueRange<Double> getPowerRange() {
        return ValueRangeFactory.createDoubleValueRange(0, 10);
    }

    @ValueRangeProvider(id = SLOTS)
    public CountableValueRange<Integer> getSlotRange() {
        return ValueRangeFactory.createIntValueRange(0, 42, 2);
    }

    @ValueRangeProvider(id = MODES)
    public List<String> getModeRange() {
        return List.of("eco", "boost");
    }

    public List<Device> getDevices() {
        return devices;
    }

    public void setDevices(List<Device> devices) {
        this.devices = devices;
    }

    public HardSoftBigDecimalScore getScore() {
        return score;
    }

    public void setScore(HardSoftBigDecimalScore score) {
        this.score = score;
    }
}
