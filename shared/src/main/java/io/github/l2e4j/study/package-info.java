/**
 * Comparative studies: algorithms &times; problems &times; seeds, with library baselines, fair
 * budgets, proper statistics, resumable results and a report.
 *
 * <ul>
 *   <li>Algorithms are found by name through the {@link io.github.l2e4j.study.AlgorithmProvider}
 *       SPI ({@code ServiceLoader}), so this package depends on no host framework: {@code shared}
 *       contributes {@code l2e}, {@code l2e-theta0}, {@code cmaes}, {@code random} and the gradient
 *       methods, each adapter module its host's algorithms.</li>
 *   <li>{@link io.github.l2e4j.study.StudyDefinition} says what to run (flags, presets, or a
 *       JSON/YAML {@link io.github.l2e4j.study.StudyFile}); {@link io.github.l2e4j.study.StudyRunner}
 *       runs it on a thread pool, appending each finished run to {@code runs.csv}
 *       ({@link io.github.l2e4j.study.RunRow}, DESIGN.md §9) so a killed study resumes;</li>
 *   <li>{@link io.github.l2e4j.study.RunTrace} measures every run the same way, at the objective;</li>
 *   <li>{@link io.github.l2e4j.study.StudyStatistics}: Holm-corrected Wilcoxon rank-sum tests
 *       against a reference, win/tie/loss counts, Friedman average ranks;</li>
 *   <li>{@link io.github.l2e4j.study.StudyReport}: {@code report.md}, {@code report.html}, ECDF and
 *       convergence plots (XChart PNGs) and COCO-format data for {@code cocopp}.</li>
 *   <li>Multi-objective studies: problems come through the
 *       {@link io.github.l2e4j.study.MoProblemProvider} SPI ({@code moea-plugin}: ZDT and DTLZ with
 *       MOEA Framework's reference sets and indicators) and algorithms through
 *       {@link io.github.l2e4j.study.AlgorithmProvider#moAlgorithms()}; each run's hypervolume and IGD
 *       at 20 checkpoints go to {@code mo-runs.csv} ({@link io.github.l2e4j.study.MoRunRow}), and
 *       {@link io.github.l2e4j.study.MoStatistics} tests the final values (HV: higher is better).</li>
 * </ul>
 *
 * <pre>{@code
 * StudyDefinition study = StudyDefinition.builder()
 *         .problems("bbob:f1-24:i1-3:d10").algorithms("l2e,cmaes,jenetics-ga")
 *         .seeds("5").budgetMultiplier(1000).threads(2).out(Path.of("results/quick"))
 *         .build();
 * StudyResult result = StudyRunner.create(study).run();      // resumes if results/quick has runs
 * StudyReport.write(result, study.out(), null);
 * }</pre>
 */
package io.github.l2e4j.study;
