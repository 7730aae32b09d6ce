package io.github.l2e4j.io;

import io.github.l2e4j.operator.LearnedOperator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learned operator together with where it came from.
 *
 * @param operator   the operator (theta and head ranges)
 * @param provenance free-form provenance fields (command, seed, task distribution,
 *                   meta-generations, validation scores, date, ...), in insertion order
 */
public record Weights(LearnedOperator operator, Map<String, Object> provenance) {

    /** Validates and copies. */
    public Weights {
        if (operator == null) {
            throw new IllegalArgumentException("operator must not be null");
        }
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }
}
