package io.github.l2e4j.study;

/**
 * Progress of a running study, reported after every finished run.
 *
 * @param done           runs finished in this invocation
 * @param total          runs to do in this invocation (the grid less the runs already in {@code runs.csv}
 *                       and {@code mo-runs.csv})
 * @param skipped        runs skipped because they were already done
 * @param elapsedSeconds wall-clock seconds since the study started
 * @param etaSeconds     estimated seconds left (elapsed / done &times; runs left)
 * @param last           the run that just finished
 */
public record StudyProgress(int done, int total, int skipped, double elapsedSeconds, double etaSeconds, RunKey last) {
}
