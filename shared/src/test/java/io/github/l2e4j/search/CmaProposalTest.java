package io.github.l2e4j.search;

import io.github.l2e4j.problem.Bounds;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The proposal's local models: exact where the docs say they are, whatever the samples' symmetry. */
class CmaProposalTest {

    private static final int D = 4;

    /** A random positive definite quadratic f(x) = 1/2 (x - o)^T A (x - o) + 3, condition about 100. */
    private static double[] quadratic(SplittableRandom r, double[] a) {
        double[] o = new double[D];
        double[] q = new double[D * D];
        for (int i = 0; i < D * D; i++) {
            q[i] = r.nextGaussian();
        }
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                double s = i == j ? Math.pow(100, i / (D - 1.0)) : 0;
                for (int k = 0; k < D; k++) {
                    s += 0.1 * q[i * D + k] * q[j * D + k];
                }
                a[i * D + j] = s;
            }
            o[i] = r.nextDouble() * 2 - 1;
        }
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (a[i * D + j] + a[j * D + i]);
                a[i * D + j] = s;
                a[j * D + i] = s;
            }
        }
        return o;
    }

    private static double value(double[] a, double[] o, double[] x, int row) {
        double s = 0;
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                s += 0.5 * (x[row * D + i] - o[i]) * a[i * D + j] * (x[row * D + j] - o[j]);
            }
        }
        return s + 3;
    }

    /** Fills the archive with independent (not mirrored) samples of the quadratic. */
    private static CmaProposal filled(double[] a, double[] o, double[] mean) {
        return filled(D, mean, 8, 6, (x, row) -> value(a, o, x, row));
    }

    /** A proposal at {@code mean} whose archive holds {@code generations} populations of {@code rows} samples of f. */
    private static CmaProposal filled(int d, double[] mean, int rows, int generations, ToDoubleBiFunction<double[], Integer> f) {
        double[] shape = new double[d];
        Arrays.fill(shape, 1.0);
        CmaProposal p = new CmaProposal(d, Bounds.cube(-5, 5, d), false, shape, new SplittableRandom(7));
        p.start(mean, 0.5, rows);
        double[] x = new double[rows * d];
        double[] v = new double[rows];
        for (int g = 0; g < generations; g++) {
            p.populate(x, 0, 0, null, true);
            for (int i = 0; i < rows; i++) {
                v[i] = f.applyAsDouble(x, i);
            }
            p.archive(x, v, 0);
        }
        return p;
    }

    @Test
    void theFullModelsNewtonStepLandsOnTheMinimumOfAnyQuadratic() {
        SplittableRandom r = new SplittableRandom(2026);
        for (int trial = 0; trial < 5; trial++) {
            double[] a = new double[D * D];
            double[] o = quadratic(r, a);
            // c within the trust radius of the minimum: sqrt(D) sigma = 1 here, |o - c| about 0.38
            double[] c = {o[0] + 0.2, o[1] - 0.1, o[2] + 0.25, o[3] - 0.15};
            double[] mean = {c[0] + 0.5, c[1] + 0.2, c[2] - 0.3, c[3] + 0.1};
            CmaProposal p = filled(a, o, mean);
            double[] step = new double[D];
            double decrease = p.modelNewton(c, step);
            assertThat(decrease).isPositive();
            for (int i = 0; i < D; i++) {
                assertThat(c[i] + step[i]).as("trial %d, coordinate %d", trial, i).isCloseTo(o[i], within(1e-6));
            }
        }
    }

    @Test
    void theFullModelsNewtonStepIsShortenedToTheSamplesRadius() {
        SplittableRandom r = new SplittableRandom(2026);
        for (int trial = 0; trial < 5; trial++) {
            double[] a = new double[D * D];
            double[] o = quadratic(r, a);
            double[] mean = {2, -1, 0.5, 1};
            CmaProposal p = filled(a, o, mean);
            double[] c = {3.5, -2.2, 2.2, 2.3};
            double[] step = new double[D];
            assertThat(p.modelNewton(c, step)).isPositive();
            // C = I and sigma = 0.5: the step is NEWTON_RADIUS sqrt(D) sigma long and points at the minimum
            double len = 0;
            double dot = 0;
            double far = 0;
            for (int i = 0; i < D; i++) {
                len += step[i] * step[i];
                dot += step[i] * (o[i] - c[i]);
                far += (o[i] - c[i]) * (o[i] - c[i]);
            }
            assertThat(Math.sqrt(far)).isGreaterThan(2 * CmaProposal.NEWTON_RADIUS * Math.sqrt(D) * 0.5);
            assertThat(Math.sqrt(len)).as("trial %d", trial)
                    .isCloseTo(CmaProposal.NEWTON_RADIUS * Math.sqrt(D) * 0.5, within(1e-9));
            assertThat(dot / Math.sqrt(len * far)).as("trial %d: cosine with o - c", trial).isCloseTo(1, within(1e-6));
        }
    }

    @Test
    void theDiagonalModelsNewtonStepLandsOnTheMinimumOfASeparableQuadratic() {
        int d = CmaProposal.FULL_MODEL_MAX_DIMENSION + 2;
        double[] h = new double[d];
        double[] o = new double[d];
        double[] mean = new double[d];
        double[] c = new double[d];
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < d; i++) {
            h[i] = Math.pow(1e3, i / (d - 1.0));
            o[i] = r.nextDouble() * 2 - 1;
            mean[i] = o[i] + r.nextDouble() - 0.5;
            c[i] = mean[i] + 0.1 * (r.nextDouble() - 0.5);
        }
        CmaProposal p = filled(d, mean, 12, 8, (x, row) -> {
            double v = 3;
            for (int i = 0; i < d; i++) {
                double e = x[row * d + i] - o[i];
                v += 0.5 * h[i] * e * e;
            }
            return v;
        });
        double[] step = new double[d];
        assertThat(p.modelNewton(c, step)).isPositive();
        for (int i = 0; i < d; i++) {
            assertThat(c[i] + step[i]).as("coordinate %d", i).isCloseTo(o[i], within(1e-6));
        }
    }

    @Test
    void tooFewPointsGiveNoModel() {
        Bounds box = Bounds.cube(-5, 5, D);
        CmaProposal p = new CmaProposal(D, box, false, new double[]{1, 1, 1, 1}, new SplittableRandom(1));
        p.start(new double[D], 0.5, 8);
        double[] out = new double[D];
        assertThat(p.modelNewton(new double[D], out)).isNaN();
    }
}
