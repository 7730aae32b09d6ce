package io.github.l2e4j.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** Finds algorithms (single- and multi-objective) by name among every {@link AlgorithmProvider} on the class path. */
public final class Algorithms {

    private Algorithms() {
    }

    /** Every algorithm on the class path, by name (sorted). */
    public static Map<String, Algorithm> all() {
        Map<String, Algorithm> map = new TreeMap<>();
        for (AlgorithmProvider p : ServiceLoader.load(AlgorithmProvider.class, Algorithms.class.getClassLoader())) {
            for (Algorithm a : p.algorithms()) {
                map.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
            }
        }
        return map;
    }

    /** Every multi-objective algorithm on the class path, by name (sorted). */
    public static Map<String, MoAlgorithm> allMo() {
        Map<String, MoAlgorithm> map = new TreeMap<>();
        for (AlgorithmProvider p : ServiceLoader.load(AlgorithmProvider.class, Algorithms.class.getClassLoader())) {
            for (MoAlgorithm a : p.moAlgorithms()) {
                map.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
            }
        }
        return map;
    }

    /**
     * The named multi-objective algorithm; a name with parameters ({@code l2e-moead[weights=FILE]})
     * is made by the provider that takes them ({@link AlgorithmProvider#moWithParameters}).
     *
     * @throws IllegalArgumentException naming the unknown algorithm, or the parameter it does not take
     */
    public static MoAlgorithm moByName(String name) {
        return resolve(name, AlgorithmProvider::moWithParameters, allMo(), "unknown multi-objective algorithm");
    }

    /** The names of every algorithm on the class path. */
    public static List<String> names() {
        return new ArrayList<>(all().keySet());
    }

    /**
     * The named algorithm; a name with parameters ({@code l2e[weights=FILE]}, {@link AlgorithmName})
     * is made by the provider that takes them ({@link AlgorithmProvider#withParameters}).
     *
     * @throws IllegalArgumentException naming the unknown algorithm and the known ones
     */
    public static Algorithm byName(String name) {
        return resolve(name, AlgorithmProvider::withParameters, all(), "unknown algorithm");
    }

    /**
     * A plain name from {@code plain}; a name with parameters from the first provider that makes it.
     *
     * @param unknown the start of the message for a name no provider knows
     */
    private static <A> A resolve(String name, BiFunction<AlgorithmProvider, AlgorithmName, Optional<A>> withParameters,
                                 Map<String, A> plain, String unknown) {
        AlgorithmName parsed = AlgorithmName.parse(name);
        if (parsed.hasParameters()) {
            for (AlgorithmProvider p : ServiceLoader.load(AlgorithmProvider.class, Algorithms.class.getClassLoader())) {
                Optional<A> a = withParameters.apply(p, parsed);
                if (a.isPresent()) {
                    return a.get();
                }
            }
            if (plain.containsKey(parsed.base())) {
                throw new IllegalArgumentException("algorithm '" + name + "': " + parsed.base() + " takes no parameters");
            }
        }
        A a = plain.get(parsed.base());
        if (a == null) {
            throw new IllegalArgumentException(unknown + " '" + name + "'; known: " + String.join(", ", plain.keySet()));
        }
        return a;
    }
}
