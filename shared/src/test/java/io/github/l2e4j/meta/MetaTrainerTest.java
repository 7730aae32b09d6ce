package io.github.l2e4j.meta;

import io.github.l2e4j.io.Weights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetaTrainerTest {

    private static final MetaConfig SMOKE = MetaConfig.preset("smoke");

    /**
     * The training protocol is pinned: the default preset's first outer generation with seed 3 gives
     * exactly this theta. Recomputed when issue 18's second session changed the inner runs (the line
     * search and the covariance rates) and again for its third (NBIPOP's restart schedule: inner runs
     * restart), its fourth (the full model's capped Newton step) and fifth (the rate and damping heads:
     * theta has 440 parameters, so the outer loop's noise differs); the retrain docs/training.md
     * reports ran on the search before those changes. Any other change to the inner runs, the
     * validation or the outer step fails here.
     */
    @Test
    void theDefaultPresetsFirstOuterGenerationIsPinned(@TempDir Path dir) throws Exception {
        Weights w = new MetaTrainer(MetaConfig.preset("default").withMetaGenerations(1), 3, 2, "pin")
                .train(dir.resolve("w.json"), false, null);
        double[] theta = w.operator().theta();
        ByteBuffer bytes = ByteBuffer.allocate(8 * theta.length);
        for (double v : theta) {
            bytes.putLong(Double.doubleToRawLongBits(v));
        }
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        assertThat(hash).isEqualTo("2c309fbde7f3b2a24c399a5fee8ce6dd9c969b2e36158d88097b6c8513edf42d");
    }

    @Test
    void theSameSeedGivesByteIdenticalWeightsWhateverTheThreads(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Weights wa = new MetaTrainer(SMOKE, 7, 1, "test").train(a, false, null);
        Weights wb = new MetaTrainer(SMOKE, 7, 2, "test").train(b, false, null);
        assertThat(wb.operator().theta()).containsExactly(wa.operator().theta());
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(wa.operator()).isNotEqualTo(LearnedOperator.theta0());
        assertThat(WeightsFile.read(a).operator()).isEqualTo(wa.operator());
        assertThat(wa.provenance()).containsEntry("seed", 7L).containsEntry("metaGenerations", SMOKE.metaGenerations())
                .containsKeys("command", "taskDistribution", "validation", "date", "config");
    }

    @Test
    void aResumedRunEndsWithTheSameWeightsAsAnUninterruptedOne(@TempDir Path dir) {
        Path whole = dir.resolve("whole.json");
        Path parts = dir.resolve("parts.json");
        Weights uninterrupted = new MetaTrainer(SMOKE, 3, 2, "test").train(whole, false, null);
        // Stop after 2 outer generations (as a kill after the second checkpoint would), then resume.
        new MetaTrainer(SMOKE.withMetaGenerations(2), 3, 2, "test").train(parts, false, null);
        assertThat(MetaTrainer.checkpointOf(parts)).exists();
        Weights resumed = new MetaTrainer(SMOKE, 3, 1, "test").train(parts, true, null);
        assertThat(resumed.operator().theta()).containsExactly(uninterrupted.operator().theta());
    }

    @Test
    void aCheckpointOfAnotherRunIsRefused(@TempDir Path dir) {
        Path out = dir.resolve("w.json");
        new MetaTrainer(SMOKE.withMetaGenerations(1), 1, 1, "test").train(out, false, null);
        assertThatThrownBy(() -> new MetaTrainer(SMOKE, 2, 1, "test").train(out, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MetaTrainer.checkpointOf(out).toString())
                .hasMessageContaining("field 'seed' is 1, but this run's seed is 2");
        MetaConfig other = MetaConfig.preset("default");
        assertThatThrownBy(() -> new MetaTrainer(other, 1, 1, "test").train(out, true, null))
                .hasMessageContaining("field 'config.pairs' is 4, but this run has 16");
        // The preset's name alone does not matter: the same settings under another name resume.
        java.util.Map<String, Object> renamed = new java.util.LinkedHashMap<>(SMOKE.toMap());
        renamed.put("preset", "renamed");
        Weights resumed = new MetaTrainer(MetaConfig.fromMap(renamed), 1, 1, "test").train(out, true, null);
        assertThat(resumed.operator().theta())
                .containsExactly(new MetaTrainer(SMOKE, 1, 1, "test").train(dir.resolve("u.json"), false, null)
                        .operator().theta());
    }

    @Test
    void aTruncatedCheckpointIsRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("w.json");
        new MetaTrainer(SMOKE.withMetaGenerations(1), 1, 1, "test").train(out, false, null);
        Path cp = MetaTrainer.checkpointOf(out);
        String text = Files.readString(cp);
        Files.writeString(cp, text.substring(0, text.length() / 2));
        assertThatThrownBy(() -> new MetaTrainer(SMOKE, 1, 1, "test").train(out, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(cp + ": not a readable checkpoint");
    }

    @Test
    void presetsAreValidatedByName() {
        assertThatThrownBy(() -> MetaConfig.preset("huge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown preset 'huge'; known: smoke, default, default-d20, default-d40, lga");
        assertThat(MetaConfig.fromMap(SMOKE.toMap())).isEqualTo(SMOKE);
        MetaConfig wide = MetaConfig.preset("default-d20");
        assertThat(wide.maxDimension()).isEqualTo(20);
        assertThat(wide.withMetaGenerations(1).metaGenerations()).isEqualTo(1);
        assertThat(MetaConfig.fromMap(wide.toMap())).isEqualTo(wide);
        assertThat(Validation.dimensions(wide.maxDimension())).containsExactly(10, 20);
        MetaConfig widest = MetaConfig.preset("default-d40");
        assertThat(widest.maxDimension()).isEqualTo(40);
        assertThat(Validation.dimensions(widest.maxDimension())).containsExactly(10, 20, 40);
        assertThat(Validation.dimensions(MetaConfig.preset("default").maxDimension())).containsExactly(10, 20);
    }

    @Test
    void bestValidationSelectionWritesTheBestValidatedMean(@TempDir Path dir) {
        MetaConfig c = new MetaConfig("test", "openai-es", 4, 2, 3, 10, 3, 2, 4, 0.05, 1, 0.001, 0.1, 1, 0.01,
                0, 0, 1, 1, 5, 20, "ecdf-mean", "all", "all", "best-validation");
        Path out = dir.resolve("w.json");
        Weights w = new MetaTrainer(c, 5, 2, "test").train(out, false, null);
        TrainingState state = TrainingState.read(MetaTrainer.checkpointOf(out));
        double best = state.validation.stream().mapToDouble(v -> v[1]).max().orElseThrow();
        assertThat(state.bestValidation).isEqualTo(best);
        assertThat(w.operator().theta()).containsExactly(state.best);
        assertThat(String.valueOf(w.provenance().get("selected")))
                .contains("outer generation " + state.bestGeneration);
        // The same run, stopped after 2 generations and resumed, selects the same weights.
        Path parts = dir.resolve("p.json");
        new MetaTrainer(c.withMetaGenerations(2), 5, 1, "test").train(parts, false, null);
        Weights resumed = new MetaTrainer(c, 5, 1, "test").train(parts, true, null);
        assertThat(resumed.operator().theta()).containsExactly(w.operator().theta());
    }

    @Test
    void aStopOffTheValidationScheduleDoesNotChangeWhichWeightsAreSelected(@TempDir Path dir) {
        MetaConfig c = new MetaConfig("test", "openai-es", 4, 2, 3, 10, 3, 2, 4, 0.05, 1, 0.001, 0.1, 1, 0.01,
                0, 0, 2, 1, 5, 20, "ecdf-mean", "all", "all", "best-validation");
        Weights whole = new MetaTrainer(c, 9, 2, "test").train(dir.resolve("w.json"), false, null);
        Path parts = dir.resolve("p.json");
        // Stopping at generation 3 validates there (off the schedule of every 2); that must not select.
        new MetaTrainer(c.withMetaGenerations(3), 9, 2, "test").train(parts, false, null);
        assertThat(TrainingState.read(MetaTrainer.checkpointOf(parts)).bestGeneration).isEqualTo(2);
        Weights resumed = new MetaTrainer(c, 9, 2, "test").train(parts, true, null);
        assertThat(resumed.operator().theta()).containsExactly(whole.operator().theta());
    }

    @Test
    void theFunctionsAllDistributionDrawsEveryBbobFunctionAtTrainingInstances() {
        MetaConfig c = SMOKE.withInner(0, "log-error", "all");
        MetaConfig all = new MetaConfig("t", "openai-es", 1, 1, 1, 1, 1, 2, 3, 0.1, 1, 0, 0.1, 1, 0, 0, 0, 0, 1, 1,
                0, "log-error", "all", "all", "last");
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        TaskDistribution tasks = new TaskDistribution(1, all);
        for (int t = 0; t < 400; t++) {
            Task task = tasks.sample(0, t);
            String name = task.problem().name();
            seen.add(Integer.parseInt(name.substring("bbob_f".length(), "bbob_f".length() + 3)));
        }
        assertThat(seen).hasSize(24);
        assertThat(new TaskDistribution(1, c).describe()).contains(TaskDistribution.LGA_FUNCTIONS.toString());
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(() -> new MetaConfig("t", "openai-es", 1, 1, 1, 1, 1, 2, 3, 0.1, 1, 0, 0.1, 1, 0, 0, 0, 0,
                1, 1, 0, "log-error", "all", "some", "last"))
                .hasMessage("functions must be lga or all, was some");
        assertThatThrownBy(() -> new MetaConfig("t", "openai-es", 1, 1, 1, 1, 1, 2, 3, 0.1, 1, 0, 0.1, 1, 0, 0, 0, 0,
                1, 1, 0, "log-error", "all", "all", "best-validation"))
                .hasMessage("select best-validation needs validateEvery > 0");
        assertThatThrownBy(() -> new MetaConfig("t", "openai-es", 1, 1, 1, 1, 1, 2, 3, 0.1, 1, 0, 0.1, 1, 0, 0, 0, 0,
                1, 1, 0, "area", "all", "all", "last"))
                .hasMessage("objective must be log-error, ecdf or ecdf-mean, was area");
    }
}
