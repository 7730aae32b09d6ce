package io.github.l2e4j.moea;

import io.github.l2e4j.dynamic.DynamicAlgorithm;
import io.github.l2e4j.dynamic.DynamicAlgorithmProvider;
import io.github.l2e4j.dynamic.DynamicContext;
import io.github.l2e4j.dynamic.DynamicOptimizer;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.Population;

import java.util.List;
import java.util.OptionalLong;

/**
 * The MOEA Framework baselines of l2e4j's dynamic runs (listed in
 * {@code META-INF/services/io.github.l2e4j.dynamic.DynamicAlgorithmProvider}):
 * <ul>
 *   <li>{@code dnsga2a}: {@link Dnsga2} version A (30% random re-initialization on a change);</li>
 *   <li>{@code dnsga2b}: {@link Dnsga2} version B (30% hyper-mutation on a change).</li>
 * </ul>
 * Each run seeds MOEA's global {@link org.moeaframework.core.PRNG PRNG} with the run seed; the run's
 * result is its population.
 * Because MOEA's generator is global, a run holds a lock from its creation to its close: runs of
 * these baselines in several threads stay reproducible but do not overlap.
 */
public final class MoeaDynamicAlgorithms implements DynamicAlgorithmProvider {

    @Override
    public List<DynamicAlgorithm> algorithms() {
        return List.of(new Baseline("dnsga2a", Dnsga2.Variant.A,
                        "DNSGA-II-A on MOEA Framework's NSGA-II: 30% random re-initialization on a change"),
                new Baseline("dnsga2b", Dnsga2.Variant.B,
                        "DNSGA-II-B on MOEA Framework's NSGA-II: 30% hyper-mutation on a change"));
    }

    private record Baseline(String name, Dnsga2.Variant variant, String description) implements DynamicAlgorithm {

        @Override
        public DynamicOptimizer create(DynamicContext context, int populationSize, long seed) {
            VectorProblem problem = new VectorProblem("dynamic", context.bounds(), context.objectives(),
                    context::evaluate);
            return MoeaPrng.lockSeedAndCreate(seed,
                    () -> new Run(new Dnsga2(problem, variant, populationSize, OptionalLong.of(seed)), problem));
        }
    }

    /** One run: holds the lock until closed. */
    private static final class Run implements DynamicOptimizer {
        private final Dnsga2 algorithm;
        private final VectorProblem problem;
        private boolean closed;

        Run(Dnsga2 algorithm, VectorProblem problem) {
            this.algorithm = algorithm;
            this.problem = problem;
        }

        @Override
        public void initialize() {
            algorithm.step();
        }

        @Override
        public void step() {
            algorithm.step();
        }

        @Override
        public double[][] approximation() {
            Population population = algorithm.getPopulation();
            double[][] xs = new double[population.size()][];
            int i = 0;
            for (Solution s : population) {
                xs[i++] = RealSolutions.values(s);
            }
            return xs;
        }

        @Override
        public int detectedChanges() {
            return algorithm.getDetections();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                problem.close();
                MoeaPrng.LOCK.unlock();
            }
        }
    }
}
