package io.github.l2e4j.optaplanner.testdomain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** A test entity with a Double, an Integer and a String planning variable, and a pin. */
@PlanningEntity
public class Device {

    @PlanningId
    private Integer id;
    @PlanningVariable(valueRangeProviderRefs = DeviceSolution.POWER)
    private Double power;
    @PlanningVariable(valueRangeProviderRefs = DeviceSolution.SLOTS)
    private Integer slots;
    @PlanningVariable(valueRangeProviderRefs = DeviceSolution.MODES)
    private String mode;
    @PlanningPin
    private boolean pinned;

    public Device() {
    }

    public Device(int id, Double power, Integer slots, String mode, boolean pinned) {
        this.id = id;
        this.power = power;
        this.slots = slots;
        this.mode = mode;
        this.pinned = pinned;
    }

    public Integer getId() {
        return id;
    }

    public Double getPower() {
        return power;
    }

    public void setPower(Double power) {
        this.power = power;
    }

    public Integer getSlots() {
        return slots;
    }

    public void setSlots(Integer slots) {
        this.slots = slots;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public String toString() {
        return "Device" + id;
    }
}
