package io.github.l2e4j.dynamic;

import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.study.AlgorithmName;

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
     * The named algorithm. The L2E-MOEAD algorithms take the parameter {@code weights=FILE}
     * ({@code l2e-moead[weights=trained.json]}, {@link AlgorithmName}): the operator from a weights
     * file instead of theta0; {@code l2e-moead} also takes {@code version=1}, its first version.
     *
     * @throws IllegalArgumentException naming the unknown algorithm and the known ones
     */
    public static DynamicAlgorithm byName(String name) {
        AlgorithmName parsed = AlgorithmName.parse(name);
        DynamicAlgorithm a = all().get(parsed.base());
        if (a == null) {
            throw new IllegalArgumentException("unknown dynamic algorithm '" + name + "'; known: "
                    + String.join(", ", names()));
        }
        if (!parsed.hasParameters()) {
            return a;
        }
        if (!(a instanceof L2eDynamicAlgorithm l2e)) {
            throw new IllegalArgumentException("algorithm '" + name + "': " + parsed.base() + " takes no parameters");
        }
        boolean versioned = parsed.base().equals("l2e-moead");
        L2eDynamicAlgorithm out = l2e;
        String description = l2e.description();
        for (Map.Entry<String, String> p : parsed.parameters().entrySet()) {
            String v = p.getValue();
            if (p.getKey().equals("version") && versioned) {
                if (!v.equals("1")) {
                    throw new IllegalArgumentException("algorithm '" + name + "': version must be 1 (the first version; "
                            + "without it the current one), was " + v);
                }
                out = SharedDynamicAlgorithms.firstVersion(parsed.base());
                description = out.description();
            } else if (!p.getKey().equals("weights")) {
                throw new IllegalArgumentException("algorithm '" + name + "': unknown parameter '" + p.getKey() + "'; "
                        + parsed.base() + " takes " + (versioned ? "weights, version" : "weights"));
            }
        }
        LearnedOperator operator = out.operator();
        if (parsed.parameters().containsKey("weights")) {
            operator = WeightsFile.read(parsed.existingFile("weights")).operator();
            description += "; the weights " + parsed.parameters().get("weights");
        }
        return out.withOperator(parsed.toString(), description, operator);
    }
}
