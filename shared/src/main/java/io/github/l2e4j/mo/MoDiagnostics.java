package io.github.l2e4j.mo;

/**
 * What one generation of a {@link MoSearch} did.
 *
 * @param generation   generation index (0 is the initial population)
 * @param evaluations  evaluations told so far
 * @param valid        rows of this generation whose objective vectors were finite
 * @param replacements subproblems whose solution a child took over (0 in generation 0)
 * @param archiveSize  members of the non-dominated archive after this generation
 */
public record MoDiagnostics(long generation, long evaluations, int valid, int replacements, int archiveSize) {
}
