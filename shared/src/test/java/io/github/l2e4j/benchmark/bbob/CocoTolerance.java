package io.github.l2e4j.benchmark.bbob;

/** The tolerances the BBOB tests compare with, in one place. */
final class CocoTolerance {

    /** Relative error allowed against COCO's own values. */
    static final double RELATIVE = 1e-9;
    /** Absolute error allowed near zero. */
    static final double ABSOLUTE = 1e-9;
    /**
     * Absolute error allowed for {@code f(x_opt) - f_opt}. Rounding leaves at most about 2e-14
     * (f20, whose optimum 4.2096874637 and constant 418.9828872724339 are rounded in COCO too).
     */
    static final double AT_OPTIMUM = 1e-12;

    private CocoTolerance() {
    }

    /** True if {@code actual} is within 1e-9 of {@code expected}, relative, or absolute near zero. */
    static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= Math.max(ABSOLUTE, RELATIVE * Math.abs(expected));
    }

    /** The error measure the tolerance bounds: {@code |a - e| / max(1, |e|)}. */
    static double error(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(1.0, Math.abs(expected));
    }
}
