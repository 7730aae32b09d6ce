package io.github.l2e4j.benchmark.control;

import io.github.l2e4j.problem.Problem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlTasksTest {

    @Test
    void standardIdsAndTheirDimensions() {
        Map<String, Integer> expected = Map.of(
                "control:cartpole:linear", 5, "control:cartpole:mlp", 49,
                "control:pendulum:linear", 4, "control:pendulum:mlp", 41,
                "control:acrobot:linear", 21, "control:acrobot:mlp", 83,
                "control:mountaincar-continuous:linear", 3, "control:mountaincar-continuous:mlp", 33);
        assertThat(ControlTasks.ids()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String id : ControlTasks.ids()) {
            Problem p = ControlTasks.create(id);
            assertThat(p.name()).isEqualTo(id);
            assertThat(p.dimension()).isEqualTo(expected.get(id));
            assertThat(p.bounds().lower(0)).isEqualTo(-ControlProblem.WEIGHT_BOUND);
            assertThat(p.bounds().upper(p.dimension() - 1)).isEqualTo(ControlProblem.WEIGHT_BOUND);
        }
    }

    @Test
    void onlyCartPoleKnowsItsOptimalValue() {
        assertThat(ControlTasks.cartPole(Policy.linear()).optimalValue()).hasValue(-500.0);
        assertThat(ControlTasks.pendulum(Policy.linear()).optimalValue()).isEmpty();
        assertThat(ControlTasks.acrobot(Policy.mlp()).optimalValue()).isEmpty();
        assertThat(ControlTasks.mountainCarContinuous(Policy.mlp()).optimalValue()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"control:acrobot:mlp16:s3", "control:pendulum:mlp:s7:e10", "control:cartpole:linear:e1",
            "control:mountaincar-continuous:linear:s0", "control:cartpole:mlp2:s9223372036854775807:e1000"})
    void canonicalIdsRoundTrip(String id) {
        ControlProblem p = ControlTasks.parse(id);
        assertThat(p.id()).isEqualTo(id);
        assertThat(ControlTasks.create(id).name()).isEqualTo(id);
    }

    @Test
    void alternativeSpellingsResolveToTheCanonicalId() {
        assertThat(ControlTasks.parse("control_cartpole_linear_s2").id()).isEqualTo("control:cartpole:linear:s2");
        assertThat(ControlTasks.parse("CONTROL:Acrobot:MLP8").id()).isEqualTo("control:acrobot:mlp");
        assertThat(ControlTasks.parse("control:pendulum:linear:s01:e3").id()).isEqualTo("control:pendulum:linear");
        ControlProblem p = ControlTasks.parse("control:acrobot:mlp12:s5:e4");
        assertThat(p.task()).isEqualTo(ControlTask.ACROBOT);
        assertThat(p.policy()).isEqualTo(Policy.mlp(12));
        assertThat(p.seed()).isEqualTo(5);
        assertThat(p.episodes()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bbob_f001_i01_d02", "control:cartpole", "control:walker:linear", "control:cartpole:rnn",
            "control:cartpole:linear:x3", "control:cartpole:linear:s", "control:cartpole:linear:s-1",
            "control:cartpole:linear:e0", "control:cartpole:linear:e1001", "control:cartpole:linear:e2:s3",
            "control:cartpole:linear:s1:s2", "control:cartpole:linear:s99999999999999999999",
            "control:cartpole:linear:s1:e2:x", "control::cartpole:linear"})
    void unknownIdsAreRejectedWithAOneLineMessage(String id) {
        assertThatThrownBy(() -> ControlTasks.create(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + id + "'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void unknownTaskMessageListsTheTasks() {
        assertThatThrownBy(() -> ControlTasks.create("control:walker:linear"))
                .hasMessage("unknown control problem 'control:walker:linear': unknown control task 'walker'; known: "
                        + "cartpole, pendulum, acrobot, mountaincar-continuous");
        assertThatThrownBy(() -> ControlTasks.create(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control:<task>:<policy>");
    }

    @Test
    void sameWeightsGiveBitIdenticalValuesAcrossInstances() {
        for (String id : ControlTasks.ids()) {
            Problem a = ControlTasks.create(id);
            Problem b = ControlTasks.create(id);
            double[] x = new SplittableRandom(42).doubles(a.dimension(), -1, 1).toArray();
            double va = a.objective().value(x);
            assertThat(Double.doubleToRawLongBits(a.objective().value(x))).isEqualTo(Double.doubleToRawLongBits(va));
            assertThat(Double.doubleToRawLongBits(b.objective().value(x))).isEqualTo(Double.doubleToRawLongBits(va));
            assertThat(va).isFinite();
        }
    }

    @Test
    void seedsChangeTheStartStatesAndEpisodeCountsKeepThePrefix() {
        ControlProblem s1 = ControlProblem.builder(ControlTask.PENDULUM).seed(1).episodes(3).build();
        ControlProblem s1long = ControlProblem.builder(ControlTask.PENDULUM).seed(1).episodes(10).build();
        ControlProblem s2 = ControlProblem.builder(ControlTask.PENDULUM).seed(2).episodes(3).build();
        for (int e = 0; e < 3; e++) {
            assertThat(s1long.startState(e)).containsExactly(s1.startState(e));
            assertThat(s2.startState(e)).isNotEqualTo(s1.startState(e));
        }
        // Different tasks draw from different streams for the same seed.
        ControlProblem cart = ControlProblem.builder(ControlTask.CARTPOLE).build();
        ControlProblem acro = ControlProblem.builder(ControlTask.ACROBOT).build();
        assertThat(cart.startState(0)[0] / CartPole.START_RANGE).isNotEqualTo(acro.startState(0)[0] / Acrobot.START_RANGE);
    }

    @Test
    void nonFiniteWeightsGiveNaNWithoutThrowing() {
        for (String id : ControlTasks.ids()) {
            Problem p = ControlTasks.create(id);
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                double[] x = new double[p.dimension()];
                x[p.dimension() - 1] = bad;
                assertThat(p.objective().value(x)).isNaN();
            }
        }
    }

    @Test
    void wrongLengthIsAnError() {
        Problem p = ControlTasks.create("control:cartpole:linear");
        assertThatThrownBy(() -> p.objective().value(new double[4]))
                .hasMessage("x must have length 5 for control:cartpole:linear, was 4");
    }

    @Test
    void evaluationIsThreadSafe() {
        Problem p = ControlTasks.create("control:acrobot:mlp");
        SplittableRandom r = new SplittableRandom(3);
        List<double[]> xs = IntStream.range(0, 32).mapToObj(i -> r.doubles(p.dimension(), -5, 5).toArray()).toList();
        double[] sequential = xs.stream().mapToDouble(x -> p.objective().value(x)).toArray();
        double[] parallel = xs.parallelStream().mapToDouble(x -> p.objective().value(x)).toArray();
        assertThat(parallel).containsExactly(sequential);
    }

    @Property(tries = 40)
    void objectiveDoesNotModifyXAndIsDeterministic(@ForAll @IntRange(min = 0, max = 7) int which, @ForAll long seed) {
        Problem p = ControlTasks.create(ControlTasks.ids().get(which));
        double[] x = new SplittableRandom(seed).doubles(p.dimension(), -5, 5).toArray();
        double[] copy = x.clone();
        double v1 = p.objective().value(x);
        double v2 = p.objective().value(x);
        assertThat(x).containsExactly(copy);
        assertThat(Double.doubleToRawLongBits(v2)).isEqualTo(Double.doubleToRawLongBits(v1));
        assertThat(Arrays.stream(x).allMatch(Double::isFinite)).isTrue();
        assertThat(v1).isFinite();
    }
}
