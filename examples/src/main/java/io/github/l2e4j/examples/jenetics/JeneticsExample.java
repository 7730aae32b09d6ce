package io.github.l2e4j.examples.jenetics;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.benchmark.control.ControlTasks;
import io.github.l2e4j.jenetics.GenotypeVectors;
import io.github.l2e4j.jenetics.L2eAlterer;
import io.github.l2e4j.jenetics.L2eEngine;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Diagnostics;
import io.github.l2e4j.search.SearchSettings;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.engine.Codec;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStatistics;
import io.jenetics.engine.Limits;
import io.jenetics.stat.DoubleMomentStatistics;
import io.jenetics.util.RandomRegistry;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * L2E inside a Jenetics engine on two problems given to Jenetics through a codec:
 * <ol>
 *   <li>BBOB f8 (Rosenbrock, instance 1, D = 10), minimized, against Jenetics' default engine with
 *   at least as many fitness evaluations (whole generations, so a few more);</li>
 *   <li>cart-pole with a linear policy ({@code control:cartpole:linear}, 5 weights), where the
 *   fitness is the mean return over 3 episodes and the engine <em>maximizes</em> it.</li>
 * </ol>
 * Each run prints the best fitness, the evaluations and the last L2E diagnostics.
 *
 * <pre>
 *   java -cp examples/target/l2e4j-cli.jar io.github.l2e4j.examples.jenetics.JeneticsExample [seed]
 * </pre>
 * (the jar is built by {@code mvn -B -ntp verify} or by any {@code ./l2e4j} command).
 */
public final class JeneticsExample {

    private static final int BBOB_FUNCTION = 8;
    private static final int BBOB_DIMENSION = 10;
    private static final double BBOB_TARGET = 1e-8;
    private static final int BBOB_GENERATIONS = 1_000;
    private static final int CONTROL_GENERATIONS = 300;
    private static final double CARTPOLE_SOLVED = 500;

    private JeneticsExample() {
    }

    /** The genes of a [-5, 5]^d box as one DoubleChromosome, decoded to a double[]. */
    static Codec<double[], DoubleGene> box(double lo, double hi, int d) {
        return Codec.of(Genotype.of(DoubleChromosome.of(lo, hi, d)), GenotypeVectors::values);
    }

    /** Entry point: optional seed (default 1). */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        bbob(seed);
        System.out.println();
        cartPole(seed);
    }

    private static void bbob(long seed) {
        Problem f8 = Bbob.problem(BBOB_FUNCTION, 1, BBOB_DIMENSION);
        double fOpt = f8.optimalValue().orElseThrow();
        AtomicLong evaluations = new AtomicLong();
        Function<double[], Double> fitness = x -> {
            evaluations.incrementAndGet();
            return f8.objective().value(x);
        };
        Codec<double[], DoubleGene> codec = box(-5, 5, BBOB_DIMENSION);

        RandomRegistry.random(new Random(seed));
        Diagnostics[] last = new Diagnostics[1];
        L2eAlterer<Double> l2e = L2eAlterer.<Double>builder(Optimize.MINIMUM)
                .listener(d -> last[0] = d)
                .build();
        EvolutionStatistics<Double, DoubleMomentStatistics> statistics = EvolutionStatistics.ofNumber();
        EvolutionResult<DoubleGene, Double> best = L2eEngine.builder(fitness, codec, l2e)
                .executor(Runnable::run)                       // one thread: the same seed repeats the run
                .build().stream()
                .limit(Limits.byFitnessThreshold(fOpt + BBOB_TARGET))
                .limit(BBOB_GENERATIONS)
                .peek(statistics)
                .collect(EvolutionResult.toBestEvolutionResult());
        long l2eEvaluations = evaluations.get();

        System.out.printf(Locale.ROOT, "%s (f_opt = %.2f) through a Jenetics codec, seed %d%n", f8.name(), fOpt, seed);
        System.out.printf(Locale.ROOT, "  L2E engine       f - f_opt = %.3e after %d generations, %d evaluations (N = %d)%n",
                best.bestFitness() - fOpt, best.generation(), l2eEvaluations, l2e.populationSize(BBOB_DIMENSION));
        System.out.printf(Locale.ROOT, "    last L2E generation: sigma %.2e, eta %.2f, gate %.2f, KM residual %.2e, "
                        + "centre moved by %s, restarts %d%n", last[0].sigma(), last[0].eta(), last[0].gate(),
                last[0].kmResidual(), last[0].accepted(), last[0].restarts());

        RandomRegistry.random(new Random(seed));
        evaluations.set(0);
        double ga = Engine.builder(fitness, codec).minimizing().executor(Runnable::run).build().stream()
                .limit(r -> evaluations.get() < l2eEvaluations)
                .collect(EvolutionResult.toBestEvolutionResult())
                .bestFitness();
        System.out.printf(Locale.ROOT, "  Jenetics default f - f_opt = %.3e after %d evaluations%n", ga - fOpt,
                evaluations.get());
        System.out.println("  Jenetics statistics of the L2E run:");
        System.out.print(statistics.toString().indent(4));
    }

    private static void cartPole(long seed) {
        Problem cartPole = ControlTasks.create("control:cartpole:linear");
        int d = cartPole.dimension();
        AtomicLong evaluations = new AtomicLong();
        // the l2e4j problem minimizes minus the mean return; the Jenetics fitness is the return itself
        Function<double[], Double> meanReturn = w -> {
            evaluations.incrementAndGet();
            return -cartPole.objective().value(w);
        };
        RandomRegistry.random(new Random(seed));
        L2eAlterer<Double> l2e = L2eAlterer.<Double>builder(Optimize.MAXIMUM)
                .settings(SearchSettings.builder().budgetHint(5_000).build())
                .build();
        EvolutionResult<DoubleGene, Double> best = L2eEngine.builder(meanReturn, box(-5, 5, d), l2e)
                .executor(Runnable::run)
                .build().stream()
                .limit(Limits.byFitnessThreshold(CARTPOLE_SOLVED - 1e-9))
                .limit(CONTROL_GENERATIONS)
                .collect(EvolutionResult.toBestEvolutionResult());
        System.out.printf(Locale.ROOT, "%s (linear policy, %d weights), maximizing the mean return, seed %d%n",
                cartPole.name(), d, seed);
        System.out.printf(Locale.ROOT, "  L2E engine       mean return %.1f (500 = balanced for the whole episode) "
                        + "after %d generations, %d evaluations%n", best.bestFitness(), best.generation(),
                evaluations.get());
        System.out.printf(Locale.ROOT, "  policy weights   %s%n",
                java.util.Arrays.toString(GenotypeVectors.values(best.bestPhenotype().genotype())));
    }
}
