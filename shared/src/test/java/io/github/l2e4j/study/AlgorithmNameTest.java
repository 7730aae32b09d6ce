package io.github.l2e4j.study;

import io.github.l2e4j.TestThetas;
import io.github.l2e4j.io.Weights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.search.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Algorithm names with parameters, {@code l2e[weights=FILE,restarts=nipop]}, resolved in one place. */
class AlgorithmNameTest {

    @Test
    void parsesPlainNamesAndParametersKeepingTheValuesCase() {
        assertThat(AlgorithmName.parse(" CMAES ")).isEqualTo(new AlgorithmName("cmaes", Map.of()));
        AlgorithmName n = AlgorithmName.parse("L2E[Weights=Run/A.json, restarts=nipop]");
        assertThat(n.base()).isEqualTo("l2e");
        assertThat(n.parameters()).containsExactly(Map.entry("weights", "Run/A.json"), Map.entry("restarts", "nipop"));
        assertThat(n).hasToString("l2e[weights=Run/A.json,restarts=nipop]");
        assertThat(AlgorithmName.parse(n.toString())).isEqualTo(n);
    }

    @Test
    void malformedNamesAreRefusedWithTheExpectedForm() {
        for (String bad : new String[]{"", "l2e[", "l2e[weights]", "l2e[=a]", "[weights=a]", "l2e[a=1]x", "l2e]",
            "a=b", "l2e[a=[1]]"}) {
            assertThatThrownBy(() -> AlgorithmName.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected a name or name[key=value,...]");
        }
        assertThatThrownBy(() -> AlgorithmName.parse("l2e[restarts=nipop,restarts=nbipop]"))
                .hasMessage("algorithm 'l2e[restarts=nipop,restarts=nbipop]': parameter 'restarts' is given twice");
    }

    @Test
    void listsSplitAtCommasOutsideBrackets() {
        assertThat(AlgorithmName.splitList("l2e[weights=a.json,restarts=nipop],cmaes, de"))
                .containsExactly("l2e[weights=a.json,restarts=nipop]", "cmaes", " de");
        assertThat(StudyDefinition.builder().algorithms("L2E[weights=A.json,restarts=nipop],cmaes,l2e")
                .problems("sphere:d2").seeds("1").out(Path.of("x")).build().algorithms())
                .containsExactly("l2e[weights=A.json,restarts=nipop]", "cmaes", "l2e");
    }

    @Test
    void l2eTakesWeightsAndRestarts(@TempDir Path dir) {
        LearnedOperator trained = TestThetas.random(7, 0.1);
        Path file = dir.resolve("Trained.json");
        WeightsFile.write(new Weights(trained, Map.of("name", "test")), file);
        Algorithm a = Algorithms.byName("l2e[weights=" + file + ",restarts=nipop]");
        assertThat(a).isInstanceOf(L2eAlgorithm.class);
        L2eAlgorithm l2e = (L2eAlgorithm) a;
        assertThat(l2e.operator()).isEqualTo(trained);
        assertThat(l2e.settings().smallRestarts()).isFalse();
        assertThat(l2e.weightsLabel()).isEqualTo("weights " + file);
        assertThat(l2e.name()).isEqualTo("l2e[weights=" + file + ",restarts=nipop]");
        L2eAlgorithm theta0 = (L2eAlgorithm) Algorithms.byName("l2e-theta0[restarts=nbipop]");
        assertThat(theta0.operator()).isEqualTo(LearnedOperator.theta0());
        assertThat(theta0.settings().smallRestarts()).isEqualTo(SearchSettings.defaults().smallRestarts());
        // The experiment name l2e-ipop is gone from the public list; its variant is a parameter now.
        assertThat(Algorithms.names()).contains("l2e", "l2e-theta0").doesNotContain("l2e-ipop");
    }

    @Test
    void badParametersNameTheParameterTheValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> Algorithms.byName("l2e[foo=1]"))
                .hasMessage("algorithm 'l2e[foo=1]': unknown parameter 'foo'; l2e takes weights, restarts");
        assertThatThrownBy(() -> Algorithms.byName("l2e[restarts=big]"))
                .hasMessage("algorithm 'l2e[restarts=big]': restarts must be nbipop or nipop, was big");
        assertThatThrownBy(() -> Algorithms.byName("l2e[weights=/no/such.json]"))
                .hasMessage("algorithm 'l2e[weights=/no/such.json]': weights: no such file /no/such.json");
        assertThatThrownBy(() -> Algorithms.byName("l2e-theta0[weights=a.json]"))
                .hasMessageContaining("weights applies to l2e only");
        assertThatThrownBy(() -> Algorithms.byName("cmaes[x=1]"))
                .hasMessage("algorithm 'cmaes[x=1]': cmaes takes no parameters");
        assertThatThrownBy(() -> Algorithms.byName("nope[x=1]")).hasMessageStartingWith("unknown algorithm 'nope[x=1]'");
    }
}
