package io.github.l2e4j.moea;

import io.github.l2e4j.study.Algorithms;
import io.github.l2e4j.study.MoProblem;
import io.github.l2e4j.study.MoProblems;
import io.github.l2e4j.study.MoRunRow;
import io.github.l2e4j.study.StudyDefinition;
import io.github.l2e4j.study.StudyResult;
import io.github.l2e4j.study.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.indicator.InvertedGenerationalDistance;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.ProblemFactory;
import org.moeaframework.problem.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Multi-objective studies on MOEA Framework's problems and algorithms (no mocks). */
class MoeaMoStudyTest {

    private static final int BUDGET = 1000;

    @TempDir
    Path dir;

    /** MOEA Framework on its own: the algorithm run for the budget from PRNG seed s, and its result's indicators. */
    private static double[] direct(String moeaName, String problemName, long seed, int budget) {
        Problem problem = ProblemFactory.getInstance().getProblem(problemName);
        NondominatedPopulation reference = ProblemFactory.getInstance().getReferenceSet(problemName);
        PRNG.setSeed(seed);
        Algorithm a = AlgorithmFactory.getInstance().getAlgorithm(moeaName, new TypedProperties(), problem);
        a.run(budget);
        return new double[] {new Hypervolume(problem, reference).evaluate(a.getResult()),
            new InvertedGenerationalDistance(problem, reference).evaluate(a.getResult()), a.getNumberOfEvaluations()};
    }

    @Test
    void aStudyRunReportsTheIndicatorsMoeaFrameworkReportsForTheSameRun() throws Exception {
        StudyDefinition def = StudyDefinition.builder().problems("zdt1,dtlz2:m3").algorithms("l2e-moead,nsga2,moead")
                .seeds("2").budget(BUDGET).threads(2).out(dir.resolve("s")).build();
        StudyResult r = StudyRunner.create(def).run();
        assertThat(r.rows()).isEmpty();
        assertThat(r.moRows()).hasSize(3 * 2 * 2 * MoRunRow.CHECKPOINTS);
        Map<String, String> moea = Map.of("l2e-moead", L2eMoead.NAME, "nsga2", "NSGA-II", "moead", "MOEA/D");
        Map<String, String> problems = Map.of("zdt1", "ZDT1", "dtlz2_m3", "DTLZ2_3");
        int checked = 0;
        for (MoRunRow row : r.moRows()) {
            if (!row.isFinal()) {
                continue;
            }
            double[] d = direct(moea.get(row.algorithm()), problems.get(row.problem()), row.seed(), BUDGET);
            assertThat(row.hv()).as(row.toString()).isEqualTo(d[0]);
            assertThat(row.igd()).as(row.toString()).isEqualTo(d[1]);
            assertThat(row.evaluations()).as(row.toString()).isEqualTo((long) d[2]);
            checked++;
        }
        assertThat(checked).isEqualTo(12);
        // 91 subproblems for 3 objectives: the last generation passes the budget, as MOEA's run(n) does
        assertThat(r.moRows().stream().filter(x -> x.isFinal() && x.algorithm().equals("l2e-moead")
                && x.problem().equals("dtlz2_m3")).map(MoRunRow::evaluations)).containsOnly(1001L);
        assertThat(r.moNotes()).hasSize(1);
        assertThat(r.moNotes().get(0)).contains("normalized by the reference set's bounds");
    }

    @Test
    void theProviderKnowsZdtAndDtlzWithMoeasDimensions() {
        MoProblems mo = MoProblems.standard();
        assertThat(mo.accepts("zdt1")).isTrue();
        assertThat(mo.accepts("DTLZ2:m3")).isTrue();
        assertThat(mo.accepts("bbob_f001_i01_d02")).isFalse();
        assertThat(mo.resolve("zdt4").get(0).dimension()).isEqualTo(10);
        MoProblem d3 = mo.resolve("dtlz2_m3").get(0);
        assertThat(d3.name()).isEqualTo("dtlz2_m3");
        assertThat(d3.objectives()).isEqualTo(3);
        assertThat(d3.dimension()).isEqualTo(12);
        assertThat(names(mo.resolve("dtlz2"))).containsExactly("dtlz2_m2");
        assertThat(names(mo.resolve("dtlz7:m2,3"))).containsExactly("dtlz7_m2", "dtlz7_m3");
        assertThat(mo.resolve("dtlz7:m3").get(0).dimension()).isEqualTo(22);
        assertThat(names(mo.resolve("zdt"))).containsExactly("zdt1", "zdt2", "zdt3", "zdt4", "zdt6");
        assertThat(mo.resolve("dtlz:m2-3")).hasSize(10);
        // the reference set itself is as good as it gets: IGD 0, HV positive; an empty front has HV 0
        NondominatedPopulation ref = ProblemFactory.getInstance().getReferenceSet("ZDT1");
        double[][] front = new double[ref.size()][];
        for (int i = 0; i < front.length; i++) {
            front[i] = ref.get(i).getObjectiveValues();
        }
        MoProblem zdt1 = mo.resolve("zdt1").get(0);
        assertThat(zdt1.igd(front)).isZero();
        assertThat(zdt1.hypervolume(front)).isGreaterThan(0.65);
        assertThat(zdt1.hypervolume(new double[0][])).isZero();
        assertThat(zdt1.igd(new double[0][])).isInfinite();
        double[] f = new double[2];
        double[] x = new double[30];
        zdt1.evaluate(x, f);
        assertThat(f).containsExactly(0.0, 1.0);
    }

    private static List<String> names(List<MoProblem> ps) {
        return ps.stream().map(MoProblem::name).toList();
    }

    @Test
    void badProblemIdsNameTheValueAndWhatIsAllowed() {
        MoProblems mo = MoProblems.standard();
        assertThatThrownBy(() -> mo.resolve("zdt5")).hasMessageStartingWith("unknown multi-objective problem 'zdt5'; known: zdt1, ")
                .hasMessageContaining("dtlz7");
        assertThatThrownBy(() -> mo.resolve("dtlz2:m5"))
                .hasMessage("problem 'dtlz2:m5': objectives must be 2 or 3 (MOEA Framework ships reference sets for those), was 5");
        assertThatThrownBy(() -> mo.resolve("zdt1:m3")).hasMessage("problem 'zdt1:m3': ZDT problems have 2 objectives, was [3]");
        assertThatThrownBy(() -> mo.resolve("dtlz2:x3"))
                .hasMessage("problem 'dtlz2:x3': unknown part 'x3'; expected :m<objectives>, e.g. dtlz2:m2,3");
        assertThat(Algorithms.allMo()).containsOnlyKeys("l2e-moead", "nsga2", "moead");
    }
}
