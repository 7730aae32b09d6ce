package io.github.l2e4j.l2o;

import io.github.l2e4j.gradient.FirstOrderOracle;
import io.github.l2e4j.gradient.SmoothProblem;
import io.github.l2e4j.internal.Checks;
import io.github.l2e4j.internal.LinAlg;
import io.github.l2e4j.problem.Bounds;

import java.util.Arrays;

/**
 * Runs a {@link GradientMethod} on a first-order oracle: the one loop every gradient method of
 * l2e4j uses, so they all count evaluations, handle L and fail the same way.
 *
 * <p><b>Step constant.</b> With a known Lipschitz constant L every step uses it as given. Without
 * one, L is estimated by backtracking (Beck &amp; Teboulle 2009; Nesterov 2013): the estimate starts
 * at the secant value {@code ||g(x_0 - delta u) - g(x_0)|| / delta}, {@code u = g_0/||g_0||}, and
 * is doubled until the candidate p of the query point q passes the descent-lemma test
 * <pre>
 *   f(p) &lt;= f(q) + g(q)^T (p - q) + (L/2) ||p - q||^2 + slack,  slack = 1e-12 |f(q)|.
 * </pre>
 * It never decreases, and on an L-smooth f it stays below 2L, so every proof that uses the
 * descent lemma along the steps taken holds with the estimate in place of L. A candidate whose
 * value or gradient is NaN or infinite fails like a failed test (the step is halved); if that
 * happens with a given L, the given L was wrong and the run switches to backtracking.
 *
 * <p><b>Box.</b> With bounds, every candidate and query point is clamped into the box, so the
 * oracle is only called inside it. Without bounds the run is unconstrained, as in the papers.
 *
 * <p><b>Evaluations.</b> One oracle call (f and grad f at one point) is one evaluation. Plain
 * gradient steps with a known L cost one evaluation per iteration; backtracking costs one more
 * per doubling; Nesterov with backtracking costs two per iteration (the candidate and the
 * extrapolated point).
 *
 * <p>Immutable configuration; {@link #run} is thread safe if the oracle is.
 */
public final class GradientRun {

    /** Relative slack of the descent-lemma test (rounding of f). */
    public static final double DESCENT_TEST_SLACK = 1e-12;
    /** Relative length of the secant probe for the initial estimate of L. */
    public static final double SECANT_PROBE = 1e-6;
    /** Backtracking gives up (stop reason {@code step-underflow}) when L exceeds this. */
    public static final double MAX_LIPSCHITZ = 1e300;
    private static final int INITIAL_RECORD_CAPACITY = 1024;

    private final int iterations;
    private final long budget;
    private final double lipschitz;
    private final Bounds bounds;
    private final double gradientTolerance;
    private final double stopValue;
    private final IterationListener listener;
    private final EvaluationListener evaluationListener;

    private GradientRun(Builder b) {
        this.iterations = b.iterations;
        this.budget = b.budget;
        this.lipschitz = b.lipschitz;
        this.bounds = b.bounds;
        this.gradientTolerance = b.gradientTolerance;
        this.stopValue = b.stopValue;
        this.listener = b.listener;
        this.evaluationListener = b.evaluationListener;
    }

    /** A builder: 100 iterations, no evaluation limit, backtracking L, unconstrained, no stop tests. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs {@code iterations} steps of a method on a smooth problem from its start point, with its
     * Lipschitz constant when known (backtracking otherwise), unconstrained.
     */
    public static Trajectory run(GradientMethod method, SmoothProblem problem, int iterations) {
        Builder b = builder().iterations(iterations);
        problem.lipschitzConstant().ifPresent(b::lipschitz);
        return b.build().run(method, problem.oracle(), problem.start());
    }

    /** Called after every accepted iteration k = 0 ... K with the query point, f and the gradient (not to be kept or modified). */
    @FunctionalInterface
    public interface IterationListener {
        /** Iteration k's accepted query point. */
        void iteration(int k, double[] q, double f, double[] g);
    }

    /** Called after every oracle call (including rejected candidates), e.g. to count and record. */
    @FunctionalInterface
    public interface EvaluationListener {
        /** One evaluation at x (not to be kept or modified) with value f. */
        void evaluated(double[] x, double f);
    }

