package io.github.l2e4j.operator;

/**
 * What the learned operator decides for one generation, plus the scratch its forward pass uses.
 *
 * <p>Mutable and owned by one search; sized for a population of up to {@link #capacity()}
 * tokens. All outputs are bounded by construction (see {@link LearnedOperator}).
 */
public final class OperatorOutput {

    final double[] e;
    final double[] gateZ;
    final double[] yForward;
    final double[] yBackward;
    final double[] o;
    final double[] state = new double[ThetaLayout.H * ThetaLayout.S];
    final double[] b = new double[ThetaLayout.S];
    final double[] c = new double[ThetaLayout.S];
    final double[] pooled = new double[ThetaLayout.H];
    final double[] weights;
    final double[] mutation;
    double gamma;
    double alpha;
    double gate;
    double step;
    double rate;
    double damping;
    private final int capacity;

    /** Scratch for populations of up to {@code capacity} tokens. */
    public OperatorOutput(int capacity) {
        this.capacity = capacity;
        int h = ThetaLayout.H;
        e = new double[capacity * h];
        gateZ = new double[capacity * h];
        yForward = new double[capacity * h];
        yBackward = new double[capacity * h];
        o = new double[capacity * h];
        weights = new double[capacity];
        mutation = new double[capacity];
    }

    /** Largest population this scratch holds. */
    public int capacity() {
        return capacity;
    }

    /** Recombination weight of the j-th best token (a point of the simplex over the tokens). */
    public double weight(int j) {
        return weights[j];
    }

    /** Mutation multiplier of the j-th best token, in [mutationMin, mutationMax]. */
    public double mutation(int j) {
        return mutation[j];
    }

    /** Contraction gamma in [0, rho]. */
    public double gamma() {
        return gamma;
    }

    /** KM relaxation alpha in [alphaMin, alphaMax]. */
    public double alpha() {
        return alpha;
    }

    /** Gate g in [0, gateMax] between the gradient step (g = 0) and the learned proposal (g = 1). */
    public double gate() {
        return gate;
    }

    /** Step-size multiplier in [2^-stepLog2, 2^stepLog2]. */
    public double step() {
        return step;
    }

    /**
     * Multiplier on the CMA-ES proposal's covariance learning rates c_1 and c_mu, in
     * [2^-rateLog2, 2^rateLog2] (1 at theta0).
     */
    public double rate() {
        return rate;
    }

    /** Multiplier on the CMA-ES proposal's step-size damping d_sigma, in [2^-dampingLog2, 2^dampingLog2] (1 at theta0). */
    public double damping() {
        return damping;
    }

    /** The relaxed contraction factor {@code gamma' = 1 - alpha (1 - gamma)}. */
    public double gammaPrime() {
        return 1 - alpha * (1 - gamma);
    }
}
