package io.github.l2e4j.benchmark.control;

/**
 * A feedback controller: maps an observation to the policy outputs of a
 * {@link ControlEnvironment}. Hand-written controllers implement it directly; a weight vector
 * becomes one through {@link Policy#controller}.
 */
@FunctionalInterface
public interface Controller {

    /**
     * Computes the outputs for an observation.
     *
     * @param observation the observation (not modified)
     * @param outputs     receives the outputs (modified; length
     *                    {@link ControlEnvironment#policyOutputs()})
     */
    void act(double[] observation, double[] outputs);
}