    /**
     * Runs the method from x_0.
     *
     * @param x0 the start (finite; not modified; clamped into the box if there is one)
     * @throws IllegalArgumentException if x_0 has a non-finite entry
     */
    public Trajectory run(GradientMethod method, FirstOrderOracle oracle, double[] x0) {
        int d = x0.length;
        Checks.finiteVector("x0", x0, d);
        if (bounds != null && bounds.dimension() != d) {
            throw new IllegalArgumentException("x0 must have the bounds' dimension " + bounds.dimension()
                    + ", was " + d);
        }
        State s = new State(d);
        double[] q = x0.clone();
        project(q);
        double[] g = new double[d];
        double f = s.evaluate(oracle, q, g);
        if (!finite(f, g)) {
            s.record(0, q, f, g);
            return s.finish(q, "non-finite");
        }
        boolean known = !Double.isNaN(lipschitz);
        double l = known ? lipschitz : secant(oracle, q, g, s);
        if (Double.isNaN(l)) {
            s.record(0, q, f, g);
            return s.finish(q, s.evaluations >= budget ? "budget" : "stationary");
        }
        GradientMethod.Stepper stepper = method.stepper(d);
        stepper.start(q, f, g, l);
        s.record(0, q, f, g);
        double[] cand = new double[d];
        double[] gc = new double[d];
        double[] next = new double[d];
        double[] gn = new double[d];
        for (int k = 0; k < iterations; k++) {
            if (f <= stopValue) {
                return s.finish(stepper.iterate(), "target");
            }
            if (s.norms[k] <= gradientTolerance) {
                return s.finish(stepper.iterate(), "stationary");
            }
            boolean evaluateCandidate = stepper.queriesCandidate() || !known;
            double fc = Double.NaN;
            while (true) {
                stepper.propose(q, f, g, l, cand);
                project(cand);
                if (!evaluateCandidate) {
                    break;
                }
                if (s.evaluations >= budget) {
                    return s.finish(stepper.iterate(), "budget");
                }
                fc = s.evaluate(oracle, cand, gc);
                boolean ok = finite(fc, gc) && (known || fc <= upperModel(q, f, g, cand, l));
                if (ok) {
                    break;
                }
                if (!finite(fc, gc)) {
                    known = false;
                }
                l *= 2;
                if (!(l <= MAX_LIPSCHITZ)) {
                    return s.finish(stepper.iterate(), "step-underflow");
                }
            }
            boolean stalled = stepper.queriesCandidate() && Arrays.equals(cand, q);
            stepper.accept(cand, next);
            if (stalled) {
                return s.finish(stepper.iterate(), "stationary");
            }
            if (stepper.queriesCandidate()) {
                System.arraycopy(cand, 0, q, 0, d);
                System.arraycopy(gc, 0, g, 0, d);
                f = fc;
            } else {
                project(next);
                if (s.evaluations >= budget) {
                    return s.finish(stepper.iterate(), "budget");
                }
                double fn = s.evaluate(oracle, next, gn);
                if (!finite(fn, gn)) {
                    stepper.resetMomentum(next);
                    project(next);
                    if (s.evaluations >= budget) {
                        return s.finish(stepper.iterate(), "budget");
                    }
                    fn = s.evaluate(oracle, next, gn);
                    if (!finite(fn, gn)) {
                        return s.finish(stepper.iterate(), "non-finite");
                    }
                }
                System.arraycopy(next, 0, q, 0, d);
                System.arraycopy(gn, 0, g, 0, d);
                f = fn;
            }
            s.record(k + 1, q, f, g);
            s.lipschitz = l;
        }
        s.lipschitz = l;
        return s.finish(stepper.iterate(), "iterations");
    }

    private static double upperModel(double[] q, double f, double[] g, double[] p, double l) {
        double lin = 0;
        double sq = 0;
        for (int i = 0; i < q.length; i++) {
            double d = p[i] - q[i];
            lin += g[i] * d;
            sq += d * d;
        }
        return f + lin + 0.5 * l * sq + DESCENT_TEST_SLACK * Math.abs(f);
    }

