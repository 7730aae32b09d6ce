package io.github.l2e4j.dynamic;

import java.util.List;

/**
 * The dynamic algorithms of {@code l2e4j-shared} (listed in
 * {@code META-INF/services/io.github.l2e4j.dynamic.DynamicAlgorithmProvider}): L2E-MOEAD with change
 * detection and, in turn, each change response.
 * <ul>
 *   <li>{@code l2e-moead}: L2E's own response, {@link ScaleRestartImmigrants} (the scale envelope
 *   restarted around the predicted centroid shift, then 10% of the rows drawn anew in the box), with the
 *   responded solutions re-assigned to the subproblems ({@link DynamicMoSearch});</li>
 *   <li>{@code l2e-moead[version=1]}: the first version, {@link ScaleRestart} alone, rows kept on their
 *   subproblems (a parameter of the name, not a public name of its own: {@link #firstVersion(String)});</li>
 *   <li>{@code l2e-moead-prediction}: {@link LinearPrediction};</li>
 *   <li>{@code l2e-moead-a}: {@link RandomReinitialization} of 30% (DNSGA-II-A's response);</li>
 *   <li>{@code l2e-moead-b}: {@link HyperMutation} of 30% (DNSGA-II-B's response);</li>
 *   <li>{@code l2e-moead-reevaluate}: no response beyond re-evaluating the population.</li>
 * </ul>
 */
public final class SharedDynamicAlgorithms implements DynamicAlgorithmProvider {

    @Override
    public List<DynamicAlgorithm> algorithms() {
        return List.of(
                L2eDynamicAlgorithm.of("l2e-moead",
                        "L2E-MOEAD; on a change, the scale envelope restarts around the predicted centroid shift, "
                                + "10% random immigrants, solutions re-assigned to the subproblems",
                        ScaleRestartImmigrants.defaults(), true),
                L2eDynamicAlgorithm.of("l2e-moead-prediction",
                        "L2E-MOEAD; on a change, linear prediction of the centroid (shift + noise of its size)",
                        new LinearPrediction()),
                L2eDynamicAlgorithm.of("l2e-moead-a",
                        "L2E-MOEAD; on a change, 30% of the solutions drawn anew (DNSGA-II-A's response)",
                        new RandomReinitialization(RandomReinitialization.DEFAULT_FRACTION)),
                L2eDynamicAlgorithm.of("l2e-moead-b",
                        "L2E-MOEAD; on a change, 30% of the solutions hyper-mutated (DNSGA-II-B's response)",
                        HyperMutation.defaults()),
                L2eDynamicAlgorithm.of("l2e-moead-reevaluate",
                        "L2E-MOEAD; on a change, the solutions are only re-evaluated",
                        new RandomReinitialization(0)));
    }

    /**
     * The first version of L2E-MOEAD under a name ({@code l2e-moead[version=1]}): on a change the scale
     * envelope restarts around the predicted centroid shift, and the rows stay on their subproblems.
     */
    static L2eDynamicAlgorithm firstVersion(String name) {
        return L2eDynamicAlgorithm.of(name,
                "L2E-MOEAD (first version); on a change, the scale envelope restarts around the predicted "
                        + "centroid shift", ScaleRestart.defaults());
    }
}
