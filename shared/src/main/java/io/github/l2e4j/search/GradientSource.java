package io.github.l2e4j.search;

import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.km.FullMetric;
import io.github.l2e4j.km.LimitedMemoryMetric;
import io.github.l2e4j.km.Metric;
import io.github.l2e4j.problem.Gradient;

import java.util.Arrays;

/**
 * The quasi-Newton step's gradient and metric when the problem has an exact gradient: the gradient
 * at the centre and the metric H (an inverse-Hessian estimate, {@link Metric}) learned from
 * consecutive gradients by secant updates. (Without one, the direction is the proposal's model
 * Newton step, {@link CmaProposal#modelNewton}, and no metric is used.) None of this depends on
 * theta. Mutable, owned by one search.
 */
final class GradientSource {

    private final int d;
    private final Gradient exact;
    private final Metric metric;
    private final double[] shape;
    private final double[] grad;
    private final double[] previousGrad;
    private final double[] point;
    private final double[] previousPoint;
    private final double[] s;
    private final double[] y;
    private boolean has;
    private boolean scaled;
    private long exactEvaluations;

    GradientSource(int d, Gradient exact, SearchSettings settings, double[] shape) {
        this.d = d;
        this.exact = exact;
        this.metric = d <= settings.fullMetricMaxDimension()
                ? new FullMetric(d) : new LimitedMemoryMetric(d, LimitedMemoryMetric.DEFAULT_MEMORY);
        this.shape = shape.clone();
        this.grad = new double[d];
        this.previousGrad = new double[d];
        this.point = new double[d];
        this.previousPoint = new double[d];
        this.s = new double[d];
        this.y = new double[d];
    }

    /** The metric H. */
    Metric metric() {
        return metric;
    }

    /** Whether an exact gradient is used. */
    boolean exact() {
        return exact != null;
    }

    /** Exact-gradient evaluations so far. */
    long exactEvaluations() {
        return exactEvaluations;
    }

    /** Whether a gradient is available. */
    boolean has() {
        return has;
    }

    /** Forgets the gradient and resets H to {@code scale diag(shape)} (a new run). */
    void reset(double scale) {
        metric.reset(shape, scale);
        has = false;
        scaled = false;
    }

    /** Resets H to the box's diagonal shape at its current scale; the next gradient rescales it. */
    void resetMetric() {
        metric.reset(shape, metric.scale());
        scaled = false;
    }

    /**
     * The exact gradient at {@code centre} (when it moved), then the secant update.
     *
     * @return false if the gradient was not finite
     */
    boolean exactAt(double[] centre, double firstStepLength) {
        if (has && Arrays.equals(centre, point)) {
            return true;
        }
        exact.gradient(centre.clone(), y);
        exactEvaluations++;
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(y[j])) {
                return false;
            }
        }
        accept(y, centre, firstStepLength);
        return true;
    }

    private void accept(double[] g, double[] at, double firstStepLength) {
        boolean pair = false;
        if (has) {
            System.arraycopy(grad, 0, previousGrad, 0, d);
            System.arraycopy(point, 0, previousPoint, 0, d);
            pair = true;
        }
        System.arraycopy(g, 0, grad, 0, d);
        System.arraycopy(at, 0, point, 0, d);
        if (!scaled) {
            // The first gradient of a run fixes the metric's units: the first full step has the given length.
            metric.apply(grad, s);
            double len = LinAlg.norm(s, d);
            if (len > 0 && Double.isFinite(len)) {
                metric.rescale(firstStepLength / len);
                scaled = true;
            }
        }
        if (pair) {
            double moved = 0;
            for (int j = 0; j < d; j++) {
                s[j] = point[j] - previousPoint[j];
                y[j] = grad[j] - previousGrad[j];
                moved += s[j] * s[j];
            }
            if (moved > 0) {
                metric.update(s, y);
            }
        }
        has = true;
    }

    /** The last exact gradient, taken at the centre. */
    void gradient(double[] out) {
        System.arraycopy(grad, 0, out, 0, d);
    }
}
