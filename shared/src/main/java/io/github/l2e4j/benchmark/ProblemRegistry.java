package io.github.l2e4j.benchmark;

import io.github.l2e4j.problem.Problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves problem ids and range specs to {@link Problem}s.
 *
 * <p>Every id belongs to a family, named by the id's beginning up to the first {@code ':'} or
 * {@code '_'} (the longest registered name wins). The {@linkplain #standard() standard registry}
 * knows:
 * <ul>
 *   <li>{@code bbob}: COCO ids {@code bbob_f008_i03_d10} and ranges
 *       {@code bbob:f1-24:i1-5:d10,40} (see {@link io.github.l2e4j.benchmark.bbob.Bbob});</li>
 *   <li>{@code bbob-largescale}: {@code bbob-largescale_f008_i03_d0640} and
 *       {@code bbob-largescale:f1-24:i1:d80}
 *       (see {@link io.github.l2e4j.benchmark.bbob.BbobLargeScale});</li>
 *   <li>the {@link TestFunctions}: {@code sphere_d10} and {@code sphere:d10,20}, likewise
 *       {@code ellipsoid}, {@code rosenbrock}, {@code rastrigin};</li>
 *   <li>{@code control}: classic control tasks {@code control:cartpole:linear} (see
 *       {@link io.github.l2e4j.benchmark.control.ControlTasks}).</li>
 * </ul>
 * In a range, each part is a letter and a comma-separated list of numbers and ranges
 * ({@code f1,3,5-7}); parts may come in any order, each exactly once; lists are sorted and
 * duplicates dropped. A range is expanded in COCO's order: dimension, then function, then
 * instance.
 *
 * <p>New families (for example control tasks) are added with {@link #with}; a registry is
 * immutable, so {@code with} returns a new one.
 *
 * <pre>{@code
 * List<Problem> suite = ProblemRegistry.standard().resolve("bbob:f1-24:i1-5:d10,40"); // 240 problems
 * Problem one = ProblemRegistry.standard().resolveOne("bbob_f008_i03_d10");
 * }</pre>
 */
public final class ProblemRegistry {

    /** The most problems one id may denote. */
    public static final int MAX_PROBLEMS = 100_000;

    private static final Pattern FAMILY_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final ProblemRegistry STANDARD = createStandard();

    private final Map<String, ProblemFamily> families;

    private ProblemRegistry(Map<String, ProblemFamily> families) {
        this.families = Collections.unmodifiableMap(new LinkedHashMap<>(families));
    }

    /** A registry without families. */
    public static ProblemRegistry empty() {
        return new ProblemRegistry(Map.of());
    }

    /**
     * The registry of the built-in families: {@code bbob}, {@code bbob-largescale}, the test functions,
     * {@code control}, and those a {@link ProblemFamilyProvider} on the class path contributes
     * ({@code gradient}).
     */
    public static ProblemRegistry standard() {
        return STANDARD;
    }

    private static ProblemRegistry createStandard() {
        ProblemRegistry r = empty()
                .with(io.github.l2e4j.benchmark.bbob.Bbob.SUITE, CocoFamily.bbob())
                .with(io.github.l2e4j.benchmark.bbob.BbobLargeScale.SUITE, CocoFamily.largeScale());
        for (String name : TestFunctions.NAMES) {
            r = r.with(name, new TestFunctionFamily(name));
        }
        for (ProblemFamilyProvider p : ServiceLoader.load(ProblemFamilyProvider.class,
                ProblemRegistry.class.getClassLoader())) {
            for (Map.Entry<String, ProblemFamily> f : new TreeMap<>(p.families()).entrySet()) {
                r = r.with(f.getKey(), f.getValue());
            }
        }
        return r.with(io.github.l2e4j.benchmark.control.ControlTasks.PREFIX, new ProblemFamily() {
            @Override
            public String usage() {
                return "control:<task>:<policy>[:s<seed>][:e<episodes>], e.g. control:cartpole:linear";
            }

            @Override
            public List<Problem> resolve(String id) {
                return List.of(io.github.l2e4j.benchmark.control.ControlTasks.create(id));
            }
        });
    }

    /**
     * This registry with the family {@code name} added (or replaced).
     *
     * @param name lower-case letters, digits and '-', e.g. {@code control}
     * @throws IllegalArgumentException if the name is not of that form
     */
    public ProblemRegistry with(String name, ProblemFamily family) {
        if (name == null || !FAMILY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("family name must be lower-case letters, digits and '-', was '"
                    + name + "'");
        }
        Objects.requireNonNull(family, "family must not be null");
        Map<String, ProblemFamily> copy = new LinkedHashMap<>(families);
        copy.put(name, family);
        return new ProblemRegistry(copy);
    }

    /** The family names, in registration order. */
    public Set<String> families() {
        return families.keySet();
    }

    /**
     * The problems {@code id} denotes: one for an exact id, several for a range.
     *
     * @throws IllegalArgumentException with a one-line message naming the id or the offending
     *                                  part and what is allowed
     */
    public List<Problem> resolve(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("problem id must not be blank; known families: "
                    + String.join(", ", families.keySet()));
        }
        String family = familyOf(trimmed);
        if (family == null) {
            throw new IllegalArgumentException("unknown problem id '" + trimmed + "'; known families: "
                    + String.join(", ", families.keySet()) + " (e.g. bbob_f008_i03_d10, bbob:f1-24:i1-5:d10,40, "
                    + "bbob-largescale_f008_i03_d0640, sphere:d10, control:cartpole:linear)");
        }
        List<Problem> problems = families.get(family).resolve(trimmed);
        if (problems == null || problems.isEmpty()) {
            throw new IllegalStateException("family '" + family + "' resolved '" + trimmed + "' to no problem");
        }
        return problems;
    }

    /**
     * The single problem {@code id} denotes.
     *
     * @throws IllegalArgumentException if the id is unknown or malformed, or denotes more than one problem
     */
    public Problem resolveOne(String id) {
        List<Problem> problems = resolve(id);
        if (problems.size() != 1) {
            throw new IllegalArgumentException("problem id '" + id.strip() + "' denotes " + problems.size()
                    + " problems, expected exactly one");
        }
        return problems.get(0);
    }

    /** The longest family name that the id equals or continues with ':' or '_'; null if none. */
    private String familyOf(String id) {
        String best = null;
        for (String name : families.keySet()) {
            boolean matches = id.equals(name)
                    || (id.startsWith(name) && (id.charAt(name.length()) == ':' || id.charAt(name.length()) == '_'));
            if (matches && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "ProblemRegistry" + families.keySet();
    }
}
