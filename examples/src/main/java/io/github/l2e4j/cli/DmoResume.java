package io.github.l2e4j.cli;

import io.github.l2e4j.dynamic.DynamicRunResult;
import io.github.l2e4j.dynamic.EnvironmentResult;
import io.github.l2e4j.dynamic.TimeSchedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an earlier {@code l2e4j dmo} left in its {@code --out}: the settings it ran with and its
 * finished runs, so that a re-run with the same settings reuses every finished (problem, setting)
 * cell instead of running it again. A cell is reused when runs.csv has a row for each of its
 * (algorithm, seed) runs with this population size, each run's steps file is whole (one row per
 * environment, and its IGD and HV give the row's MIGD and MHV exactly), the cell's fronts file
 * exists and, when plots are wanted, its plots exist. Anything less and the cell is run again
 * whole (its median run, whose fronts are plotted, depends on all of its runs). The command writes
 * a cell's rows only after its steps, fronts and plots, so a kill leaves either a whole cell or
 * one that is run again. A torn last line of runs.csv is dropped.
 */
final class DmoResume {

    /** The settings file next to runs.csv. */
    static final String SETTINGS = "settings.txt";
    static final String HEADER = "algorithm,problem,nt,taut,changes,seed,population,migd,mhv,evaluations,detections,seconds";

    private final Path out;
    private final Map<String, String> rows;

    private DmoResume(Path out, Map<String, String> rows) {
        this.out = out;
        this.rows = rows;
    }

