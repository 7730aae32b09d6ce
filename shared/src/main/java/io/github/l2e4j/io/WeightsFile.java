package io.github.l2e4j.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.l2e4j.internal.AtomicFiles;
import io.github.l2e4j.operator.HeadRanges;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.ThetaLayout;
import io.github.l2e4j.population.TokenFeatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes weights files (JSON, format version {@value #FORMAT_VERSION}):
 * <pre>
 * {
 *   "format": "l2e4j-weights",
 *   "formatVersion": 2,
 *   "featureContractVersion": 1,
 *   "architecture": { "features": 6, "width": 8, "state": 4 },
 *   "parameterCount": 440,
 *   "ranges": { "rho": 0.9, "alphaMin": 0.2, ..., "rateLog2": 1.0, "dampingLog2": 1.0 },
 *   "theta": [ ... 440 numbers ... ],
 *   "provenance": { "command": "...", "seed": 1, ... }
 * }
 * </pre>
 * Format 1 (422 parameters, written before the rate and damping heads) is still read: the two heads
 * are added at theta0 (output layer and bias zero, so both multipliers are exactly 1) with the
 * default ranges, and the operator behaves exactly as it did. Loading checks every field and refuses
 * a mismatch with an {@link IllegalArgumentException} naming the source and the field. Writing is
 * atomic (temporary file, then rename).
 */
public final class WeightsFile {

    /** The "format" value. */
    public static final String FORMAT = "l2e4j-weights";
    /** The current format version. */
    public static final int FORMAT_VERSION = 2;
    /** The format version before the rate and damping heads (still read). */
    public static final int FORMAT_VERSION_V1 = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WeightsFile() {
    }

    /** Reads weights from a file. */
    public static Weights read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read weights file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads weights from a stream; {@code source} names it in messages. */
    public static Weights read(InputStream in, String source) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return parse(text, source);
    }

    /** Parses weights from JSON text; {@code source} names it in messages. */
    public static Weights parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object");
        }
        requireText(root, "format", FORMAT, source);
        JsonNode version = field(root, "formatVersion", source);
        if (!version.isIntegralNumber() || (version.asInt() != FORMAT_VERSION && version.asInt() != FORMAT_VERSION_V1)) {
            throw new IllegalArgumentException(source + ": field 'formatVersion' must be " + FORMAT_VERSION
                    + " or " + FORMAT_VERSION_V1 + " (the versions this build reads), was " + version);
        }
        boolean v1 = version.asInt() == FORMAT_VERSION_V1;
        int size = v1 ? ThetaLayout.SIZE_V1 : ThetaLayout.SIZE;
        requireInt(root, "featureContractVersion", TokenFeatures.CONTRACT_VERSION, source);
        JsonNode arch = field(root, "architecture", source);
        requireInt(arch, "features", ThetaLayout.F, source + " architecture");
        requireInt(arch, "width", ThetaLayout.H, source + " architecture");
        requireInt(arch, "state", ThetaLayout.S, source + " architecture");
        requireInt(root, "parameterCount", size, source);
        JsonNode r = field(root, "ranges", source);
        HeadRanges ranges;
        try {
            double rateLog2 = v1 ? HeadRanges.DEFAULT_MULTIPLIER_LOG2 : number(r, "rateLog2", source);
            double dampingLog2 = v1 ? HeadRanges.DEFAULT_MULTIPLIER_LOG2 : number(r, "dampingLog2", source);
            ranges = new HeadRanges(number(r, "rho", source), number(r, "alphaMin", source),
                    number(r, "alphaMax", source), number(r, "gateMax", source), number(r, "stepLog2", source),
                    number(r, "mutationMin", source), number(r, "mutationMax", source), rateLog2, dampingLog2);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": field 'ranges': " + e.getMessage());
        }
        JsonNode t = field(root, "theta", source);
        if (!t.isArray() || t.size() != size) {
            throw new IllegalArgumentException(source + ": field 'theta' must be an array of " + size
                    + " numbers, was " + (t.isArray() ? "an array of " + t.size() : t.getNodeType().toString().toLowerCase()));
        }
        // Format 1: the rate and damping heads (the last 2 x 9 entries) stay zero, their theta0.
        double[] theta = new double[ThetaLayout.SIZE];
        for (int i = 0; i < size; i++) {
            JsonNode v = t.get(i);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new IllegalArgumentException(source + ": field 'theta[" + i + "]' must be a finite number, was " + v);
            }
            theta[i] = v.asDouble();
        }
        Map<String, Object> provenance = new LinkedHashMap<>();
        JsonNode p = root.get("provenance");
        if (p != null && p.isObject()) {
            provenance.putAll(JSON.convertValue(p, Map.class));
        }
        return new Weights(LearnedOperator.of(theta, ranges), provenance);
    }

    /** The JSON text of weights. */
    public static String toJson(Weights weights) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("featureContractVersion", TokenFeatures.CONTRACT_VERSION);
        ObjectNode arch = root.putObject("architecture");
        arch.put("features", ThetaLayout.F);
        arch.put("width", ThetaLayout.H);
        arch.put("state", ThetaLayout.S);
        root.put("parameterCount", ThetaLayout.SIZE);
        HeadRanges r = weights.operator().ranges();
        ObjectNode ranges = root.putObject("ranges");
        ranges.put("rho", r.rho());
        ranges.put("alphaMin", r.alphaMin());
        ranges.put("alphaMax", r.alphaMax());
        ranges.put("gateMax", r.gateMax());
        ranges.put("stepLog2", r.stepLog2());
        ranges.put("mutationMin", r.mutationMin());
        ranges.put("mutationMax", r.mutationMax());
        ranges.put("rateLog2", r.rateLog2());
        ranges.put("dampingLog2", r.dampingLog2());
        ArrayNode theta = root.putArray("theta");
        for (double v : weights.operator().theta()) {
            theta.add(v);
        }
        root.set("provenance", JSON.valueToTree(weights.provenance()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes weights atomically: a temporary file in the same directory, then a rename. */
    public static void write(Weights weights, Path file) {
        try {
            AtomicFiles.writeString(file, toJson(weights));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write weights file " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode field(JsonNode node, String name, String source) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(source + ": missing field '" + name + "'");
        }
        return v;
    }

    private static void requireText(JsonNode node, String name, String expected, String source) {
        JsonNode v = field(node, name, source);
        if (!v.isTextual() || !v.asText().equals(expected)) {
            throw new IllegalArgumentException(source + ": field '" + name + "' must be \"" + expected + "\", was " + v);
        }
    }

    private static void requireInt(JsonNode node, String name, int expected, String source) {
        JsonNode v = field(node, name, source);
        if (!v.isIntegralNumber() || v.asInt() != expected) {
            throw new IllegalArgumentException(source + ": field '" + name + "' must be " + expected
                    + " (this build's version), was " + v);
        }
    }

    private static double number(JsonNode node, String name, String source) {
        JsonNode v = field(node, name, source + " ranges");
        if (!v.isNumber()) {
            throw new IllegalArgumentException(source + ": field 'ranges." + name + "' must be a number, was " + v);
        }
        return v.asDouble();
    }
}
