package io.github.l2e4j.metrics;

import java.util.Locale;

/**
 * COCO's 51 target precisions for single-objective problems:
 * &Delta;f<sub>k</sub> = 10<sup>2 &minus; 0.2&middot;k</sup> for k = 0, ..., 50, that is 100 down to
 * 10<sup>&minus;8</sup> in steps of 0.2 in log10. A run reaches target k when its best value
 * satisfies f &le; f* + &Delta;f<sub>k</sub>. These are the targets of COCO's runtime ECDFs
 * ({@code cocopp}'s {@code pprldmany}) and the {@code t00..t50} columns of a study's
 * {@code runs.csv}.
 */
public final class CocoTargets {

    /** Number of targets. */
    public static final int COUNT = 51;
    /** Largest precision, 10^2. */
    public static final double LARGEST = 1e2;
    /** Smallest precision, 10^-8 (COCO's final target). */
    public static final double SMALLEST = 1e-8;
    /** Targets per decade. */
    public static final int PER_DECADE = 5;

    private static final double[] PRECISIONS = new double[COUNT];

    static {
        for (int k = 0; k < COUNT; k++) {
            PRECISIONS[k] = Math.pow(10, (10 - k) / (double) PER_DECADE);
        }
    }

    private CocoTargets() {
    }

    /** &Delta;f<sub>k</sub> = 10^(2 - 0.2 k). */
    public static double precision(int k) {
        if (k < 0 || k >= COUNT) {
            throw new IllegalArgumentException("target index must be in [0, " + (COUNT - 1) + "], was " + k);
        }
        return PRECISIONS[k];
    }

    /** All 51 precisions, largest first (a copy). */
    public static double[] precisions() {
        return PRECISIONS.clone();
    }

    /** The target values f* + &Delta;f<sub>k</sub> for a known optimum, largest first. */
    public static double[] targets(double fOpt) {
        double[] t = new double[COUNT];
        for (int k = 0; k < COUNT; k++) {
            t[k] = fOpt + PRECISIONS[k];
        }
        return t;
    }

    /** The index k whose precision is {@code precision} (within 1e-9 relative), or -1. */
    public static int indexOf(double precision) {
        if (!(precision > 0)) {
            return -1;
        }
        double k = (2 - Math.log10(precision)) * PER_DECADE;
        long r = Math.round(k);
        if (Math.abs(k - r) > 1e-6 || r < 0 || r >= COUNT) {
            return -1;
        }
        return (int) r;
    }

    /** The {@code runs.csv} column of target k: {@code t00} ... {@code t50}. */
    public static String column(int k) {
        precision(k);
        return String.format(Locale.ROOT, "t%02d", k);
    }
}
