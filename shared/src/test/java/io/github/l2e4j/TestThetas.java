package io.github.l2e4j;

import io.github.l2e4j.operator.HeadRanges;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.ThetaLayout;

import java.util.SplittableRandom;

/** Random weight vectors for the "for every theta" tests. */
public final class TestThetas {

    private TestThetas() {
    }

    /** theta with every entry N(0, scale^2), from a seed. */
    public static LearnedOperator random(long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] t = new double[ThetaLayout.SIZE];
        for (int i = 0; i < t.length; i++) {
            t[i] = scale * r.nextGaussian();
        }
        return LearnedOperator.of(t, HeadRanges.DEFAULT);
    }
}
