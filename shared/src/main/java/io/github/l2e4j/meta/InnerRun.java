package io.github.l2e4j.meta;

import io.github.l2e4j.internal.Streams;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.search.L2eSearch;
import io.github.l2e4j.search.SearchSettings;

import java.util.SplittableRandom;

/**
 * One inner run: a fixed number of L2E generations on a task, at a fixed population size
 * (restarts keep the population: with a generation count instead of a budget, IPOP's doubling
 * would make a run's cost explode). Its score is
 * {@code log10(best - f_opt + 1e-10)} over the noise-free values of every evaluated point (lower
 * is better; a run without any valid value scores {@link #WORST}).
 */
public final class InnerRun {

    /** Added inside the log so a solved task scores -10. */
    public static final double LOG_FLOOR = 1e-10;
    /** Score of a run with no valid value. */
    public static final double WORST = 10.0;

    private InnerRun() {
    }

    /** Runs theta on the task for the configured generations and returns the score. */
    public static double score(LearnedOperator operator, Task task, int generations, int pairs) {
        int d = task.problem().dimension();
        SearchSettings settings = SearchSettings.builder()
                .pairs(pairs)
                .sigma0(task.sigma0())
                .initialPoint(task.start())
                .budgetHint((long) generations * (2L * pairs + L2eSearch.EXTRA_ROWS))
                .populationGrowth(1)
                .build();
        L2eSearch search = L2eSearch.create(operator, task.problem().bounds(), settings, task.innerSeed());
        Objective f = task.problem().objective();
        SplittableRandom noise = task.noise() > 0 ? Streams.of(task.innerSeed(), "noise") : null;
        double best = Double.POSITIVE_INFINITY;
        double[] row = new double[d];
        double[] values = new double[search.populationSize()];
        for (int g = 0; g < generations; g++) {
            int n = search.populationSize();
            if (values.length != n) {
                values = new double[n];
            }
            for (int i = 0; i < n; i++) {
                search.ask(i, row);
                double v = f.value(row);
                if (Double.isFinite(v) && v < best) {
                    best = v;
                }
                values[i] = noise == null ? v
                        : task.fOpt() + (v - task.fOpt()) * Math.exp(task.noise() * noise.nextGaussian());
            }
            search.tell(values);
        }
        if (!Double.isFinite(best)) {
            return WORST;
        }
        return Math.log10(Math.max(best - task.fOpt(), 0) + LOG_FLOOR);
    }
}
