package io.github.l2e4j.l2o;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.l2e4j.internal.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights files of the learned gradient methods, and the weights shipped in the jar.
 *
 * <p>A small JSON document: {@code format} = {@value #FORMAT}, {@code version} = {@value #VERSION},
 * {@code kind} = {@code step-sizes} ({@link LearnedStepSizes}) or {@code convergent}
 * ({@link ConvergentL2o}), {@code hidden}, {@code theta} (the weights, written so that they read
 * back bit for bit) and {@code provenance} (free-form strings: the command that produced the
 * file, the seed, the task family, the date).
 *
 * <p>Shipped: {@value #STEP_SIZES_RESOURCE}, trained on Song et al.'s random QPs (32 x 20), and
 * {@value #CONVERGENT_RESOURCE}, trained on random sigmoid regressions; docs/differentiable.md
 * gives the commands that reproduce them.
 */
public final class L2oWeights {

    /** The format name. */
    public static final String FORMAT = "l2e4j-l2o-weights";
    /** The format version. */
    public static final int VERSION = 1;
    /** Kind of a {@link LearnedStepSizes} file. */
    public static final String STEP_SIZES = "step-sizes";
    /** Kind of a {@link ConvergentL2o} file. */
    public static final String CONVERGENT = "convergent";
    /** Class-path location of the shipped step-size weights. */
    public static final String STEP_SIZES_RESOURCE = "/io/github/l2e4j/l2o/step-sizes-qp.json";
    /** Class-path location of the shipped convergent-L2O weights. */
    public static final String CONVERGENT_RESOURCE = "/io/github/l2e4j/l2o/convergent-sigmoid.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One file's content. */
    public record Entry(String kind, int hidden, double[] theta, Map<String, String> provenance) {
        /** Copies. */
        public Entry {
            theta = theta.clone();
            provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        }

        @Override
        public double[] theta() {
            return theta.clone();
        }
    }

    private L2oWeights() {
    }

    /** Writes step-size weights atomically. */
    public static void write(Path file, LearnedStepSizes model, Map<String, String> provenance) {
        write(file, STEP_SIZES, model.hidden(), model.theta(), provenance);
    }

    /** Writes convergent-L2O weights atomically. */
    public static void write(Path file, ConvergentL2o model, Map<String, String> provenance) {
        write(file, CONVERGENT, model.hidden(), model.theta(), provenance);
    }

    private static void write(Path file, String kind, int hidden, double[] theta, Map<String, String> provenance) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("kind", kind);
        root.put("hidden", hidden);
        ArrayNode t = root.putArray("theta");
        for (double v : theta) {
            t.add(v);
        }
        ObjectNode p = root.putObject("provenance");
        new LinkedHashMap<>(provenance).forEach(p::put);
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a weights file.
     *
     * @throws IllegalArgumentException naming the file and the field if it is malformed
     */
    public static Entry read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read weights file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads step-size weights from a file. */
    public static LearnedStepSizes readStepSizes(Path file) {
        return stepSizes(read(file), file.toString());
    }

    /** Reads convergent-L2O weights from a file. */
    public static ConvergentL2o readConvergent(Path file) {
        return convergent(read(file), file.toString());
    }

    /** The shipped step-size weights (the untrained model, i.e. GD, if none ship). */
    public static LearnedStepSizes shippedStepSizes() {
        Entry e = resource(STEP_SIZES_RESOURCE);
        return e == null ? LearnedStepSizes.untrained(LearnedStepSizes.DEFAULT_HIDDEN, 1)
                : stepSizes(e, "classpath:" + STEP_SIZES_RESOURCE);
    }

    /** The shipped convergent-L2O weights (the untrained model if none ship). */
    public static ConvergentL2o shippedConvergent() {
        Entry e = resource(CONVERGENT_RESOURCE);
        return e == null ? ConvergentL2o.untrained(ConvergentL2o.DEFAULT_HIDDEN, 1)
                : convergent(e, "classpath:" + CONVERGENT_RESOURCE);
    }

    private static Entry resource(String name) {
        try (InputStream in = L2oWeights.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static LearnedStepSizes stepSizes(Entry e, String source) {
        if (!e.kind().equals(STEP_SIZES)) {
            throw new IllegalArgumentException(source + ": kind must be '" + STEP_SIZES + "', was '" + e.kind() + "'");
        }
        return wrap(source, () -> LearnedStepSizes.of(e.hidden(), e.theta()));
    }

    private static ConvergentL2o convergent(Entry e, String source) {
        if (!e.kind().equals(CONVERGENT)) {
            throw new IllegalArgumentException(source + ": kind must be '" + CONVERGENT + "', was '" + e.kind() + "'");
        }
        return wrap(source, () -> ConvergentL2o.of(e.hidden(), e.theta()));
    }

    private static <T> T wrap(String source, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Parses a weights document.
     *
     * @param source names the document in error messages
     * @throws IllegalArgumentException naming the source and the field if it is malformed
     */
    public static Entry parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object");
        }
        String format = root.path("format").asText("");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(source + ": field 'format' must be '" + FORMAT + "', was '" + format + "'");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.asInt() != VERSION) {
            throw new IllegalArgumentException(source + ": field 'version' must be " + VERSION + ", was " + version);
        }
        JsonNode kind = root.get("kind");
        if (kind == null || !kind.isTextual()) {
            throw new IllegalArgumentException(source + ": field 'kind' must be a string");
        }
        JsonNode hidden = root.get("hidden");
        if (hidden == null || !hidden.isInt() || hidden.asInt() < 1) {
            throw new IllegalArgumentException(source + ": field 'hidden' must be an integer >= 1, was " + hidden);
        }
        JsonNode theta = root.get("theta");
        if (theta == null || !theta.isArray()) {
            throw new IllegalArgumentException(source + ": field 'theta' must be an array of numbers");
        }
        double[] t = new double[theta.size()];
        for (int i = 0; i < t.length; i++) {
            JsonNode v = theta.get(i);
            if (!v.isNumber()) {
                throw new IllegalArgumentException(source + ": theta[" + i + "] must be a number, was " + v);
            }
            t[i] = v.asDouble();
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        JsonNode p = root.get("provenance");
        if (p != null && p.isObject()) {
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                provenance.put(e.getKey(), e.getValue().asText());
            }
        }
        return new Entry(kind.asText(), hidden.asInt(), t, provenance);
    }
}
