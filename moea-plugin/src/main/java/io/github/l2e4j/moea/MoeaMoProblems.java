package io.github.l2e4j.moea;

import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.study.MoProblem;
import io.github.l2e4j.study.MoProblemProvider;
import org.moeaframework.core.Solution;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.indicator.InvertedGenerationalDistance;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.spi.ProblemFactory;
import org.moeaframework.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MOEA Framework's ZDT and DTLZ problems as multi-objective study problems (listed in
 * {@code META-INF/services/io.github.l2e4j.study.MoProblemProvider}), each with MOEA's default
 * number of variables and the reference set MOEA ships for it:
 *
 * <table>
 *   <caption>Ids (case-insensitive)</caption>
 *   <tr><th>id</th><th>problems</th></tr>
 *   <tr><td>{@code zdt1}, {@code zdt2}, {@code zdt3}, {@code zdt4}, {@code zdt6}</td><td>one ZDT problem (2 objectives;
 *       D = 30, 30, 30, 10, 10)</td></tr>
 *   <tr><td>{@code dtlz1}, {@code dtlz2}, {@code dtlz3}, {@code dtlz4}, {@code dtlz7}</td><td>one DTLZ problem with 2
 *       objectives (D = M + 4 for DTLZ1, M + 9 for DTLZ2-4, M + 19 for DTLZ7)</td></tr>
 *   <tr><td>{@code dtlz2_m3}, {@code dtlz2:m3}, {@code dtlz2:m2,3}</td><td>with M = 3, or with 2 and 3 objectives</td></tr>
 *   <tr><td>{@code zdt}, {@code dtlz}, {@code dtlz:m2,3}</td><td>the whole family</td></tr>
 * </table>
 * A problem is named {@code zdtN} or {@code dtlzN_mM} in a study's results. Its indicators are
 * MOEA's own {@link Hypervolume} and {@link InvertedGenerationalDistance} against that reference
 * set, which normalize the objectives by the reference set's bounds (MOEA's default): the numbers
 * MOEA Framework reports for the same result.
 */
public final class MoeaMoProblems implements MoProblemProvider {

    /** The ZDT problems (ZDT5 is binary, so it is left out). */
    public static final List<Integer> ZDT = List.of(1, 2, 3, 4, 6);
    /** The DTLZ problems. */
    public static final List<Integer> DTLZ = List.of(1, 2, 3, 4, 7);
    /** The objective counts with a reference set in MOEA Framework. */
    public static final List<Integer> DTLZ_OBJECTIVES = List.of(2, 3);

    private static final Pattern ACCEPTS = Pattern.compile("(zdt|dtlz)(\\d*)([:_].*)?");
    private static final Pattern OBJECTIVES = Pattern.compile("m(\\d{1,3}(?:-\\d{1,3})?(?:,\\d{1,3}(?:-\\d{1,3})?)*)");
    private static final String NOTE = "The indicators are MOEA Framework's `Hypervolume` and `InvertedGenerationalDistance` "
            + "against its reference set of each problem, with the objectives normalized by the reference set's bounds "
            + "(MOEA's default), so they are the numbers MOEA Framework reports for the same result.";

