package io.github.l2e4j.meta;

import io.github.l2e4j.problem.Problem;

/**
 * One inner task of meta-training: a problem, where to start, how wide, and the seeds that make
 * the inner run reproducible. Shared by every candidate of an outer generation (common random
 * numbers).
 *
 * @param problem    the problem (noise-free; noise, if any, is added by the inner run)
 * @param fOpt       its optimal value
 * @param start      the initial point
 * @param sigma0     initial scale relative to the box width
 * @param noise      multiplicative noise level (0 = none): f_opt + (f - f_opt) exp(noise N(0,1))
 * @param innerSeed  seed of the inner search (and of the noise)
 */
public record Task(Problem problem, double fOpt, double[] start, double sigma0, double noise, long innerSeed) {

    /** Copies the start point. */
    public Task {
        start = start.clone();
    }

    @Override
    public double[] start() {
        return start.clone();
    }
}
