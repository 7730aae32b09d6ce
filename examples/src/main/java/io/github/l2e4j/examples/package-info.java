/**
 * Programs behind the tables in docs/: {@code QualityTable} (evaluations to 1e-8 on the test
 * functions), {@code HeldOutTable} (BBOB ECDF areas on chosen instances beside the baselines) and
 * {@code CmaReferenceTable} (l2e4j's CMA-ES core against Hipparchus'). Each page gives the
 * command that produced its numbers.
 */
package io.github.l2e4j.examples;
