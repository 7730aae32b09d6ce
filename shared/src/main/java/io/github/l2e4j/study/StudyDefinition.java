package io.github.l2e4j.study;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.metrics.CocoTargets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a comparative study runs: problems &times; algorithms &times; seeds, each run with a budget
 * of {@code budgetMultiplier &middot; D} evaluations (or a fixed {@code budget} per run), stopping
 * early once the smallest target f* + &Delta;f is reached (single-objective problems with a known
 * f*). Problems may be single-objective ({@link io.github.l2e4j.benchmark.ProblemRegistry}) or
 * multi-objective ({@link MoProblems}), the same budget rule applying to both. Immutable; made by a {@link Builder}, from a {@linkplain #preset preset},
 * from command-line flags or from a study file with the same keys ({@link StudyFile}).
 *
 * <table>
 *   <caption>Keys (flags without the leading dashes)</caption>
 *   <tr><th>key</th><th>value</th><th>default</th></tr>
 *   <tr><td>problems</td><td>comma-separated problem ids and ranges, e.g. {@code bbob:f1-24:i1-5:d10,40}</td><td>required</td></tr>
 *   <tr><td>algorithms</td><td>comma-separated algorithm names, e.g. {@code l2e,cmaes,de}; parameters in brackets,
 *       e.g. {@code l2e[weights=trained.json]}</td><td>required</td></tr>
 *   <tr><td>seeds</td><td>a count n (seeds 1..n), a range {@code a-b}, or a list {@code 1,5,9}</td><td>5</td></tr>
 *   <tr><td>budget-multiplier</td><td>evaluations per dimension (&gt; 0)</td><td>1000</td></tr>
 *   <tr><td>budget</td><td>evaluations per run, the same for every problem (&ge; 1); replaces
 *       budget-multiplier (give one or the other)</td><td>none (budget-multiplier &middot; D)</td></tr>
 *   <tr><td>targets</td><td>the range of COCO precisions {@code 1e2..1e-8} (each 10^(2-0.2k))</td><td>1e2..1e-8</td></tr>
 *   <tr><td>reference</td><td>the algorithm the others are tested against</td><td>the first algorithm</td></tr>
 *   <tr><td>threads</td><td>worker threads (&ge; 1); results do not depend on it</td><td>the cores</td></tr>
 *   <tr><td>out</td><td>output directory</td><td>required to run</td></tr>
 *   <tr><td>weights</td><td>a weights file for {@code l2e}</td><td>the shipped weights</td></tr>
 * </table>
 */
public final class StudyDefinition {

    /** The keys a study file may hold. */
    public static final List<String> KEYS = List.of("preset", "problems", "algorithms", "seeds", "budget-multiplier",
            "budget", "targets", "reference", "threads", "out", "weights");
    /** Default seed count. */
    public static final int DEFAULT_SEEDS = 5;
    /** Default evaluations per dimension. */
    public static final double DEFAULT_BUDGET_MULTIPLIER = 1000;
    /** The largest fixed budget (evaluations per run). */
    public static final long MAX_BUDGET = 1_000_000_000_000L;
    /** The most seeds a study may have. */
    public static final int MAX_SEEDS = 10_000;
    /** The presets, by name. */
    public static final List<String> PRESETS = List.of("bbob-quick", "bbob", "smoke");

    private final String preset;
    private final List<String> problems;
    private final List<String> algorithms;
    private final List<Long> seeds;
    private final double budgetMultiplier;
    private final Long fixedBudget;
    private final int firstTarget;
    private final int lastTarget;
    private final String reference;
    private final String referenceGiven;
    private final int threads;
    private final Path out;
    private final Path weights;

    private StudyDefinition(Builder b) {
        if (b.problems.isEmpty()) {
            throw new IllegalArgumentException("problems: give at least one problem id (e.g. bbob:f1-24:i1-3:d10)");
        }
        if (b.algorithms.isEmpty()) {
            throw new IllegalArgumentException("algorithms: give at least one algorithm name (e.g. l2e,cmaes)");
        }
        this.preset = b.preset;
        this.problems = List.copyOf(b.problems);
        this.algorithms = List.copyOf(b.algorithms);
        this.seeds = List.copyOf(b.seeds);
        this.budgetMultiplier = b.budgetMultiplier;
        this.fixedBudget = b.fixedBudget;
        this.firstTarget = b.firstTarget;
        this.lastTarget = b.lastTarget;
        String ref = b.reference != null ? b.reference : algorithms.get(0);
        if (!algorithms.contains(ref)) {
            throw new IllegalArgumentException("reference: must be one of the algorithms " + algorithms + ", was '" + ref + "'");
        }
        this.reference = ref;
        this.referenceGiven = b.reference;
        this.threads = b.threads;
        this.out = b.out;
        this.weights = b.weights;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding a preset's values (which later calls may override):
     * <ul>
     *   <li>{@code bbob-quick}: BBOB f1-24, instances 1-3, D = 10, seeds 1-5, budget 1000&middot;D,
     *       l2e vs cmaes vs de vs jenetics-ga, 2 threads;</li>
     *   <li>{@code bbob}: BBOB f1-24, instances 1-5, D = 2, 5, 10, 20, seeds 1-3, budget 10<sup>4</sup>&middot;D,
     *       l2e, l2e-theta0, cmaes, de, ga, jenetics-ga, random;</li>
     *   <li>{@code smoke}: BBOB f1, f8, instances 1-2, D = 2, seeds 1-2, budget 100&middot;D, l2e, cmaes, random
     *       (seconds).</li>
     * </ul>
     *
     * @throws IllegalArgumentException naming the unknown preset and the known ones
     */
    public static Builder preset(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        Builder b = new Builder();
        b.preset = n;
        switch (n) {
            case "bbob-quick" -> b.problems("bbob:f1-24:i1-3:d10").algorithms("l2e,cmaes,de,jenetics-ga").seeds("5")
                    .budgetMultiplier(1000).threads(2);
            case "bbob" -> b.problems("bbob:f1-24:i1-5:d2,5,10,20").algorithms("l2e,l2e-theta0,cmaes,de,ga,jenetics-ga,random")
                    .seeds("3").budgetMultiplier(10_000);
            case "smoke" -> b.problems("bbob:f1,8:i1-2:d2").algorithms("l2e,cmaes,random").seeds("2").budgetMultiplier(100);
            default -> throw new IllegalArgumentException("unknown preset '" + name + "'; known: " + String.join(", ", PRESETS));
        }
        return b;
    }

    /** The preset this definition started from, or null. */
    public String preset() {
        return preset;
    }

    /** Problem ids and ranges, as given. */
    public List<String> problems() {
        return problems;
    }

    /** Algorithm names, lower case, in the order given. */
    public List<String> algorithms() {
        return algorithms;
    }

    /** Seeds, increasing. */
    public List<Long> seeds() {
        return seeds;
    }

    /** Evaluations per dimension. */
    public double budgetMultiplier() {
        return budgetMultiplier;
    }

    /**
     * The budget of a run in dimension D: the fixed {@link #fixedBudget() budget} if one is set,
     * else ceil(multiplier &middot; D), at least 1.
     */
    public long budget(int dimension) {
        if (fixedBudget != null) {
            return fixedBudget;
        }
        return Math.max(1, (long) Math.ceil(budgetMultiplier * dimension));
    }

    /** The fixed evaluations per run ({@code budget} key), or null when the budget is multiplier &middot; D. */
    public Long fixedBudget() {
        return fixedBudget;
    }

    /** The budget rule as text: {@code 10000 evaluations} or {@code 1000.0 x D}. */
    public String budgetText() {
        return fixedBudget != null ? fixedBudget + " evaluations" : budgetMultiplier + " x D";
    }

    /** Index of the largest target precision (0 = 1e2). */
    public int firstTarget() {
        return firstTarget;
    }

    /** Index of the smallest target precision (50 = 1e-8): runs stop once it is reached. */
    public int lastTarget() {
        return lastTarget;
    }

    /** The targets as text, e.g. {@code 1e2..1e-8}. */
    public String targetsText() {
        return precisionText(firstTarget) + ".." + precisionText(lastTarget);
    }

    private static String precisionText(int k) {
        double exp = 2 - k / (double) CocoTargets.PER_DECADE;
        return exp == Math.rint(exp) ? "1e" + (long) exp : String.format(Locale.ROOT, "1e%.1f", exp);
    }

    /** The reference algorithm of the statistics. */
    public String reference() {
        return reference;
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /** Output directory, or null if not set. */
    public Path out() {
        return out;
    }

    /** Weights file for {@code l2e}, or null for the shipped weights. */
    public Path weights() {
        return weights;
    }

    /** A builder holding this definition's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.preset = preset;
        b.problems.addAll(problems);
        b.algorithms.addAll(algorithms);
        b.seeds.clear();
        b.seeds.addAll(seeds);
        b.budgetMultiplier = budgetMultiplier;
        b.fixedBudget = fixedBudget;
        b.firstTarget = firstTarget;
        b.lastTarget = lastTarget;
        b.reference = referenceGiven;
        b.threads = threads;
        b.out = out;
        b.weights = weights;
        return b;
    }

    /**
     * The settings that decide what a run computes (budget multiplier, targets, weights), as a map.
     * A study directory keeps them in {@code study.json}; re-running into it with other values is
     * refused, so that one {@code runs.csv} never mixes two settings.
     */
    public Map<String, Object> runSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budget-multiplier", budgetMultiplier);
        m.put("budget", budgetText());
        m.put("targets", targetsText());
        // The shipped weights are named, so a study directory run with other shipped weights (theta0 before
        // trained weights shipped) is not resumed with these.
        m.put("weights", weights == null ? "shipped:" + DefaultWeights.name()
                : weights.toAbsolutePath().normalize().toString());
        return m;
    }

    /** Everything, as a map with the study-file keys (for {@code study.json} and the report). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (preset != null) {
            m.put("preset", preset);
        }
        m.put("problems", String.join(",", problems));
        m.put("algorithms", String.join(",", algorithms));
        m.put("seeds", seedsText());
        if (fixedBudget != null) {
            m.put("budget", fixedBudget);
        } else {
            m.put("budget-multiplier", budgetMultiplier);
        }
        m.put("targets", targetsText());
        m.put("reference", reference);
        m.put("threads", threads);
        if (out != null) {
            m.put("out", out.toString());
        }
        if (weights != null) {
            m.put("weights", weights.toString());
        }
        return m;
    }

    /** The seeds as text: {@code 1-5} for a range, else a list. */
    public String seedsText() {
        boolean range = true;
        for (int i = 1; i < seeds.size(); i++) {
            range &= seeds.get(i) == seeds.get(i - 1) + 1;
        }
        if (range && seeds.size() > 1) {
            return seeds.get(0) + "-" + seeds.get(seeds.size() - 1);
        }
        List<String> s = new ArrayList<>();
        for (long v : seeds) {
            s.add(Long.toString(v));
        }
        return seeds.size() == 1 ? seeds.get(0) + "-" + seeds.get(0) : String.join(",", s);
    }

    @Override
    public String toString() {
        return "StudyDefinition" + toMap();
    }

    /**
     * The one seed grammar of studies and dynamic runs: a count n (seeds 1..n), a range {@code a-b},
     * or a comma-separated list of seeds and ranges; at most {@value #MAX_SEEDS} distinct seeds,
     * returned in ascending order.
     *
     * @throws IllegalArgumentException starting with "seeds: ", naming the value and what is allowed
     */
    public static List<Long> parseSeeds(String spec) {
        String s = spec == null ? "" : spec.strip();
        TreeSet<Long> set = new TreeSet<>();
        try {
            if (s.matches("\\d+")) {
                long n = Long.parseLong(s);
                if (n < 1 || n > MAX_SEEDS) {
                    throw new IllegalArgumentException("seeds: a count must be in [1, " + MAX_SEEDS + "], was " + s);
                }
                for (long i = 1; i <= n; i++) {
                    set.add(i);
                }
            } else {
                for (String part : s.split(",")) {
                    String p = part.strip();
                    if (p.matches("-?\\d+--?\\d+|-?\\d+-\\d+")) {
                        int dash = p.indexOf('-', 1);
                        long a = Long.parseLong(p.substring(0, dash));
                        long b = Long.parseLong(p.substring(dash + 1));
                        if (b < a || b - a >= MAX_SEEDS) {
                            throw new IllegalArgumentException("seeds: range " + p + " must be a-b with a <= b and at most "
                                    + MAX_SEEDS + " seeds");
                        }
                        for (long v = a; v <= b; v++) {
                            set.add(v);
                        }
                    } else {
                        set.add(Long.parseLong(p));
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds: must be a count (5), a range (1-5) or a list (1,3,7), was '"
                    + spec + "'");
        }
        if (set.isEmpty() || set.size() > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds: must name between 1 and " + MAX_SEEDS + " seeds, was '" + spec + "'");
        }
        return List.copyOf(set);
    }

    /** Builder for {@link StudyDefinition}; every setter checks its value and names the key in its message. */
    public static final class Builder {
        private String preset;
        private final List<String> problems = new ArrayList<>();
        private final List<String> algorithms = new ArrayList<>();
        private final List<Long> seeds = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L));
        private double budgetMultiplier = DEFAULT_BUDGET_MULTIPLIER;
        private Long fixedBudget;
        private int firstTarget = 0;
        private int lastTarget = CocoTargets.COUNT - 1;
        private String reference;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path out;
        private Path weights;

        private Builder() {
        }

        /** Problem ids and ranges, comma-separated (replaces earlier ones). */
        public Builder problems(String spec) {
            problems.clear();
            problems.addAll(splitProblems(spec));
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("problems: give at least one problem id, was '" + spec + "'");
            }
            return this;
        }

        /**
         * Splits a comma-separated list of problem ids where a range's own commas
         * ({@code bbob:f1-24:i1-5:d10,40}) belong to the range: a part that is only digits, a
         * digit range or begins with a letter and digit of a range part continues the previous id.
         */
        static List<String> splitProblems(String spec) {
            List<String> out = new ArrayList<>();
            if (spec == null) {
                return out;
            }
            for (String raw : spec.split(",")) {
                String part = raw.strip();
                if (part.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && part.matches("\\d+(-\\d+)?(:.*)?") && out.get(out.size() - 1).contains(":")) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "," + part);
                } else {
                    out.add(part);
                }
            }
            return out;
        }

        /**
         * Algorithm names, comma-separated (replaces earlier ones; duplicates dropped); a name may carry
         * parameters, {@code l2e[weights=FILE,restarts=nipop]} ({@link AlgorithmName}).
         */
        public Builder algorithms(String names) {
            algorithms.clear();
            if (names != null) {
                for (String n : AlgorithmName.splitList(names)) {
                    // The base name and keys in lower case; parameter values (file names) as given.
                    String a = n.isBlank() ? "" : AlgorithmName.parse(n).toString();
                    if (!a.isEmpty() && !algorithms.contains(a)) {
                        algorithms.add(a);
                    }
                }
            }
            if (algorithms.isEmpty()) {
                throw new IllegalArgumentException("algorithms: give at least one algorithm name, was '" + names + "'");
            }
            return this;
        }

        /**
         * Seeds: a count n (seeds 1..n), a range {@code a-b}, or a comma-separated list of seeds and
         * ranges ({@link StudyDefinition#parseSeeds}).
         *
         * @throws IllegalArgumentException naming the key and the value
         */
        public Builder seeds(String spec) {
            List<Long> parsed = parseSeeds(spec);
            seeds.clear();
            seeds.addAll(parsed);
            return this;
        }

        /** Evaluations per dimension (finite, &gt; 0); drops a fixed {@link #budget(long) budget}. */
        public Builder budgetMultiplier(double multiplier) {
            if (!(multiplier > 0 && multiplier < 1e12)) {
                throw new IllegalArgumentException("budget-multiplier: must be a number > 0 (evaluations per dimension), was "
                        + multiplier);
            }
            this.budgetMultiplier = multiplier;
            this.fixedBudget = null;
            return this;
        }

        /** Evaluations per run, the same for every problem (&ge; 1); replaces the budget multiplier. */
        public Builder budget(long evaluations) {
            if (evaluations < 1 || evaluations > MAX_BUDGET) {
                throw new IllegalArgumentException("budget: must be a whole number of evaluations per run in [1, " + MAX_BUDGET
                        + "], was " + evaluations);
            }
            this.fixedBudget = evaluations;
            return this;
        }

        /**
         * The target range {@code A..B} of COCO precisions, e.g. {@code 1e2..1e-8} or
         * {@code 1e1..1e-5}; each end must be one of 10^(2-0.2k), k = 0..50, and A &ge; B.
         */
        public Builder targets(String spec) {
            String s = spec == null ? "" : spec.strip();
            String[] ends = s.split("\\.\\.");
            String msg = "targets: must be a range A..B of COCO precisions 10^(2-0.2k) between 1e2 and 1e-8 (e.g. 1e2..1e-8), was '"
                    + spec + "'";
            if (ends.length != 2) {
                throw new IllegalArgumentException(msg);
            }
            int a;
            int b;
            try {
                a = CocoTargets.indexOf(Double.parseDouble(ends[0].strip()));
                b = CocoTargets.indexOf(Double.parseDouble(ends[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(msg);
            }
            if (a < 0 || b < 0 || a > b) {
                throw new IllegalArgumentException(msg);
            }
            firstTarget = a;
            lastTarget = b;
            return this;
        }

        /** The reference algorithm (default: the first algorithm). */
        public Builder reference(String name) {
            this.reference = name == null ? null : AlgorithmName.parse(name).toString();
            return this;
        }

        /** Worker threads (&ge; 1). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads: must be >= 1, was " + n);
            }
            this.threads = n;
            return this;
        }

        /** Output directory. */
        public Builder out(Path dir) {
            this.out = dir;
            return this;
        }

        /** Weights file for {@code l2e} (null = the shipped weights). */
        public Builder weights(Path file) {
            this.weights = file;
            return this;
        }

        /**
         * Sets the keys of a study file or flag map (keys as in {@link #KEYS}; values strings,
         * numbers or lists). A {@code preset} key must be applied first, through
         * {@link StudyDefinition#preset}.
         *
         * @param source where the values come from, for messages (e.g. the file name)
         * @throws IllegalArgumentException naming the source, the key and the value
         */
        public Builder apply(Map<String, ?> values, String source) {
            if (values.get("budget") != null && values.get("budget-multiplier") != null) {
                throw new IllegalArgumentException(source + ": give budget or budget-multiplier, not both");
            }
            for (Map.Entry<String, ?> e : values.entrySet()) {
                String key = e.getKey();
                Object v = e.getValue();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException(source + ": unknown key '" + key + "'; known: " + String.join(", ", KEYS));
                }
                if (v == null || key.equals("preset")) {
                    continue;
                }
                String text = v instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : String.valueOf(v);
                try {
                    switch (key) {
                        case "problems" -> problems(text);
                        case "algorithms" -> algorithms(text);
                        case "seeds" -> seeds(v instanceof List<?> ? text + (((List<?>) v).size() == 1 ? "-" + text : "") : text);
                        case "budget-multiplier" -> budgetMultiplier(number(text, key));
                        case "budget" -> budget(wholeNumber(text, key));
                        case "targets" -> targets(text);
                        case "reference" -> reference(text);
                        case "threads" -> threads((int) Math.round(number(text, key)));
                        case "out" -> out(Path.of(text));
                        case "weights" -> weights(Path.of(text));
                        default -> throw new IllegalStateException(key);
                    }
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
                }
            }
            return this;
        }

        private static long wholeNumber(String text, String key) {
            double v = number(text, key);
            if (v != Math.rint(v) || Math.abs(v) > MAX_BUDGET) {
                throw new IllegalArgumentException(key + ": must be a whole number, was '" + text + "'");
            }
            return (long) v;
        }

        private static double number(String text, String key) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": must be a number, was '" + text + "'");
            }
        }

        /** Builds the definition. */
        public StudyDefinition build() {
            return new StudyDefinition(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudyDefinition d && toMap().equals(d.toMap());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toMap());
    }
}
