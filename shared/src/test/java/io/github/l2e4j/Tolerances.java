package io.github.l2e4j;

/** The one place test tolerances are named. */
public final class Tolerances {

    /** Exact arithmetic identities up to rounding. */
    public static final double ROUNDING = 1e-9;
    /** Bound checks on head outputs (strictly inside their ranges up to rounding). */
    public static final double RANGE = 1e-12;
    /** Target f - f* of the quality and convergence tests. */
    public static final double TARGET = 1e-8;
    /** Target gradient norm of the non-convex guarantee. */
    public static final double GRADIENT_NORM = 1e-6;
    /** Contraction check: spread_(k+1) &lt;= gammaBar spread_k + CONTRACTION (1 + ||c||) (coordinate rounding). */
    public static final double CONTRACTION = 1e-12;

    private Tolerances() {
    }
}
