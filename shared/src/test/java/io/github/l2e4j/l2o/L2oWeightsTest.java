package io.github.l2e4j.l2o;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class L2oWeightsTest {

    @Test
    void weightsRoundTripBitForBit(@TempDir Path dir) {
        double[] theta = new double[LearnedStepSizes.parameterCount(5)];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = r.nextGaussian() * Math.pow(10, r.nextInt(-20, 20));
        }
        LearnedStepSizes m = LearnedStepSizes.of(5, theta);
        Path file = dir.resolve("w.json");
        L2oWeights.write(file, m, Map.of("seed", "1"));
        assertThat(L2oWeights.readStepSizes(file)).isEqualTo(m);
        assertThat(L2oWeights.read(file).provenance()).containsEntry("seed", "1");
        ConvergentL2o c = ConvergentL2o.random(3, 4, 2.0);
        L2oWeights.write(file, c, Map.of());
        assertThat(L2oWeights.readConvergent(file)).isEqualTo(c);
    }

    @Test
    void malformedFilesNameTheFileAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        L2oWeights.write(file, ConvergentL2o.random(3, 4, 1.0), Map.of());
        assertThatThrownBy(() -> L2oWeights.readStepSizes(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": kind must be 'step-sizes', was 'convergent'");
        Files.writeString(file, "{\"format\": \"l2e4j-l2o-weights\", \"version\": 2}");
        assertThatThrownBy(() -> L2oWeights.read(file)).hasMessage(file + ": field 'version' must be 1, was 2");
        Files.writeString(file, "{\"format\": \"l2e4j-l2o-weights\", \"version\": 1, \"kind\": \"step-sizes\", "
                + "\"hidden\": 1, \"theta\": [1, 2, \"x\"]}");
        assertThatThrownBy(() -> L2oWeights.read(file)).hasMessage(file + ": theta[2] must be a number, was \"x\"");
        Files.writeString(file, "{\"format\": \"l2e4j-l2o-weights\", \"version\": 1, \"kind\": \"step-sizes\", "
                + "\"hidden\": 1, \"theta\": [1, 2]}");
        assertThatThrownBy(() -> L2oWeights.readStepSizes(file))
                .hasMessage(file + ": theta must have length 5 (4 H + 1 for hidden width H = 1), was 2");
        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> L2oWeights.read(file)).hasMessageStartingWith(file + ": not valid JSON: ");
        assertThatThrownBy(() -> L2oWeights.read(dir.resolve("missing.json")))
                .hasMessageStartingWith("cannot read weights file " + dir.resolve("missing.json"));
    }

    @Test
    void shippedWeightsLoadAndAreTrained() {
        assertThat(L2oWeights.shippedStepSizes().isGradientDescent()).isFalse();
        ConvergentL2o c = L2oWeights.shippedConvergent();
        assertThat(c.rho()).isBetween(0.0, ConvergentL2o.RHO_MAX);
        assertThat(c).isNotEqualTo(ConvergentL2o.untrained(ConvergentL2o.DEFAULT_HIDDEN, 1));
    }
}