    /** The secant estimate of L at q (one evaluation); NaN if the gradient is zero or the budget is spent. */
    private double secant(FirstOrderOracle oracle, double[] q, double[] g, State s) {
        double gn = LinAlg.norm(g, g.length);
        if (gn == 0 || s.evaluations >= budget) {
            return Double.NaN;
        }
        double delta = SECANT_PROBE * (1 + LinAlg.norm(q, q.length));
        double[] p = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            p[i] = q[i] - delta * g[i] / gn;
        }
        project(p);
        double[] gp = new double[q.length];
        double fp = s.evaluate(oracle, p, gp);
        double dist = 0;
        double diff = 0;
        for (int i = 0; i < q.length; i++) {
            dist += (p[i] - q[i]) * (p[i] - q[i]);
            diff += (gp[i] - g[i]) * (gp[i] - g[i]);
        }
        double est = Math.sqrt(diff / dist);
        if (!finite(fp, gp) || !(est > 0 && est < Double.POSITIVE_INFINITY) || dist == 0) {
            return Math.max(gn, 1.0);
        }
        return est;
    }

    private void project(double[] x) {
        if (bounds != null) {
            bounds.project(x);
        }
    }

    private static boolean finite(double f, double[] g) {
        if (!Double.isFinite(f)) {
            return false;
        }
        for (double v : g) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** One run's counters and records. */
    private final class State {
        double[] values;
        double[] norms;
        int recorded;
        long evaluations;
        double lipschitz = Double.NaN;

        State(int d) {
            int initial = (int) Math.min(iterations + 1L, INITIAL_RECORD_CAPACITY);
            this.values = new double[initial];
            this.norms = new double[initial];
        }

        double evaluate(FirstOrderOracle oracle, double[] x, double[] g) {
            evaluations++;
            double f = oracle.valueAndGradient(x, g);
            if (evaluationListener != null) {
                evaluationListener.evaluated(x, f);
            }
            return f;
        }

        void record(int k, double[] q, double f, double[] g) {
            if (k == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(2L * k, iterations + 1L));
                norms = Arrays.copyOf(norms, values.length);
            }
            values[k] = f;
            norms[k] = LinAlg.norm(g, g.length);
            recorded = k + 1;
            if (listener != null) {
                listener.iteration(k, q, f, g);
            }
        }

        Trajectory finish(double[] iterate, String reason) {
            return new Trajectory(iterate, Arrays.copyOf(values, recorded), Arrays.copyOf(norms, recorded),
                    evaluations, lipschitz, reason);
        }
    }

    /** Builder for {@link GradientRun}. */
    public static final class Builder {
        private int iterations = 100;
        private long budget = Long.MAX_VALUE;
        private double lipschitz = Double.NaN;
        private Bounds bounds;
        private double gradientTolerance = 0;
        private double stopValue = Double.NEGATIVE_INFINITY;
        private IterationListener listener;
        private EvaluationListener evaluationListener;

        private Builder() {
        }

        /** The number of iterations K (&gt;= 0). */
        public Builder iterations(int k) {
            this.iterations = Checks.atLeast("iterations", k, 0);
            return this;
        }

        /** The most oracle calls (&gt;= 1). */
        public Builder budget(long evaluations) {
            this.budget = Checks.atLeast("budget", evaluations, 1L);
            return this;
        }

        /** The Lipschitz constant L of the gradient (finite, &gt; 0), or NaN to estimate it by backtracking. */
        public Builder lipschitz(double l) {
            this.lipschitz = Double.isNaN(l) ? l : Checks.positive("lipschitz", l);
            return this;
        }

        /** A box to stay in, or null for none. */
        public Builder bounds(Bounds bounds) {
            this.bounds = bounds;
            return this;
        }

        /** Stop once {@code ||grad f|| <= tolerance} (&gt;= 0; default 0: only when a step no longer moves x). */
        public Builder gradientTolerance(double tolerance) {
            this.gradientTolerance = Checks.inClosedRange("gradientTolerance", tolerance, 0, Double.MAX_VALUE);
            return this;
        }

        /** Stop once an accepted query point has {@code f <= value} (default -infinity: never). */
        public Builder stopValue(double value) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("stopValue must not be NaN");
            }
            this.stopValue = value;
            return this;
        }

        /** A listener for accepted iterations, or null. */
        public Builder listener(IterationListener listener) {
            this.listener = listener;
            return this;
        }

        /** A listener for every oracle call, or null. */
        public Builder evaluationListener(EvaluationListener listener) {
            this.evaluationListener = listener;
            return this;
        }

        /** The configuration. */
        public GradientRun build() {
            return new GradientRun(this);
        }
    }
}
