package io.github.l2e4j.study;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The multi-objective problems of studies: every {@link MoProblemProvider} on the class path (or a
 * given list). Immutable.
 */
public final class MoProblems {

    private final List<MoProblemProvider> providers;

    private MoProblems(List<MoProblemProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers on the class path. */
    public static MoProblems standard() {
        List<MoProblemProvider> list = new ArrayList<>();
        for (MoProblemProvider p : ServiceLoader.load(MoProblemProvider.class, MoProblems.class.getClassLoader())) {
            list.add(p);
        }
        return new MoProblems(list);
    }

    /** These providers (for tests and embedding). */
    public static MoProblems of(List<MoProblemProvider> providers) {
        return new MoProblems(providers);
    }

    /** Whether some provider accepts the id (so it is a multi-objective problem id). */
    public boolean accepts(String id) {
        return provider(id) != null;
    }

    /**
     * The problems an id denotes.
     *
     * @throws IllegalArgumentException if no provider accepts it, or naming what is wrong with it
     */
    public List<MoProblem> resolve(String id) {
        String trimmed = id == null ? "" : id.strip();
        MoProblemProvider p = provider(trimmed);
        if (p == null) {
            throw new IllegalArgumentException("unknown multi-objective problem id '" + trimmed + "'; known: " + usage());
        }
        List<MoProblem> problems = p.resolve(trimmed);
        if (problems == null || problems.isEmpty()) {
            throw new IllegalStateException("provider " + p.getClass().getName() + " resolved '" + trimmed + "' to no problem");
        }
        return problems;
    }

    /** What the providers know, one line; "none (no module provides multi-objective problems)" if none. */
    public String usage() {
        if (providers.isEmpty()) {
            return "none (no module on the class path provides multi-objective problems)";
        }
        List<String> u = new ArrayList<>();
        providers.forEach(p -> u.add(p.usage()));
        return String.join("; ", u);
    }

    private MoProblemProvider provider(String id) {
        for (MoProblemProvider p : providers) {
            if (p.accepts(id)) {
                return p;
            }
        }
        return null;
    }
}