    /**
     * Reads {@code out}. Nothing there (no runs.csv) gives an empty resume.
     *
     * @param settings this invocation's settings line
     * @throws UserException if runs.csv was written with other settings, or a line other than the
     *                       last is malformed
     */
    static DmoResume read(Path out, String settings) {
        Path runs = out.resolve("runs.csv");
        Map<String, String> rows = new LinkedHashMap<>();
        try {
            if (!Files.exists(runs) || Files.size(runs) == 0) {
                return new DmoResume(out, rows);
            }
            Path settingsFile = out.resolve(SETTINGS);
            String previous = Files.exists(settingsFile) ? Files.readString(settingsFile, StandardCharsets.UTF_8).strip() : null;
            if (previous == null) {
                throw new UserException("--out " + out + " holds a runs.csv without " + SETTINGS
                        + " (an older l2e4j dmo); use another --out, or delete runs.csv to start again");
            }
            if (!settings.equals(previous)) {
                throw new UserException("--out " + out + " holds dmo runs made with " + previous
                        + ", but this run has " + settings + "; use another --out");
            }
            String text = Files.readString(runs, StandardCharsets.UTF_8);
            boolean torn = !text.isEmpty() && !text.endsWith("\n");
            List<String> lines = new ArrayList<>(text.lines().toList());
            if (torn && lines.size() > 1) {
                lines.remove(lines.size() - 1);
            }
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new UserException("--out " + out + ": runs.csv does not start with the dmo header; use another --out");
            }
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                String key = keyOf(line);
                if (key == null) {
                    if (i == lines.size() - 1) {
                        break;
                    }
                    throw new UserException("--out " + out + ": runs.csv line " + (i + 1) + " is malformed: '" + line + "'");
                }
                rows.put(key, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runs + ": " + e.getMessage(), e);
        }
        return new DmoResume(out, rows);
    }

    /**
     * The settings line of a dmo invocation: those that change every run's result and are not in
     * the rows (the population size is checked per row, as resolved for its problem).
     */
    static String settings(int changes, int warmUp) {
        return "changes=" + changes + " warm-up=" + warmUp;
    }

    /**
     * The finished runs of a cell when the whole cell is reusable, in (algorithm, seed) order; else
     * null (see the class comment).
     *
     * @param populationSize the cell's population size as this invocation resolves it
     * @param plots          whether this invocation draws plots (then they must exist)
     */
    List<DynamicRunResult> cell(String problem, TimeSchedule schedule, List<String> algorithms, List<Long> seeds,
                                int populationSize, int changes, boolean plots) {
        String stem = DmoPlots.stem(problem, schedule);
        if (!Files.exists(out.resolve("fronts").resolve("fronts_" + stem + ".csv"))
                || plots && !(Files.exists(out.resolve("plots").resolve("migd_" + stem + ".png"))
                && Files.exists(out.resolve("plots").resolve("fronts_" + stem + ".png")))) {
            return null;
        }
        List<DynamicRunResult> runs = new ArrayList<>();
        for (String a : algorithms) {
            for (long seed : seeds) {
                String line = rows.get(key(a, problem, schedule.severity(), schedule.frequency(), seed));
                if (line == null || Integer.parseInt(line.split(",", -1)[6]) != populationSize) {
                    return null;
                }
                DynamicRunResult r = load(line, schedule, changes);
                if (r == null) {
                    return null;
                }
                runs.add(r);
            }
        }
        return runs;
    }

    /**
     * A finished run from its runs.csv row and steps file: the per-environment scores, evaluations,
     * detections and seconds (the fronts are not kept: each environment's front is empty, with the
     * stored size). Null when the steps file is missing, malformed, has not one row per environment,
     * or does not give the row's MIGD and MHV exactly.
     */
    private DynamicRunResult load(String line, TimeSchedule schedule, int changes) {
        String[] f = line.split(",", -1);
        String algorithm = f[0];
        String problem = f[1];
        long seed = Long.parseLong(f[5]);
        Path file = stepsFile(out, problem, schedule, algorithm, seed);
        if (!Files.exists(file)) {
            return null;
        }
        List<EnvironmentResult> envs = new ArrayList<>();
        DynamicRunResult r;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String l : lines.subList(1, lines.size())) {
                String[] s = l.split(",", -1);
                envs.add(new EnvironmentResult(Integer.parseInt(s[0]), Double.parseDouble(s[1]), Long.parseLong(s[2]),
                        Long.parseLong(s[3]), Integer.parseInt(s[4]), Double.parseDouble(s[5]), Double.parseDouble(s[6]),
                        new double[Integer.parseInt(s[7])][0]));
            }
            r = new DynamicRunResult(algorithm, problem, schedule, seed, envs, Long.parseLong(f[9]),
                    Integer.parseInt(f[10]), Double.parseDouble(f[11]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return null;
        }
        boolean whole = envs.size() == changes + 1
                && Double.compare(r.migd(), Double.parseDouble(f[7])) == 0
                && Double.compare(r.mhv(), Double.parseDouble(f[8])) == 0;
        return whole ? r : null;
    }

    /**
     * The rows to keep: every earlier row except those of the runs about to be made again (cells
     * not reused), so rows of other problems, settings, algorithms or seeds are never lost.
     */
    List<String> keptRows(List<String> rerunProblems, List<TimeSchedule> rerunSchedules, List<String> algorithms,
                          List<Long> seeds) {
        Set<String> remade = new HashSet<>();
        for (int i = 0; i < rerunProblems.size(); i++) {
            TimeSchedule s = rerunSchedules.get(i);
            for (String a : algorithms) {
                for (long seed : seeds) {
                    remade.add(key(a, rerunProblems.get(i), s.severity(), s.frequency(), seed));
                }
            }
        }
        List<String> kept = new ArrayList<>();
        rows.forEach((k, line) -> {
            if (!remade.contains(k)) {
                kept.add(line);
            }
        });
        return kept;
    }

    /** The steps file of one run. */
    static Path stepsFile(Path out, String problem, TimeSchedule s, String algorithm, long seed) {
        return out.resolve("steps").resolve(String.format(Locale.ROOT, "%s_nt%d_taut%d_%s_s%d.csv", problem,
                s.severity(), s.frequency(), algorithm, seed));
    }

    private static String key(String algorithm, String problem, int nt, int taut, long seed) {
        return algorithm + "|" + problem + "|" + nt + "|" + taut + "|" + seed;
    }

    /** The key of a well-formed runs.csv row, or null. */
    private static String keyOf(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 12) {
            return null;
        }
        try {
            for (int k = 2; k <= 6; k++) {
                Long.parseLong(f[k]);
            }
            for (int k = 7; k <= 8; k++) {
                Double.parseDouble(f[k]);
            }
            Long.parseLong(f[9]);
            Integer.parseInt(f[10]);
            Double.parseDouble(f[11]);
        } catch (NumberFormatException e) {
            return null;
        }
        return key(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Long.parseLong(f[5]));
    }
}
