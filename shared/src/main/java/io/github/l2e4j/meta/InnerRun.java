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

    /** The search settings every training and validation run starts from: the defaults. */
    static SearchSettings.Builder searchSettings() {
        return SearchSettings.builder();
    }

    /** Runs theta on the task as the configuration says and returns the score (lower is better). */
    public static double score(LearnedOperator operator, Task task, MetaConfig config) {
        int d = task.problem().dimension();
        boolean byBudget = config.innerBudgetPerDimension() > 0;
        SearchSettings.Builder b = searchSettings()
                .sigma0(task.sigma0())
                .initialPoint(task.start());
        long budget;
        if (byBudget) {
            budget = (long) config.innerBudgetPerDimension() * d;
        } else {
            b.pairs(config.innerPairs()).populationGrowth(1);
            budget = (long) config.innerGenerations() * (2L * config.innerPairs() + L2eSearch.EXTRA_ROWS);
        }
        L2eSearch search = L2eSearch.create(operator, task.problem().bounds(), b.budgetHint(budget).build(),
                task.innerSeed());
        Objective f = task.problem().objective();
        SplittableRandom noise = task.noise() > 0 ? Streams.of(task.innerSeed(), "noise") : null;
        double[] targets = Validation.targets(task.fOpt());
        int reached = 0;
        double best = Double.POSITIVE_INFINITY;
        double[] row = new double[d];
        double[] values = new double[search.populationSize()];
        long spent = 0;
        while (spent < budget) {
            int n = search.populationSize();
            if (values.length != n) {
                values = new double[n];
            }
            for (int i = 0; i < n && spent < budget; i++, spent++) {
                search.ask(i, row);
                double v = f.value(row);
                if (Double.isFinite(v) && v < best) {
                    best = v;
                    while (reached < targets.length && best <= targets[reached]) {
                        reached++;
                    }
                }
                values[i] = noise == null ? v
                        : task.fOpt() + (v - task.fOpt()) * Math.exp(task.noise() * noise.nextGaussian());
            }
            if (spent >= budget && n > 0 && spent % n != 0) {
                break;
            }
            search.tell(values);
            if (reached == targets.length) {
                break;
            }
        }
        if (config.scoresTargets()) {
            return -reached / (double) targets.length;
        }
        if (!Double.isFinite(best)) {
            return WORST;
        }
        return Math.log10(Math.max(best - task.fOpt(), 0) + LOG_FLOOR);
    }
}
