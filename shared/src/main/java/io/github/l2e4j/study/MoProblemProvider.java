package io.github.l2e4j.study;

import java.util.List;

/**
 * The service-provider interface through which modules contribute multi-objective problems to
 * studies (found with {@link java.util.ServiceLoader}; register in
 * {@code META-INF/services/io.github.l2e4j.study.MoProblemProvider}). {@code moea-plugin}
 * contributes MOEA Framework's ZDT and DTLZ problems with its reference sets, so {@code shared}
 * never depends on a host.
 */
public interface MoProblemProvider {

    /**
     * Whether an id belongs to this provider, even if it is malformed (then {@link #resolve}
     * explains what is wrong), e.g. every id that starts with {@code zdt} or {@code dtlz}.
     */
    boolean accepts(String id);

    /** One line naming the ids this provider knows, for error messages. */
    String usage();

    /**
     * The problems an accepted id denotes, in a fixed order.
     *
     * @throws IllegalArgumentException with a one-line message naming the id and what is allowed
     */
    List<MoProblem> resolve(String id);
}
