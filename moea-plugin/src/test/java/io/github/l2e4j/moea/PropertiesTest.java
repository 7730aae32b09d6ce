package io.github.l2e4j.moea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.OperatorFactory;
import org.moeaframework.problem.DTLZ.DTLZ2;
import org.moeaframework.problem.single.Sphere;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad properties fail when the algorithm or operator is created, naming the property, the value and what is allowed. */
class PropertiesTest {

    private static void assertRootMessage(String algorithm, TypedProperties p, org.moeaframework.problem.Problem problem,
                                          String message) {
        assertThatThrownBy(() -> AlgorithmFactory.getInstance().getAlgorithm(algorithm, p, problem))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void negativeOrTooSmallPopulationSizes() {
        try (DTLZ2 dtlz2 = new DTLZ2(2); Sphere sphere = new Sphere(4)) {
            assertRootMessage("L2E-MOEAD", TypedProperties.of("populationSize", -5), dtlz2,
                    "L2E-MOEAD: property populationSize must be >= 2, was -5");
            assertRootMessage("L2E", TypedProperties.of("populationSize", -3), sphere,
                    "L2E: property populationSize must be >= 5 (the centre candidate, 2 gradient trials and at least"
                            + " 2 samples), was -3");
            assertRootMessage("L2E", TypedProperties.of("populationSize", 4), sphere,
                    "L2E: property populationSize must be >= 5 (the centre candidate, 2 gradient trials and at least"
                            + " 2 samples), was 4");
            assertRootMessage("L2E-MOEAD", TypedProperties.of("populationSize", "many"), dtlz2,
                    "L2E-MOEAD: property populationSize must be >= 2, was 'many'");
        }
    }

    @Test
    void anEvenPopulationSizeRunsWithOneUnpairedSample() {
        TypedProperties properties = TypedProperties.of("populationSize", 10);
        properties.setLong("seed", 3);
        try (Sphere sphere = new Sphere(4)) {
            org.moeaframework.algorithm.Algorithm a = AlgorithmFactory.getInstance().getAlgorithm("L2E",
                    properties, sphere);
            a.run(400);
            assertThat(a.getNumberOfEvaluations()).isEqualTo(400);
            assertThat(a.getResult().get(0).getObjectiveValue(0)).isLessThan(1e-8);
        }
    }

    @Test
    void unknownWeightsAndWeightVectorFiles(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        try (DTLZ2 dtlz2 = new DTLZ2(2); Sphere sphere = new Sphere(4)) {
            assertRootMessage("L2E-MOEAD", TypedProperties.of("weights", missing.toString()), dtlz2,
                    "L2E-MOEAD: property weights must be an existing file or class-path resource (no such file), was '"
                            + missing + "'");
            assertRootMessage("L2E", TypedProperties.of("weights", "classpath:/nope.json"), sphere,
                    "L2E: property weights must be an existing file or class-path resource (no such resource), "
                            + "was 'classpath:/nope.json'");
            assertRootMessage("L2E-MOEAD", TypedProperties.of("weightVectors", missing.toString()), dtlz2,
                    "L2E-MOEAD: property weightVectors must be an existing file or class-path resource (no such file), was '"
                            + missing + "'");
        }
    }

    @Test
    void malformedFilesNameTheirLine(@TempDir Path dir) throws IOException {
        Path vectors = dir.resolve("w.txt");
        Files.writeString(vectors, "1 0\n0.5 oops\n");
        Path threeD = dir.resolve("w3.txt");
        Files.writeString(threeD, "1 0 0\n0 1 0\n0 0 1\n");
        Path weights = dir.resolve("theta.json");
        Files.writeString(weights, "{\"format\": \"something else\"}");
        try (DTLZ2 dtlz2 = new DTLZ2(2)) {
            assertRootMessage("L2E-MOEAD", TypedProperties.of("weightVectors", vectors.toString()), dtlz2,
                    "L2E-MOEAD: property weightVectors: " + vectors + " line 2: component 2 must be a number, was 'oops'");
            assertRootMessage("L2E-MOEAD", TypedProperties.of("weightVectors", threeD.toString()), dtlz2,
                    "weight vectors have 3 components but the problem has 2 objectives");
            assertThatThrownBy(() -> AlgorithmFactory.getInstance().getAlgorithm("L2E-MOEAD",
                    TypedProperties.of("weights", weights.toString()), dtlz2))
                    .rootCause()
                    .hasMessageContaining(weights.toString());
        }
    }

    @Test
    void otherRanges() {
        try (DTLZ2 dtlz2 = new DTLZ2(2)) {
            assertRootMessage("L2E-MOEAD", TypedProperties.of("neighborhoodSize", 1), dtlz2,
                    "L2E-MOEAD: property neighborhoodSize must be >= 2, was 1");
            assertRootMessage("L2E-MOEAD", TypedProperties.of("delta", 1.5), dtlz2,
                    "L2E-MOEAD: property delta must be in [0, 1], was 1.5");
            assertRootMessage("L2E-MOEAD", TypedProperties.of("delta", "NaN"), dtlz2,
                    "L2E-MOEAD: property delta must be in [0, 1], was NaN");
            assertRootMessage("L2E-MOEAD", TypedProperties.of("scalarization", "chebyshev"), dtlz2,
                    "L2E-MOEAD: property scalarization must be one of standard inverse, was 'chebyshev'");
            assertRootMessage("L2E-MOEAD", TypedProperties.of("normalize", "yes"), dtlz2,
                    "L2E-MOEAD: property normalize must be true or false, was 'yes'");
            // OperatorFactory does not wrap the provider's exception.
            assertThatThrownBy(() -> OperatorFactory.getInstance().getVariation("l2e",
                    TypedProperties.of("l2e.parents", 1), dtlz2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("operator l2e: property l2e.parents must be >= 2, was 1");
        }
    }

    @Test
    void defaultsAreDocumentedValues() {
        try (DTLZ2 dtlz2 = new DTLZ2(3)) {
            L2eMoead a = (L2eMoead) AlgorithmFactory.getInstance().getAlgorithm("L2E-MOEAD", new TypedProperties(), dtlz2);
            assertThat(a.getSettings().populationSize()).isEqualTo(100);
            assertThat(a.getSettings().neighbourhoodSize()).isEqualTo(20);
            assertThat(a.getSettings().weightsFor(3)).hasNumberOfRows(91);
        }
    }
}
