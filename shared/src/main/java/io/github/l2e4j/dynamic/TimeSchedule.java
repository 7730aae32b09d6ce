package io.github.l2e4j.dynamic;

/**
 * The time variable of the dynamic benchmarks, driven by the generation counter, with the official
 * static warm-up of the CEC 2018 DF suite. Immutable.
 *
 * <h2>Definition</h2>
 * With generation counter tau (the initial population is generation 1), severity n_t, frequency
 * tau_t and warm-up T0:
 * <pre>
 *   k(tau) = floor( max(tau + tau_t - (T0 + 1), 0) / tau_t )      (the environment index)
 *   t(tau) = k(tau) / n_t
 * </pre>
 * This is the official MATLAB reference's {@code tau_tmp = max(tau + taut - (T0+1), 0);
 * t = 1/nt*floor(tau_tmp/taut)} with T0 = {@value #DEFAULT_WARM_UP} [1]. So generations 1..T0 are
 * environment 0 (t = 0), and the environment changes at generations T0 + 1, T0 + tau_t + 1,
 * T0 + 2 tau_t + 1, ...: environment k &ge; 1 spans generations
 * {@code T0 + (k-1) tau_t + 1 .. T0 + k tau_t}. A run with c changes has {@code T0 + c tau_t}
 * generations and c + 1 environments. (pymoo's DF classes have no warm-up; the C++ reference computes
 * {@code 1/nt} in integer arithmetic, so its t is always 0; neither is followed here.)
 *
 * <p>[1] S. Jiang, S. Yang, X. Yao, K. C. Tan, M. Kaiser, N. Krasnogor, Benchmark problems for CEC2018
 * competition on dynamic multiobjective optimisation, Newcastle University, 2018 (official MATLAB code
 * {@code cec2018_DF.m}).
 *
 * @param severity  n_t &ge; 1: the number of distinct steps per unit of t (larger is a smaller change)
 * @param frequency tau_t &ge; 1: generations per environment
 * @param warmUp    T0 &ge; 1: generations of the first, static environment
 */
public record TimeSchedule(int severity, int frequency, int warmUp) {

    /** The official warm-up T0 of the CEC 2018 DF suite, in generations. */
    public static final int DEFAULT_WARM_UP = 50;

    /** Validates. */
    public TimeSchedule {
        if (severity < 1) {
            throw new IllegalArgumentException("severity n_t must be >= 1, was " + severity);
        }
        if (frequency < 1) {
            throw new IllegalArgumentException("frequency tau_t must be >= 1, was " + frequency);
        }
        if (warmUp < 1) {
            throw new IllegalArgumentException("warmUp T0 must be >= 1 (environment 0 needs a generation), was " + warmUp);
        }
    }

    /** (n_t, tau_t) with the official warm-up T0 = {@value #DEFAULT_WARM_UP}. */
    public static TimeSchedule of(int severity, int frequency) {
        return new TimeSchedule(severity, frequency, DEFAULT_WARM_UP);
    }

    /** The environment index k(tau) &ge; 0 of generation tau (tau &lt; 1 counts as environment 0). */
    public int environment(long tau) {
        long shifted = Math.max(tau + frequency - (warmUp + 1L), 0L);
        return Math.toIntExact(shifted / frequency);
    }

    /** The time t(tau) = k(tau) / n_t of generation tau. */
    public double time(long tau) {
        return timeOf(environment(tau));
    }

    /** The time of environment k: k / n_t. */
    public double timeOf(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("environment must be >= 0, was " + k);
        }
        return (1.0 / severity) * k;
    }

    /** The first generation of environment k: 1 for k = 0, else T0 + (k - 1) tau_t + 1. */
    public long firstGeneration(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("environment must be >= 0, was " + k);
        }
        return k == 0 ? 1 : (long) warmUp + (long) (k - 1) * frequency + 1;
    }

    /** The last generation of environment k: T0 for k = 0, else T0 + k tau_t. */
    public long lastGeneration(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("environment must be >= 0, was " + k);
        }
        return k == 0 ? warmUp : (long) warmUp + (long) k * frequency;
    }

    /** Generations of a run with the given number of changes: T0 + changes tau_t. */
    public long generations(int changes) {
        if (changes < 0) {
            throw new IllegalArgumentException("changes must be >= 0, was " + changes);
        }
        return (long) warmUp + (long) changes * frequency;
    }

    /** True if generation tau is in a different environment than generation tau - 1. */
    public boolean changesAt(long tau) {
        return tau > 1 && environment(tau) != environment(tau - 1);
    }
}
