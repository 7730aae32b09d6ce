package io.github.l2e4j.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a study file: a JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}) object with the
 * keys of {@link StudyDefinition#KEYS}, for example
 * <pre>
 * preset: bbob-quick          # optional; the other keys override it
 * problems: bbob:f1-24:i1-3:d10
 * algorithms: [l2e, cmaes, de, jenetics-ga]
 * seeds: 3
 * budget-multiplier: 1000
 * out: results/quick
 * </pre>
 */
public final class StudyFile {

    private StudyFile() {
    }

    /**
     * The key-value pairs of a study file, in file order.
     *
     * @throws IllegalArgumentException naming the file (and line, where the parser gives one) when
     *                                  it is missing, malformed or not an object
     */
    public static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("study file " + file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!yaml && !name.endsWith(".json")) {
            throw new IllegalArgumentException("study file " + file + ": must end in .json, .yaml or .yml");
        }
        ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        Object value;
        try {
            value = mapper.readValue(file.toFile(), Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null ? " line " + e.getLocation().getLineNr() : "";
            throw new IllegalArgumentException("study file " + file + where + ": " + e.getOriginalMessage().lines().findFirst()
                    .orElse("malformed"));
        } catch (IOException e) {
            throw new IllegalArgumentException("study file " + file + ": cannot read (" + e.getMessage() + ")");
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("study file " + file + ": must hold an object of keys "
                    + String.join(", ", StudyDefinition.KEYS));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /**
     * A definition builder from a study file: its {@code preset} (if any) first, then its other keys.
     */
    public static StudyDefinition.Builder builder(Path file) {
        Map<String, Object> values = read(file);
        Object preset = values.get("preset");
        StudyDefinition.Builder b;
        try {
            b = preset != null ? StudyDefinition.preset(String.valueOf(preset)) : StudyDefinition.builder();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("study file " + file + ": " + e.getMessage(), e);
        }
        return b.apply(values, "study file " + file);
    }
}
