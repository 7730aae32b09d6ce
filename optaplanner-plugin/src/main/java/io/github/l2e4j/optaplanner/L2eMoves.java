package io.github.l2e4j.optaplanner;

import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.util.ConfigUtils;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Java configuration of L2E moves: a typed builder of the {@link MoveIteratorFactoryConfig}
 * that an XML {@code <moveIteratorFactory>} element would give.
 * <pre>{@code
 * LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
 *         .withMoveSelectorConfig(L2eMoves.config().populationSize(21).variables("x", "y").build());
 * }</pre>
 * Every value is checked when it is set, with the message the solver would give at build time.
 *
 * <p>{@link #check(SolverConfig)} checks a whole solver configuration (Java or XML) against its
 * domain before any solver is built:
 * <pre>{@code
 * SolverFactory<Portfolio> factory = SolverFactory.create(
 *         L2eMoves.check(SolverConfig.createFromXmlResource("portfolioSolverConfig.xml")));
 * }</pre>
 */
public final class L2eMoves {

    private L2eMoves() {
    }

    /**
     * Checks every L2E move selector of a solver configuration, in every local-search phase and
     * inside union and cartesian-product selectors, and returns the configuration.
     *
     * <p>OptaPlanner creates a move iterator factory and applies its custom properties when the
     * solver is built, but gives it no view of the domain until the phase starts. So the plain
     * {@code SolverFactory.create(config).buildSolver()} catches an unknown property, a bad value,
     * and, when {@code entityClass} is set, an entity class without the numeric variables; without
     * {@code entityClass} the domain is checked when the phase starts. This method closes that gap:
     * with {@code entityClass} unset it checks the configuration's entity classes
     * ({@link SolverConfig#getEntityClassList()}; when that list is empty, as with domain scanning,
     * only the phase-start check remains). It applies the custom properties exactly as the solver
     * will, so it fails with the same messages as {@code buildSolver()} for bad properties.
     *
     * @param config the solver configuration (not modified)
     * @return {@code config}
     * @throws IllegalArgumentException naming the property (and value) that is wrong: an unknown
     *     custom property, a bad value, or {@code entityClass}/{@code variables} when no planning
     *     entity class of the configuration has the numeric planning variables L2E moves need
     */
    public static SolverConfig check(SolverConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        List<Class<?>> entities = config.getEntityClassList() == null ? List.of() : config.getEntityClassList();
        if (config.getPhaseConfigList() != null) {
            for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
                if (phase instanceof LocalSearchPhaseConfig ls && ls.getMoveSelectorConfig() != null) {
                    check(ls.getMoveSelectorConfig(), entities);
                }
            }
        }
        return config;
    }

    private static void check(MoveSelectorConfig<?> selector, List<Class<?>> entities) {
        if (selector instanceof UnionMoveSelectorConfig u) {
            if (u.getMoveSelectorList() != null) {
                u.getMoveSelectorList().forEach(c -> check(c, entities));
            }
        } else if (selector instanceof CartesianProductMoveSelectorConfig c) {
            if (c.getMoveSelectorList() != null) {
                c.getMoveSelectorList().forEach(s -> check(s, entities));
            }
        } else if (selector instanceof MoveIteratorFactoryConfig m && m.getMoveIteratorFactoryClass() != null
                && L2eMoveIteratorFactory.class.isAssignableFrom(m.getMoveIteratorFactoryClass())) {
            L2eMoveIteratorFactory<Object> probe = new L2eMoveIteratorFactory<>();
            // the solver's own way of applying the properties: the same errors as buildSolver()
            ConfigUtils.applyCustomProperties(probe, "moveIteratorFactoryClass", m.getMoveIteratorFactoryCustomProperties(),
                    "moveIteratorFactoryCustomProperties");
            if (probe.entityClass() == null && !entities.isEmpty()) {
                DomainCheck.checkAny(entities, probe.variables());
            }
        }
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
            return set(L2eMoveIteratorFactory.PROPERTY_WEIGHTS, weights, probe::setWeights);
        }

        /** A weights file. */
        public Builder weights(Path file) {
            return weights(file == null ? null : file.toString());
        }

        /** Points per generation, &ge; 5. */
        public Builder populationSize(int n) {
            return set(L2eMoveIteratorFactory.PROPERTY_POPULATION_SIZE, Integer.toString(n), probe::setPopulationSize);
        }

        /** Initial sampling scale relative to the mean range width, in (0, 1]. */
        public Builder stepScale(double scale) {
            return set(L2eMoveIteratorFactory.PROPERTY_STEP_SCALE, Double.toString(scale), probe::setStepScale);
        }

        /** Only variables of this planning entity class. */
        public Builder entityClass(Class<?> entityClass) {
            return set(L2eMoveIteratorFactory.PROPERTY_ENTITY_CLASS, entityClass == null ? null : entityClass.getName(),
                    probe::setEntityClass);
        }

        /** Only these variables. */
        public Builder variables(String... names) {
            return set(L2eMoveIteratorFactory.PROPERTY_VARIABLES, names == null ? null : String.join(",", names),
                    probe::setVariables);
        }

        /** Weighted sum of score levels (hard levels dominate soft ones by this weight). */
        public Builder lexicographic(double levelWeight) {
            set(L2eMoveIteratorFactory.PROPERTY_LEVEL_WEIGHT, Double.toString(levelWeight), probe::setLevelWeight);
            return set(L2eMoveIteratorFactory.PROPERTY_SCALARIZATION, L2eMoveIteratorFactory.SCALARIZATION_LEXICOGRAPHIC,
                    probe::setScalarization);
        }

        /** Infeasible scores rank worst; feasible ones compare by their last level. */
        public Builder infeasibleWorst() {
            properties.remove(L2eMoveIteratorFactory.PROPERTY_LEVEL_WEIGHT);
            return set(L2eMoveIteratorFactory.PROPERTY_SCALARIZATION, L2eMoveIteratorFactory.SCALARIZATION_INFEASIBLE_WORST,
                    probe::setScalarization);
        }

        /** Score calculations these moves are expected to get (0 = unknown). */
        public Builder budgetHint(long evaluations) {
            return set(L2eMoveIteratorFactory.PROPERTY_BUDGET_HINT, Long.toString(evaluations), probe::setBudgetHint);
        }

        /** Restarts on stagnation (shared's default regime). */
        public Builder restarts(boolean on) {
            return set(L2eMoveIteratorFactory.PROPERTY_RESTARTS, Boolean.toString(on), probe::setRestarts);
        }

        /** A fixed seed instead of one drawn from the solver's random generator. */
        public Builder seed(long seed) {
            return set(L2eMoveIteratorFactory.PROPERTY_SEED, Long.toString(seed), probe::setSeed);
        }

        /** Validates the value with the factory's own setter (the solver's message), then records it. */
        private Builder set(String property, String value, Consumer<String> setter) {
            setter.accept(value);
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
