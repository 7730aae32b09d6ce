package io.github.l2e4j.jenetics;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.search.Diagnostics;
import io.github.l2e4j.search.L2eSearch;
import io.github.l2e4j.search.SearchSettings;
import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.Chromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * The L2E search as a Jenetics {@link Alterer}: it reads the fitness of the evaluated population it
 * is handed, tells it to one {@link L2eSearch}, and writes the search's next {@code ask()} into new
 * genotypes. The algorithm lives in {@code l2e4j-shared}; this class only translates types,
 * direction, randomness and the evaluation contract.
 *
 * <h2>How Jenetics' population maps to L2E's N rows</h2>
 * One Jenetics generation is one L2E generation of N = 3 + 2·pairs rows
 * ({@link #populationSize(int)}; for the default settings N = 3 + 2·min(max(D, 2), 100) with D the
 * number of genes). The engine must hand this alterer its <em>whole</em> evaluated population of N
 * phenotypes every generation, which {@link L2eEngine} arranges (population size N, offspring
 * fraction 1, an offspring selector that passes the population through unchanged). Then:
 * <ol>
 *   <li><b>First call of a run</b> (the first call, or a generation number not after the last one
 *   seen, i.e. a new evolution stream): the population is the engine's random start population.
 *   Its genes' ranges {@code [min, max]} are the box (chromosomes flattened in order, see
 *   {@link GenotypeVectors}); its best finite member becomes L2E's start point unless the settings
 *   give one; the search is seeded with one {@code nextLong()} from
 *   {@link RandomRegistry#random()} (the only random draw this class makes).</li>
 *   <li><b>Every later call</b>: the population must be the N phenotypes the previous call wrote,
 *   now evaluated, in any order (they are matched to rows by genotype). With φ the fitness as a
 *   double (a {@link Number}'s {@code doubleValue()}, or the given {@link ToDoubleFunction}), row i
 *   is told {@code v_i = φ(C_i)} when the engine minimizes and {@code v_i = -φ(C_i)} when it
 *   maximizes, so L2E always minimizes v. NaN and infinite values rank worst.</li>
 *   <li>Both return N new, unevaluated phenotypes: row i of the next {@code ask()} at position i,
 *   each gene clamped into its range {@code [min, max)}.</li>
 * </ol>
 * Anything else (a different population size, a phenotype that is not one of the written rows
 * because a selector, a constraint or another alterer changed it, an unevaluated phenotype) throws
 * an exception naming the phenotype index and what was expected.
 *
 * <h2>Evaluations</h2>
 * Each L2E row is evaluated exactly once, by the engine. After the engine has evolved G
 * generations it has evaluated N·(G + 1) phenotypes: the N random start phenotypes (their best is
 * the start point) and N rows per generation. The search has been told N·(G − 1) of them
 * ({@link #evaluationsTold()}): the rows of the newest generation are evaluated in the last
 * {@code EvolutionResult} but are told at the next call. The start point is row 0 of L2E's first
 * population, so it is evaluated twice. (A stream limited by {@code limit(G)} evolves G
 * generations; Jenetics' predicate limits such as {@code Limits.byFitnessThreshold} evolve one
 * generation more than the stream emits.)
 *
 * <h2>Restarts</h2>
 * Jenetics fixes the population size when the engine is built, so this alterer always runs the
 * search with {@code populationGrowth(1)}: restarts still happen (new start point, scale,
 * metric), with the same N.
 *
 * <h2>State</h2>
 * The configuration is immutable; the alterer also holds the state of the current run (one
 * {@link L2eSearch}), so an engine built with it runs one evolution stream at a time
 * ({@code alter} is synchronized; a new stream starts a new run). Per-generation
 * {@link Diagnostics} go to the listener given to the builder and are available through
 * {@link #lastDiagnostics()}.
 *
 * @param <C> the fitness type
 */
public final class L2eAlterer<C extends Comparable<? super C>> implements Alterer<DoubleGene, C> {

    private final Optimize optimize;
    private final ToDoubleFunction<? super C> toDouble;
    private final LearnedOperator operator;
    private final SearchSettings settings;
    private final Consumer<? super Diagnostics> listener;

    // ---- the current run (guarded by this)
    private L2eSearch search;
    private Genotype<DoubleGene> template;
    private long lastGeneration = Long.MIN_VALUE;
    private List<Genotype<DoubleGene>> written;
    private double[] values;

    private L2eAlterer(Builder<C> b) {
        this.optimize = b.optimize;
        this.toDouble = b.toDouble;
        this.operator = b.operator;
        this.settings = b.settings.toBuilder().populationGrowth(1).build();
        this.listener = b.listener;
    }

    /**
     * An alterer with the shipped weights and default settings, for a numeric fitness.
     *
     * @param optimize whether the engine minimizes or maximizes (must match the engine's)
     */
    public static <C extends Comparable<? super C>> L2eAlterer<C> of(Optimize optimize) {
        return L2eAlterer.<C>builder(optimize).build();
    }

    /**
     * A builder.
     *
     * @param optimize whether the engine minimizes or maximizes (must match the engine's)
     * @throws IllegalArgumentException if optimize is null
     */
    public static <C extends Comparable<? super C>> Builder<C> builder(Optimize optimize) {
        return new Builder<>(optimize);
    }

    /** The direction the engine optimizes in, as this alterer was told. */
    public Optimize optimize() {
        return optimize;
    }

    /** The learned operator. */
    public LearnedOperator operator() {
        return operator;
    }

    /** The search settings used for each run (always with {@code populationGrowth(1)}). */
    public SearchSettings settings() {
        return settings;
    }

    /**
     * N, the number of phenotypes the engine must hand this alterer every generation, for a
     * genotype with the given number of genes.
     *
     * @throws IllegalArgumentException if dimension &lt; 1
     */
    public int populationSize(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1 (genes per genotype), was " + dimension);
        }
        return settings.populationSizeFor(dimension);
    }

    /** The diagnostics of the last generation told to the search, if any (this run). */
    public synchronized Optional<Diagnostics> lastDiagnostics() {
        return Optional.ofNullable(search == null ? null : search.diagnostics());
    }

    /** Values told to the search in this run (N per generation after the first). */
    public synchronized long evaluationsTold() {
        return search == null ? 0 : search.evaluations();
    }

    /** Restarts of the search in this run. */
    public synchronized int restarts() {
        return search == null ? 0 : search.restarts();
    }

    /**
     * True when the search of this run has converged and may not restart any more (restarts off
     * or exhausted); usable as a stream limit: {@code .limit(r -> !alterer.isDone())}.
     */
    public synchronized boolean isDone() {
        return search != null && search.isDone();
    }

    @Override
    public synchronized AltererResult<DoubleGene, C> alter(Seq<Phenotype<DoubleGene, C>> population,
                                                         long generation) {
        if (population == null) {
            throw new IllegalArgumentException("population must not be null");
        }
        if (search == null || generation <= lastGeneration) {
            startRun(population);
        } else {
            tellRun(population, generation);
        }
        lastGeneration = generation;
        return writeAsk(generation);
    }

    // ------------------------------------------------------------------ translation

    private void startRun(Seq<Phenotype<DoubleGene, C>> population) {
        if (population.isEmpty()) {
            throw new IllegalArgumentException("population must not be empty");
        }
        Genotype<DoubleGene> template = checkGenes(population);
        int d = template.geneCount();
        int n = populationSize(d);
        checkSize(population.size(), n, d);
        Bounds bounds = GenotypeVectors.bounds(template);
        double[] v = readValues(population);
        SearchSettings run = settings;
        if (settings.initialPoint().isEmpty()) {
            int best = -1;
            for (int i = 0; i < v.length; i++) {
                if (Double.isFinite(v[i]) && (best < 0 || v[i] < v[best])) {
                    best = i;
                }
            }
            if (best >= 0) {
                run = settings.toBuilder()
                        .initialPoint(GenotypeVectors.values(population.get(best).genotype()))
                        .build();
            }
        }
        search = L2eSearch.create(operator, bounds, run, RandomRegistry.random());
        this.template = template;
        written = null;
        values = new double[n];
    }

    private void tellRun(Seq<Phenotype<DoubleGene, C>> population, long generation) {
        int n = search.populationSize();
        if (population.size() != n) {
            throw new IllegalStateException("L2eAlterer was handed " + population.size()
                    + " phenotypes in generation " + generation + ", expected the whole population of the "
                    + n + " it wrote in generation " + lastGeneration + WIRING_HINT);
        }
        double[] v = readValues(population);
        boolean inOrder = true;
        for (int i = 0; i < n && inOrder; i++) {
            inOrder = population.get(i).genotype() == written.get(i);
        }
        if (inOrder) {
            System.arraycopy(v, 0, values, 0, n);
        } else {
            matchRows(population, v, generation);
        }
        search.tell(values);
        if (search.populationSize() != n) {
            throw new IllegalStateException("the search changed its population size from " + n + " to "
                    + search.populationSize() + "; Jenetics' population size is fixed");
        }
        if (listener != null) {
            listener.accept(search.diagnostics());
        }
    }

    /** Rows by genotype equality, for a population handed back in another order. */
    private void matchRows(Seq<Phenotype<DoubleGene, C>> population, double[] v, long generation) {
        int n = written.size();
        Map<Genotype<DoubleGene>, Integer> phenotypeOf = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            phenotypeOf.putIfAbsent(population.get(i).genotype(), i);
        }
        Map<Genotype<DoubleGene>, Integer> rowOf = new HashMap<>(2 * n);
        for (int r = 0; r < n; r++) {
            rowOf.putIfAbsent(written.get(r), r);
        }
        for (int i = 0; i < n; i++) {
            if (!rowOf.containsKey(population.get(i).genotype())) {
                throw new IllegalStateException("phenotype " + i + " handed to L2eAlterer in generation "
                        + generation + " is not one of the " + n + " rows it wrote in generation "
                        + lastGeneration + " (a selector, a constraint or another alterer changed it)"
                        + WIRING_HINT);
            }
        }
        for (int r = 0; r < n; r++) {
            Integer i = phenotypeOf.get(written.get(r));
            if (i == null) {
                throw new IllegalStateException("row " + r + " written by L2eAlterer in generation "
                        + lastGeneration + " is missing from the population handed back in generation "
                        + generation + WIRING_HINT);
            }
            values[r] = v[i];
        }
    }

    private AltererResult<DoubleGene, C> writeAsk(long generation) {
        int n = search.populationSize();
        int d = search.dimension();
        List<Genotype<DoubleGene>> next = new ArrayList<>(n);
        MSeq<Phenotype<DoubleGene, C>> out = MSeq.ofLength(n);
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            search.ask(i, row);
            next.add(GenotypeVectors.withValues(template, row));
            out.set(i, Phenotype.of(next.get(i), generation));
        }
        written = next;
        return new AltererResult<>(out.toISeq(), n);
    }

    /**
     * Checks that every phenotype holds only DoubleGenes, all with the same shape, and returns the
     * first genotype as the template of this run.
     */
    private Genotype<DoubleGene> checkGenes(Seq<Phenotype<DoubleGene, C>> population) {
        int[] shape = null;
        for (int i = 0; i < population.size(); i++) {
            Object p = population.get(i);
            if (!(p instanceof Phenotype<?, ?> phenotype)) {
                throw new IllegalArgumentException("phenotype " + i + " is "
                        + (p == null ? "null" : "a " + p.getClass().getName()) + ", expected a Phenotype");
            }
            Genotype<?> genotype = phenotype.genotype();
            int[] s = new int[genotype.length()];
            for (int c = 0; c < genotype.length(); c++) {
                Chromosome<?> chromosome = genotype.get(c);
                s[c] = chromosome.length();
                for (int g = 0; g < chromosome.length(); g++) {
                    Object gene = chromosome.get(g);
                    if (!(gene instanceof DoubleGene)) {
                        throw new IllegalArgumentException("phenotype " + i + ", chromosome " + c + ", gene " + g
                                + " is a " + (gene == null ? "null" : gene.getClass().getSimpleName())
                                + "; L2eAlterer needs DoubleGene genes (e.g. DoubleChromosome)");
                    }
                }
            }
            if (shape == null) {
                shape = s;
            } else if (!Arrays.equals(shape, s)) {
                throw new IllegalArgumentException("phenotype " + i + " has chromosome lengths "
                        + Arrays.toString(s) + ", phenotype 0 has " + Arrays.toString(shape)
                        + "; every genotype must have the same shape");
            }
        }
        return population.get(0).genotype();
    }

    private double[] readValues(Seq<Phenotype<DoubleGene, C>> population) {
        double[] v = new double[population.size()];
        for (int i = 0; i < v.length; i++) {
            Phenotype<DoubleGene, C> p = population.get(i);
            if (!p.isEvaluated()) {
                throw new IllegalArgumentException("phenotype " + i + " is not evaluated; L2eAlterer needs the "
                        + "engine's evaluated population, so it must be the first alterer (see L2eEngine)");
            }
            double x = toDouble(i, p.fitness());
            v[i] = optimize == Optimize.MINIMUM ? x : -x;
        }
        return v;
    }

    private double toDouble(int index, C fitness) {
        if (toDouble == null) {
            if (fitness instanceof Number number) {
                return number.doubleValue();
            }
            throw new IllegalArgumentException("phenotype " + index + " has a fitness of type "
                    + (fitness == null ? "null" : fitness.getClass().getName())
                    + ", which is not a Number; give L2eAlterer.builder(...).fitnessToDouble(...) a "
                    + "ToDoubleFunction for it");
        }
        try {
            return toDouble.applyAsDouble(fitness);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("phenotype " + index + ": the fitness " + fitness
                    + " could not be turned into a double: " + e, e);
        }
    }

    private static void checkSize(int size, int n, int d) {
        if (size != n) {
            throw new IllegalStateException("L2eAlterer needs the engine's whole population of N = " + n
                    + " phenotypes (genotypes of " + d + " genes), was handed " + size + WIRING_HINT);
        }
    }

    private static final String WIRING_HINT = ". Build the engine with L2eEngine.builder(...), or set "
            + "populationSize(N), offspringFraction(1), offspringSelector(L2eEngine.wholePopulation()) and "
            + "make L2eAlterer the only alterer";

    @Override
    public String toString() {
        return "L2eAlterer[optimize=" + optimize + ", operator=" + operator + ", settings=" + settings + "]";
    }

    /**
     * Builder of {@link L2eAlterer}.
     *
     * @param <C> the fitness type
     */
    public static final class Builder<C extends Comparable<? super C>> {
        private final Optimize optimize;
        private ToDoubleFunction<? super C> toDouble;
        private LearnedOperator operator = DefaultWeights.operator();
        private SearchSettings settings = SearchSettings.defaults();
        private Consumer<? super Diagnostics> listener;

        private Builder(Optimize optimize) {
            if (optimize == null) {
                throw new IllegalArgumentException("optimize must not be null (Optimize.MINIMUM or Optimize.MAXIMUM)");
            }
            this.optimize = optimize;
        }

        /**
         * How a fitness becomes a double, for fitness types that are not a {@link Number}
         * (default: {@code Number.doubleValue()}). NaN results rank worst.
         */
        public Builder<C> fitnessToDouble(ToDoubleFunction<? super C> function) {
            if (function == null) {
                throw new IllegalArgumentException("fitnessToDouble must not be null");
            }
            this.toDouble = function;
            return this;
        }

        /** The learned operator (default: the shipped weights, {@link DefaultWeights#operator()}). */
        public Builder<C> operator(LearnedOperator operator) {
            if (operator == null) {
                throw new IllegalArgumentException("operator must not be null");
            }
            this.operator = operator;
            return this;
        }

        /**
         * The search settings (default {@link SearchSettings#defaults()}); set
         * {@code budgetHint} to the evaluations the stream will spend so the sampling envelope
         * follows it. The population growth is always set to 1.
         */
        public Builder<C> settings(SearchSettings settings) {
            if (settings == null) {
                throw new IllegalArgumentException("settings must not be null");
            }
            this.settings = settings;
            return this;
        }

        /** Called with each generation's {@link Diagnostics}, on the thread that runs the alterer. */
        public Builder<C> listener(Consumer<? super Diagnostics> listener) {
            if (listener == null) {
                throw new IllegalArgumentException("listener must not be null");
            }
            this.listener = listener;
            return this;
        }

        /** Builds the alterer. */
        public L2eAlterer<C> build() {
            return new L2eAlterer<>(this);
        }
    }
}
