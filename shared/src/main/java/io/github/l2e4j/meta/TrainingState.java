package io.github.l2e4j.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.l2e4j.internal.AtomicFiles;
import io.github.l2e4j.operator.ThetaLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The complete state of a meta-training run after some outer generations: everything a resumed
 * run needs to continue bit for bit (all random numbers are derived from the seed and the
 * generation, so no generator state is stored). Written as JSON, atomically.
 */
final class TrainingState {

    static final String FORMAT = "l2e4j-training-checkpoint";
    /** 2 since the rate and damping heads (440 parameters); a format-1 checkpoint (422) is refused. */
    static final int FORMAT_VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    MetaConfig config;
    long seed;
    int metaGeneration;
    double[] mean;
    double[] adamM;
    double[] adamV;
    double[] std;
    long step;
    double learningRate;
    double sigma;
    /** The validated mean with the highest validation score so far (null before the first validation). */
    double[] best;
    /** Its validation score and outer generation. */
    double bestValidation = Double.NEGATIVE_INFINITY;
    int bestGeneration = -1;
    final List<double[]> validation = new ArrayList<>();
    final List<double[]> trainingScores = new ArrayList<>();

    static TrainingState start(MetaConfig config, long seed, double[] theta0) {
        TrainingState s = new TrainingState();
        int n = ThetaLayout.SIZE;
        s.config = config;
        s.seed = seed;
        s.mean = theta0.clone();
        s.adamM = new double[n];
        s.adamV = new double[n];
        s.std = new double[n];
        Arrays.fill(s.std, config.sigma());
        s.learningRate = config.learningRate();
        s.sigma = config.sigma();
        return s;
    }

    double lastValidation() {
        return validation.isEmpty() ? Double.NaN : validation.get(validation.size() - 1)[1];
    }

    /** Refuses a checkpoint of another run, naming the file and the field. */
    void requireCompatible(MetaConfig wanted, long wantedSeed, Path file) {
        if (seed != wantedSeed) {
            throw new IllegalArgumentException(file + ": field 'seed' is " + seed + ", but this run's seed is "
                    + wantedSeed + "; resume with the same seed or train without --resume");
        }
        Map<String, Object> a = config.toMap();
        Map<String, Object> b = wanted.toMap();
        for (String key : b.keySet()) {
            // The settings decide whether a run can continue, not the preset's name: a checkpoint of the
            // earlier default preset (now named lga) resumes with --preset lga.
            if (key.equals("metaGenerations") || key.equals("preset")) {
                continue;
            }
            if (!String.valueOf(a.get(key)).equals(String.valueOf(b.get(key)))) {
                throw new IllegalArgumentException(file + ": field 'config." + key + "' is " + a.get(key)
                        + ", but this run has " + b.get(key) + "; resume with the same settings (a checkpoint of the "
                        + "earlier default preset resumes with --preset lga)");
            }
        }
        config = wanted;
    }

    void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.set("config", JSON.valueToTree(config.toMap()));
        root.put("seed", seed);
        root.put("metaGeneration", metaGeneration);
        root.put("step", step);
        root.put("learningRate", learningRate);
        root.put("sigma", sigma);
        root.set("mean", array(mean));
        root.set("adamM", array(adamM));
        root.set("adamV", array(adamV));
        root.set("std", array(std));
        if (best != null) {
            root.set("best", array(best));
            root.put("bestValidation", bestValidation);
            root.put("bestGeneration", bestGeneration);
        }
        root.set("validation", pairs(validation));
        root.set("trainingScores", pairs(trainingScores));
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static TrainingState read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a readable checkpoint (" + e.getMessage() + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(file + ": field 'format' must be \"" + FORMAT + "\"");
        }
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new IllegalArgumentException(file + ": field 'formatVersion' must be " + FORMAT_VERSION
                    + ", was " + root.get("formatVersion"));
        }
        TrainingState s = new TrainingState();
        try {
            s.config = MetaConfig.fromMap(JSON.convertValue(root.get("config"), Map.class));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        s.seed = root.path("seed").asLong();
        s.metaGeneration = root.path("metaGeneration").asInt();
        s.step = root.path("step").asLong();
        s.learningRate = root.path("learningRate").asDouble();
        s.sigma = root.path("sigma").asDouble();
        s.mean = vector(root, "mean", file);
        s.adamM = vector(root, "adamM", file);
        s.adamV = vector(root, "adamV", file);
        s.std = vector(root, "std", file);
        if (root.has("best")) {
            s.best = vector(root, "best", file);
            s.bestValidation = root.path("bestValidation").asDouble();
            s.bestGeneration = root.path("bestGeneration").asInt();
        }
        readPairs(root.get("validation"), s.validation);
        readPairs(root.get("trainingScores"), s.trainingScores);
        return s;
    }

    private static ArrayNode array(double[] v) {
        ArrayNode a = JSON.createArrayNode();
        for (double x : v) {
            a.add(x);
        }
        return a;
    }

    private static ArrayNode pairs(List<double[]> list) {
        ArrayNode a = JSON.createArrayNode();
        for (double[] p : list) {
            a.add(array(p));
        }
        return a;
    }

    private static void readPairs(JsonNode node, List<double[]> into) {
        if (node == null) {
            return;
        }
        for (JsonNode p : node) {
            into.add(new double[]{p.get(0).asDouble(), p.get(1).asDouble()});
        }
    }

    private static double[] vector(JsonNode root, String field, Path file) {
        JsonNode a = root.get(field);
        if (a == null || !a.isArray() || a.size() != ThetaLayout.SIZE) {
            throw new IllegalArgumentException(file + ": field '" + field + "' must be an array of "
                    + ThetaLayout.SIZE + " numbers");
        }
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new IllegalArgumentException(file + ": field '" + field + "[" + i + "]' must be a number");
            }
            v[i] = a.get(i).asDouble();
        }
        return v;
    }
}
