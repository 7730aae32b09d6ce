package io.github.l2e4j.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Parsing of range specs {@code family:a<list>:b<list>...}, where each part starts with a letter
 * and a list is comma-separated numbers and ranges, e.g. {@code f1,3,5-7}.
 */
final class IdSpecs {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

    /** One kind of part: its letter, what its numbers mean and their allowed range. */
    record Part(char letter, String meaning, int min, int max) {

        String allowed() {
            return max == Integer.MAX_VALUE ? ">= " + min : "[" + min + ", " + max + "]";
        }
    }

    private IdSpecs() {
    }

    /**
     * Parses the parts of {@code id} after {@code family + ":"}: every given part must appear
     * exactly once, in any order.
     *
     * @return for each part letter, its values sorted and without duplicates, in the order of
     *         {@code parts}
     * @throws IllegalArgumentException naming the id, the part and the expected form
     */
    static Map<Character, int[]> parse(String id, String family, String usage, Part... parts) {
        String body = id.substring(family.length() + 1);
        Map<Character, int[]> values = new LinkedHashMap<>();
        for (Part p : parts) {
            values.put(p.letter(), null);
        }
        for (String token : body.split(":", -1)) {
            if (token.isEmpty()) {
                throw error(id, "has an empty part", usage);
            }
            char letter = token.charAt(0);
            Part part = find(parts, letter);
            if (part == null) {
                throw error(id, "has an unknown part '" + token + "'", usage);
            }
            if (values.get(letter) != null) {
                throw error(id, "gives part '" + letter + "' twice", usage);
            }
            values.put(letter, list(id, token, part, usage));
        }
        for (Part p : parts) {
            if (values.get(p.letter()) == null) {
                throw error(id, "is missing part '" + p.letter() + "' (" + p.meaning() + "s)", usage);
            }
        }
        return values;
    }

    /** The values of one part such as {@code f1,3,5-7}: sorted, without duplicates. */
    static int[] list(String id, String token, Part part, String usage) {
        String list = token.substring(1);
        if (list.isEmpty()) {
            throw error(id, "has no " + part.meaning() + "s in part '" + token + "'", usage);
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (String item : list.split(",", -1)) {
            int lo;
            int hi;
            var range = RANGE.matcher(item);
            if (NUMBER.matcher(item).matches()) {
                lo = Integer.parseInt(item);
                hi = lo;
            } else if (range.matches()) {
                lo = Integer.parseInt(range.group(1));
                hi = Integer.parseInt(range.group(2));
                if (lo > hi) {
                    throw error(id, "has the empty range '" + item + "' in part '" + token + "'", usage);
                }
            } else {
                throw error(id, "has '" + item + "' in part '" + token
                        + "', which is not a number or a range like 5-7", usage);
            }
            if (lo < part.min() || hi > part.max()) {
                throw error(id, "has " + part.meaning() + " '" + item + "' in part '" + token + "', allowed "
                        + part.allowed(), usage);
            }
            if ((long) hi - lo + set.size() >= ProblemRegistry.MAX_PROBLEMS) {
                throw error(id, "denotes more than " + ProblemRegistry.MAX_PROBLEMS + " problems", usage);
            }
            for (int v = lo; v <= hi; v++) {
                set.add(v);
            }
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Fails if the product of the list sizes exceeds {@link ProblemRegistry#MAX_PROBLEMS}. */
    static void checkCount(String id, String usage, int[]... lists) {
        long count = 1;
        for (int[] l : lists) {
            count *= l.length;
        }
        if (count > ProblemRegistry.MAX_PROBLEMS) {
            throw error(id, "denotes " + count + " problems, more than " + ProblemRegistry.MAX_PROBLEMS, usage);
        }
    }

    /** The one-line error {@code problem id '<id>' <what>; expected <usage>}. */
    static IllegalArgumentException error(String id, String what, String usage) {
        return new IllegalArgumentException("problem id '" + id + "' " + what + "; expected " + usage);
    }

    private static Part find(Part[] parts, char letter) {
        return Arrays.stream(parts).filter(p -> p.letter() == letter).findFirst().orElse(null);
    }
}
