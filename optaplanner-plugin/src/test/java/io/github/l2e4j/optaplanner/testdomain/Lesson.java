package io.github.l2e4j.optaplanner.testdomain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** A test entity without numeric planning variables. */
@PlanningEntity
public class Lesson {

    @PlanningId
    private Integer id;
    @PlanningVariable(valueRangeProviderRefs = LessonSolution.ROOMS)
    private String room;

    public Lesson() {
    }

    public Lesson(int id, String room) {
        this.id = id;
        this.room = room;
    }

    public Integer getId() {
        return id;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
