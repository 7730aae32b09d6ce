package io.github.l2e4j.moea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.extension.CheckpointExtension;
import org.moeaframework.algorithm.extension.Frequency;
import org.moeaframework.algorithm.extension.ProgressExtension;
import org.moeaframework.analysis.runtime.InstrumentedAlgorithm;
import org.moeaframework.analysis.runtime.Instrumenter;
import org.moeaframework.analysis.series.IndexedResult;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.ProblemFactory;
import org.moeaframework.core.termination.MaxFunctionEvaluations;
import org.moeaframework.problem.AbstractProblem;
import org.moeaframework.problem.DTLZ.DTLZ2;
import org.moeaframework.problem.Problem;
import org.moeaframework.core.variable.RealVariable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "L2E-MOEAD" found by name and run inside MOEA Framework 5.0 (no mocks). */
class L2eMoeadTest {

    /** NSGA-II's documented hypervolume on 2-objective DTLZ2 at 10^4 evaluations is 0.209 (docs/indicators.md). */
    private static final double DTLZ2_HV_TARGET = 0.20;
    private static final int BUDGET = 10_000;

    private static Algorithm byName(String name, TypedProperties properties, Problem problem) {
        return AlgorithmFactory.getInstance().getAlgorithm(name, properties, problem);
    }

    private static double hypervolume(Problem problem, String referenceSet, NondominatedPopulation result) {
        return new Hypervolume(problem, ProblemFactory.getInstance().getReferenceSet(referenceSet)).evaluate(result);
    }

    @Test
    void reachesTheHypervolumeTargetOnTwoObjectiveDtlz2() {
        PRNG.setSeed(1);
        TypedProperties properties = TypedProperties.of("populationSize", 100);
        try (DTLZ2 problem = new DTLZ2(2)) {
            Algorithm a = AlgorithmFactory.getInstance().getAlgorithm("L2E-MOEAD", properties, problem);
            assertThat(a).isInstanceOf(L2eMoead.class);
            a.run(BUDGET);
            assertThat(a.getNumberOfEvaluations()).isEqualTo(BUDGET);
            NondominatedPopulation result = a.getResult();
            assertThat(result.size()).isBetween(2, 100);
            assertThat(hypervolume(problem, "DTLZ2_2", result)).isGreaterThanOrEqualTo(DTLZ2_HV_TARGET);
        }
    }

    @Test
    void namesAreCaseInsensitiveAndHaveAnAlias() {
        try (DTLZ2 problem = new DTLZ2(3)) {
            assertThat(byName("l2e-moead", new TypedProperties(), problem)).isInstanceOf(L2eMoead.class);
            assertThat(byName("L2E-MOEA/D", new TypedProperties(), problem)).isInstanceOf(L2eMoead.class);
        }
    }

    @Test
    void theSamePrngSeedGivesTheSameRunAndAnotherSeedAnother() {
        try (DTLZ2 problem = new DTLZ2(2)) {
            List<double[]> first = objectives(run(problem, 42, 2000));
            List<double[]> again = objectives(run(problem, 42, 2000));
            List<double[]> other = objectives(run(problem, 43, 2000));
            assertThat(again).usingRecursiveComparison().isEqualTo(first);
            assertThat(other).usingRecursiveComparison().isNotEqualTo(first);
        }
    }

    private static NondominatedPopulation run(Problem problem, long seed, int evaluations) {
        PRNG.setSeed(seed);
        Algorithm a = byName("L2E-MOEAD", new TypedProperties(), problem);
        a.run(evaluations);
        return a.getResult();
    }

    private static List<double[]> objectives(NondominatedPopulation p) {
        List<double[]> out = new ArrayList<>();
        for (Solution s : p) {
            out.add(s.getObjectiveValues());
        }
        return out;
    }

    @Test
    void theResultIsANonDominatedSetOfEvaluatedSolutions() {
        PRNG.setSeed(3);
        try (DTLZ2 problem = new DTLZ2(3)) {
            L2eMoead a = (L2eMoead) byName("L2E-MOEAD", TypedProperties.of("archiveSize", 40), problem);
            a.run(3000);
            NondominatedPopulation result = a.getResult();
            assertThat(result.size()).isBetween(3, 40);
            for (Solution s : result) {
                Solution check = s.copy();
                problem.evaluate(check);
                assertThat(check.getObjectiveValues()).containsExactly(s.getObjectiveValues());
                for (Solution t : result) {
                    assertThat(dominates(s, t)).isFalse();
                }
            }
            assertThat(a.getPopulationSize()).isEqualTo(91);
        }
    }

