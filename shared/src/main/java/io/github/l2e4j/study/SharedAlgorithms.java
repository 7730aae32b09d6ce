package io.github.l2e4j.study;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.search.SearchSettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The L2E algorithms {@code shared} contributes: {@code l2e} (the shipped weights) and
 * {@code l2e-theta0} (the untrained weights theta0). Both take parameters
 * ({@link #withParameters(AlgorithmName)}):
 * <ul>
 *   <li>{@code weights=FILE} ({@code l2e} only): the weights in a weights file;</li>
 *   <li>{@code restarts=nbipop|nipop}: NBIPOP restarts (the default; small-population runs up to
 *       D = 10, see {@link SearchSettings#smallRestarts()}) or NIPOP (every restart doubles the
 *       samples and divides the initial step size by 1.6).</li>
 * </ul>
 * The classic baselines come from {@code io.github.l2e4j.baseline.BaselineAlgorithms}.
 */
public final class SharedAlgorithms implements AlgorithmProvider {

    /** The parameters {@code l2e} takes. */
    public static final List<String> PARAMETERS = List.of("weights", "restarts");

    @Override
    public List<Algorithm> algorithms() {
        return List.of(
                new L2eAlgorithm("l2e", "L2E with the shipped weights (" + DefaultWeights.name() + "); parameters: "
                        + "l2e[weights=FILE], l2e[restarts=nbipop|nipop]",
                        DefaultWeights.operator(), SearchSettings.defaults(), DefaultWeights.name()),
                new L2eAlgorithm("l2e-theta0", "L2E with the untrained weights theta0; parameter: "
                        + "l2e-theta0[restarts=nbipop|nipop]",
                        LearnedOperator.theta0(), SearchSettings.defaults(), "theta0"));
    }

    /**
     * {@code l2e[...]} and {@code l2e-theta0[...]}; the algorithm's name is the canonical text of
     * the given name.
     *
     * @throws IllegalArgumentException naming the parameter, its value and what is allowed
     */
    @Override
    public Optional<Algorithm> withParameters(AlgorithmName name) {
        boolean shipped = name.base().equals("l2e");
        if (!shipped && !name.base().equals("l2e-theta0")) {
            return Optional.empty();
        }
        LearnedOperator operator = shipped ? DefaultWeights.operator() : LearnedOperator.theta0();
        String weightsLabel = shipped ? DefaultWeights.name() : "theta0";
        String what = shipped ? "the shipped weights (" + weightsLabel + ")" : "the untrained weights theta0";
        SearchSettings.Builder settings = SearchSettings.builder();
        String restarts = "NBIPOP restarts";
        for (Map.Entry<String, String> p : name.parameters().entrySet()) {
            String v = p.getValue();
            switch (p.getKey()) {
                case "weights" -> {
                    if (!shipped) {
                        throw new IllegalArgumentException("algorithm '" + name + "': weights applies to l2e only "
                                + "(l2e-theta0 is theta0 by definition)");
                    }
                    operator = WeightsFile.read(name.existingFile("weights")).operator();
                    weightsLabel = "weights " + v;
                    what = "the weights " + v;
                }
                case "restarts" -> {
                    if (v.equalsIgnoreCase("nipop")) {
                        settings.smallRestarts(false);
                        restarts = "NIPOP restarts (every restart doubles the samples, initial step size / 1.6)";
                    } else if (!v.equalsIgnoreCase("nbipop")) {
                        throw new IllegalArgumentException("algorithm '" + name + "': restarts must be nbipop or nipop, was "
                                + v);
                    }
                }
                default -> throw new IllegalArgumentException("algorithm '" + name + "': unknown parameter '" + p.getKey()
                        + "'; " + name.base() + " takes " + (shipped ? String.join(", ", PARAMETERS) : "restarts"));
            }
        }
        return Optional.of(new L2eAlgorithm(name.toString(), "L2E with " + what + ", " + restarts, operator,
                settings.build(), weightsLabel));
    }
}
