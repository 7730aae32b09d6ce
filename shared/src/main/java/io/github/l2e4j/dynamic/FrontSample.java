package io.github.l2e4j.dynamic;

/**
 * Points of a dynamic problem's true Pareto front PF(t) and, row by row, Pareto-optimal decision
 * vectors PS(t) that map to them: {@code problem.evaluate(solutions[i], t)} equals
 * {@code objectives[i]} up to rounding.
 *
 * <p>The arrays are owned by the sample (a sampler builds them fresh); treat them as read-only.
 *
 * @param time       the time t the sample is for
 * @param objectives P &ge; 1 objective vectors on PF(t), mutually non-dominated
 * @param solutions  P decision vectors on PS(t), one per objective vector
 */
public record FrontSample(double time, double[][] objectives, double[][] solutions) {

    /** Validates the shapes. */
    public FrontSample {
        if (objectives == null || objectives.length == 0) {
            throw new IllegalArgumentException("a front sample needs at least one objective vector");
        }
        if (solutions == null || solutions.length != objectives.length) {
            throw new IllegalArgumentException("a front sample needs one decision vector per objective vector ("
                    + objectives.length + "), had " + (solutions == null ? "null" : solutions.length));
        }
        int m = objectives[0].length;
        for (int i = 0; i < objectives.length; i++) {
            if (objectives[i] == null || objectives[i].length != m) {
                throw new IllegalArgumentException("objectives[" + i + "] must have " + m + " components");
            }
        }
    }

    /** Number of points P. */
    public int size() {
        return objectives.length;
    }

    /** Number of objectives M. */
    public int objectiveCount() {
        return objectives[0].length;
    }

    /** The largest value of objective k over the sample (the nadir of PF(t) in objective k). */
    public double max(int k) {
        double v = Double.NEGATIVE_INFINITY;
        for (double[] f : objectives) {
            v = Math.max(v, f[k]);
        }
        return v;
    }

    /** The smallest value of objective k over the sample. */
    public double min(int k) {
        double v = Double.POSITIVE_INFINITY;
        for (double[] f : objectives) {
            v = Math.min(v, f[k]);
        }
        return v;
    }
}
