package io.github.l2e4j.benchmark;

import io.github.l2e4j.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the built-in {@link TestFunctions}: exact ids {@code sphere_d10} (the problem's own
 * name) and ranges {@code sphere:d<list>}, e.g. {@code sphere:d10,20}.
 */
final class TestFunctionFamily implements ProblemFamily {

    private final String name;
    private final Pattern exact;
    private final String usage;

    TestFunctionFamily(String name) {
        this.name = name;
        this.exact = Pattern.compile(Pattern.quote(name) + "_d(\\d{1,9})");
        this.usage = name + "_d<dimension> (e.g. " + name + "_d10) or " + name
                + ":d<list> with lists like 10,20-22 (e.g. " + name + ":d10)";
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public List<Problem> resolve(String id) {
        int[] dimensions;
        if (id.startsWith(name + ":")) {
            dimensions = IdSpecs.parse(id, name, usage, new IdSpecs.Part('d', "dimension", 1, Integer.MAX_VALUE))
                    .get('d');
        } else {
            Matcher m = exact.matcher(id);
            if (!m.matches() || !(name + "_d" + Integer.parseInt(m.group(1))).equals(id)) {
                throw IdSpecs.error(id, "is malformed", usage);
            }
            dimensions = new int[] {Integer.parseInt(m.group(1))};
        }
        List<Problem> problems = new ArrayList<>();
        for (int d : dimensions) {
            try {
                problems.add(TestFunctions.create(name, d));
            } catch (IllegalArgumentException e) {
                throw IdSpecs.error(id, "is invalid: " + e.getMessage(), usage);
            }
        }
        return List.copyOf(problems);
    }
}