    @Override
    public boolean accepts(String id) {
        return id != null && ACCEPTS.matcher(id.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String usage() {
        return "zdt1, zdt2, zdt3, zdt4, zdt6, dtlz1, dtlz2, dtlz3, dtlz4, dtlz7 (DTLZ with 2 or 3 objectives: dtlz2:m3, "
                + "dtlz2:m2,3, dtlz2_m3), zdt (all ZDT), dtlz[:m2,3] (all DTLZ)";
    }

    @Override
    public List<MoProblem> resolve(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        Matcher m = ACCEPTS.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown multi-objective problem '" + id + "'; known: " + usage());
        }
        boolean zdt = m.group(1).equals("zdt");
        List<Integer> family = zdt ? ZDT : DTLZ;
        List<Integer> numbers;
        if (m.group(2).isEmpty()) {
            numbers = family;
        } else {
            int n = Integer.parseInt(m.group(2).length() > 3 ? "999" : m.group(2));
            if (!family.contains(n)) {
                throw new IllegalArgumentException("unknown multi-objective problem '" + id + "'; known: " + usage());
            }
            numbers = List.of(n);
        }
        List<Integer> objectives = List.of(2);
        if (m.group(3) != null) {
            objectives = objectives(id, m.group(3));
            if (zdt && !objectives.equals(List.of(2))) {
                throw new IllegalArgumentException("problem '" + id + "': ZDT problems have 2 objectives, was " + objectives);
            }
        }
        List<MoProblem> out = new ArrayList<>();
        for (int mm : objectives) {
            for (int n : numbers) {
                out.add(zdt ? create("ZDT" + n, "zdt" + n, 2) : create("DTLZ" + n + "_" + mm, "dtlz" + n + "_m" + mm, mm));
            }
        }
        return out;
    }

    private static List<Integer> objectives(String id, String part) {
        char sep = part.charAt(0);
        Matcher m = OBJECTIVES.matcher(part.substring(1));
        String form = "expected " + (sep == '_' ? "_m<objectives>, e.g. dtlz2_m3" : ":m<objectives>, e.g. dtlz2:m2,3");
        if (!m.matches() || (sep == '_' && m.group(1).matches(".*[,-].*"))) {
            throw new IllegalArgumentException("problem '" + id + "': unknown part '" + part.substring(1) + "'; " + form);
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (String item : m.group(1).split(",")) {
            String[] ends = item.split("-");
            int lo = Integer.parseInt(ends[0]);
            int hi = Integer.parseInt(ends[ends.length - 1]);
            for (int k = lo; k <= hi; k++) {
                if (!DTLZ_OBJECTIVES.contains(k)) {
                    throw new IllegalArgumentException("problem '" + id + "': objectives must be 2 or 3 (MOEA Framework ships "
                            + "reference sets for those), was " + k);
                }
                set.add(k);
            }
            if (hi < lo) {
                throw new IllegalArgumentException("problem '" + id + "': objectives range " + item + " must be a-b with a <= b");
            }
        }
        return new ArrayList<>(set);
    }

    private static MoProblem create(String moeaName, String name, int objectives) {
        Problem p = ProblemFactory.getInstance().getProblem(moeaName);
        NondominatedPopulation reference = ProblemFactory.getInstance().getReferenceSet(moeaName);
        if (p.getNumberOfObjectives() != objectives || reference == null || reference.isEmpty()) {
            throw new IllegalStateException("MOEA Framework's " + moeaName + " has " + p.getNumberOfObjectives()
                    + " objectives and " + (reference == null ? "no" : reference.size() + " points in its") + " reference set");
        }
        return new MoeaMoProblem(name, p, reference);
    }

    /** A MOEA Framework problem with its reference set. */
    static final class MoeaMoProblem implements MoProblem {
        private final String name;
        private final Problem problem;
        private final Bounds bounds;
        private final Hypervolume hypervolume;
        private final InvertedGenerationalDistance igd;

        MoeaMoProblem(String name, Problem problem, NondominatedPopulation reference) {
            this.name = name;
            this.problem = problem;
            this.bounds = RealSolutions.bounds(problem.newSolution());
            this.hypervolume = new Hypervolume(problem, reference);
            this.igd = new InvertedGenerationalDistance(problem, reference);
        }

        /** The MOEA Framework problem. */
        Problem moeaProblem() {
            return problem;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int objectives() {
            return problem.getNumberOfObjectives();
        }

        @Override
        public Bounds bounds() {
            return bounds;
        }

        @Override
        public void evaluate(double[] x, double[] f) {
            Solution s = problem.newSolution();
            RealSolutions.setValues(s, x);
            problem.evaluate(s);
            RealSolutions.canonicalObjectives(s, f);
        }

        private NondominatedPopulation population(double[][] front) {
            NondominatedPopulation set = new NondominatedPopulation();
            for (double[] f : front) {
                Solution s = problem.newSolution();
                s.setObjectiveValues(f);
                set.add(s);
            }
            return set;
        }

        @Override
        public synchronized double hypervolume(double[][] front) {
            return hypervolume.evaluate(population(front));
        }

        @Override
        public synchronized double igd(double[][] front) {
            if (front.length == 0) {
                return Double.POSITIVE_INFINITY;
            }
            return igd.evaluate(population(front));
        }

        @Override
        public String indicatorNote() {
            return NOTE;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
