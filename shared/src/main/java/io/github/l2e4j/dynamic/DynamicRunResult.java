package io.github.l2e4j.dynamic;

import io.github.l2e4j.metrics.DynamicMetrics;

import java.util.List;

/**
 * One dynamic run: the per-environment scores and their means.
 *
 * @param algorithm    the algorithm's name
 * @param problem      the problem's name
 * @param schedule     the time schedule
 * @param seed         the run seed
 * @param environments the scores of environments 0..c in order (c changes)
 * @param evaluations  evaluations made by the run
 * @param detections   changes the algorithm detected
 * @param seconds      wall-clock time of the run
 */
public record DynamicRunResult(String algorithm, String problem, TimeSchedule schedule, long seed,
                               List<EnvironmentResult> environments, long evaluations, int detections,
                               double seconds) {

    /** Copies the list. */
    public DynamicRunResult {
        environments = List.copyOf(environments);
    }

    /** MIGD: the mean IGD over the environments. */
    public double migd() {
        return DynamicMetrics.mean(environments.stream().mapToDouble(EnvironmentResult::igd).toArray());
    }

    /** MHV: the mean HV over the environments. */
    public double mhv() {
        return DynamicMetrics.mean(environments.stream().mapToDouble(EnvironmentResult::hv).toArray());
    }
}
