package io.github.l2e4j.mo;

import io.github.l2e4j.TestThetas;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoSearchTest {

    private static final int D = 5;
    private static final Bounds BOX = Bounds.cube(-2, 3, D);

    /** f1 = |x|^2, f2 = |x - 1|^2: the Pareto set is the segment t (1, ..., 1), t in [0, 1]. */
    private static double[] twoSpheres(double[] x) {
        double a = 0;
        double b = 0;
        for (double v : x) {
            a += v * v;
            b += (v - 1) * (v - 1);
        }
        return new double[] {a, b};
    }

    private static void run(MoSearch s, int generations, Function<double[], double[]> f) {
        for (int g = 0; g < generations; g++) {
            double[][] xs = s.ask();
            double[][] fs = new double[xs.length][];
            for (int i = 0; i < xs.length; i++) {
                fs[i] = f.apply(xs[i]);
            }
            s.tell(fs);
        }
    }

    /**
     * The Pareto set of {@link #twoSpheres} is a diagonal, not aligned with the axes, which is the
     * hard case for the coordinate-wise variation: after 10^4 evaluations the archive's median
     * distance from it is about 0.055 (MOEA Framework's NSGA-II: about 0.10, MOEA/D: about 0.045).
     */
    @Test
    void convergesTowardTheParetoSetAndSpreadsAlongIt() {
        MoSearch s = MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.defaults(), 1L);
        assertThat(s.populationSize()).isEqualTo(100);
        run(s, 100, MoSearchTest::twoSpheres);
        assertThat(s.evaluations()).isEqualTo(10_000);
        List<NondominatedArchive.Member> archive = s.archive();
        assertThat(archive.size()).isBetween(90, 100);
        double tMin = 1;
        double tMax = 0;
        double[] distances = new double[archive.size()];
        for (int i = 0; i < archive.size(); i++) {
            double[] x = archive.get(i).x();
            double t = 0;
            for (double v : x) {
                t += v / D;
            }
            double off = 0;
            for (double v : x) {
                off += (v - t) * (v - t);
            }
            distances[i] = Math.sqrt(off);
            tMin = Math.min(tMin, t);
            tMax = Math.max(tMax, t);
        }
        java.util.Arrays.sort(distances);
        assertThat(distances[distances.length / 2]).isLessThan(0.1);
        assertThat(distances[distances.length - 1]).isLessThan(0.3);
        assertThat(tMin).isLessThan(0.1);
        assertThat(tMax).isGreaterThan(0.9);
    }

    @Test
    void theSameSeedGivesTheSameRunAndTheHostGeneratorIsReadOnce() {
        long seed = new SplittableRandom(77).nextLong();
        MoSearch a = MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.defaults(), seed);
        MoSearch b = MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.defaults(), new SplittableRandom(77));
        run(a, 15, MoSearchTest::twoSpheres);
        run(b, 15, MoSearchTest::twoSpheres);
        assertThat(b.ask()).isDeepEqualTo(a.ask());
        assertThat(b.archive()).hasSameSizeAs(a.archive());
        for (int i = 0; i < a.archive().size(); i++) {
            assertThat(b.archive().get(i).id()).isEqualTo(a.archive().get(i).id());
            assertThat(b.archive().get(i).f()).containsExactly(a.archive().get(i).f());
        }
        MoSearch c = MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.defaults(), seed + 1);
        run(c, 15, MoSearchTest::twoSpheres);
        assertThat(c.ask()).isNotEqualTo(a.ask());
    }

    @Test
    void askIsStableUntilTellAndEveryPointIsInTheBox() {
        MoSearch s = MoSearch.create(LearnedOperator.theta0(), BOX, 3, MoSettings.defaults(), 2L);
        assertThat(s.populationSize()).isEqualTo(91);
        run(s, 3, x -> new double[] {x[0], x[1], x[2] + x[3]});
        double[][] first = s.ask();
        assertThat(s.ask()).isDeepEqualTo(first);
        double[] row = new double[D];
        s.ask(5, row);
        assertThat(row).containsExactly(first[5]);
        for (double[] x : first) {
            assertThat(BOX.contains(x)).isTrue();
        }
        assertThat(s.pendingId(0)).isEqualTo(3L * 91);
    }

    @Test
    void badShapesNameTheRowAndLeaveTheStateUnchanged() {
        MoSearch s = MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.defaults(), 3L);
        double[][] before = s.ask();
        assertThatThrownBy(() -> s.tell(new double[3][2]))
                .hasMessage("values must have 100 rows (the population size of the last ask()), had 3");
        double[][] wrong = new double[100][2];
        wrong[7] = new double[3];
        assertThatThrownBy(() -> s.tell(wrong)).hasMessage("values[7] must have 2 objectives, had 3");
        assertThatThrownBy(() -> MoSearch.create(LearnedOperator.theta0(), BOX, 1, MoSettings.defaults(), 3L))
                .hasMessage("objectives must be >= 2 for a multi-objective search, was 1 (use L2eSearch for one objective)");
        assertThat(s.ask()).isDeepEqualTo(before);
        assertThat(s.evaluations()).isZero();
    }

    @Test
    void nanAndInfiniteValuesRankWorstAndNeverEnterTheArchive() {
        MoSearch s = MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.defaults(), 4L);
        run(s, 40, x -> x[0] > 1 ? new double[] {Double.NaN, 0}
                : x[1] > 2 ? new double[] {Double.POSITIVE_INFINITY, 1} : twoSpheres(x));
        assertThat(s.archive()).isNotEmpty();
        for (NondominatedArchive.Member m : s.archive()) {
            assertThat(m.x()[0]).isLessThanOrEqualTo(1);
            assertThat(m.x()[1]).isLessThanOrEqualTo(2);
            assertThat(Dominance.valid(m.f())).isTrue();
        }
        MoSearch all = MoSearch.create(LearnedOperator.theta0(), BOX, 2, MoSettings.defaults(), 5L);
        run(all, 5, x -> new double[] {Double.NaN, Double.NaN});
        assertThat(all.archive()).isEmpty();
        assertThat(all.diagnostics().valid()).isZero();
    }

    @Test
    void givenWeightVectorsSetThePopulation() {
        double[][] w = {{1, 0}, {0.5, 0.5}, {0, 1}, {0.2, 0.8}};
        MoSettings settings = MoSettings.builder().weights(w).neighbourhoodSize(3).archiveSize(10).build();
        MoSearch s = MoSearch.create(LearnedOperator.theta0(), BOX, 2, settings, 6L);
        assertThat(s.populationSize()).isEqualTo(4);
        assertThat(s.neighbourhoodSize()).isEqualTo(3);
        run(s, 30, MoSearchTest::twoSpheres);
        assertThat(s.archive().size()).isBetween(1, 10);
        assertThatThrownBy(() -> MoSearch.create(LearnedOperator.theta0(), BOX, 3, settings, 6L))
                .hasMessage("weight vectors have 2 components but the problem has 3 objectives");
    }

    @Test
    void anyThetaRunsAndStaysInTheBox() {
        for (long seed = 1; seed <= 3; seed++) {
            MoSearch s = MoSearch.create(TestThetas.random(seed, 100), BOX, 2, MoSettings.defaults(), seed);
            run(s, 10, MoSearchTest::twoSpheres);
            for (double[] x : s.ask()) {
                assertThat(BOX.contains(x)).isTrue();
            }
            assertThat(s.archive()).isNotEmpty();
        }
    }

    @Test
    void settingsRefuseBadValues() {
        assertThatThrownBy(() -> MoSettings.builder().populationSize(-4))
                .hasMessage("populationSize must be >= 2, was -4");
        assertThatThrownBy(() -> MoSettings.builder().delta(Double.NaN))
                .hasMessage("delta must be in [0, 1], was NaN");
        assertThatThrownBy(() -> MoSettings.builder().weights(new double[][] {{1, 0}, {0, -1}}))
                .hasMessage("weights[1][1] must be finite and >= 0, was -1.0");
        assertThatThrownBy(() -> MoSettings.builder().mutationRate(2))
                .hasMessage("mutationRate must be in [0, 1] (or < 0 for 1/D), was 2.0");
    }
}
