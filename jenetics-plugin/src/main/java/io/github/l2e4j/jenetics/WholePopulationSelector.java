package io.github.l2e4j.jenetics;

import io.jenetics.Gene;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.Selector;
import io.jenetics.util.ISeq;
import io.jenetics.util.Seq;

/**
 * A {@link Selector} that passes the whole population through unchanged, in order, so that the
 * alterer sees every evaluated phenotype exactly once. It fails fast when the engine asks for a
 * different count (offspring fraction not 1) or, when it was built for an {@link L2eAlterer},
 * when the engine optimizes in the other direction than the alterer was told.
 *
 * @param <G> the gene type
 * @param <C> the fitness type
 */
final class WholePopulationSelector<G extends Gene<?, G>, C extends Comparable<? super C>>
        implements Selector<G, C> {

    private final Optimize expected;

    /** A selector; {@code expected} is the direction to check, or null for none. */
    WholePopulationSelector(Optimize expected) {
        this.expected = expected;
    }

    @Override
    public ISeq<Phenotype<G, C>> select(Seq<Phenotype<G, C>> population, int count, Optimize opt) {
        if (population == null) {
            throw new IllegalArgumentException("population must not be null");
        }
        if (count != population.size()) {
            throw new IllegalStateException("the whole-population selector was asked for " + count
                    + " of " + population.size() + " phenotypes; the engine needs offspringFraction(1) "
                    + "so that L2eAlterer sees the whole population");
        }
        if (expected != null && opt != expected) {
            throw new IllegalStateException("the engine optimizes toward the " + opt + " but L2eAlterer was told "
                    + expected + "; use the same Optimize for both (L2eEngine sets it from the alterer)");
        }
        return ISeq.of(population);
    }

    @Override
    public String toString() {
        return "WholePopulationSelector";
    }
}
