package io.github.l2e4j.jenetics;

import io.jenetics.DoubleGene;
import io.jenetics.Gene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.Selector;
import io.jenetics.engine.Codec;
import io.jenetics.engine.Engine;
import io.jenetics.engine.Problem;

import java.util.function.Function;

/**
 * Builds a Jenetics {@link Engine.Builder} that runs L2E: swap {@code Engine.builder(problem)} for
 * {@code L2eEngine.builder(problem, Optimize.MINIMUM)} and keep the rest of the engine code.
 *
 * <p>The builder is configured so that the {@link L2eAlterer} sees the engine's whole evaluated
 * population every generation:
 * <ul>
 *   <li>{@code populationSize(N)} with N = {@link L2eAlterer#populationSize(int)} for the codec's
 *   number of genes D (one genotype is created from the codec's encoding to read D, which draws
 *   from {@code RandomRegistry} once, when the builder is made);</li>
 *   <li>{@code offspringFraction(1)}: no survivors, every phenotype is offspring;</li>
 *   <li>{@link #wholePopulation()} as offspring and survivors selector: the population passes
 *   through unchanged (it also checks that the engine's direction is the alterer's);</li>
 *   <li>the alterer as the only alterer, and {@code optimize(alterer.optimize())}.</li>
 * </ul>
 * Everything else stays open: executor, constraint, clock, interceptor, maximal phenotype age,
 * and the stream's limits and statistics. Changing the population size, offspring fraction,
 * selectors or alterers afterwards breaks the contract, and the alterer then says so.
 */
public final class L2eEngine {

    private L2eEngine() {
    }

    /**
     * An engine builder for a Jenetics problem, with an {@link L2eAlterer} using the shipped
     * weights and default settings.
     *
     * @param problem  the problem (its codec must produce DoubleGene genotypes)
     * @param optimize minimize or maximize the fitness
     */
    public static <T, C extends Comparable<? super C>> Engine.Builder<DoubleGene, C> builder(
            Problem<T, DoubleGene, C> problem, Optimize optimize) {
        return builder(problem, L2eAlterer.<C>of(optimize));
    }

    /**
     * An engine builder for a Jenetics problem with the given alterer (its {@code optimize()}
     * sets the engine's direction).
     */
    public static <T, C extends Comparable<? super C>> Engine.Builder<DoubleGene, C> builder(
            Problem<T, DoubleGene, C> problem, L2eAlterer<C> alterer) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        return configure(Engine.builder(problem), alterer);
    }

    /**
     * An engine builder for a fitness function and a codec, with an {@link L2eAlterer} using the
     * shipped weights and default settings.
     */
    public static <T, C extends Comparable<? super C>> Engine.Builder<DoubleGene, C> builder(
            Function<? super T, ? extends C> fitness, Codec<T, DoubleGene> codec, Optimize optimize) {
        return builder(fitness, codec, L2eAlterer.<C>of(optimize));
    }

    /** An engine builder for a fitness function and a codec, with the given alterer. */
    public static <T, C extends Comparable<? super C>> Engine.Builder<DoubleGene, C> builder(
            Function<? super T, ? extends C> fitness, Codec<T, DoubleGene> codec, L2eAlterer<C> alterer) {
        if (fitness == null) {
            throw new IllegalArgumentException("fitness must not be null");
        }
        if (codec == null) {
            throw new IllegalArgumentException("codec must not be null");
        }
        return configure(Engine.builder(fitness, codec), alterer);
    }

    /**
     * A selector that hands the engine's whole population on unchanged and in order (it throws if
     * the engine asks for fewer or more phenotypes than the population holds).
     */
    public static <G extends Gene<?, G>, C extends Comparable<? super C>> Selector<G, C> wholePopulation() {
        return new WholePopulationSelector<>(null);
    }

    /**
     * Configures an existing builder for the given alterer (population size, offspring fraction,
     * selectors, alterer, direction), as the {@code builder} methods do.
     *
     * @return the same builder
     */
    public static <C extends Comparable<? super C>> Engine.Builder<DoubleGene, C> configure(
            Engine.Builder<DoubleGene, C> builder, L2eAlterer<C> alterer) {
        if (builder == null) {
            throw new IllegalArgumentException("builder must not be null");
        }
        if (alterer == null) {
            throw new IllegalArgumentException("alterer must not be null");
        }
        Genotype<DoubleGene> sample = builder.genotypeFactory().newInstance();
        int n = alterer.populationSize(sample.geneCount());
        Selector<DoubleGene, C> whole = new WholePopulationSelector<>(alterer.optimize());
        return builder
                .optimize(alterer.optimize())
                .populationSize(n)
                .offspringFraction(1)
                .offspringSelector(whole)
                .survivorsSelector(whole)
                .alterers(alterer);
    }
}
