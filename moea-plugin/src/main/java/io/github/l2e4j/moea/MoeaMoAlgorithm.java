package io.github.l2e4j.moea;

import io.github.l2e4j.study.MoAlgorithm;
import io.github.l2e4j.study.MoProblem;
import io.github.l2e4j.study.MoRun;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.core.Solution;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.spi.AlgorithmFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * A MOEA Framework algorithm, created by name through its {@code AlgorithmFactory} with default
 * properties (plus any given here), as a multi-objective study algorithm: {@code nsga2}
 * ("NSGA-II"), {@code moead} ("MOEA/D") and {@code l2e-moead} ("L2E-MOEAD", registered by
 * {@link L2eAlgorithmProvider}).
 *
 * <p>A run takes the {@linkplain MoeaPrng lock} on MOEA's global
 * {@link org.moeaframework.core.PRNG PRNG}, seeds it with the run seed, creates the algorithm on
 * the study's problem (wrapped as a MOEA problem of real variables
 * that evaluates through it, so the study counts every evaluation), and holds the lock until it is
 * closed: runs in several threads stay reproducible but do not overlap. Each
 * {@link MoRun#step()} is one {@code Algorithm.step()}; {@link MoRun#front()} is the objective
 * vectors of {@code getResult()}, the set MOEA Framework's own indicators and {@code run(n)} use.
 */
public final class MoeaMoAlgorithm implements MoAlgorithm {

    private final String name;
    private final String moeaName;
    private final String description;
    private final TypedProperties properties;

    /**
     * An algorithm.
     *
     * @param name        the l2e4j name (lower case), e.g. {@code nsga2}
     * @param moeaName    the MOEA Framework name, e.g. {@code NSGA-II}
     * @param description one line for help output
     * @param properties  properties passed to the factory (copied; may be empty)
     */
    public MoeaMoAlgorithm(String name, String moeaName, String description, TypedProperties properties) {
        this.name = name;
        this.moeaName = moeaName;
        this.description = description;
        this.properties = new TypedProperties();
        this.properties.addAll(properties);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The MOEA Framework algorithm name. */
    public String moeaName() {
        return moeaName;
    }

    @Override
    public MoRun start(MoProblem problem, long budget, long seed) {
        return MoeaPrng.lockSeedAndCreate(seed, () -> {
            TypedProperties p = new TypedProperties();
            p.addAll(properties);
            VectorProblem moeaProblem = new VectorProblem(problem.name(), problem.bounds(), problem.objectives(),
                    problem::evaluate);
            Algorithm algorithm = AlgorithmFactory.getInstance().getAlgorithm(moeaName, p, moeaProblem);
            return new Run(algorithm, problem.objectives());
        });
    }

    /** One run: holds the lock until closed. */
    private static final class Run implements MoRun {
        private final Algorithm algorithm;
        private final int objectives;
        private boolean closed;

        Run(Algorithm algorithm, int objectives) {
            this.algorithm = algorithm;
            this.objectives = objectives;
        }

        @Override
        public void step() {
            algorithm.step();
        }

        @Override
        public double[][] front() {
            NondominatedPopulation result = algorithm.getResult();
            List<double[]> rows = new ArrayList<>();
            for (Solution s : result) {
                if (s.violatesConstraints()) {
                    continue;
                }
                double[] f = new double[objectives];
                RealSolutions.canonicalObjectives(s, f);
                rows.add(f);
            }
            return rows.toArray(new double[0][]);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                MoeaPrng.LOCK.unlock();
            }
        }
    }
}
