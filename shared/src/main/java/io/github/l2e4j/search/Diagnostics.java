package io.github.l2e4j.search;

/**
 * What one generation of an {@link L2eSearch} did. All values refer to the generation just told.
 *
 * @param generation     generation index (0-based, over the whole run)
 * @param evaluations    evaluations told so far
 * @param restarts       restarts so far (the epoch index)
 * @param populationSize rows in this generation
 * @param gammaPrime     the memory share kappa of the next samples' steps (0 at theta0; the contraction factor of G1)
 * @param alpha          KM relaxation alpha for the next composite candidate
 * @param gate           gate g between gradient step (0) and learned proposal (1)
 * @param stepMultiplier the learned step-size multiplier s (sigma is multiplied by s^c_sigma)
 * @param eta            gradient step length multiplier after the line search
 * @param kmResidual     {@code ||eta d||}: the length of the next quasi-Newton step from the centre
 * @param spread         the samples' largest drawn step {@code sigma max_j ||y_j||} (before projection onto the box)
 * @param sigma          the proposal's step size sigma for the next population
 * @param envelope       the envelope's bound on {@code sigma sqrt(lambda_max C)} for the next population (infinite early in a run)
 * @param accepted       how the centre moved
 * @param centreValue    f at the centre after this generation
 * @param bestValue      best value seen so far
 * @param metricUpdates  secant pairs used by the BFGS metric in this run (0 when the full model gives the direction)
 */
public record Diagnostics(long generation, long evaluations, int restarts, int populationSize,
                          double gammaPrime, double alpha, double gate, double stepMultiplier, double eta,
                          double kmResidual, double spread, double sigma, double envelope, Accepted accepted,
                          double centreValue, double bestValue, int metricUpdates) {

    /** How the centre moved in a generation. */
    public enum Accepted {
        /** First generation of an epoch: the centre is the start point. */
        START,
        /** The composite candidate z passed the safeguard. */
        LEARNED,
        /** The gradient trial passed the Armijo test. */
        GRADIENT,
        /** The generation's best point passed the slack test ({@code f <= f(c) + eps_k}) and became the centre. */
        SAMPLE,
        /** The centre was invalid and moved to the best valid point. */
        RESCUE,
        /** Nothing passed, or the generation had no KM row; the centre stayed. */
        NONE
    }
}
