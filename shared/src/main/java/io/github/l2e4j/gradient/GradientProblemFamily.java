package io.github.l2e4j.gradient;

import io.github.l2e4j.benchmark.ProblemFamily;
import io.github.l2e4j.problem.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@value #PREFIX} family of problem ids: the differentiable problems of {@link GradientProblems}
 * as box-constrained {@link Problem}s with exact gradients and known Lipschitz constants.
 * <ul>
 *   <li>{@code gradient:qp:n32:m20:i1} — Song et al.'s random QP, n variables, m rows, instance i;
 *       {@code gradient:qp:n32:m20:c1000:i1} sets the condition number instead;</li>
 *   <li>{@code gradient:lsq:n20:m100:i1} — random least squares (noise 0.1);</li>
 *   <li>{@code gradient:logreg:n10:m200:i1} — random logistic regression (convex);</li>
 *   <li>{@code gradient:sigmoid:n10:m100:i1} — random sigmoid regression (non-convex);</li>
 *   <li>{@code gradient:rosenbrock:d10} — Rosenbrock from 0 on its sublevel cube.</li>
 * </ul>
 * The instance part takes lists and ranges ({@code i1-5,9}), giving several problems. Note that
 * the command line and study runner start gradient methods at a random point of the box, not at
 * the problem's own start point x_0 (which {@link GradientProblems} keeps for the unrolled
 * measurements).
 */
public final class GradientProblemFamily implements ProblemFamily {

    /** The family name and id prefix. */
    public static final String PREFIX = "gradient";
    /** Noise of the random least-squares instances. */
    public static final double LSQ_NOISE = 0.1;
    /** The most variables or rows an id may ask for. */
    public static final int MAX_SIZE = 100_000;
    /** The most instances one id may denote. */
    public static final int MAX_INSTANCES = 10_000;

    private static final Pattern PART = Pattern.compile("([a-z])([0-9][0-9,\\-]*)");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");
    private static final String USAGE = "gradient:qp:n<vars>:m<rows>[:c<condition>]:i<instances>, "
            + "gradient:lsq|logreg|sigmoid:n<vars>:m<rows>:i<instances>, gradient:rosenbrock:d<dim>; "
            + "e.g. gradient:qp:n32:m20:i1, gradient:sigmoid:n10:m100:i1-5";

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public List<Problem> resolve(String id) {
        String[] tokens = id.split(":", -1);
        if (tokens.length < 3 || !tokens[0].equals(PREFIX)) {
            throw error(id, "is malformed");
        }
        String kind = tokens[1];
        Map<Character, String> parts = new LinkedHashMap<>();
        for (int t = 2; t < tokens.length; t++) {
            Matcher m = PART.matcher(tokens[t]);
            if (!m.matches()) {
                throw error(id, "has a malformed part '" + tokens[t] + "' (expected a letter and numbers)");
            }
            if (parts.put(m.group(1).charAt(0), m.group(2)) != null) {
                throw error(id, "repeats the part '" + m.group(1) + "'");
            }
        }
        List<SmoothProblem> out = new ArrayList<>();
        switch (kind) {
            case "qp", "lsq", "logreg", "sigmoid" -> {
                allow(id, parts, kind.equals("qp") ? "nmci" : "nmi");
                int n = single(id, parts, 'n', "variables", 1, MAX_SIZE);
                int m = single(id, parts, 'm', "rows", 1, MAX_SIZE);
                double condition = parts.containsKey('c') ? single(id, parts, 'c', "condition", 1, 1_000_000_000) : 0;
                for (int i : list(id, parts, 'i', "instance")) {
                    out.add(switch (kind) {
                        case "qp" -> condition > 0 ? GradientProblems.randomQp(n, m, condition, i)
                                : GradientProblems.randomQp(n, m, i);
                        case "lsq" -> GradientProblems.randomLeastSquares(n, m, LSQ_NOISE, i);
                        case "logreg" -> GradientProblems.randomLogisticRegression(n, m, i);
                        default -> GradientProblems.randomSigmoidRegression(n, m, i);
                    });
                }
            }
            case "rosenbrock" -> {
                allow(id, parts, "d");
                out.add(GradientProblems.rosenbrock(single(id, parts, 'd', "dimension", 2, MAX_SIZE)));
            }
            default -> throw error(id, "has an unknown kind '" + kind + "' (known: qp, lsq, logreg, sigmoid, rosenbrock)");
        }
        List<Problem> problems = new ArrayList<>(out.size());
        for (SmoothProblem p : out) {
            problems.add(p.toProblem());
        }
        return List.copyOf(problems);
    }

    private static void allow(String id, Map<Character, String> parts, String letters) {
        for (char c : parts.keySet()) {
            if (letters.indexOf(c) < 0) {
                throw error(id, "has an unexpected part '" + c + "'");
            }
        }
    }

    private static int single(String id, Map<Character, String> parts, char letter, String meaning, int min, int max) {
        String v = parts.get(letter);
        if (v == null) {
            throw error(id, "lacks the " + meaning + " part '" + letter + "'");
        }
        if (!v.matches("\\d{1,9}")) {
            throw error(id, "must give one number for the " + meaning + " part '" + letter + "', was '" + v + "'");
        }
        int x = Integer.parseInt(v);
        if (x < min || x > max) {
            throw error(id, "has " + meaning + " " + x + "; allowed: " + min + " to " + max);
        }
        return x;
    }

    private static List<Integer> list(String id, Map<Character, String> parts, char letter, String meaning) {
        String v = parts.get(letter);
        if (v == null) {
            throw error(id, "lacks the " + meaning + " part '" + letter + "'");
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (String item : v.split(",", -1)) {
            Matcher m = RANGE.matcher(item);
            if (!m.matches()) {
                throw error(id, "has a malformed " + meaning + " list '" + v + "'");
            }
            int lo = Integer.parseInt(m.group(1));
            int hi = m.group(2) == null ? lo : Integer.parseInt(m.group(2));
            if (hi < lo) {
                throw error(id, "has a decreasing " + meaning + " range '" + item + "'");
            }
            if ((long) set.size() + hi - lo + 1 > MAX_INSTANCES) {
                throw error(id, "denotes more than " + MAX_INSTANCES + " instances");
            }
            for (int x = lo; x <= hi; x++) {
                set.add(x);
            }
        }
        return List.copyOf(set);
    }

    private static IllegalArgumentException error(String id, String what) {
        return new IllegalArgumentException("problem id '" + id + "' " + what + "; expected " + USAGE);
    }
}
