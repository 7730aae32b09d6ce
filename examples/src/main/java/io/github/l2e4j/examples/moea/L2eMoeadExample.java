package io.github.l2e4j.examples.moea;

import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.spi.AlgorithmFactory;
import org.moeaframework.core.spi.ProblemFactory;
import org.moeaframework.problem.DTLZ.DTLZ2;

/**
 * "L2E-MOEAD" found by name in MOEA Framework, run on 2-objective DTLZ2 for 10 000 evaluations, and
 * its hypervolume against MOEA's reference set.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.moea.L2eMoeadExample [seed]
 * </pre>
 */
public final class L2eMoeadExample {

    private L2eMoeadExample() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        PRNG.setSeed(args.length > 0 ? Long.parseLong(args[0]) : 1L);
        try (DTLZ2 problem = new DTLZ2(2)) {
            Algorithm algorithm = AlgorithmFactory.getInstance()
                    .getAlgorithm("L2E-MOEAD", TypedProperties.of("populationSize", 100), problem);
            algorithm.run(10_000);
            NondominatedPopulation front = algorithm.getResult();
            double hv = new Hypervolume(problem, ProblemFactory.getInstance().getReferenceSet("DTLZ2_2")).evaluate(front);
            System.out.printf("L2E-MOEAD on DTLZ2 (2 objectives), %d evaluations: %d solutions, hypervolume %.4f%n",
                    algorithm.getNumberOfEvaluations(), front.size(), hv);
        }
    }
}
