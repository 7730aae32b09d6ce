package io.github.l2e4j.dynamic;

import io.github.l2e4j.problem.Bounds;

import java.util.SplittableRandom;

/**
 * The change-handling step every dynamic algorithm shares: detect a change on sentinel solutions, and
 * on a change record the population's centroid and let the response rewrite the population. The
 * caller then evaluates the rewritten population on the changed problem in its own way (L2E-MOEAD
 * per subproblem, DNSGA-II through its host). Mutable, one per run; not thread safe.
 */
public final class ChangeHandler {

    private final ChangeDetector detector;
    private final ChangeResponse response;
    private final Bounds bounds;
    private final CentroidHistory history;
    private final SplittableRandom detectRandom;
    private final SplittableRandom responseRandom;
    private int detections;

    /**
     * A handler for one run.
     *
     * @param detector       the change detector
     * @param response       the change response
     * @param bounds         the box the response keeps the solutions in
     * @param detectRandom   the generator detection draws its sentinels from
     * @param responseRandom the generator the response draws from
     */
    public ChangeHandler(ChangeDetector detector, ChangeResponse response, Bounds bounds, SplittableRandom detectRandom,
                         SplittableRandom responseRandom) {
        if (detector == null || response == null || bounds == null || detectRandom == null || responseRandom == null) {
            throw new IllegalArgumentException("detector, response, bounds and both generators must not be null");
        }
        this.detector = detector;
        this.response = response;
        this.bounds = bounds;
        this.history = new CentroidHistory(bounds.dimension());
        this.detectRandom = detectRandom;
        this.responseRandom = responseRandom;
    }

    /**
     * Detects a change by re-evaluating sentinels of the population and, on a change, records the
     * centroid of {@code xs} and rewrites {@code xs} in place with the response.
     *
     * @param xs        the population's decision vectors (rewritten on a change)
     * @param fs        their stored objective values
     * @param objective evaluates a sentinel on the problem as it is now
     * @return whether a change was detected (and {@code xs} rewritten)
     */
    public boolean respondIfChanged(double[][] xs, double[][] fs, VectorObjective objective) {
        if (!detector.detect(xs, fs, objective, detectRandom).changed()) {
            return false;
        }
        detections++;
        history.record(xs);
        response.respond(xs, bounds, history, responseRandom);
        return true;
    }

    /** Changes detected so far. */
    public int detections() {
        return detections;
    }

    /** The centroids recorded at the detected changes. */
    public CentroidHistory history() {
        return history;
    }

    /** The response in use. */
    public ChangeResponse response() {
        return response;
    }
}
