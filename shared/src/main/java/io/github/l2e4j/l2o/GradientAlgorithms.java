package io.github.l2e4j.l2o;

import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.AlgorithmProvider;

import java.util.List;

/**
 * The gradient methods as named algorithms (found through the {@link AlgorithmProvider} SPI):
 * {@code gd}, {@code nesterov}, {@code l2o-steps} (the shipped learned step sizes),
 * {@code l2o-convergent} (the shipped convergent L2O). Each needs a problem with an exact gradient.
 */
public final class GradientAlgorithms implements AlgorithmProvider {

    /** The names this provider contributes. */
    public static final List<String> NAMES = List.of("gd", "nesterov", "l2o-steps", "l2o-convergent");

    @Override
    public List<Algorithm> algorithms() {
        return List.of(
                new GradientAlgorithm("gd", "gradient descent, step 1/L (needs the exact gradient)",
                        GradientDescent.create()),
                new GradientAlgorithm("nesterov", "Nesterov's accelerated gradient, FISTA form (needs the exact gradient)",
                        Nesterov.create()),
                new GradientAlgorithm("l2o-steps", "learned coordinate-wise step sizes (Song et al.), shipped weights "
                        + "trained on random QPs (needs the exact gradient)", L2oWeights.shippedStepSizes()),
                new GradientAlgorithm("l2o-convergent", "convergent learned optimizer x - grad/L + v (Martin & Furieri), "
                        + "shipped weights trained on sigmoid regressions (needs the exact gradient)",
                        L2oWeights.shippedConvergent()));
    }
}
