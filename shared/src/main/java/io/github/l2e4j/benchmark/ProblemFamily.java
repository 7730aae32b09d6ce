package io.github.l2e4j.benchmark;

import io.github.l2e4j.problem.Problem;

import java.util.List;

/**
 * One family of problem ids in a {@link ProblemRegistry}, such as {@code bbob} or {@code sphere}:
 * the extension point through which new benchmark families (for example control tasks) are added.
 *
 * <p>The registry hands a family every id that starts with the family's name followed by
 * {@code ':'} or {@code '_'} (or that equals the name). Implementations must be immutable and
 * thread safe.
 */
public interface ProblemFamily {

    /** One line naming the id forms this family accepts, with examples, for error messages. */
    String usage();

    /**
     * The problems an id of this family denotes: one for an exact id, possibly many for a range.
     *
     * @param id the whole id as given (trimmed), e.g. {@code bbob_f008_i03_d10} or
     *           {@code bbob:f1-24:i1-5:d10,40}
     * @return the problems, in a fixed order, never empty
     * @throws IllegalArgumentException with a one-line message naming the id (or the offending
     *                                  part) and what would be allowed
     */
    List<Problem> resolve(String id);
}
