package io.github.l2e4j.study;

import java.util.List;
import java.util.Map;

/**
 * A study's runs after {@link StudyRunner#run()}: every run of its grid, whether made now or
 * found in {@code runs.csv} and {@code mo-runs.csv}, in the grid's order (algorithm, problem, seed).
 *
 * @param definition   the study
 * @param rows         one row per single-objective run of the grid
 * @param traces       per single-objective run, its trace (missing for runs whose trace was lost)
 * @param descriptions per algorithm name, its one-line description
 * @param failures     one line per run whose algorithm threw: "algorithm problem seed: message"
 * @param ran          runs made in this invocation
 * @param skipped      runs found in {@code runs.csv} or {@code mo-runs.csv}
 * @param moRows       the lines of the multi-objective runs (one per run and checkpoint, in run order)
 * @param moNotes      how the multi-objective problems compute their indicators (one line per kind)
 */
public record StudyResult(StudyDefinition definition, List<RunRow> rows, Map<RunKey, Trace> traces,
                          Map<String, String> descriptions, List<String> failures, int ran, int skipped,
                          List<MoRunRow> moRows, List<String> moNotes) {

    /** Copies. */
    public StudyResult {
        rows = List.copyOf(rows);
        traces = Map.copyOf(traces);
        descriptions = Map.copyOf(descriptions);
        failures = List.copyOf(failures);
        moRows = List.copyOf(moRows);
        moNotes = List.copyOf(moNotes);
    }

    /** A result without multi-objective runs. */
    public StudyResult(StudyDefinition definition, List<RunRow> rows, Map<RunKey, Trace> traces,
                       Map<String, String> descriptions, List<String> failures, int ran, int skipped) {
        this(definition, rows, traces, descriptions, failures, ran, skipped, List.of(), List.of());
    }
}
