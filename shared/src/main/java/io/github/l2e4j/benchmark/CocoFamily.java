package io.github.l2e4j.benchmark;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.benchmark.bbob.BbobLargeScale;
import io.github.l2e4j.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The COCO suites {@code bbob} and {@code bbob-largescale}: exact ids as COCO writes them
 * ({@code bbob_f008_i03_d10}, {@code bbob-largescale_f008_i03_d0640}) and ranges
 * {@code bbob:f<list>:i<list>:d<list>}, expanded in COCO's order (dimension, then function, then
 * instance).
 */
final class CocoFamily implements ProblemFamily {

    /** Creates one problem of the suite. */
    @FunctionalInterface
    interface Factory {
        Problem create(int function, int instance, int dimension);
    }

    /** Formats the suite's id. */
    @FunctionalInterface
    interface Namer {
        String id(int function, int instance, int dimension);
    }

    private final String name;
    private final Pattern exact;
    private final Factory factory;
    private final Namer namer;
    private final String usage;
    private final int maxDimension;

    private CocoFamily(String name, String idTemplate, String rangeExample, int exampleDimension, Factory factory,
                       Namer namer, int maxDimension) {
        this.name = name;
        this.exact = Pattern.compile(Pattern.quote(name) + "_f(\\d{1,9})_i(\\d{1,9})_d(\\d{1,9})");
        this.factory = factory;
        this.namer = namer;
        this.maxDimension = maxDimension;
        this.usage = idTemplate + " (e.g. " + namer.id(8, 3, exampleDimension) + ") or " + name
                + ":f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. " + rangeExample + ")";
    }

    static CocoFamily bbob() {
        return new CocoFamily(Bbob.SUITE, "bbob_fFFF_iII_dDD", "bbob:f1-24:i1-5:d10,40", 10, Bbob::problem,
                Bbob::id, Bbob.MAX_DIMENSION);
    }

    static CocoFamily largeScale() {
        return new CocoFamily(BbobLargeScale.SUITE, "bbob-largescale_fFFF_iII_dDDDD", "bbob-largescale:f1-24:i1:d80",
                640, BbobLargeScale::problem, BbobLargeScale::id, BbobLargeScale.MAX_DIMENSION);
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public List<Problem> resolve(String id) {
        if (id.startsWith(name + ":")) {
            return range(id);
        }
        Matcher m = exact.matcher(id);
        if (!m.matches()) {
            throw IdSpecs.error(id, "is malformed", usage);
        }
        int f = Integer.parseInt(m.group(1));
        int i = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (!namer.id(f, i, d).equals(id)) {
            throw IdSpecs.error(id, "is not written as COCO writes it (" + namer.id(f, i, d) + ")", usage);
        }
        return List.of(create(id, f, i, d));
    }

    private List<Problem> range(String id) {
        Map<Character, int[]> parts = IdSpecs.parse(id, name, usage,
                new IdSpecs.Part('f', "function", 1, Bbob.FUNCTIONS),
                new IdSpecs.Part('i', "instance", 1, Bbob.MAX_INSTANCE),
                new IdSpecs.Part('d', "dimension", Bbob.MIN_DIMENSION, maxDimension));
        int[] functions = parts.get('f');
        int[] instances = parts.get('i');
        int[] dimensions = parts.get('d');
        IdSpecs.checkCount(id, usage, functions, instances, dimensions);
        List<Problem> problems = new ArrayList<>(functions.length * instances.length * dimensions.length);
        for (int d : dimensions) {
            for (int f : functions) {
                for (int i : instances) {
                    problems.add(create(id, f, i, d));
                }
            }
        }
        return List.copyOf(problems);
    }

    private Problem create(String id, int f, int i, int d) {
        try {
            return factory.create(f, i, d);
        } catch (IllegalArgumentException e) {
            throw IdSpecs.error(id, "is invalid: " + e.getMessage(), usage);
        }
    }
}
