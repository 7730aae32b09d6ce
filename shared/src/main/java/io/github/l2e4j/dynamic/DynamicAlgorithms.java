package io.github.l2e4j.dynamic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds dynamic algorithms by name among every {@link DynamicAlgorithmProvider} on the class path. */
public final class DynamicAlgorithms {

    private DynamicAlgorithms() {
    }

    /** Every dynamic algorithm on the class path, by lower-case name (sorted). */
    public static Map<String, DynamicAlgorithm> all() {
        Map<String, DynamicAlgorithm> map = new TreeMap<>();
        for (DynamicAlgorithmProvider p : ServiceLoader.load(DynamicAlgorithmProvider.class,
                DynamicAlgorithms.class.getClassLoader())) {
            for (DynamicAlgorithm a : p.algorithms()) {
                map.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
            }
        }
        return map;
    }

    /** The names of every dynamic algorithm on the class path. */
    public static List<String> names() {
        return new ArrayList<>(all().keySet());
    }

    /**
     * The named algorithm.
     *
     * @throws IllegalArgumentException naming the unknown algorithm and the known ones
     */
    public static DynamicAlgorithm byName(String name) {
        DynamicAlgorithm a = all().get(name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
        if (a == null) {
            throw new IllegalArgumentException("unknown dynamic algorithm '" + name + "'; known: "
                    + String.join(", ", names()));
        }
        return a;
    }
}
