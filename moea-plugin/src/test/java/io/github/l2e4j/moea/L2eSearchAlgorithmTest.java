package io.github.l2e4j.moea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.extension.CheckpointExtension;
import org.moeaframework.algorithm.extension.Frequency;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.ProviderException;
import org.moeaframework.problem.DTLZ.DTLZ2;
import org.moeaframework.problem.single.Rosenbrock;
import org.moeaframework.problem.single.Sphere;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "L2E" found by name and run inside MOEA Framework 5.0. */
class L2eSearchAlgorithmTest {

    @Test
    void minimisesASingleObjectiveProblemFoundByName() {
        PRNG.setSeed(1);
        try (Rosenbrock problem = new Rosenbrock(10)) {
            Algorithm a = AlgorithmFactory.getInstance().getAlgorithm("l2e", new TypedProperties(), problem);
            assertThat(a).isInstanceOf(L2eSearchAlgorithm.class);
            a.run(30_000);
            Solution best = a.getResult().get(0);
            assertThat(a.getResult().size()).isEqualTo(1);
            assertThat(best.getObjectiveValue(0)).isLessThan(1e-6);
            int lastPopulation = ((L2eSearchAlgorithm) a).getSearch().populationSize();
            assertThat(a.getNumberOfEvaluations()).isBetween(30_000, 30_000 + lastPopulation - 1);
            assertThat(((L2eSearchAlgorithm) a).getSettings().budgetHint()).isEqualTo(30_000);
        }
    }

    @Test
    void theSeedPropertyOverridesThePrngAndRunsAreReproducible() {
        try (Sphere problem = new Sphere(5)) {
            double[] values = new double[3];
            for (int i = 0; i < 3; i++) {
                PRNG.setSeed(100 + i);
                Algorithm a = AlgorithmFactory.getInstance().getAlgorithm("L2E", TypedProperties.of("seed", 7), problem);
                a.run(300);
                values[i] = a.getResult().get(0).getObjectiveValue(0);
            }
            assertThat(values[1]).isEqualTo(values[0]);
            assertThat(values[2]).isEqualTo(values[0]);
        }
    }

    @Test
    void refusesAMultiObjectiveProblemAndPointsToL2eMoead() {
        try (DTLZ2 problem = new DTLZ2(2)) {
            assertThatThrownBy(() -> AlgorithmFactory.getInstance().getAlgorithm("L2E", new TypedProperties(), problem))
                    .isInstanceOf(ProviderException.class)
                    .rootCause()
                    .hasMessage("L2E is single-objective, but problem DTLZ2_2 has 2 objectives; "
                            + "use \"L2E-MOEAD\" for multi-objective problems");
            assertThatThrownBy(() -> new L2eMoead(new Sphere(3), io.github.l2e4j.operator.LearnedOperator.theta0(),
                    io.github.l2e4j.mo.MoSettings.defaults(), java.util.OptionalLong.empty()))
                    .hasMessage("L2E-MOEAD is multi-objective, but problem Sphere has 1 objective; "
                            + "use \"L2E\" for single-objective problems");
        }
    }

    @Test
    void aCheckpointResumesExactlyWhereTheRunStopped(@TempDir Path dir) {
        try (Rosenbrock problem = new Rosenbrock(4)) {
            // The budget hint is fixed here; otherwise each run(n) would derive its own from n.
            TypedProperties p = TypedProperties.of("maxEvaluations", 1500);
            PRNG.setSeed(3);
            Algorithm whole = AlgorithmFactory.getInstance().getAlgorithm("L2E", p, problem);
            whole.run(1500);
            PRNG.setSeed(3);
            Path file = dir.resolve("l2e.state");
            Algorithm first = AlgorithmFactory.getInstance().getAlgorithm("L2E", p, problem);
            first.addExtension(new CheckpointExtension(file.toFile(), Frequency.ofIterations(1)));
            first.run(700);
            PRNG.setSeed(999);
            Algorithm resumed = AlgorithmFactory.getInstance().getAlgorithm("L2E", p, problem);
            resumed.addExtension(new CheckpointExtension(file.toFile(), Frequency.ofIterations(1)));
            assertThat(resumed.getNumberOfEvaluations()).isEqualTo(first.getNumberOfEvaluations());
            resumed.run(1500 - resumed.getNumberOfEvaluations());
            assertThat(resumed.getResult().get(0).getObjectiveValue(0))
                    .isEqualTo(whole.getResult().get(0).getObjectiveValue(0));
            assertThat(resumed.getNumberOfEvaluations()).isEqualTo(whole.getNumberOfEvaluations());
        }
    }
}
