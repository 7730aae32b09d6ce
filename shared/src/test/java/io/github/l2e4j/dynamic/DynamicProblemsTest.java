package io.github.l2e4j.dynamic;

import io.github.l2e4j.mo.Dominance;
import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

class DynamicProblemsTest {

    /** Relative tolerance of "the objectives reproduce the sampled front". */
    private static final double REPRODUCE = 1e-9;
    /** Random feasible points per (problem, time) that must not dominate the sampled front. */
    private static final int RANDOM_POINTS = 300;
    /** Times at which the fronts are checked: the warm-up, steps of both settings, and far out. */
    private static final double[] TIMES = {0, 0.1, 0.2, 0.5, 0.8, 1.0, 1.3, 1.8, 2.2, 3.0};

    static List<String> names() {
        return DynamicProblems.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void paretoSetSamplesReproduceTheFrontThroughTheObjectives(String name) {
        DynamicProblem p = DynamicProblems.of(name);
        for (double t : TIMES) {
            FrontSample pf = p.paretoFront(t);
            assertThat(pf.size()).as("%s t=%s", name, t).isGreaterThanOrEqualTo(30);
            assertThat(pf.objectiveCount()).isEqualTo(p.objectives());
            // DF10 raises cos(pi x/2) to H in [0.25, 4.25]: at x = 1 the rounded cosine (6e-17) to a power
            // H < 1 is up to 1e-4 instead of 0.
            double slack = name.equals("DF10") ? Math.pow(1e-15, 2.25 + 2 * Math.cos(0.5 * Math.PI * t)) : 0;
            for (int i = 0; i < pf.size(); i++) {
                double[] x = pf.solutions()[i];
                if (!p.bounds().contains(x)) {
                    fail("%s t=%s: PS point %d %s is outside the box", name, t, i, Arrays.toString(x));
                }
                double[] f = p.evaluate(x, t);
                for (int k = 0; k < f.length; k++) {
                    double expected = pf.objectives()[i][k];
                    if (!(Math.abs(f[k] - expected) <= REPRODUCE * (1 + Math.abs(expected)) + slack)) {
                        fail("%s t=%s point %d objective %d: the objectives give %s, the front sample %s", name, t, i, k,
                                f[k], expected);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void noRandomFeasiblePointDominatesTheSampledFront(String name) {
        DynamicProblem p = DynamicProblems.of(name);
        Bounds b = p.bounds();
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (double t : TIMES) {
            FrontSample pf = p.paretoFront(t);
            for (int s = 0; s < RANDOM_POINTS; s++) {
                double[] x = new double[p.dimension()];
                for (int c = 0; c < x.length; c++) {
                    x[c] = b.lower(c) + r.nextDouble() * b.width(c);
                }
                double[] f = p.evaluate(x, t);
                for (double[] front : pf.objectives()) {
                    if (strictlyBetterEverywhere(f, front)) {
                        fail("%s t=%s: random point %s beats front point %s", name, t, Arrays.toString(f),
                                Arrays.toString(front));
                    }
                }
            }
        }
    }

    /** a is below b in every objective by more than rounding: a dominates b beyond doubt. */
    private static boolean strictlyBetterEverywhere(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (!(a[k] < b[k] - REPRODUCE * (1 + Math.abs(b[k])))) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @MethodSource("names")
    void sampledFrontsAreMutuallyNondominated(String name) {
        DynamicProblem p = DynamicProblems.of(name);
        for (double t : new double[] {0, 0.3, 1.0, 2.2}) {
            double[][] f = p.paretoFront(t).objectives();
            for (int i = 0; i < f.length; i += 7) {
                for (int j = 0; j < f.length; j++) {
                    if (Dominance.dominates(f[j], f[i])) {
                        fail("%s t=%s: sample point %d dominates sample point %d", name, t, j, i);
                    }
                }
            }
        }
    }

    /** Values at fixed (x, tau) from an independent transcription of the official cec2018_DF.m. */
    @Test
    void dfProblemsMatchGoldenValuesOfTheMatlabReference() {
        double[][] golden = {
            // DF, tau, taut, nt, f...
            {1, 1, 10, 10, 0.1, 3.0741763399712028}, {1, 61, 10, 10, 0.1, 1.4455193462212756},
            {1, 95, 10, 5, 0.1, 4.01401027013569},
            {2, 1, 10, 10, 0.1, 2.558243786420608}, {2, 61, 10, 10, 0.24000000000000002, 0.9094531349236332},
            {2, 95, 10, 5, 0.7300000000000001, 2.89077204229698},
            {3, 1, 10, 10, 0.1, 4.543464986127726}, {3, 61, 10, 10, 0.1, 3.646389988067656},
            {3, 95, 10, 5, 0.1, 7.485434243729401},
            {4, 1, 10, 10, 12.272673108007078, 41.42027173952388}, {4, 61, 10, 10, 20.678479114068697, 73.90779877711819},
            {4, 95, 10, 5, 83.99077835606334, 189.4761222125762},
            {5, 1, 10, 10, 0.22660000000000002, 2.0394}, {5, 61, 10, 10, 0.42773582645070946, 3.3730591186008225},
            {5, 95, 10, 5, 1.3065999999999998, 11.759399999999998},
            {6, 1, 10, 10, 74.48369520974688, 104.44743576976694}, {6, 61, 10, 10, 12.528585190255434, 75.8557536083856},
            {6, 95, 10, 5, 0.6921587291596855, 110.3453968685468},
            {7, 1, 10, 10, 3.070827735028299, 5.189698872197826}, {7, 61, 10, 10, 3.6773466173692744, 4.315774849551441},
            {7, 95, 10, 5, 2.025384615384615, 0.8557250000000001},
            {8, 1, 10, 10, 0.40992325092536314, 2.0877006436580547}, {8, 61, 10, 10, 0.5650978265623194, 2.9557153168533286},
            {8, 95, 10, 5, 0.9329272466463239, 4.751310907378343},
            {9, 1, 10, 10, 5.457711504149226, 15.103056010978005}, {9, 61, 10, 10, 2.0977890986246046, 9.323705682479298},
            {9, 95, 10, 5, 0.8135477477610267, 4.322184426999803},
            {10, 1, 10, 10, 0.0008307673659224396, 0.007271602817841202, 1.7951287654913535},
            {10, 61, 10, 10, 0.0009158733144622681, 0.007625815547379612, 1.6582421281012396},
            {10, 95, 10, 5, 0.029155564474173876, 0.09194055687789969, 1.6986601146534834},
            {11, 1, 10, 10, 0.48300705425821683, 0.8047036962769227, 2.941501301501507},
            {11, 61, 10, 10, 0.9265933377203576, 1.1484733111458802, 2.9277699558973396},
            {11, 95, 10, 5, 2.0258393546418945, 1.7937398344536648, 2.5522336247840345},
            {12, 1, 10, 10, 1.7437893452093403, 0.4770467825059203, 0.28633764480963864},
            {12, 61, 10, 10, 1.7559826601343353, 0.4803824960019516, 0.2883398391042862},
            {12, 95, 10, 5, 2.818084885562678, 0.770940785467898, 0.4627415525977921},
            {13, 1, 10, 10, 1.785606923713325, 1.7029511031140094, 0.5347295777903074},
            {13, 61, 10, 10, 2.6755425078911945, 2.5516915311721986, 0.4737403919301929},
            {13, 95, 10, 5, 10.058086552804776, 9.59249729761073, 0.5997132869099723},
            {14, 1, 10, 10, 0.9152000000000001, 0.7567427058263386, 0.15271070582633867},
            {14, 61, 10, 10, 1.80982197672614, 0.9358399340769696, 0.1888525330644742},
            {14, 95, 10, 5, 9.769648655280477, 1.2579265330508016, 0.25384962056568655},
        };
        for (double[] row : golden) {
            DfProblem p = DfProblem.of((int) row[0]);
            Bounds b = p.bounds();
            double[] x = new double[p.dimension()];
            for (int i = 0; i < x.length; i++) {
                x[i] = b.lower(i) + b.width(i) * (0.1 + 0.07 * i);
            }
            double t = TimeSchedule.of((int) row[3], (int) row[2]).time((long) row[1]);
            double[] f = p.evaluate(x, t);
            for (int k = 0; k < f.length; k++) {
                assertThat(f[k]).as("DF%d tau %d objective %d", (int) row[0], (int) row[1], k)
                        .isCloseTo(row[4 + k], within(1e-12 * (1 + Math.abs(row[4 + k]))));
            }
        }
    }

    @Test
    void namesResolveCaseInsensitivelyWithOptionalDimension() {
        assertThat(DynamicProblems.names()).hasSize(19).startsWith("DF1").endsWith("FDA5");
        assertThat(DynamicProblems.of("df2").name()).isEqualTo("DF2");
        assertThat(DynamicProblems.of("DF2").dimension()).isEqualTo(10);
        assertThat(DynamicProblems.of("DF1:n20").dimension()).isEqualTo(20);
        assertThat(DynamicProblems.of("FDA4").dimension()).isEqualTo(12);
        assertThat(DynamicProblems.of("fda2").dimension()).isEqualTo(13);
        assertThat(DynamicProblems.of("DF10").objectives()).isEqualTo(3);
        assertThat(DynamicProblems.of("FDA3").objectives()).isEqualTo(2);
    }

    @Test
    void badNamesAndInputsFailNamingWhatWasWrong() {
        assertThatThrownBy(() -> DynamicProblems.of("DF15")).hasMessageContaining("unknown dynamic problem 'DF15'")
                .hasMessageContaining("DF1, DF2");
        assertThatThrownBy(() -> DynamicProblems.of("DF1:x3")).hasMessageContaining("suffix must be :n<D>");
        assertThatThrownBy(() -> DynamicProblems.of("FDA2:n10")).hasMessageContaining("dimension of FDA2 must be 13");
        assertThatThrownBy(() -> DynamicProblems.of("DF10:n3")).hasMessageContaining("dimension of DF10 must be >= 4, was 3");
        DynamicProblem p = DynamicProblems.of("DF1");
        assertThatThrownBy(() -> p.evaluate(new double[3], 0)).hasMessageContaining("DF1: x must have 10 values, had 3");
        assertThatThrownBy(() -> p.evaluate(new double[10], 0, new double[3]))
                .hasMessageContaining("DF1: f must have 2 values, had 3");
    }

    @Test
    void frontsMoveWithTimeWhereTheDefinitionsSaySo() {
        // DF1's front shape depends on H: f2(0.5) = 1 - 0.5^H changes with t.
        assertThat(frontValueNear(DynamicProblems.of("DF1"), 0, 0.5)).isNotEqualTo(frontValueNear(DynamicProblems.of("DF1"), 0.5, 0.5));
        // FDA1's front is fixed (type I): f2 = 1 - sqrt(f1) at every t.
        assertThat(frontValueNear(DynamicProblems.of("FDA1"), 0.7, 0.25)).isCloseTo(0.5, within(1e-3));
        // FDA5's front is the sphere of radius 1 + G.
        double[] f = DynamicProblems.of("FDA5").paretoFront(1.0).objectives()[0];
        assertThat(Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2])).isCloseTo(2.0, within(1e-12));
    }

    /** f2 of the sampled two-objective front point whose f1 is nearest to f1. */
    private static double frontValueNear(DynamicProblem p, double t, double f1) {
        double[][] pf = p.paretoFront(t).objectives();
        double[] best = pf[0];
        for (double[] f : pf) {
            if (Math.abs(f[0] - f1) < Math.abs(best[0] - f1)) {
                best = f;
            }
        }
        return best[1];
    }
}
