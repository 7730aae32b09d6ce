package io.github.l2e4j.population;

import io.github.l2e4j.TestThetas;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.OperatorOutput;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Permuting the population's rows changes nothing the operator decides. */
class PermutationInvarianceTest {

    /** Everything the operator decides for a population: heads and the recombined point. */
    private static double[] decide(LearnedOperator op, double[] x, double[] f, int n, int d) {
        int[] order = new int[n];
        double[] ranks = new double[n];
        double[] features = new double[n * TokenFeatures.COUNT];
        double[] anchor = new double[d];
        Ranking.sort(f, x, n, d, order);
        TokenFeatures.compute(f, x, n, d, order, ranks, anchor, 0.7, 0.5, 12, features);
        OperatorOutput out = new OperatorOutput(n);
        op.forward(features, n, out);
        double[] result = new double[d + 4 + n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < d; k++) {
                result[k] += out.weight(j) * x[order[j] * d + k];
            }
            result[d + 4 + j] = out.mutation(j);
        }
        result[d] = out.gamma();
        result[d + 1] = out.alpha();
        result[d + 2] = out.gate();
        result[d + 3] = out.step();
        return result;
    }

    @Property(tries = 80, seed = "20261125")
    void permutingRowsChangesNothing(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                     @ForAll @IntRange(min = 2, max = 30) int n,
                                     @ForAll @IntRange(min = 1, max = 12) int d,
                                     @ForAll boolean withTiesAndInvalid,
                                     @ForAll boolean huge) {
        SplittableRandom r = new SplittableRandom(seed);
        LearnedOperator op = TestThetas.random(seed, huge ? 100 : 1);
        double[] x = new double[n * d];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i * d + k] = r.nextGaussian();
            }
            f[i] = r.nextGaussian();
            if (withTiesAndInvalid && i % 3 == 0) {
                f[i] = i % 2 == 0 ? Double.NaN : 0.25;
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double[] xp = new double[n * d];
        double[] fp = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, perm[i] * d, xp, i * d, d);
            fp[i] = f[perm[i]];
        }
        assertThat(decide(op, xp, fp, n, d)).containsExactly(decide(op, x, f, n, d));
    }

    @Property(tries = 40, seed = "20261125")
    void featuresIgnoreAffineChangesOfTheObjective(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                   @ForAll @IntRange(min = 2, max = 30) int n) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = 3;
        double[] x = new double[n * d];
        double[] f = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n * d; i++) {
            x[i] = r.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            f[i] = i + r.nextDouble() * 0.5;
            g[i] = 3 * f[i] + 7;
        }
        double[] a = features(x, f, n, d, 0.5);
        double[] b = features(x, g, n, d, 3 * 0.5 + 7);
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).isCloseTo(a[i], org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    private static double[] features(double[] x, double[] f, int n, int d, double best) {
        int[] order = new int[n];
        double[] out = new double[n * TokenFeatures.COUNT];
        Ranking.sort(f, x, n, d, order);
        TokenFeatures.compute(f, x, n, d, order, new double[n], new double[d], 1.0, best, 3, out);
        return out;
    }
}
