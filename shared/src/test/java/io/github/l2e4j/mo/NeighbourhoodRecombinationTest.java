package io.github.l2e4j.mo;

import io.github.l2e4j.TestThetas;
import io.github.l2e4j.Tolerances;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NeighbourhoodRecombinationTest {

    private static final int K = 12;
    private static final int D = 7;

    private static double[] points(SplittableRandom r, Bounds b, int k) {
        double[] x = new double[k * b.dimension()];
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < b.dimension(); c++) {
                x[j * b.dimension() + c] = b.lower(c) + r.nextDouble() * b.width(c);
            }
        }
        return x;
    }

    private static double[] values(SplittableRandom r, int k) {
        double[] v = new double[k];
        for (int j = 0; j < k; j++) {
            v[j] = r.nextDouble();
        }
        return v;
    }

    @Test
    void atTheta0WithoutMutationEveryCoordinateIsAParentsCoordinate() {
        Bounds b = Bounds.cube(-2, 3, D);
        SplittableRandom r = new SplittableRandom(1);
        double[] x = points(r, b, K);
        double[] v = values(r, K);
        NeighbourhoodRecombination op = new NeighbourhoodRecombination(LearnedOperator.theta0(), b, K, 1.0, 0, 0);
        double[] child = new double[D];
        SplittableRandom draws = new SplittableRandom(2);
        for (int t = 0; t < 200; t++) {
            op.offspring(x, v, K, 0, Double.POSITIVE_INFINITY, t, draws, child);
            for (int c = 0; c < D; c++) {
                boolean found = false;
                for (int j = 0; j < K && !found; j++) {
                    found = child[c] == x[j * D + c];
                }
                assertThat(found).as("coordinate %d of child %d is a parent's", c, t).isTrue();
            }
        }
    }

    @Test
    void withoutNoiseOrMutationTheChildIsTheRecombinedPoint() {
        Bounds b = Bounds.cube(0, 1, D);
        SplittableRandom r = new SplittableRandom(3);
        double[] x = points(r, b, K);
        double[] v = values(r, K);
        NeighbourhoodRecombination op = new NeighbourhoodRecombination(TestThetas.random(4, 1), b, K, 0, 0, 0);
        double[] child = new double[D];
        op.offspring(x, v, K, 3, 0.5, 7, new SplittableRandom(5), child);
        double[] mean = op.lastRecombined();
        for (int c = 0; c < D; c++) {
            assertThat(child[c]).isCloseTo(mean[c], within(Tolerances.ROUNDING));
        }
    }

    @Test
    void theChildsMeanIsTheRecombinedPoint() {
        Bounds b = Bounds.cube(-1, 1, D);
        SplittableRandom r = new SplittableRandom(6);
        double[] x = points(r, b, K);
        double[] v = values(r, K);
        NeighbourhoodRecombination op = new NeighbourhoodRecombination(TestThetas.random(7, 1), b, K, 1.0, 0, 0);
        double[] child = new double[D];
        double[] sum = new double[D];
        int draws = 20_000;
        SplittableRandom g = new SplittableRandom(8);
        for (int t = 0; t < draws; t++) {
            op.offspring(x, v, K, 0, 0.5, 0, g, child);
            for (int c = 0; c < D; c++) {
                sum[c] += child[c];
            }
        }
        double[] mean = op.lastRecombined();
        for (int c = 0; c < D; c++) {
            // Each coordinate lies in [-1, 1], so the standard error is below 1 / sqrt(draws); 5 of them.
            assertThat(sum[c] / draws).isCloseTo(mean[c], within(5 / Math.sqrt(draws)));
        }
    }

    @Property(tries = 60, seed = "20261125")
    void childrenStayInTheBoxForAnyTheta(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                         @ForAll @IntRange(min = 1, max = 20) int k,
                                         @ForAll @IntRange(min = 1, max = 12) int d,
                                         @ForAll boolean huge) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] lo = new double[d];
        double[] hi = new double[d];
        for (int c = 0; c < d; c++) {
            lo[c] = r.nextDouble(-10, 0);
            hi[c] = lo[c] + r.nextDouble(1e-3, 10);
        }
        Bounds b = Bounds.of(lo, hi);
        double[] x = points(r, b, k);
        double[] v = values(r, k);
        if (k > 2) {
            v[1] = Double.NaN;
            v[2] = Double.NEGATIVE_INFINITY;
        }
        NeighbourhoodRecombination op = new NeighbourhoodRecombination(TestThetas.random(seed, huge ? 100 : 1), b, k,
                10, 1, 1);
        double[] child = new double[d];
        for (int t = 0; t < 20; t++) {
            op.offspring(x, v, k, r.nextInt(k), r.nextDouble(), t, r, child);
            for (int c = 0; c < d; c++) {
                assertThat(child[c]).isBetween(lo[c], hi[c]);
            }
        }
    }

    @Test
    void theSameDrawsGiveTheSameChild() {
        Bounds b = Bounds.cube(0, 1, D);
        SplittableRandom r = new SplittableRandom(9);
        double[] x = points(r, b, K);
        double[] v = values(r, K);
        NeighbourhoodRecombination op = new NeighbourhoodRecombination(LearnedOperator.theta0(), b, K, 1, 0.5, 0.3);
        double[] a = new double[D];
        double[] c = new double[D];
        op.offspring(x, v, K, 0, 1, 3, new SplittableRandom(10), a);
        op.offspring(x, v, K, 0, 1, 3, new SplittableRandom(10), c);
        assertThat(c).containsExactly(a);
    }

    @Test
    void badArgumentsNameTheParameter() {
        Bounds b = Bounds.cube(0, 1, 2);
        LearnedOperator t0 = LearnedOperator.theta0();
        assertThatThrownBy(() -> new NeighbourhoodRecombination(t0, b, 4, Double.NaN, 0, 0))
                .hasMessage("noiseScale must be in [0, 10], was NaN");
        assertThatThrownBy(() -> new NeighbourhoodRecombination(t0, b, 4, 1, 1.5, 0))
                .hasMessage("mutationRate must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> new NeighbourhoodRecombination(t0, b, 0, 1, 0, 0))
                .hasMessage("capacity must be >= 1, was 0");
        NeighbourhoodRecombination op = new NeighbourhoodRecombination(t0, b, 4, 1, 0, 0);
        double[] child = new double[2];
        assertThatThrownBy(() -> op.offspring(new double[10], new double[5], 5, 0, 0, 0, new SplittableRandom(1), child))
                .hasMessage("k must be in [1, 4], was 5");
        assertThatThrownBy(() -> op.offspring(new double[8], new double[4], 4, 4, 0, 0, new SplittableRandom(1), child))
                .hasMessage("anchorRow must be in [0, 4), was 4");
    }
}
