package io.github.l2e4j.optaplanner.testdomain;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.simple.SimpleScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

import java.util.List;

/** A test solution whose only planning variable is a String. */
@PlanningSolution
public class LessonSolution {

    public static final String ROOMS = "rooms";

    @PlanningEntityCollectionProperty
    private List<Lesson> lessons;
    @PlanningScore
    private SimpleScore score;

    public LessonSolution() {
    }

    public LessonSolution(List<Lesson> lessons) {
        this.lessons = lessons;
    }

    @ValueRangeProvider(id = ROOMS)
    public List<String> getRooms() {
        return List.of("A", "B");
    }

    public List<Lesson> getLessons() {
        return lessons;
    }

    public void setLessons(List<Lesson> lessons) {
        this.lessons = lessons;
    }

    public SimpleScore getScore() {
        return score;
    }

    public void setScore(SimpleScore score) {
        this.score = score;
    }

    /** Counts lessons in room A. */
    public static class Calculator implements EasyScoreCalculator<LessonSolution, SimpleScore> {
        @Override
        public SimpleScore calculateScore(LessonSolution solution) {
            return SimpleScore.of((int) -solution.getLessons().stream().filter(l -> "A".equals(l.getRoom())).count());
        }
    }
}
