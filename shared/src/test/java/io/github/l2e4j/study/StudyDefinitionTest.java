package io.github.l2e4j.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyDefinitionTest {

    @TempDir
    Path dir;

    @Test
    void bbobQuickPresetIsTheIssuesGrid() {
        StudyDefinition d = StudyDefinition.preset("bbob-quick").out(dir).build();
        assertThat(d.problems()).containsExactly("bbob:f1-24:i1-3:d10");
        assertThat(d.algorithms()).containsExactly("l2e", "cmaes", "de", "jenetics-ga");
        assertThat(d.seeds()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(d.budget(10)).isEqualTo(10_000);
        assertThat(d.reference()).isEqualTo("l2e");
        assertThat(d.firstTarget()).isZero();
        assertThat(d.lastTarget()).isEqualTo(50);
        assertThat(d.targetsText()).isEqualTo("1e2..1e-8");
    }

    @Test
    void flagsOverrideAPreset() {
        StudyDefinition d = StudyDefinition.preset("smoke").algorithms("cmaes, L2E").seeds("3-5").budgetMultiplier(50)
                .targets("1e1..1e-4").threads(3).build();
        assertThat(d.algorithms()).containsExactly("cmaes", "l2e");
        assertThat(d.seeds()).containsExactly(3L, 4L, 5L);
        assertThat(d.budget(3)).isEqualTo(150);
        assertThat(d.firstTarget()).isEqualTo(5);
        assertThat(d.lastTarget()).isEqualTo(30);
        assertThat(d.reference()).isEqualTo("cmaes");
        assertThat(d.threads()).isEqualTo(3);
    }

    @Test
    void seedsAreACountARangeOrAList() {
        assertThat(StudyDefinition.builder().seeds("3").problems("sphere_d2").algorithms("l2e").build().seeds()).containsExactly(1L, 2L, 3L);
        assertThat(StudyDefinition.builder().seeds("7-8").problems("sphere_d2").algorithms("l2e").build().seeds()).containsExactly(7L, 8L);
        assertThat(StudyDefinition.builder().seeds("9, 1,5").problems("sphere_d2").algorithms("l2e").build().seeds()).containsExactly(1L, 5L, 9L);
        assertThatThrownBy(() -> StudyDefinition.builder().seeds("x"))
                .hasMessage("seeds: must be a count (5), a range (1-5) or a list (1,3,7), was 'x'");
        assertThatThrownBy(() -> StudyDefinition.builder().seeds("0")).hasMessage("seeds: a count must be in [1, 10000], was 0");
    }

    @Test
    void problemRangesKeepTheirOwnCommas() {
        assertThat(StudyDefinition.Builder.splitProblems("bbob:f1-24:i1-5:d10,40, sphere_d2,bbob:f1,8:i1:d2,control:cartpole:linear"))
                .containsExactly("bbob:f1-24:i1-5:d10,40", "sphere_d2", "bbob:f1,8:i1:d2", "control:cartpole:linear");
    }

    @Test
    void badValuesNameTheKeyTheValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> StudyDefinition.builder().budgetMultiplier(Double.NaN))
                .hasMessage("budget-multiplier: must be a number > 0 (evaluations per dimension), was NaN");
        assertThatThrownBy(() -> StudyDefinition.builder().targets("1e-8..1e2")).hasMessageStartingWith("targets: must be a range A..B");
        assertThatThrownBy(() -> StudyDefinition.builder().targets("3e-5..1e-8")).hasMessageContaining("was '3e-5..1e-8'");
        assertThatThrownBy(() -> StudyDefinition.builder().threads(0)).hasMessage("threads: must be >= 1, was 0");
        assertThatThrownBy(() -> StudyDefinition.preset("fast"))
                .hasMessage("unknown preset 'fast'; known: bbob-quick, bbob, smoke");
        assertThatThrownBy(() -> StudyDefinition.builder().problems("sphere_d2").algorithms("l2e").reference("cmaes").build())
                .hasMessage("reference: must be one of the algorithms [l2e], was 'cmaes'");
        assertThatThrownBy(() -> StudyDefinition.builder().algorithms("l2e").build())
                .hasMessageStartingWith("problems: give at least one problem id");
    }

    @Test
    void aYamlStudyFileSetsTheSameKeysAsTheFlags() throws IOException {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, """
                preset: smoke
                algorithms: [l2e, random]
                seeds: [7]
                budget-multiplier: 20
                out: results/x
                """);
        StudyDefinition d = StudyFile.builder(f).build();
        assertThat(d.preset()).isEqualTo("smoke");
        assertThat(d.problems()).containsExactly("bbob:f1,8:i1-2:d2");
        assertThat(d.algorithms()).containsExactly("l2e", "random");
        assertThat(d.seeds()).containsExactly(7L);
        assertThat(d.budgetMultiplier()).isEqualTo(20.0);
        assertThat(d.out()).isEqualTo(Path.of("results/x"));
    }

    @Test
    void aJsonStudyFileAndItsErrors() throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"problems\": \"sphere:d2,3\", \"algorithms\": \"cmaes\", \"seeds\": 2}");
        StudyDefinition d = StudyFile.builder(f).build();
        assertThat(d.problems()).containsExactly("sphere:d2,3");
        assertThat(d.seeds()).containsExactly(1L, 2L);

        Files.writeString(f, "{\"problems\": \"sphere_d2\", \"algoritms\": \"cmaes\"}");
        assertThatThrownBy(() -> StudyFile.builder(f))
                .hasMessage("study file " + f + ": unknown key 'algoritms'; known: " + String.join(", ", StudyDefinition.KEYS));
        Files.writeString(f, "{\"problems\": \"sphere_d2\",\n \"seeds\": \"many\"}");
        assertThatThrownBy(() -> StudyFile.builder(f))
                .hasMessage("study file " + f + ": seeds: must be a count (5), a range (1-5) or a list (1,3,7), was 'many'");
        Files.writeString(f, "{\"problems\": \n");
        assertThatThrownBy(() -> StudyFile.read(f)).hasMessageStartingWith("study file " + f + " line ");
        Files.writeString(f, "[1, 2]");
        assertThatThrownBy(() -> StudyFile.read(f)).hasMessageStartingWith("study file " + f + ": must hold an object of keys");
        assertThatThrownBy(() -> StudyFile.read(dir.resolve("none.json"))).hasMessageEndingWith("none.json: no such file");
        Path txt = dir.resolve("s.txt");
        Files.writeString(txt, "x");
        assertThatThrownBy(() -> StudyFile.read(txt)).hasMessageEndingWith("must end in .json, .yaml or .yml");
    }

    @Test
    void runSettingsAreTheValuesThatChangeARun() {
        StudyDefinition d = StudyDefinition.preset("smoke").build();
        assertThat(d.runSettings()).isEqualTo(Map.of("budget-multiplier", 100.0, "budget", "100.0 x D", "targets", "1e2..1e-8",
                "weights", "shipped:theta0"));
        assertThat(d.toBuilder().build()).isEqualTo(d);
        assertThat(d.seedsText()).isEqualTo("1-2");
        assertThat(List.copyOf(d.toMap().keySet())).containsExactly("preset", "problems", "algorithms", "seeds",
                "budget-multiplier", "targets", "reference", "threads");
    }

    @Test
    void aFixedBudgetIsTheSameForEveryDimensionAndReplacesTheMultiplier() throws IOException {
        StudyDefinition d = StudyDefinition.preset("smoke").budget(10_000).build();
        assertThat(d.budget(2)).isEqualTo(10_000);
        assertThat(d.budget(30)).isEqualTo(10_000);
        assertThat(d.fixedBudget()).isEqualTo(10_000L);
        assertThat(d.runSettings()).containsEntry("budget", "10000 evaluations");
        assertThat(d.toMap()).containsEntry("budget", 10_000L).doesNotContainKey("budget-multiplier");
        assertThat(d.toBuilder().build()).isEqualTo(d);
        // a multiplier given later wins, as a flag overrides a file
        StudyDefinition m = d.toBuilder().budgetMultiplier(50).build();
        assertThat(m.fixedBudget()).isNull();
        assertThat(m.budget(30)).isEqualTo(1500);
        assertThatThrownBy(() -> StudyDefinition.builder().budget(0))
                .hasMessage("budget: must be a whole number of evaluations per run in [1, 1000000000000], was 0");
        Path f = dir.resolve("b.yaml");
        Files.writeString(f, "problems: zdt1\nalgorithms: nsga2\nbudget: 2500\n");
        assertThat(StudyFile.builder(f).build().budget(30)).isEqualTo(2500);
        Files.writeString(f, "problems: zdt1\nalgorithms: nsga2\nbudget: 2500.5\n");
        assertThatThrownBy(() -> StudyFile.builder(f)).hasMessage("study file " + f + ": budget: must be a whole number, was '2500.5'");
        Files.writeString(f, "problems: zdt1\nalgorithms: nsga2\nbudget: 2500\nbudget-multiplier: 10\n");
        assertThatThrownBy(() -> StudyFile.builder(f)).hasMessage("study file " + f + ": give budget or budget-multiplier, not both");
    }

    /** The one seed grammar (studies and dmo): counts, ranges and lists of both, sorted and distinct. */
    @Test
    void theSeedGrammarTakesCountsRangesAndListsOfBoth() {
        assertThat(StudyDefinition.parseSeeds("3")).containsExactly(1L, 2L, 3L);
        assertThat(StudyDefinition.parseSeeds("11-13")).containsExactly(11L, 12L, 13L);
        assertThat(StudyDefinition.parseSeeds(" 7, 1-2 ,2")).containsExactly(1L, 2L, 7L);
        assertThatThrownBy(() -> StudyDefinition.parseSeeds("0")).hasMessageStartingWith("seeds: a count must be in [1, ");
        assertThatThrownBy(() -> StudyDefinition.parseSeeds("5-3")).hasMessageStartingWith("seeds: range 5-3");
        assertThatThrownBy(() -> StudyDefinition.parseSeeds("x")).hasMessageContaining("was 'x'");
    }
}
