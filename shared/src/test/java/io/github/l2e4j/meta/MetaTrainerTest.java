package io.github.l2e4j.meta;

import io.github.l2e4j.io.Weights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetaTrainerTest {

    private static final MetaConfig SMOKE = MetaConfig.preset("smoke");

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
                .hasMessageContaining("field 'config.preset'");
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
                .hasMessage("unknown preset 'huge'; known: smoke, default");
        assertThat(MetaConfig.fromMap(SMOKE.toMap())).isEqualTo(SMOKE);
    }
}
