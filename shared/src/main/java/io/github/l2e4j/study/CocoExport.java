package io.github.l2e4j.study;

import io.github.l2e4j.internal.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a study's BBOB runs in the data format of COCO's {@code bbob} logger, one folder per
 * algorithm, so that COCO's post-processing ({@code python -m cocopp coco/l2e coco/cmaes}) reads
 * them like any COCO experiment:
 * <pre>
 * coco/ALG/bbobexp_fF.info              one block per dimension:
 *     suite = 'bbob', funcId = F, DIM = D, Precision = 1.000e-08, algId = 'ALG', coco_version = 'l2e4j'
 *     % description
 *     data_fF/bbobexp_fF_DIMD.dat, I:EVALS|ERROR, I:EVALS|ERROR, ...
 * coco/ALG/data_fF/bbobexp_fF_DIMD.dat  per run a header line, then one line per improvement event
 * coco/ALG/data_fF/bbobexp_fF_DIMD.tdat per run a header line, then one line per checkpoint event
 * </pre>
 * Data lines are {@code evaluations f-f* best-f* f best} ({@code %+10.9e}); a checkpoint whose value
 * was NaN or infinite shows the best value instead. The coordinates of x, which COCO appends for
 * D &lt; 22, are not written (the study does not keep them). Only problems of the {@code bbob} and
 * {@code bbob-largescale} suites (ids {@code bbob_fFFF_iII_dDD}) with a kept trace are written.
 */
final class CocoExport {

    /** The version string written as {@code coco_version}. */
    static final String VERSION = "l2e4j";

    private static final Pattern COCO_ID = Pattern.compile("(bbob(?:-largescale)?)_f(\\d+)_i(\\d+)_d(\\d+)");
    private static final String HEADER = "%% function evaluation | noise-free fitness - Fopt (%.12e) | "
            + "best noise-free fitness - Fopt | measured fitness | best measured fitness | x1 | x2...";

    private CocoExport() {
    }

    /** The runs of one (algorithm, suite, function, dimension): one data file pair and one info block. */
    private record Key(String suite, int function, int dim) {
    }

    /**
     * Writes the COCO folders under {@code dir} (one per algorithm).
     *
     * @return the folders written
     */
    static List<Path> write(StudyResult result, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String alg : result.definition().algorithms()) {
            Map<Key, List<RunRow>> groups = new TreeMap<>((a, b) -> a.function() != b.function()
                    ? Integer.compare(a.function(), b.function())
                    : a.dim() != b.dim() ? Integer.compare(a.dim(), b.dim()) : a.suite().compareTo(b.suite()));
            for (RunRow r : result.rows()) {
                Matcher m = COCO_ID.matcher(r.problem());
                if (!r.algorithm().equals(alg) || !m.matches() || Double.isNaN(r.fOpt())
                        || !result.traces().containsKey(r.key())) {
                    continue;
                }
                groups.computeIfAbsent(new Key(m.group(1), Integer.parseInt(m.group(2)), r.dim()), k -> new ArrayList<>()).add(r);
            }
            if (groups.isEmpty()) {
                continue;
            }
            Path algDir = dir.resolve(alg);
            Map<Integer, StringBuilder> infos = new TreeMap<>();
            for (Map.Entry<Key, List<RunRow>> e : groups.entrySet()) {
                Key k = e.getKey();
                List<RunRow> runs = new ArrayList<>(e.getValue());
                runs.sort((a, b) -> a.instance() != b.instance() ? Integer.compare(a.instance(), b.instance())
                        : Long.compare(a.seed(), b.seed()));
                String base = "data_f" + k.function() + "/bbobexp_f" + k.function() + "_DIM" + k.dim();
                StringBuilder dat = new StringBuilder();
                StringBuilder tdat = new StringBuilder();
                StringBuilder info = infos.computeIfAbsent(k.function(), f -> new StringBuilder());
                if (info.length() > 0) {
                    info.append('\n');
                }
                info.append(String.format(Locale.ROOT,
                        "suite = '%s', funcId = %d, DIM = %d, Precision = %.3e, algId = '%s', coco_version = '%s'%n",
                        k.suite(), k.function(), k.dim(), RunTrace.LOG_PRECISION, alg, VERSION));
                info.append("% ").append(result.descriptions().getOrDefault(alg, alg).replace('\n', ' '))
                        .append("; l2e4j study, budget ").append(result.definition().budgetText()).append("\n");
                info.append(base).append(".dat");
                for (RunRow r : runs) {
                    Trace t = result.traces().get(r.key());
                    double fOpt = r.fOpt();
                    dat.append(String.format(Locale.ROOT, HEADER, fOpt)).append('\n');
                    long[] ie = t.improvementEvaluations();
                    double[] iv = t.improvementValues();
                    for (int i = 0; i < ie.length; i++) {
                        line(dat, ie[i], iv[i], iv[i], fOpt);
                    }
                    tdat.append(String.format(Locale.ROOT, HEADER, fOpt)).append('\n');
                    long[] ce = t.checkpointEvaluations();
                    double[] cv = t.checkpointValues();
                    double[] cb = t.checkpointBest();
                    for (int i = 0; i < ce.length; i++) {
                        double b = Double.isFinite(cb[i]) ? cb[i] : Double.MAX_VALUE;
                        line(tdat, ce[i], Double.isFinite(cv[i]) ? cv[i] : b, b, fOpt);
                    }
                    info.append(String.format(Locale.ROOT, ", %d:%d|%.1e", r.instance(), r.evaluations(),
                            Double.isFinite(r.error()) ? r.error() : Double.MAX_VALUE));
                }
                info.append('\n');
                AtomicFiles.writeString(algDir.resolve(base + ".dat"), dat.toString());
                AtomicFiles.writeString(algDir.resolve(base + ".tdat"), tdat.toString());
            }
            for (Map.Entry<Integer, StringBuilder> e : infos.entrySet()) {
                AtomicFiles.writeString(algDir.resolve("bbobexp_f" + e.getKey() + ".info"), e.getValue().toString());
            }
            written.add(algDir);
        }
        return written;
    }

    private static void line(StringBuilder sb, long evals, double f, double best, double fOpt) {
        sb.append(String.format(Locale.ROOT, "%d %+.9e %+.9e %+.9e %+.9e%n", evals, f - fOpt, best - fOpt, f, best));
    }
}
