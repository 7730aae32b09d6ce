package io.github.l2e4j.jenetics;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.RunSpec;
import io.jenetics.util.RandomRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** The study SPI: jenetics-ga, jenetics-es and jenetics-l2e, found by name. */
class JeneticsAlgorithmsTest {

    private static final List<String> NAMES = List.of("jenetics-ga", "jenetics-es", "jenetics-l2e");

    @Test
    void areFoundByNameNextToSharedAlgorithms() {
        assertThat(Algorithms.names()).containsAll(NAMES).contains("l2e", "cmaes");
        for (String name : NAMES) {
            Algorithm a = Algorithms.byName(name.toUpperCase(java.util.Locale.ROOT));
            assertThat(a.name()).isEqualTo(name);
            assertThat(a.description()).isNotBlank();
        }
    }

    @Test
    void spendTheBudgetExactlyAndRepeatBitForBit() {
        Problem p = TestFunctions.rastrigin(5);
        for (String name : NAMES) {
            Algorithm a = Algorithms.byName(name);
            Result r1 = a.minimize(p, RunSpec.of(1_234, Double.NEGATIVE_INFINITY, 7));
            Result r2 = a.minimize(p, RunSpec.of(1_234, Double.NEGATIVE_INFINITY, 7));
            // Another seed, compared early (two seeds may end in the same local minimum of Rastrigin).
            Result early = a.minimize(p, RunSpec.of(200, Double.NEGATIVE_INFINITY, 7));
            Result r3 = a.minimize(p, RunSpec.of(200, Double.NEGATIVE_INFINITY, 8));
            assertThat(r1.evaluations()).as(name).isEqualTo(1_234);
            assertThat(r1.stopReason()).as(name).isEqualTo("budget");
            assertThat(r2.bestValue()).as(name).isEqualTo(r1.bestValue());
            assertThat(r2.bestPoint()).as(name).containsExactly(r1.bestPoint());
            assertThat(r2.generations()).as(name).isEqualTo(r1.generations());
            assertThat(r3.bestValue()).as(name + " with another seed").isNotEqualTo(early.bestValue());
            assertThat(p.objective().value(r1.bestPoint())).as(name).isEqualTo(r1.bestValue());
            assertThat(p.bounds().contains(r1.bestPoint())).as(name).isTrue();
        }
    }

    @Test
    void concurrentRunsGiveTheSameResultsAsSequentialOnes() throws Exception {
        Problem p = TestFunctions.ellipsoid(6, 1e3);
        Algorithm ga = Algorithms.byName("jenetics-ga");
        Algorithm l2e = Algorithms.byName("jenetics-l2e");
        RunSpec spec = RunSpec.of(3_000, Double.NEGATIVE_INFINITY, 5);
        double gaAlone = ga.minimize(p, spec).bestValue();
        double l2eAlone = l2e.minimize(p, spec).bestValue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Result> a = pool.submit(() -> ga.minimize(p, spec));
            Future<Result> b = pool.submit(() -> l2e.minimize(p, spec));
            assertThat(a.get().bestValue()).isEqualTo(gaAlone);
            assertThat(b.get().bestValue()).isEqualTo(l2eAlone);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void stopAtTheStopValueAndRecordTargets() {
        Problem sphere = TestFunctions.sphere(4);
        Result r = Algorithms.byName("jenetics-l2e")
                .minimize(sphere, new RunSpec(20_000, 1e-8, new double[] {1, 1e-4, 1e-8}, 3));
        assertThat(r.stopReason()).isEqualTo("target");
        assertThat(r.bestValue()).isLessThanOrEqualTo(1e-8);
        assertThat(r.evaluations()).isLessThan(20_000);
        long[] hits = r.targetHits();
        assertThat(hits[0]).isPositive().isLessThanOrEqualTo(hits[1]);
        assertThat(hits[1]).isLessThanOrEqualTo(hits[2]);
        assertThat(hits[2]).isEqualTo(r.evaluations());
    }

    @Test
    void aBoxWithDifferentRangesBecomesOneChromosomePerCoordinate() {
        Bounds b = Bounds.of(new double[] {-1, 0, 10}, new double[] {1, 2, 20});
        Problem p = Problem.builder("shifted", b)
                .objective(x -> Math.pow(x[0] - 0.5, 2) + Math.pow(x[1] - 1.5, 2) + Math.pow(x[2] - 12, 2))
                .build();
        assertThat(JeneticsAlgorithm.genotype(b).length()).isEqualTo(3);
        assertThat(JeneticsAlgorithm.genotype(Bounds.cube(-5, 5, 3)).length()).isEqualTo(1);
        Result r = Algorithms.byName("jenetics-l2e").minimize(p, RunSpec.of(3_000, 1e-10, 1));
        assertThat(r.bestValue()).isLessThanOrEqualTo(1e-10);
        assertThat(b.contains(r.bestPoint())).isTrue();
    }

    @Test
    void leaveJeneticsRandomRegistryAtItsDefaultAfterARun() {
        RandomRegistry.random(new Random(99));
        Algorithms.byName("jenetics-ga").minimize(TestFunctions.sphere(2), RunSpec.of(200, 0, 1));
        RandomGenerator after = RandomRegistry.random();
        assertThat(after).as("the run's dispatcher is gone, the registry is reset").isNotInstanceOf(Random.class);
        assertThat(after.getClass().getName()).doesNotContain("ScopedRandom");
        RandomRegistry.reset();
    }
}
