package io.github.l2e4j.jenetics;

import io.github.l2e4j.problem.Bounds;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates between Jenetics' {@code Genotype<DoubleGene>} and the flat vectors and box of the
 * shared search: the chromosomes are concatenated in order, and each gene's {@code [min, max]}
 * is its coordinate's bound. Writing a vector back keeps every gene's range and the chromosome
 * lengths ("flattened and restored").
 */
public final class GenotypeVectors {

    private GenotypeVectors() {
    }

    /** Total number of genes (the dimension D). */
    public static int dimension(Genotype<DoubleGene> genotype) {
        return genotype.geneCount();
    }

    /** The genes' values, chromosome after chromosome. */
    public static double[] values(Genotype<DoubleGene> genotype) {
        double[] x = new double[genotype.geneCount()];
        int k = 0;
        for (int c = 0; c < genotype.length(); c++) {
            var chromosome = genotype.get(c);
            for (int g = 0; g < chromosome.length(); g++) {
                x[k++] = chromosome.get(g).doubleValue();
            }
        }
        return x;
    }

    /**
     * The box of the genes' ranges.
     *
     * @throws IllegalArgumentException naming the gene if a range is empty or not finite
     */
    public static Bounds bounds(Genotype<DoubleGene> genotype) {
        int d = genotype.geneCount();
        double[] lo = new double[d];
        double[] hi = new double[d];
        int k = 0;
        for (int c = 0; c < genotype.length(); c++) {
            var chromosome = genotype.get(c);
            for (int g = 0; g < chromosome.length(); g++) {
                DoubleGene gene = chromosome.get(g);
                lo[k] = gene.min();
                hi[k] = gene.max();
                k++;
            }
        }
        try {
            return Bounds.of(lo, hi);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Jenetics gene ranges: " + e.getMessage(), e);
        }
    }

    /**
     * A genotype shaped like {@code template} holding the values of x (each clamped into its
     * gene's range).
     *
     * @throws IllegalArgumentException if x does not have one value per gene
     */
    public static Genotype<DoubleGene> withValues(Genotype<DoubleGene> template, double[] x) {
        if (x.length != template.geneCount()) {
            throw new IllegalArgumentException("x must have " + template.geneCount()
                    + " values (one per gene), had " + x.length);
        }
        List<DoubleChromosome> chromosomes = new ArrayList<>(template.length());
        int k = 0;
        for (int c = 0; c < template.length(); c++) {
            var chromosome = template.get(c);
            MSeq<DoubleGene> genes = MSeq.ofLength(chromosome.length());
            for (int g = 0; g < chromosome.length(); g++) {
                DoubleGene gene = chromosome.get(g);
                double v = Math.max(gene.min(), Math.min(Math.nextDown(gene.max()), x[k++]));
                genes.set(g, gene.newInstance(v));
            }
            chromosomes.add(DoubleChromosome.of(genes.toISeq()));
        }
        return Genotype.of(ISeq.of(chromosomes));
    }
}
