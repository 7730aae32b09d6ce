package io.github.l2e4j.jenetics;

import io.github.l2e4j.problem.Bounds;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.util.RandomRegistry;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenotypeVectorsTest {

    @Test
    void flattensAndRestoresAMultiChromosomeGenotype() {
        RandomRegistry.random(new Random(42));
        Genotype<DoubleGene> g = Genotype.of(DoubleChromosome.of(-5, 5, 3), DoubleChromosome.of(0, 1, 2));
        double[] x = GenotypeVectors.values(g);
        assertThat(x).hasSize(5);
        Bounds b = GenotypeVectors.bounds(g);
        assertThat(b.lower()).containsExactly(-5, -5, -5, 0, 0);
        assertThat(b.upper()).containsExactly(5, 5, 5, 1, 1);

        double[] y = {1, 2, 3, 0.25, 7};
        Genotype<DoubleGene> h = GenotypeVectors.withValues(g, y);
        assertThat(h.length()).isEqualTo(2);
        assertThat(h.get(0).length()).isEqualTo(3);
        double[] back = GenotypeVectors.values(h);
        assertThat(back[0]).isEqualTo(1);
        assertThat(back[3]).isEqualTo(0.25);
        assertThat(back[4]).as("clamped into the gene's range").isLessThan(1).isGreaterThan(0.99);
        assertThat(h.get(1).get(0).min()).isEqualTo(0);
        assertThat(h.isValid()).isTrue();
    }

    @Test
    void refusesAVectorOfTheWrongLength() {
        Genotype<DoubleGene> g = Genotype.of(DoubleChromosome.of(-1, 1, 4));
        assertThatThrownBy(() -> GenotypeVectors.withValues(g, new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x must have 4 values (one per gene), had 3");
    }
}
