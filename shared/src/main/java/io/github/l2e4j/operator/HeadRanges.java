package io.github.l2e4j.operator;

import io.github.l2e4j.internal.Checks;

/**
 * The ranges the bounded heads map into. They carry the guarantees, so they are checked here
 * and stored with every weights file.
 *
 * @param rho          upper bound of the contraction gamma in [0, rho], rho in [0, 1)
 * @param alphaMin     lower bound of the KM relaxation alpha, in (0, 1)
 * @param alphaMax     upper bound of alpha, in [alphaMin, 1)
 * @param gateMax      upper bound of the gate g in [0, gateMax], gateMax in [0, 1)
 * @param stepLog2     the step-size multiplier lies in [2^-stepLog2, 2^stepLog2], stepLog2 in [0, 4]
 * @param mutationMin  lower bound of the per-individual mutation multiplier (&gt; 0)
 * @param mutationMax  upper bound of the mutation multiplier (&ge; mutationMin, &le; 10)
 * @param rateLog2     the multiplier on CMA-ES's covariance learning rates lies in
 *                     [2^-rateLog2, 2^rateLog2], rateLog2 in [0, 2]
 * @param dampingLog2  the multiplier on CMA-ES's step-size damping lies in
 *                     [2^-dampingLog2, 2^dampingLog2], dampingLog2 in [0, 2]
 */
public record HeadRanges(double rho, double alphaMin, double alphaMax, double gateMax, double stepLog2,
                         double mutationMin, double mutationMax, double rateLog2, double dampingLog2) {

    /** Default range exponent of the rate and damping heads (multipliers in [1/2, 2]). */
    public static final double DEFAULT_MULTIPLIER_LOG2 = 1.0;

    /**
     * The defaults of research/algorithms.md section 7.1, and rate and damping multipliers in
     * [1/2, 2] (issue 18).
     */
    public static final HeadRanges DEFAULT = new HeadRanges(0.9, 0.2, 0.9, 0.8, 1.0, 0.5, 2.0);

    /** Validates every range. */
    public HeadRanges {
        Checks.inClosedRange("rho", rho, 0, Math.nextDown(1.0));
        Checks.inOpenRange("alphaMin", alphaMin, 0, 1);
        Checks.inClosedRange("alphaMax", alphaMax, alphaMin, Math.nextDown(1.0));
        Checks.inClosedRange("gateMax", gateMax, 0, Math.nextDown(1.0));
        Checks.inClosedRange("stepLog2", stepLog2, 0, 4);
        Checks.inClosedRange("mutationMin", mutationMin, Double.MIN_NORMAL, 10);
        Checks.inClosedRange("mutationMax", mutationMax, mutationMin, 10);
        Checks.inClosedRange("rateLog2", rateLog2, 0, 2);
        Checks.inClosedRange("dampingLog2", dampingLog2, 0, 2);
    }

    /**
     * The ranges of format-1 weights files (before the rate and damping heads): those two heads'
     * multipliers in [1/2, 2].
     */
    public HeadRanges(double rho, double alphaMin, double alphaMax, double gateMax, double stepLog2,
                      double mutationMin, double mutationMax) {
        this(rho, alphaMin, alphaMax, gateMax, stepLog2, mutationMin, mutationMax, DEFAULT_MULTIPLIER_LOG2,
                DEFAULT_MULTIPLIER_LOG2);
    }

    /**
     * The bound on the relaxed contraction factor: {@code gamma' = 1 - alpha (1 - gamma) <= 1 - alphaMin (1 - rho) < 1}.
     */
    public double gammaBar() {
        return 1 - alphaMin * (1 - rho);
    }

    /** The smallest KM relaxation of the gradient operator: {@code alphaMin (1 - gateMax) > 0}. */
    public double lambdaMin() {
        return alphaMin * (1 - gateMax);
    }
}
