package io.github.l2e4j.moea;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.io.WeightsFile;
import io.github.l2e4j.mo.WeightVectors;
import io.github.l2e4j.operator.LearnedOperator;
import org.moeaframework.core.TypedProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads MOEA Framework {@link TypedProperties} with messages that name the algorithm, the property,
 * the value and what is allowed. Resources ({@code weights}, {@code weightVectors}) are a file path,
 * or {@code classpath:/name} for a class-path resource.
 */
final class PropertyReader {

    /** Prefix of a class-path resource. */
    static final String CLASSPATH = "classpath:";

    private final String algorithm;
    private final TypedProperties properties;

    PropertyReader(String algorithm, TypedProperties properties) {
        this.algorithm = algorithm;
        this.properties = properties == null ? new TypedProperties() : properties;
    }

    IllegalArgumentException error(String key, String value, String allowed) {
        return new IllegalArgumentException(algorithm + ": property " + key + " must be " + allowed + ", was " + value);
    }

    boolean has(String key) {
        return properties.contains(key);
    }

    int intValue(String key, int defaultValue, int min, String allowed) {
        if (!properties.contains(key)) {
            return defaultValue;
        }
        String raw = properties.getString(key, null);
        int v;
        try {
            v = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw error(key, "'" + raw + "'", allowed);
        }
        if (v < min) {
            throw error(key, Integer.toString(v), allowed);
        }
        return v;
    }

    double doubleValue(String key, double defaultValue, double min, double max, String allowed) {
        if (!properties.contains(key)) {
            return defaultValue;
        }
        String raw = properties.getString(key, null);
        double v;
        try {
            v = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw error(key, "'" + raw + "'", allowed);
        }
        if (!(v >= min && v <= max)) {
            throw error(key, raw.strip(), allowed);
        }
        return v;
    }

    boolean booleanValue(String key, boolean defaultValue) {
        if (!properties.contains(key)) {
            return defaultValue;
        }
        String raw = properties.getString(key, null).strip().toLowerCase(Locale.ROOT);
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.parseBoolean(raw);
        }
        throw error(key, "'" + raw + "'", "true or false");
    }

    OptionalLong longValue(String key) {
        if (!properties.contains(key)) {
            return OptionalLong.empty();
        }
        String raw = properties.getString(key, null);
        try {
            return OptionalLong.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            throw error(key, "'" + raw + "'", "a whole number (64 bit)");
        }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
        if (!properties.contains(key)) {
            return defaultValue;
        }
        String raw = properties.getString(key, null).strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(raw)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder("one of");
        for (E e : type.getEnumConstants()) {
            allowed.append(' ').append(e.name().toLowerCase(Locale.ROOT));
        }
        throw error(key, "'" + raw + "'", allowed.toString());
    }

    /** The learned operator from property {@code key} (a weights file), or the shipped default. */
    LearnedOperator operator(String key) {
        return operator(key, DefaultWeights.operator());
    }

    /** The learned operator from property {@code key} (a weights file), or {@code fallback}. */
    LearnedOperator operator(String key, LearnedOperator fallback) {
        if (!properties.contains(key)) {
            return fallback;
        }
        String where = properties.getString(key, null).strip();
        InputStream opened;
        try {
            opened = open(key, where);
        } catch (IOException e) {
            throw new UncheckedIOException(algorithm + ": cannot read weights file " + where + ": " + e.getMessage(), e);
        }
        try (InputStream in = opened) {
            return WeightsFile.read(in, where).operator();
        } catch (IOException e) {
            throw new UncheckedIOException(algorithm + ": cannot read weights file " + where + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(algorithm + ": property " + key + " names an invalid weights file: "
                    + e.getMessage());
        }
    }

    /** Weight vectors from property {@code key}, or null when it is not set. */
    double[][] weightVectors(String key) {
        if (!properties.contains(key)) {
            return null;
        }
        String where = properties.getString(key, null).strip();
        InputStream opened;
        try {
            opened = open(key, where);
        } catch (IOException e) {
            throw new UncheckedIOException(algorithm + ": cannot read weight-vector file " + where + ": "
                    + e.getMessage(), e);
        }
        try (InputStream in = opened;
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return WeightVectors.parse(r, where);
        } catch (IOException e) {
            throw new UncheckedIOException(algorithm + ": cannot read weight-vector file " + where + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(algorithm + ": property " + key + ": " + e.getMessage());
        }
    }

    private InputStream open(String key, String where) throws IOException {
        if (where.startsWith(CLASSPATH)) {
            String name = where.substring(CLASSPATH.length());
            InputStream in = PropertyReader.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name);
            if (in == null) {
                throw error(key, "'" + where + "'", "an existing file or class-path resource (no such resource)");
            }
            return in;
        }
        Path p = Path.of(where);
        if (!Files.isRegularFile(p)) {
            throw error(key, "'" + where + "'", "an existing file or class-path resource (no such file)");
        }
        return Files.newInputStream(p);
    }
}
