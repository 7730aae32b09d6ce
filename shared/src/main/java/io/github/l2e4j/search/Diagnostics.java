package io.github.l2e4j.search;

/**
 * What one generation of an {@link L2eSearch} did. All values refer to the generation just told.
 *
 * @param generation     generation index (0-based, over the whole run)
 * @param evaluations    evaluations told so far
 * @param restarts       restarts so far (the epoch index)
 * @param populationSize rows in this generation
 * @param gammaPrime     relaxed contraction factor {@code 1 - alpha (1 - gamma)} chosen for the next population
 * @param alpha          KM relaxation alpha chosen for the next centre candidate
 * @param gate           gate g between gradient step (0) and learned proposal (1)
 * @param stepMultiplier the learned step-size multiplier s
 * @param eta            gradient step length multiplier after the line search
 * @param kmResidual     {@code ||c - T_grad(c)||}: the length of the next gradient step
 * @param spread         max distance of the samples to the point they were drawn around
 * @param sigma          sampling scale for the next population
 * @param envelope       the envelope bound on sigma for the next population
 * @param accepted       how the centre moved
 * @param centreValue    f at the centre after this generation
 * @param bestValue      best value seen so far
 * @param metricUpdates  secant pairs used by the metric in this epoch
 */
public record Diagnostics(long generation, long evaluations, int restarts, int populationSize,
                          double gammaPrime, double alpha, double gate, double stepMultiplier, double eta,
                          double kmResidual, double spread, double sigma, double envelope, Accepted accepted,
                          double centreValue, double bestValue, int metricUpdates) {

    /** How the centre moved in a generation. */
    public enum Accepted {
        /** First generation of an epoch: the centre is the start point. */
        START,
        /** The composite (learned) candidate passed the safeguard. */
        LEARNED,
        /** A gradient trial passed the Armijo test. */
        GRADIENT,
        /** The proposal's best sample passed the safeguard and became the centre. */
        SAMPLE,
        /** The centre was invalid and moved to the best valid point. */
        RESCUE,
        /** Nothing passed; the centre stayed. */
        NONE
    }
}
