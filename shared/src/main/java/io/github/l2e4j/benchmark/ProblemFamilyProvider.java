package io.github.l2e4j.benchmark;

import java.util.Map;

/**
 * Contributes problem families to {@link ProblemRegistry#standard()} through
 * {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/io.github.l2e4j.benchmark.ProblemFamilyProvider}), so that a package
 * with its own problems (for example {@code gradient}) adds them without this package depending on
 * it.
 */
public interface ProblemFamilyProvider {

    /** The families, by name (the id prefix). */
    Map<String, ProblemFamily> families();
}
