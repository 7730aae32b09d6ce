package io.github.l2e4j.optaplanner;

import io.github.l2e4j.optaplanner.testdomain.Device;
import io.github.l2e4j.optaplanner.testdomain.DeviceSolution;
import io.github.l2e4j.optaplanner.testdomain.Lesson;
import io.github.l2e4j.optaplanner.testdomain.LessonSolution;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which variables L2E moves set, found through a real solution descriptor. */
class NumericSlotsTest {

    private static InnerScoreDirector<DeviceSolution, ?> devices(DeviceSolution s) {
        return ScoreDirectors.of(ScoreDirectors.deviceConfig(), s);
    }

    @Test
    void everyNumericVariableOfEveryMovableEntityInSolutionOrder() {
        DeviceSolution s = DeviceSolution.of(3, 1.0, 4, false, true, false);   // device 1 is pinned
        NumericSlots slots = NumericSlots.resolve(devices(s), null, List.of());
        assertThat(slots.dimension()).isEqualTo(4);
        Device d0 = s.getDevices().get(0);
        Device d2 = s.getDevices().get(2);
        assertThat(slots.entity(0)).isSameAs(d0);
        assertThat(slots.variable(0).getVariableName()).isEqualTo("power");
        assertThat(slots.entity(1)).isSameAs(d0);
        assertThat(slots.variable(1).getVariableName()).isEqualTo("slots");
        assertThat(slots.entity(2)).isSameAs(d2);
        assertThat(slots.entity(3)).isSameAs(d2);
        assertThat(slots.bounds().lower()).containsExactly(0.0, -1.0, 0.0, -1.0);
        assertThat(slots.bounds().upper()).containsExactly(Math.nextDown(10.0), 41.0, Math.nextDown(10.0), 41.0);
        assertThat(slots.currentPoint()).containsExactly(1.0, 4.0, 1.0, 4.0);
        assertThat(slots.anyRounded()).isTrue();
    }

    @Test
    void theVariablesPropertyRestrictsTheCoordinates() {
        NumericSlots slots = NumericSlots.resolve(devices(DeviceSolution.of(2, 1.0, 4)), Device.class, List.of("slots"));
        assertThat(slots.dimension()).isEqualTo(2);
        assertThat(slots.variable(0).getVariableName()).isEqualTo("slots");
        assertThat(slots.variable(1).getVariableName()).isEqualTo("slots");
    }

    @Test
    void aNamedVariableThatIsNotNumericIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> NumericSlots.resolve(devices(DeviceSolution.of(2, 1.0, 4)), null, List.of("mode")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("variables names 'mode', which is not a numeric planning variable of the solution DeviceSolution;"
                        + " numeric variables: Device.power (Double), Device.slots (Integer), other variables: Device.mode (String)");
    }

    @Test
    void aDomainWithoutNumericVariablesIsRejectedNamingTheProperties() {
        SolverConfig config = new SolverConfig().withSolutionClass(LessonSolution.class).withEntityClasses(Lesson.class)
                .withEasyScoreCalculatorClass(LessonSolution.Calculator.class);
        InnerScoreDirector<LessonSolution, ?> sd = ScoreDirectors.of(config, new LessonSolution(List.of(new Lesson(0, "A"))));
        assertThatThrownBy(() -> NumericSlots.resolve(sd, null, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("L2E moves found no movable numeric planning variable in the solution LessonSolution; numeric "
                        + "variables: none, other variables: Lesson.room (String). Set the custom property 'entityClass' or "
                        + "'variables' to choose Double, Integer, Long, BigInteger or BigDecimal planning variables");
    }

    @Test
    void anUninitializedVariableIsRejectedNamingTheEntityAndVariable() {
        DeviceSolution s = DeviceSolution.of(2, 1.0, 4);
        s.getDevices().get(1).setPower(null);
        assertThatThrownBy(() -> NumericSlots.resolve(devices(s), null, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Device.power of entity 1 (Device1) is uninitialized (null)");
    }

    @Test
    void allPinnedMeansNothingToSearch() {
        assertThatThrownBy(() -> NumericSlots.resolve(devices(DeviceSolution.of(1, 1.0, 4, true)), null, List.of()))
                .hasMessageStartingWith("L2E moves found no movable numeric planning variable");
    }
}
