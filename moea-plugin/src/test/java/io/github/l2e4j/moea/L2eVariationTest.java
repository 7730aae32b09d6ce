package io.github.l2e4j.moea;

import io.github.l2e4j.operator.LearnedOperator;
import org.junit.jupiter.api.Test;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.operator.Variation;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.OperatorFactory;
import org.moeaframework.core.spi.ProblemFactory;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.DTLZ.DTLZ2;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned Variation inside MOEA Framework's own algorithms, by name. */
class L2eVariationTest {

    @Test
    void nsga2UsesTheLearnedOperatorByName() {
        PRNG.setSeed(1);
        try (DTLZ2 problem = new DTLZ2(2)) {
            Algorithm a = AlgorithmFactory.getInstance().getAlgorithm("NSGA-II",
                    TypedProperties.of("operator", "l2e"), problem);
            assertThat(((NSGAII) a).getVariation()).isInstanceOf(L2eVariation.class);
            assertThat(((NSGAII) a).getVariation().getArity()).isEqualTo(L2eVariation.DEFAULT_ARITY);
            a.run(10_000);
            double hv = new Hypervolume(problem, ProblemFactory.getInstance().getReferenceSet("DTLZ2_2"))
                    .evaluate(a.getResult());
            assertThat(hv).isGreaterThan(0.2);
        }
    }

    @Test
    void oneChildInsideTheBoxFromTheParentsValues() {
        PRNG.setSeed(2);
        try (DTLZ2 problem = new DTLZ2(2)) {
            Variation v = OperatorFactory.getInstance().getVariation("l2e", TypedProperties.of("l2e.parents", 6), problem);
            assertThat(v.getArity()).isEqualTo(6);
            Solution[] parents = new Solution[6];
            for (int j = 0; j < 6; j++) {
                parents[j] = problem.newSolution();
                double[] x = new double[problem.getNumberOfVariables()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = PRNG.nextDouble();
                }
                RealVariable.setReal(parents[j], x);
                problem.evaluate(parents[j]);
            }
            for (int t = 0; t < 50; t++) {
                Solution[] children = v.evolve(parents);
                assertThat(children).hasSize(1);
                for (double xi : RealVariable.getReal(children[0])) {
                    assertThat(xi).isBetween(0.0, 1.0);
                }
                assertThat(children[0]).isNotSameAs(parents[0]);
            }
        }
    }

    @Test
    void refusesMoreParentsThanItsArity() {
        try (DTLZ2 problem = new DTLZ2(2)) {
            L2eVariation v = new L2eVariation(LearnedOperator.theta0(), 2, 1, -1, 0.3);
            Solution[] three = {problem.newSolution(), problem.newSolution(), problem.newSolution()};
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> v.evolve(three))
                    .hasMessage("parents must hold 1 to 2 solutions, had 3");
        }
    }
}
