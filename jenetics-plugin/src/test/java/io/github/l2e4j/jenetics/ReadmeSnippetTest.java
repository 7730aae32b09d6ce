package io.github.l2e4j.jenetics;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.engine.Codec;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.Limits;
import io.jenetics.engine.Problem;
import io.jenetics.util.RandomRegistry;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The README snippet of docs/hosts-jenetics.md, verbatim between the markers, compiles and works. */
class ReadmeSnippetTest {

    @Test
    void theReadmeSnippetMinimizesBbobF8() {
        io.github.l2e4j.problem.Problem f8 = Bbob.problem(8, 1, 10);
        RandomRegistry.random(new Random(1));
        try {
            // ---- README snippet begins
            Problem<double[], DoubleGene, Double> problem = Problem.of(
                    x -> f8.objective().value(x),
                    Codec.of(Genotype.of(DoubleChromosome.of(-5, 5, 10)), GenotypeVectors::values));
            Engine<DoubleGene, Double> engine = L2eEngine.builder(problem, Optimize.MINIMUM) // was Engine.builder(problem)
                    .executor(Runnable::run)          // optional: one thread, so a seed repeats the run
                    .build();
            Phenotype<DoubleGene, Double> best = engine.stream()
                    .limit(Limits.byFixedGeneration(1_000))
                    .collect(EvolutionResult.toBestPhenotype());
            // ---- README snippet ends
            assertThat(best.fitness() - f8.optimalValue().orElseThrow()).isLessThan(1e-6);
        } finally {
            RandomRegistry.reset();
        }
    }
}
