package io.github.l2e4j.mo;

import io.github.l2e4j.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WeightVectorsTest {

    @ParameterizedTest
    @CsvSource({"2, 1, 2", "2, 99, 100", "3, 12, 91", "3, 13, 105", "5, 4, 70", "10, 3, 220"})
    void latticeHasBinomialSizeAndEveryVectorIsOnTheGrid(int m, int h, int size) {
        double[][] w = WeightVectors.simplexLattice(m, h);
        assertThat(WeightVectors.latticeSize(m, h)).isEqualTo(size);
        assertThat(w).hasNumberOfRows(size);
        Set<List<Long>> distinct = new HashSet<>();
        for (double[] v : w) {
            assertThat(v).hasSize(m);
            double sum = 0;
            Long[] grid = new Long[m];
            for (int k = 0; k < m; k++) {
                assertThat(v[k]).isBetween(0.0, 1.0);
                double steps = v[k] * h;
                assertThat(steps).isCloseTo(Math.rint(steps), within(Tolerances.ROUNDING));
                grid[k] = Math.round(steps);
                sum += v[k];
            }
            assertThat(sum).isCloseTo(1.0, within(Tolerances.ROUNDING));
            distinct.add(List.of(grid));
        }
        assertThat(distinct).hasSize(size);
        assertThat(w[0][0]).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"2, 100, 99", "3, 100, 12", "3, 105, 13", "3, 3, 1", "2, 2, 1"})
    void populationRuleTakesTheLargestLatticeThatFits(int m, int n, int h) {
        assertThat(WeightVectors.divisionsFor(m, n)).isEqualTo(h);
        assertThat(WeightVectors.latticeSize(m, h)).isLessThanOrEqualTo(n);
        assertThat(WeightVectors.latticeSize(m, h + 1)).isGreaterThan(n);
    }

    @Test
    void refusesTooFewObjectivesOrTooSmallAPopulation() {
        assertThatThrownBy(() -> WeightVectors.simplexLattice(1, 5))
                .hasMessage("objectives must be >= 2 for decomposition, was 1");
        assertThatThrownBy(() -> WeightVectors.divisionsFor(3, 2))
                .hasMessage("populationSize must be >= the number of objectives (3) for a simplex lattice, was 2");
        assertThatThrownBy(() -> WeightVectors.simplexLattice(2, 0)).hasMessage("divisions must be >= 1, was 0");
    }

    @Test
    void parsesScalesAndSkipsComments() throws IOException {
        double[][] w = WeightVectors.parse(new StringReader("# weights\n1 3\n\n2,2\n0 5\n"), "test");
        assertThat(w).hasNumberOfRows(3);
        assertThat(w[0]).containsExactly(0.25, 0.75);
        assertThat(w[1]).containsExactly(0.5, 0.5);
        assertThat(w[2]).containsExactly(0.0, 1.0);
        double[][] lattice = WeightVectors.simplexLattice(3, 4);
        double[][] back = WeightVectors.parse(new StringReader(WeightVectors.format(lattice)), "formatted");
        assertThat(back).isDeepEqualTo(lattice);
    }

    @Test
    void malformedFilesNameTheSourceAndLine() {
        assertThatThrownBy(() -> WeightVectors.parse(new StringReader("1 0\n0.5 x\n"), "w.txt"))
                .hasMessage("w.txt line 2: component 2 must be a number, was 'x'");
        assertThatThrownBy(() -> WeightVectors.parse(new StringReader("1 0\n0.5 0.2 0.3\n"), "w.txt"))
                .hasMessage("w.txt line 2: expected 2 components like the first vector, had 3");
        assertThatThrownBy(() -> WeightVectors.parse(new StringReader("1 -1\n"), "w.txt"))
                .hasMessage("w.txt line 1: component 2 must be finite and >= 0, was -1");
        assertThatThrownBy(() -> WeightVectors.parse(new StringReader("0 0\n"), "w.txt"))
                .hasMessage("w.txt line 1: components must not all be 0");
        assertThatThrownBy(() -> WeightVectors.parse(new StringReader("# nothing\n"), "w.txt"))
                .hasMessage("w.txt holds no weight vectors");
        assertThatThrownBy(() -> WeightVectors.parse(new StringReader("1\n"), "w.txt"))
                .hasMessage("w.txt line 1: a weight vector needs >= 2 components (one per objective), had 1");
    }

    @Test
    void readsAFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "1 1\n");
        assertThat(WeightVectors.read(f)[0]).containsExactly(0.5, 0.5);
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> WeightVectors.read(missing))
                .hasMessage("weight-vector file " + missing + " does not exist or is not a file");
    }
}
