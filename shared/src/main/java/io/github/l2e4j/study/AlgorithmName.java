package io.github.l2e4j.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An algorithm name as users type it: a base name and optional parameters in brackets,
 * {@code base[key=value,key=value]}, for example {@code l2e[weights=trained.json]} or
 * {@code l2e[restarts=nipop]}. The base name and the keys are lower case; values keep their case
 * (a file name). Parameters are how variants of an algorithm are asked for, instead of extra public
 * names; an {@link AlgorithmProvider} turns them into an algorithm
 * ({@link AlgorithmProvider#withParameters(AlgorithmName)}).
 *
 * @param base       the algorithm's name without parameters, lower case
 * @param parameters the parameters in the order given (empty for a plain name)
 */
public record AlgorithmName(String base, Map<String, String> parameters) {

    /** Copies the parameters (unmodifiable, order kept). */
    public AlgorithmName {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Parses {@code base} or {@code base[key=value,...]}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static AlgorithmName parse(String text) {
        String t = text == null ? "" : text.strip();
        int open = t.indexOf('[');
        if (open < 0) {
            if (t.isEmpty() || t.indexOf(']') >= 0 || t.indexOf('=') >= 0) {
                throw malformed(text);
            }
            return new AlgorithmName(t.toLowerCase(Locale.ROOT), Map.of());
        }
        if (open == 0 || !t.endsWith("]") || t.indexOf('[', open + 1) >= 0 || t.indexOf(']') != t.length() - 1) {
            throw malformed(text);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String inside = t.substring(open + 1, t.length() - 1);
        for (String part : inside.split(",", -1)) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? "" : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : part.substring(eq + 1).strip();
            if (key.isEmpty() || value.isEmpty()) {
                throw malformed(text);
            }
            if (parameters.put(key, value) != null) {
                throw new IllegalArgumentException("algorithm '" + text + "': parameter '" + key + "' is given twice");
            }
        }
        return new AlgorithmName(t.substring(0, open).strip().toLowerCase(Locale.ROOT), parameters);
    }

    /**
     * Splits a comma-separated list of algorithm names; commas inside brackets stay with their name
     * ({@code l2e[weights=a.json,restarts=nipop],cmaes} is two names).
     */
    public static List<String> splitList(String names) {
        List<String> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : names.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    /**
     * The value of parameter {@code key} as a path to an existing file (a weights file).
     *
     * @throws IllegalArgumentException naming this name, the key and the file when there is no such file
     */
    public Path existingFile(String key) {
        String value = parameters.get(key);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalArgumentException("algorithm '" + this + "': " + key + ": no such file " + value);
        }
        return Path.of(value);
    }

    /** Whether parameters were given. */
    public boolean hasParameters() {
        return !parameters.isEmpty();
    }

    /** The canonical text: {@code base} or {@code base[key=value,...]}. */
    @Override
    public String toString() {
        if (parameters.isEmpty()) {
            return base;
        }
        StringBuilder s = new StringBuilder(base).append('[');
        parameters.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '[' ? "" : ",").append(k).append('=').append(v));
        return s.append(']').toString();
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("algorithm '" + text + "': expected a name or name[key=value,...], "
                + "for example l2e[weights=trained.json]");
    }
}
