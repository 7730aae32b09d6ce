package io.github.l2e4j.dynamic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dynamic benchmark problems by name: {@code DF1} .. {@code DF14} ({@link DfProblem}) and
 * {@code FDA1} .. {@code FDA5} ({@link FdaProblem}), case-insensitive, each at its default dimension;
 * a suffix {@code :n<D>} sets the dimension, e.g. {@code DF1:n20}.
 */
public final class DynamicProblems {

    private DynamicProblems() {
    }

    /** The names of the 14 DF problems, in order. */
    public static List<String> dfNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= DfProblem.COUNT; i++) {
            names.add("DF" + i);
        }
        return names;
    }

    /** The names of the 5 FDA problems, in order. */
    public static List<String> fdaNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= FdaProblem.COUNT; i++) {
            names.add("FDA" + i);
        }
        return names;
    }

    /** Every name: DF1..DF14, then FDA1..FDA5. */
    public static List<String> names() {
        List<String> names = dfNames();
        names.addAll(fdaNames());
        return names;
    }

    /**
     * The named problem.
     *
     * @param id a name such as {@code DF2} or {@code fda4}, optionally with {@code :n<D>}
     * @throws IllegalArgumentException naming the id and the known names
     */
    public static DynamicProblem of(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("problem must be one of " + String.join(", ", names()) + ", was empty");
        }
        String s = id.trim().toUpperCase(Locale.ROOT);
        Integer dimension = null;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            String suffix = s.substring(colon + 1);
            s = s.substring(0, colon);
            if (!suffix.matches("N[0-9]{1,6}")) {
                throw new IllegalArgumentException("problem '" + id + "': the suffix must be :n<D>, e.g. DF1:n20, was ':"
                        + id.trim().substring(colon + 1) + "'");
            }
            dimension = Integer.parseInt(suffix.substring(1));
        }
        if (s.matches("DF[0-9]{1,2}")) {
            int k = Integer.parseInt(s.substring(2));
            if (k >= 1 && k <= DfProblem.COUNT) {
                return dimension == null ? DfProblem.of(k) : DfProblem.of(k, dimension);
            }
        } else if (s.matches("FDA[0-9]")) {
            int k = Integer.parseInt(s.substring(3));
            if (k >= 1 && k <= FdaProblem.COUNT) {
                return dimension == null ? FdaProblem.of(k) : FdaProblem.of(k, dimension);
            }
        }
        throw new IllegalArgumentException("unknown dynamic problem '" + id + "'; known: "
                + String.join(", ", names()) + " (optionally with :n<D>)");
    }
}
