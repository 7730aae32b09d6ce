package io.github.l2e4j.dynamic;

/**
 * The scores of one environment of a dynamic run, taken after its last generation (just before the
 * next change, or at the end of the run).
 *
 * @param environment the environment index k (0 is the warm-up)
 * @param time        its time t = k / n_t
 * @param generation  its last generation tau
 * @param evaluations evaluations made by the run up to then
 * @param detections  changes the algorithm had detected up to then
 * @param igd         IGD(PF(t), front)
 * @param hv          HV(front, r(t)) with r(t) the largest value of PF(t) per objective plus
 *                    {@link DynamicRun#HV_REFERENCE_OFFSET}
 * @param front       the scored front: the non-dominated objective vectors, at time t, of the
 *                    algorithm's approximation (owned by the record; do not modify)
 */
public record EnvironmentResult(int environment, double time, long generation, long evaluations, int detections,
                                double igd, double hv, double[][] front) {
}
