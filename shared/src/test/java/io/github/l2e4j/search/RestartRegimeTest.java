package io.github.l2e4j.search;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Population sizes of the runs between restarts: IPOP and the interleaved small runs (NBIPOP, the default). */
class RestartRegimeTest {

    private record Run(int populationSize, long evaluations, boolean improved) {
    }

    /** The population size of each run (restart epoch) and the evaluations it used. */
    private static List<Run> runs(boolean smallRestarts) {
        return runs(5, smallRestarts);
    }

    private static List<Run> runs(int d, boolean smallRestarts) {
        Problem rastrigin = TestFunctions.rastrigin(d);
        List<Diagnostics> seen = new ArrayList<>();
        SearchSettings settings = SearchSettings.builder().smallRestarts(smallRestarts).build();
        L2eOptimizer.builder().settings(settings).budget(60_000).stopValue(Double.NEGATIVE_INFINITY)
                .listener(seen::add).build().minimize(rastrigin, 3L);
        List<Run> runs = new ArrayList<>();
        long before = 0;
        double bestBefore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < seen.size(); i++) {
            Diagnostics g = seen.get(i);
            boolean last = i + 1 == seen.size() || seen.get(i + 1).restarts() != g.restarts();
            if (last) {
                runs.add(new Run(g.populationSize(), g.evaluations() - before, g.bestValue() < bestBefore));
                before = g.evaluations();
                bestBefore = g.bestValue();
            }
        }
        return runs;
    }

    @Test
    void ipopDoublesThePopulationAtEveryRestart() {
        List<Run> runs = runs(false);
        assertThat(runs).hasSizeGreaterThan(3);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).populationSize()).as("run %d", i).isEqualTo(2 * runs.get(i - 1).populationSize());
        }
    }

    /**
     * NBIPOP (Loshchilov et al. 2012): the first restart is large; then small runs while they have used
     * less than their share: the large runs' evaluations, times 2 when a small run found the best value
     * so far, times 1/2 when a large one did.
     */
    @Test
    void nbipopInterleavesSmallRunsByTheBudgetRuleAfterTheFirstRestartGrew() {
        List<Run> runs = runs(true);
        int base = runs.get(0).populationSize();
        assertThat(base).isEqualTo(SearchSettings.defaults().populationSizeFor(5));
        assertThat(runs).hasSizeGreaterThan(5);
        assertThat(runs.get(1).populationSize()).as("the first restart grows").isEqualTo(2 * base);
        long small = 0;
        long large = runs.get(1).evaluations();
        int largestSoFar = runs.get(1).populationSize();
        // which regime found the best value so far: 1 large, -1 small, 0 the first run
        int bestRegime = runs.get(1).improved() ? 1 : 0;
        boolean sawSmall = false;
        boolean sawGrowth = false;
        boolean sawFavour = false;
        for (int i = 2; i < runs.size(); i++) {
            Run r = runs.get(i);
            double share = bestRegime < 0 ? L2eSearch.REGIME_FAVOUR : bestRegime > 0 ? 1 / L2eSearch.REGIME_FAVOUR : 1;
            sawFavour |= share != 1;
            if (small < share * large) {
                // a small run: between the first size and half the last large one
                assertThat(r.populationSize()).as("run %d is small", i).isBetween(base, Math.max(base, largestSoFar / 2));
                small += r.evaluations();
                sawSmall = true;
                bestRegime = r.improved() ? -1 : bestRegime;
            } else {
                assertThat(r.populationSize()).as("run %d grows", i).isEqualTo(2 * largestSoFar);
                largestSoFar = r.populationSize();
                large += r.evaluations();
                sawGrowth = true;
                bestRegime = r.improved() ? 1 : bestRegime;
            }
        }
        assertThat(sawSmall).isTrue();
        assertThat(sawGrowth).isTrue();
        assertThat(sawFavour).as("a restart found the best value, so the shares were unequal").isTrue();
    }

    /** Above D = {@value L2eSearch#SMALL_RESTARTS_MAX_DIMENSION} the default restarts are IPOP's. */
    @Test
    void aboveTheSmallRestartsDimensionEveryDefaultRestartGrows() {
        List<Run> runs = runs(L2eSearch.SMALL_RESTARTS_MAX_DIMENSION + 1, true);
        assertThat(runs).hasSizeGreaterThan(3);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).populationSize()).as("run %d", i).isEqualTo(2 * runs.get(i - 1).populationSize());
        }
    }

    @Test
    void theDefaultIsNbipop() {
        assertThat(SearchSettings.defaults().smallRestarts()).isTrue();
        assertThat(SearchSettings.builder().smallRestarts(false).build().toBuilder().build().smallRestarts()).isFalse();
    }
}
