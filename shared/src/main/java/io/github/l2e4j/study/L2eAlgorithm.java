package io.github.l2e4j.study;

import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.L2eOptimizer;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.SearchSettings;

/** The L2E search with a given operator, as an {@link Algorithm}. */
public final class L2eAlgorithm implements Algorithm {

    private final String name;
    private final String description;
    private final LearnedOperator operator;
    private final SearchSettings settings;
    private final String weightsLabel;

    /** An L2E algorithm under a name; its weights are labelled "theta0" or "custom". */
    public L2eAlgorithm(String name, String description, LearnedOperator operator, SearchSettings settings) {
        this(name, description, operator, settings, operator.equals(LearnedOperator.theta0()) ? "theta0" : "custom");
    }

    /**
     * An L2E algorithm under a name.
     *
     * @param weightsLabel what its weights are, for output (e.g. "theta0", "weights trained.json")
     */
    public L2eAlgorithm(String name, String description, LearnedOperator operator, SearchSettings settings,
                        String weightsLabel) {
        this.name = name;
        this.description = description;
        this.operator = operator;
        this.settings = settings;
        this.weightsLabel = weightsLabel;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The operator. */
    public LearnedOperator operator() {
        return operator;
    }

    /** The same search under another name and description (e.g. {@code l2e[weights=FILE]} as {@code l2e}). */
    public L2eAlgorithm renamed(String newName, String newDescription) {
        return new L2eAlgorithm(newName, newDescription, operator, settings, weightsLabel);
    }

    /** The search settings. */
    public SearchSettings settings() {
        return settings;
    }

    /** What the weights are, for output (e.g. "theta0", "weights trained.json"). */
    public String weightsLabel() {
        return weightsLabel;
    }

    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        return L2eOptimizer.builder()
                .operator(operator)
                .settings(settings)
                .budget(spec.budget())
                .stopValue(spec.stopValue())
                .targets(spec.targets())
                .build()
                .minimize(problem, spec.seed());
    }
}
