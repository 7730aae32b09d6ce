package io.github.l2e4j.optaplanner;

import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Java configuration of L2E moves: a typed builder of the {@link MoveIteratorFactoryConfig}
 * that an XML {@code <moveIteratorFactory>} element would give.
 * <pre>{@code
 * LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
 *         .withMoveSelectorConfig(L2eMoves.config().populationSize(21).variables("x", "y").build());
 * }</pre>
 * Every value is checked when it is set, with the message the solver would give at build time.
 */
public final class L2eMoves {

    private L2eMoves() {
    }

    /** A builder with every property at its default. */
    public static Builder config() {
        return new Builder();
    }

    /** Builder of an L2E {@link MoveIteratorFactoryConfig}; each setter validates its value. */
    public static final class Builder {

        private final Map<String, String> properties = new LinkedHashMap<>();
        private final L2eMoveIteratorFactory<Object> probe = new L2eMoveIteratorFactory<>();

        private Builder() {
        }

        /** The shipped weights ({@code default}), {@code theta0}, or a weights file's path. */
        public Builder weights(String weights) {
            probe.setWeights(weights);
            return put(L2eMoveIteratorFactory.PROPERTY_WEIGHTS, weights);
        }

        /** A weights file. */
        public Builder weights(Path file) {
            return weights(file == null ? null : file.toString());
        }

        /** Points per generation: odd, &ge; 5. */
        public Builder populationSize(int n) {
            return set(L2eMoveIteratorFactory.PROPERTY_POPULATION_SIZE, Integer.toString(n));
        }

        /** Initial sampling scale relative to the mean range width, in (0, 1]. */
        public Builder stepScale(double scale) {
            return set(L2eMoveIteratorFactory.PROPERTY_STEP_SCALE, Double.toString(scale));
        }

        /** Only variables of this planning entity class. */
        public Builder entityClass(Class<?> entityClass) {
            return set(L2eMoveIteratorFactory.PROPERTY_ENTITY_CLASS, entityClass == null ? null : entityClass.getName());
        }

        /** Only these variables. */
        public Builder variables(String... names) {
            return set(L2eMoveIteratorFactory.PROPERTY_VARIABLES, names == null ? null : String.join(",", names));
        }

        /** Weighted sum of score levels (hard levels dominate soft ones by this weight). */
        public Builder lexicographic(double levelWeight) {
            set(L2eMoveIteratorFactory.PROPERTY_LEVEL_WEIGHT, Double.toString(levelWeight));
            return set(L2eMoveIteratorFactory.PROPERTY_SCALARIZATION, L2eMoveIteratorFactory.SCALARIZATION_LEXICOGRAPHIC);
        }

        /** Infeasible scores rank worst; feasible ones compare by their last level. */
        public Builder infeasibleWorst() {
            properties.remove(L2eMoveIteratorFactory.PROPERTY_LEVEL_WEIGHT);
            return set(L2eMoveIteratorFactory.PROPERTY_SCALARIZATION, L2eMoveIteratorFactory.SCALARIZATION_INFEASIBLE_WORST);
        }

        /** Score calculations these moves are expected to get (0 = unknown). */
        public Builder budgetHint(long evaluations) {
            return set(L2eMoveIteratorFactory.PROPERTY_BUDGET_HINT, Long.toString(evaluations));
        }

        /** IPOP restarts on stagnation. */
        public Builder restarts(boolean on) {
            return set(L2eMoveIteratorFactory.PROPERTY_RESTARTS, Boolean.toString(on));
        }

        /** A fixed seed instead of one drawn from the solver's random generator. */
        public Builder seed(long seed) {
            return set(L2eMoveIteratorFactory.PROPERTY_SEED, Long.toString(seed));
        }

        private Builder set(String property, String value) {
            switch (property) {
                case L2eMoveIteratorFactory.PROPERTY_POPULATION_SIZE -> probe.setPopulationSize(value);
                case L2eMoveIteratorFactory.PROPERTY_STEP_SCALE -> probe.setStepScale(value);
                case L2eMoveIteratorFactory.PROPERTY_ENTITY_CLASS -> probe.setEntityClass(value);
                case L2eMoveIteratorFactory.PROPERTY_VARIABLES -> probe.setVariables(value);
                case L2eMoveIteratorFactory.PROPERTY_SCALARIZATION -> probe.setScalarization(value);
                case L2eMoveIteratorFactory.PROPERTY_LEVEL_WEIGHT -> probe.setLevelWeight(value);
                case L2eMoveIteratorFactory.PROPERTY_BUDGET_HINT -> probe.setBudgetHint(value);
                case L2eMoveIteratorFactory.PROPERTY_RESTARTS -> probe.setRestarts(value);
                case L2eMoveIteratorFactory.PROPERTY_SEED -> probe.setSeed(value);
                default -> throw new IllegalStateException("unhandled property " + property);
            }
            return put(property, value);
        }

        private Builder put(String property, String value) {
            properties.put(property, value.trim());
            return this;
        }

        /** The move selector configuration (a new object each call). */
        public MoveIteratorFactoryConfig build() {
            return new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(L2eMoveIteratorFactory.class)
                    .withMoveIteratorFactoryCustomProperties(new LinkedHashMap<>(properties));
        }
    }
}
