package io.github.l2e4j.jenetics;

import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.RunRecorder;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.RunSpec;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * A Jenetics engine as an {@link Algorithm} of the study SPI: the problem's box becomes a
 * {@code DoubleGene} genotype (one chromosome of D genes for a cube, else one chromosome per
 * coordinate), the engine minimizes the objective on one thread ({@code executor(Runnable::run)})
 * with Jenetics' randomness seeded by the run seed, and the evolution stream runs until the budget
 * or the stop value is reached.
 *
 * <p><b>Equal budgets.</b> Jenetics evaluates whole generations, so the fitness function counts
 * evaluations with a {@link RunRecorder} and, once the budget is spent (or the stop value is
 * reached), answers +infinity without calling the objective. Every algorithm therefore spends
 * exactly {@code min(budget, evaluations to the stop value)} objective evaluations. Phenotypes that
 * Jenetics keeps (survivors, unaltered offspring) are not evaluated again and are not counted.
 */
final class JeneticsAlgorithm implements Algorithm {

    /** Generations in a row without a new evaluation after which a run stops (a safety net). */
    static final int MAX_IDLE_GENERATIONS = 1000;

    /** Configures the engine builder for one run. */
    interface Setup {
        /** Configures {@code builder} (minimizing, single-threaded) for one run. */
        Configured configure(Engine.Builder<DoubleGene, Double> builder, Problem problem, RunSpec spec);
    }

    /** The configured builder and how to read the run's restarts (0 if the algorithm has none). */
    record Configured(Engine.Builder<DoubleGene, Double> builder, IntSupplier restarts) {
    }

    private final String name;
    private final String description;
    private final Setup setup;

    JeneticsAlgorithm(String name, String description, Setup setup) {
        this.name = name;
        this.description = description;
        this.setup = setup;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        if (spec == null) {
            throw new IllegalArgumentException("spec must not be null");
        }
        return ScopedRandom.run(spec.seed(), () -> run(problem, spec));
    }

    private Result run(Problem problem, RunSpec spec) {
        long start = System.nanoTime();
        Bounds b = problem.bounds();
        BudgetedFitness fitness = new BudgetedFitness(problem.objective(), spec);
        Engine.Builder<DoubleGene, Double> builder = Engine
                .builder((Genotype<DoubleGene> gt) -> fitness.value(GenotypeVectors.values(gt)), genotype(b))
                .minimizing()
                .executor(Runnable::run);
        Configured configured = setup.configure(builder, problem, spec);
        long[] generations = {0};
        long[] lastEvaluations = {0};
        int[] idle = {0};
        configured.builder().build().stream()
                .limit(r -> {
                    long e = fitness.recorder.evaluations();
                    idle[0] = e == lastEvaluations[0] ? idle[0] + 1 : 0;
                    lastEvaluations[0] = e;
                    return fitness.open() && idle[0] < MAX_IDLE_GENERATIONS;
                })
                .forEach((EvolutionResult<DoubleGene, Double> r) -> generations[0] = r.generation());
        RunRecorder rec = fitness.recorder;
        String reason = rec.best() <= spec.stopValue() ? "target"
                : rec.evaluations() >= spec.budget() ? "budget" : "stalled";
        return new Result(rec.bestPoint(b.lower()), rec.best(), rec.evaluations(), generations[0],
                configured.restarts().getAsInt(), (System.nanoTime() - start) / 1e9, reason, rec.hits());
    }

    /** The box as a DoubleGene genotype: one chromosome for a cube, else one per coordinate. */
    static Genotype<DoubleGene> genotype(Bounds b) {
        int d = b.dimension();
        boolean cube = true;
        for (int i = 1; i < d && cube; i++) {
            cube = b.lower(i) == b.lower(0) && b.upper(i) == b.upper(0);
        }
        if (cube) {
            return Genotype.of(DoubleChromosome.of(b.lower(0), b.upper(0), d));
        }
        List<DoubleChromosome> chromosomes = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            chromosomes.add(DoubleChromosome.of(b.lower(i), b.upper(i), 1));
        }
        return Genotype.of(chromosomes);
    }

    @Override
    public String toString() {
        return name;
    }

    /** The objective with a hard evaluation budget and a stop value. */
    private static final class BudgetedFitness {
        private final Objective objective;
        private final long budget;
        private final double stopValue;
        final RunRecorder recorder;

        BudgetedFitness(Objective objective, RunSpec spec) {
            this.objective = objective;
            this.budget = spec.budget();
            this.stopValue = spec.stopValue();
            this.recorder = new RunRecorder(spec.targets());
        }

        boolean open() {
            return recorder.evaluations() < budget && recorder.best() > stopValue;
        }

        Double value(double[] x) {
            if (!open()) {
                return Double.POSITIVE_INFINITY;
            }
            double v = objective.value(x);
            recorder.record(x, v);
            return v;
        }
    }
}
