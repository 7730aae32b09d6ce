package io.github.l2e4j.benchmark.control;

import io.github.l2e4j.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves control problem ids and builds the standard control problems.
 *
 * <p><b>Id scheme</b>: {@code control:<task>:<policy>[:s<seed>][:e<episodes>]}, where
 * <ul>
 *   <li>{@code <task>} is {@code cartpole}, {@code pendulum}, {@code acrobot} or
 *       {@code mountaincar-continuous} ({@link ControlTask});</li>
 *   <li>{@code <policy>} is {@code linear}, {@code mlp} (8 tanh hidden units) or {@code mlp<h>}
 *       ({@link Policy});</li>
 *   <li>{@code s<seed>} is the instance seed that fixes the episode start states (decimal,
 *       &ge; 0, default {@value ControlProblem#DEFAULT_SEED});</li>
 *   <li>{@code e<episodes>} is the number of episodes averaged per evaluation (default
 *       {@value ControlProblem#DEFAULT_EPISODES}).</li>
 * </ul>
 * Ids are case-insensitive, and {@code _} may replace {@code :} (for file names):
 * {@code control_cartpole_linear_s2} is {@code control:cartpole:linear:s2}. The canonical id, which
 * {@link ControlProblem#id()} and {@link Problem#name()} return, uses {@code :}, lower case, and
 * leaves out the parts that equal their defaults, so {@code create(problem.name())} rebuilds the
 * same problem. Examples: {@code control:cartpole:linear}, {@code control:acrobot:mlp16:s3},
 * {@code control:pendulum:mlp:s7:e10}.
 */
public final class ControlTasks {

    /** The first part of every control id. */
    public static final String PREFIX = "control";

    private static final String FORM = PREFIX + ":<task>:<policy>[:s<seed>][:e<episodes>]";

    private ControlTasks() {
    }

    /**
     * The problem for an id.
     *
     * @throws IllegalArgumentException with a one-line message naming the id and the allowed values
     */
    public static Problem create(String id) {
        return parse(id).toProblem();
    }

    /**
     * The control problem for an id (with access to the task, policy and episodes).
     *
     * @throws IllegalArgumentException with a one-line message naming the id and the allowed values
     */
    public static ControlProblem parse(String id) {
        if (id == null || id.isBlank()) {
            throw unknown(id, "the id must not be blank; expected " + FORM);
        }
        String[] parts = id.trim().toLowerCase(Locale.ROOT).split("[:_]", -1);
        if (parts.length < 3 || parts.length > 5 || !parts[0].equals(PREFIX)) {
            throw unknown(id, "expected " + FORM + " with task in {" + ControlTask.tokens()
                    + "} and policy in {linear, mlp, mlp<h>}");
        }
        ControlTask task;
        Policy policy;
        try {
            task = ControlTask.parse(parts[1]);
            policy = Policy.parse(parts[2]);
        } catch (IllegalArgumentException e) {
            throw unknown(id, e.getMessage());
        }
        ControlProblem.Builder b = ControlProblem.builder(task).policy(policy);
        boolean seedSeen = false;
        boolean episodesSeen = false;
        for (int i = 3; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("s") && !seedSeen && !episodesSeen) {
                b.seed(number(id, p, "seed", Long.MAX_VALUE, 0));
                seedSeen = true;
            } else if (p.startsWith("e") && !episodesSeen) {
                b.episodes((int) number(id, p, "episode count", ControlProblem.MAX_EPISODES, 1));
                episodesSeen = true;
            } else {
                throw unknown(id, "unexpected part '" + p + "'; expected " + FORM);
            }
        }
        return b.build();
    }

    /** The ids of the standard problems: every task with the linear and the default mlp policy. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (ControlTask task : ControlTask.values()) {
            for (Policy policy : List.of(Policy.linear(), Policy.mlp())) {
                ids.add(id(task, policy, ControlProblem.DEFAULT_SEED, ControlProblem.DEFAULT_EPISODES));
            }
        }
        return List.copyOf(ids);
    }

    /** The problem for a task, policy and instance seed, with the default episode count. */
    public static Problem create(ControlTask task, Policy policy, long seed) {
        return ControlProblem.builder(task).policy(policy).seed(seed).build().toProblem();
    }

    /** Cart-pole ({@code CartPole-v1}) with the given policy, default seed and episodes. */
    public static Problem cartPole(Policy policy) {
        return create(ControlTask.CARTPOLE, policy, ControlProblem.DEFAULT_SEED);
    }

    /** Pendulum swing-up ({@code Pendulum-v1}) with the given policy, default seed and episodes. */
    public static Problem pendulum(Policy policy) {
        return create(ControlTask.PENDULUM, policy, ControlProblem.DEFAULT_SEED);
    }

    /** Acrobot ({@code Acrobot-v1}) with the given policy, default seed and episodes. */
    public static Problem acrobot(Policy policy) {
        return create(ControlTask.ACROBOT, policy, ControlProblem.DEFAULT_SEED);
    }

    /** Continuous mountain car ({@code MountainCarContinuous-v0}) with the given policy, default seed and episodes. */
    public static Problem mountainCarContinuous(Policy policy) {
        return create(ControlTask.MOUNTAINCAR_CONTINUOUS, policy, ControlProblem.DEFAULT_SEED);
    }

    /** The canonical id (parts equal to their defaults left out). */
    static String id(ControlTask task, Policy policy, long seed, int episodes) {
        StringBuilder s = new StringBuilder(PREFIX).append(':').append(task.token()).append(':').append(policy.token());
        if (seed != ControlProblem.DEFAULT_SEED) {
            s.append(":s").append(seed);
        }
        if (episodes != ControlProblem.DEFAULT_EPISODES) {
            s.append(":e").append(episodes);
        }
        return s.toString();
    }

    private static long number(String id, String part, String what, long max, long min) {
        String digits = part.substring(1);
        if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw unknown(id, what + " '" + part + "' must be '" + part.charAt(0) + "' followed by a number in ["
                    + min + ", " + max + "]");
        }
        try {
            long v = Long.parseLong(digits);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through: out of range of a long
        }
        throw unknown(id, what + " '" + part + "' must be '" + part.charAt(0) + "' followed by a number in ["
                + min + ", " + max + "]");
    }

    private static IllegalArgumentException unknown(String id, String detail) {
        return new IllegalArgumentException("unknown control problem '" + id + "': " + detail);
    }
}
