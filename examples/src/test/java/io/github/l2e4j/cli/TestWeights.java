package io.github.l2e4j.cli;

import io.github.l2e4j.io.Weights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;

import java.nio.file.Path;
import java.util.Map;

/** Weights files for the command-line tests. */
final class TestWeights {

    private TestWeights() {
    }

    /** Writes theta0 as a weights file {@code dir/theta0.json}: a run with it equals the default run. */
    static Path theta0File(Path dir) {
        Path file = dir.resolve("theta0.json");
        WeightsFile.write(new Weights(LearnedOperator.theta0(), Map.of()), file);
        return file;
    }
}
