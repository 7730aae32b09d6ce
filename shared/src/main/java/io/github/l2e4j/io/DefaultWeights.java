package io.github.l2e4j.io;

import io.github.l2e4j.operator.LearnedOperator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The weights shipped inside the jar ({@value #RESOURCE}): the {@code default} meta-training
 * preset's weights (docs/training.md has the command that reproduces them and the held-out
 * table). Without the resource the default is {@link LearnedOperator#theta0()}.
 *
 * <p>The shipped weights are the default of the <em>single-objective</em> search
 * ({@code L2eOptimizer}, the hosts' single-objective operators, the study algorithm {@code l2e}).
 * The multi-objective and dynamic searches, and the MOEA Framework variation operator, which all
 * use the operator through {@code NeighbourhoodRecombination}, default to
 * {@link #multiObjectiveOperator()}, which is theta0: the weights were meta-trained and validated
 * on the single-objective search only.
 */
public final class DefaultWeights {

    /** Class-path location of the shipped weights. */
    public static final String RESOURCE = "/io/github/l2e4j/default-weights.json";

    private static volatile Weights cached;

    private DefaultWeights() {
    }

    /** The shipped weights (theta0 with provenance "theta0" when none ship). */
    public static Weights weights() {
        Weights w = cached;
        if (w == null) {
            w = load();
            cached = w;
        }
        return w;
    }

    /** The shipped operator. */
    public static LearnedOperator operator() {
        return weights().operator();
    }

    /**
     * The default operator of the multi-objective searches ({@code MoSearch}, L2E-MOEAD, the dynamic
     * algorithms): theta0, because the shipped weights were trained and validated on
     * single-objective tasks only.
     */
    public static LearnedOperator multiObjectiveOperator() {
        return LearnedOperator.theta0();
    }

    /** A short name of the shipped weights: "theta0" or the resource's "name" provenance field. */
    public static String name() {
        Object n = weights().provenance().get("name");
        return n == null ? "theta0" : n.toString();
    }

    private static Weights load() {
        try (InputStream in = DefaultWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Weights(LearnedOperator.theta0(), Map.of("name", "theta0",
                        "note", "untrained do-no-harm initialization; the weights resource is missing from the "
                                + "class path"));
            }
            return WeightsFile.read(in, "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