    private static boolean dominates(Solution a, Solution b) {
        boolean strictly = false;
        for (int k = 0; k < a.getNumberOfObjectives(); k++) {
            if (a.getObjectiveValue(k) > b.getObjectiveValue(k)) {
                return false;
            }
            strictly |= a.getObjectiveValue(k) < b.getObjectiveValue(k);
        }
        return strictly;
    }

    @Test
    void stopsOnMoeaTerminationConditionsAndFeedsTheInstrumenter() {
        PRNG.setSeed(5);
        try (DTLZ2 problem = new DTLZ2(2)) {
            Algorithm a = byName("L2E-MOEAD", new TypedProperties(), problem);
            InstrumentedAlgorithm<Algorithm> instrumented = new Instrumenter()
                    .withReferenceSet(ProblemFactory.getInstance().getReferenceSet("DTLZ2_2"))
                    .withFrequency(Frequency.ofEvaluations(1000))
                    .attachHypervolumeCollector()
                    .instrument(a);
            List<Integer> progress = new ArrayList<>();
            instrumented.addExtension(new ProgressExtension().withListener(e -> progress.add(e.getAlgorithm().getNumberOfEvaluations())));
            instrumented.run(new MaxFunctionEvaluations(5000));
            assertThat(instrumented.getNumberOfEvaluations()).isEqualTo(5000);
            List<Double> hv = new ArrayList<>();
            for (IndexedResult r : instrumented.getSeries()) {
                hv.add(r.getProperties().getDouble("Hypervolume"));
            }
            assertThat(hv).hasSize(5);
            assertThat(hv.get(4)).isGreaterThan(hv.get(0));
            assertThat(progress).isNotEmpty();
        }
    }

    @Test
    void aCheckpointResumesExactlyWhereTheRunStopped(@TempDir Path dir) {
        Path file = dir.resolve("l2e-moead.state");
        NondominatedPopulation uninterrupted;
        try (DTLZ2 problem = new DTLZ2(2)) {
            uninterrupted = run(problem, 11, 4000);
            PRNG.setSeed(11);
            Algorithm first = byName("L2E-MOEAD", new TypedProperties(), problem);
            first.addExtension(new CheckpointExtension(file.toFile(), Frequency.ofEvaluations(1000)));
            first.run(2000);
            PRNG.setSeed(999);
            Algorithm resumed = byName("L2E-MOEAD", new TypedProperties(), problem);
            resumed.addExtension(new CheckpointExtension(file.toFile(), Frequency.ofEvaluations(1000)));
            assertThat(resumed.getNumberOfEvaluations()).isEqualTo(2000);
            resumed.run(2000); // MOEA's run(n) spends n more evaluations
            assertThat(objectives(resumed.getResult())).usingRecursiveComparison()
                    .isEqualTo(objectives(uninterrupted));
        }
    }

    /** DTLZ2 whose objectives are NaN for a quarter of the box and which violates a constraint for another. */
    private static final class Broken extends AbstractProblem {
        private final DTLZ2 inner = new DTLZ2(2);

        Broken() {
            super(11, 2, 1);
        }

        @Override
        public void evaluate(Solution solution) {
            inner.evaluate(solution);
            double x0 = RealVariable.getReal(solution.getVariable(0));
            double x1 = RealVariable.getReal(solution.getVariable(1));
            if (x1 > 0.75) {
                solution.setObjectiveValue(0, Double.NaN);
            }
            solution.setConstraintValue(0, x0 < 0.1 ? 1.0 : 0.0);
        }

        @Override
        public Solution newSolution() {
            Solution s = inner.newSolution();
            Solution t = new Solution(11, 2, 1);
            for (int i = 0; i < 11; i++) {
                t.setVariable(i, s.getVariable(i));
            }
            t.setConstraint(0, org.moeaframework.core.constraint.Equal.to(0.0));
            return t;
        }
    }

    @Test
    void nanObjectivesAndInfeasibleSolutionsNeverCrashOrEnterTheResult() {
        PRNG.setSeed(7);
        try (Broken problem = new Broken()) {
            Algorithm a = byName("L2E-MOEAD", new TypedProperties(), problem);
            a.run(3000);
            NondominatedPopulation result = a.getResult();
            assertThat(result.size()).isPositive();
            for (Solution s : result) {
                assertThat(s.getObjectiveValues()).doesNotContain(Double.NaN);
                assertThat(s.violatesConstraints()).isFalse();
            }
        }
    }
}
