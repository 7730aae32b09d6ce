package io.github.l2e4j.benchmark.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The classic control tasks, each with its environment and the Gymnasium id it reproduces. */
public enum ControlTask {

    /** Cart-pole balancing, {@code CartPole-v1}: see {@link CartPole}. */
    CARTPOLE(new CartPole(), "CartPole-v1", OptionalDouble.of(CartPole.HORIZON)),
    /** Pendulum swing-up, {@code Pendulum-v1}: see {@link Pendulum}. */
    PENDULUM(new Pendulum(), "Pendulum-v1", OptionalDouble.empty()),
    /** Acrobot swing-up, {@code Acrobot-v1}: see {@link Acrobot}. */
    ACROBOT(new Acrobot(), "Acrobot-v1", OptionalDouble.empty()),
    /** Continuous mountain car, {@code MountainCarContinuous-v0}: see {@link MountainCarContinuous}. */
    MOUNTAINCAR_CONTINUOUS(new MountainCarContinuous(), "MountainCarContinuous-v0", OptionalDouble.empty());

    private final ControlEnvironment environment;
    private final String gymId;
    private final OptionalDouble bestReturn;

    ControlTask(ControlEnvironment environment, String gymId, OptionalDouble bestReturn) {
        this.environment = environment;
        this.gymId = gymId;
        this.bestReturn = bestReturn;
    }

    /** The environment. */
    public ControlEnvironment environment() {
        return environment;
    }

    /** The token used in problem ids, e.g. {@code cartpole} or {@code mountaincar-continuous}. */
    public String token() {
        return environment.name();
    }

    /** The Gymnasium id whose dynamics, reward and horizon this task reproduces. */
    public String gymId() {
        return gymId;
    }

    /**
     * The largest possible return, when it is known and reachable from every start state: 500 for
     * cart-pole (one per step over the whole horizon); empty for the others.
     */
    public OptionalDouble bestReturn() {
        return bestReturn;
    }

    /** The accepted task tokens, comma separated (for messages). */
    public static String tokens() {
        return Arrays.stream(values()).map(ControlTask::token).collect(Collectors.joining(", "));
    }

    /**
     * The task with the given token (case-insensitive).
     *
     * @throws IllegalArgumentException naming the token and the known ones
     */
    public static ControlTask parse(String token) {
        String t = token == null ? "" : token.toLowerCase(Locale.ROOT);
        for (ControlTask task : values()) {
            if (task.token().equals(t)) {
                return task;
            }
        }
        throw new IllegalArgumentException("unknown control task '" + token + "'; known: " + tokens());
    }
}
