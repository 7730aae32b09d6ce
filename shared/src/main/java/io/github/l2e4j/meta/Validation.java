package io.github.l2e4j.meta;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.internal.Parallel;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.L2eOptimizer;
import io.github.l2e4j.search.Result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Validation: BBOB f1-f24, instances 1-5 (never drawn as training tasks), D = 10 and 20 (and the
 * task distribution's largest D when it is above 20, see {@link #dimensions(int)}), a fixed budget
 * per dimension. With {@code select = best-validation} these instances choose the written
 * weights, so they are no clean test for them; the held-out table uses instances 11-15. The score
 * is the ECDF area: the fraction of (run, target) pairs reached over COCO's 51 targets
 * {@code f_opt + 10^(2 - 0.2 j)}, j = 0..50 (higher is better).
 */
public final class Validation {

    /** Number of COCO targets. */
    public static final int TARGETS = 51;
    /** Validation dimensions of a task distribution reaching D = 20 at most. */
    public static final int[] DIMENSIONS = {10, 20};
    /** Validation instances. */
    public static final int INSTANCES = 5;

    private Validation() {
    }

    /** COCO's 51 targets above f_opt: 10^2 ... 10^-8. */
    public static double[] targets(double fOpt) {
        double[] t = new double[TARGETS];
        for (int j = 0; j < TARGETS; j++) {
            t[j] = fOpt + Math.pow(10, 2 - 0.2 * j);
        }
        return t;
    }

    /** How many of the 51 targets a run reached. */
    public static int targetsReached(Result r) {
        int hit = 0;
        for (long h : r.targetHits()) {
            if (h >= 0) {
                hit++;
            }
        }
        return hit;
    }

    /** Fraction of the 51 targets a run reached. */
    public static double fractionReached(Result r) {
        return targetsReached(r) / (double) TARGETS;
    }

    private static double run(LearnedOperator operator, int budgetPerDimension, int[] r) {
        Problem p = Bbob.problem(r[0], r[1], r[2]).withoutGradient();
        double fOpt = p.optimalValue().orElseThrow();
        Result res = L2eOptimizer.builder().operator(operator)
                .settings(InnerRun.searchSettings().build())
                .budget((long) budgetPerDimension * r[2])
                .targets(targets(fOpt))
                .stopValue(fOpt + 1e-8)
                .build().minimize(p, r[1]);
        return fractionReached(res);
    }

    /**
     * The validation dimensions for a task distribution whose largest dimension is maxDimension:
     * {@link #DIMENSIONS}, and maxDimension itself when it is above 20 (weights trained up to D = 40
     * are selected on D = 40 too).
     */
    public static int[] dimensions(int maxDimension) {
        if (maxDimension <= DIMENSIONS[DIMENSIONS.length - 1]) {
            return DIMENSIONS.clone();
        }
        int[] dims = Arrays.copyOf(DIMENSIONS, DIMENSIONS.length + 1);
        dims[DIMENSIONS.length] = maxDimension;
        return dims;
    }

    /** The validation ECDF area of an operator at {@link #DIMENSIONS}, on a pool (null = this thread). */
    public static double score(LearnedOperator operator, int budgetPerDimension, ForkJoinPool pool) {
        return score(operator, budgetPerDimension, DIMENSIONS, pool);
    }

    /** The validation ECDF area of an operator at the given dimensions, on a pool (null = this thread). */
    public static double score(LearnedOperator operator, int budgetPerDimension, int[] dimensions,
                               ForkJoinPool pool) {
        List<int[]> runs = new ArrayList<>();
        for (int d : dimensions) {
            for (int f = 1; f <= Bbob.FUNCTIONS; f++) {
                for (int i = 1; i <= INSTANCES; i++) {
                    runs.add(new int[]{f, i, d});
                }
            }
        }
        double[] area = new double[runs.size()];
        Parallel.forEach(pool, runs.size(), k -> area[k] = run(operator, budgetPerDimension, runs.get(k)),
                "validation");
        double sum = 0;
        for (double a : area) {
            sum += a;
        }
        return sum / area.length;
    }
}
