package io.github.l2e4j.jenetics;

import io.github.l2e4j.problem.Objective;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.engine.Codec;
import io.jenetics.engine.Problem;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** Test helpers: l2e4j objectives as Jenetics problems, with an evaluation counter and budget. */
final class JeneticsProblems {

    private JeneticsProblems() {
    }

    /** A codec of one DoubleChromosome of d genes in [lo, hi), decoded to a double[]. */
    static Codec<double[], DoubleGene> vector(double lo, double hi, int d) {
        return Codec.of(Genotype.of(DoubleChromosome.of(lo, hi, d)), GenotypeVectors::values);
    }

    /** The objective on [-5, 5)^d as a Jenetics problem with a Double fitness. */
    static Problem<double[], DoubleGene, Double> problem(Objective f, int d) {
        return Problem.of(f::value, vector(-5, 5, d));
    }

    /**
     * A fitness that counts its calls and, once {@code budget} calls were made, returns the given
     * value without evaluating (so every engine spends exactly the budget). Tracks the best
     * (lowest) value evaluated.
     */
    static final class Budgeted implements Function<double[], Double> {
        private final Objective objective;
        private final long budget;
        private final double exhausted;
        final AtomicLong calls = new AtomicLong();
        private double best = Double.POSITIVE_INFINITY;

        Budgeted(Objective objective, long budget, double exhausted) {
            this.objective = objective;
            this.budget = budget;
            this.exhausted = exhausted;
        }

        @Override
        public synchronized Double apply(double[] x) {
            if (calls.get() >= budget) {
                return exhausted;
            }
            calls.incrementAndGet();
            double v = objective.value(x);
            if (v < best) {
                best = v;
            }
            return v;
        }

        synchronized boolean open() {
            return calls.get() < budget;
        }

        synchronized double best() {
            return best;
        }
    }
}
