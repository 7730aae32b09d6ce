package io.github.l2e4j.dynamic;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.mo.MoSettings;
import io.github.l2e4j.operator.LearnedOperator;

/**
 * L2E-MOEAD with change detection and a change response ({@link DynamicMoSearch}) as a
 * {@link DynamicAlgorithm}: theta0 (the multi-objective default operator), {@link MoSettings}' defaults with the run's population
 * size, the default {@link ChangeDetector}, and the given response. Its result is the search's
 * non-dominated archive. Immutable.
 */
public final class L2eDynamicAlgorithm implements DynamicAlgorithm {

    private final String name;
    private final String description;
    private final LearnedOperator operator;
    private final MoSettings settings;
    private final ChangeDetector detector;
    private final ChangeResponse response;
    private final boolean reassign;

    /**
     * An algorithm.
     *
     * @param name        the name, e.g. {@code l2e-moead}
     * @param description one line
     * @param operator    the learned operator
     * @param settings    decomposition settings (the population size is replaced by the run's)
     * @param detector    the change detector
     * @param response    the change response
     */
    public L2eDynamicAlgorithm(String name, String description, LearnedOperator operator, MoSettings settings,
                               ChangeDetector detector, ChangeResponse response) {
        this(name, description, operator, settings, detector, response, false);
    }

    /**
     * An algorithm.
     *
     * @param name        the name, e.g. {@code l2e-moead}
     * @param description one line
     * @param operator    the learned operator
     * @param settings    decomposition settings (the population size is replaced by the run's)
     * @param detector    the change detector
     * @param response    the change response
     * @param reassign    re-assign the responded solutions to the subproblems (see {@link DynamicMoSearch})
     */
    public L2eDynamicAlgorithm(String name, String description, LearnedOperator operator, MoSettings settings,
                               ChangeDetector detector, ChangeResponse response, boolean reassign) {
        if (name == null || description == null || operator == null || settings == null || detector == null
                || response == null) {
            throw new IllegalArgumentException("name, description, operator, settings, detector and response must not be null");
        }
        this.name = name;
        this.description = description;
        this.operator = operator;
        this.settings = settings;
        this.detector = detector;
        this.response = response;
        this.reassign = reassign;
    }

    /** With the multi-objective default operator (theta0), the default settings and detector. */
    public static L2eDynamicAlgorithm of(String name, String description, ChangeResponse response) {
        return new L2eDynamicAlgorithm(name, description, DefaultWeights.multiObjectiveOperator(), MoSettings.defaults(),
                ChangeDetector.defaults(), response);
    }

    /** With the multi-objective default operator (theta0), the default settings and detector, and the re-assignment on or off. */
    public static L2eDynamicAlgorithm of(String name, String description, ChangeResponse response,
                                         boolean reassign) {
        return new L2eDynamicAlgorithm(name, description, DefaultWeights.multiObjectiveOperator(), MoSettings.defaults(),
                ChangeDetector.defaults(), response, reassign);
    }

    /**
     * This algorithm with another operator under another name, for {@code l2e-moead[weights=FILE]}
     * ({@link DynamicAlgorithms#byName(String)}).
     */
    public L2eDynamicAlgorithm withOperator(String newName, String newDescription, LearnedOperator newOperator) {
        return new L2eDynamicAlgorithm(newName, newDescription, newOperator, settings, detector, response, reassign);
    }

    /** The learned operator. */
    public LearnedOperator operator() {
        return operator;
    }

    /** Whether the responded solutions are re-assigned to the subproblems. */
    public boolean reassign() {
        return reassign;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The change response. */
    public ChangeResponse response() {
        return response;
    }

    @Override
    public DynamicOptimizer create(DynamicContext context, int populationSize, long seed) {
        MoSettings s = settings.toBuilder().populationSize(populationSize).build();
        DynamicMoSearch search = DynamicMoSearch.create(operator, context.bounds(), context.objectives(), s, detector,
                response, reassign, seed);
        return new DynamicOptimizer() {
            @Override
            public void initialize() {
                search.step(context);
            }

            @Override
            public void step() {
                search.step(context);
            }

            @Override
            public double[][] approximation() {
                return search.archiveSolutions();
            }

            @Override
            public int detectedChanges() {
                return search.detections();
            }
        };
    }
}
