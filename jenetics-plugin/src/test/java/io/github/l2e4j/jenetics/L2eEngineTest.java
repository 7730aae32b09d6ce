package io.github.l2e4j.jenetics;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.search.Diagnostics;
import io.github.l2e4j.search.SearchSettings;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.engine.Codec;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionInterceptor;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStatistics;
import io.jenetics.engine.Limits;
import io.jenetics.engine.Problem;
import io.jenetics.stat.DoubleMomentStatistics;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Jenetics engine with {@link L2eAlterer}, built by {@link L2eEngine}. */
class L2eEngineTest {

    private static final int D = 10;
    /** N for D = 10 with the default settings: CMA-ES's 4 + floor(3 ln 10) = 10. */
    private static final int N = 10;
    private static final int SEEDS = 10;
    private static final long BUDGET = 2_000;

    @AfterEach
    void resetRandom() {
        RandomRegistry.reset();
    }

    @Test
    void theBuilderHandsTheAltererTheWholePopulation() {
        RandomRegistry.random(new Random(1));
        Engine.Builder<DoubleGene, Double> b = L2eEngine.builder(
                JeneticsProblems.problem(TestFunctions.sphere(D).objective(), D), Optimize.MINIMUM);
        assertThat(b.populationSize()).isEqualTo(N);
        assertThat(b.offspringFraction()).isEqualTo(1.0);
        assertThat(b.optimize()).isEqualTo(Optimize.MINIMUM);
        assertThat(b.alterer()).isInstanceOf(L2eAlterer.class);
        Engine<DoubleGene, Double> engine = b.build();
        assertThat(engine.offspringSize()).isEqualTo(N);
        assertThat(engine.survivorsSize()).isZero();
    }

    @Test
    void beatsJeneticsDefaultAlterersOnSphereAndRotatedEllipsoidAtEqualEvaluations() {
        for (String function : List.of("sphere", "ellipsoid")) {
            Objective f = TestFunctions.create(function, D).objective();
            double[] l2e = new double[SEEDS];
            double[] ga = new double[SEEDS];
            for (int s = 0; s < SEEDS; s++) {
                l2e[s] = bestWithin(f, s + 1, true);
                ga[s] = bestWithin(f, s + 1, false);
            }
            double l2eMedian = median(l2e);
            double gaMedian = median(ga);
            System.out.printf("%s D=%d, %d evaluations, median best over %d seeds: L2E %.3e, Jenetics default %.3e%n",
                    function, D, BUDGET, SEEDS, l2eMedian, gaMedian);
            assertThat(l2eMedian).as(function).isLessThan(gaMedian);
        }
    }

    /** Best value within BUDGET evaluations: the L2E engine or Jenetics' default engine. */
    private static double bestWithin(Objective f, long seed, boolean l2e) {
        RandomRegistry.random(new Random(seed));
        JeneticsProblems.Budgeted fitness = new JeneticsProblems.Budgeted(f, BUDGET, Double.POSITIVE_INFINITY);
        Codec<double[], DoubleGene> codec = JeneticsProblems.vector(-5, 5, D);
        Engine.Builder<DoubleGene, Double> b = l2e
                ? L2eEngine.builder(fitness, codec, Optimize.MINIMUM)
                : Engine.builder(fitness, codec).minimizing();
        b.executor(Runnable::run).build().stream()
                .limit(r -> fitness.open())
                .collect(EvolutionResult.toBestPhenotype());
        assertThat(fitness.calls.get()).isEqualTo(BUDGET);
        return fitness.best();
    }

    @Test
    void minimizesAndMaximizes() {
        Objective sphere = TestFunctions.sphere(D).objective();

        RandomRegistry.random(new Random(7));
        Phenotype<DoubleGene, Double> min = L2eEngine
                .builder(JeneticsProblems.problem(sphere, D), Optimize.MINIMUM)
                .executor(Runnable::run).build().stream()
                .limit(60)
                .collect(EvolutionResult.toBestPhenotype());
        assertThat(min.fitness()).isLessThan(1e-8);

        RandomRegistry.random(new Random(7));
        Problem<double[], DoubleGene, Double> negated = Problem.of(x -> -sphere.value(x), JeneticsProblems.vector(-5, 5, D));
        Phenotype<DoubleGene, Double> max = L2eEngine.builder(negated, Optimize.MAXIMUM)
                .executor(Runnable::run).build().stream()
                .limit(60)
                .collect(EvolutionResult.toBestPhenotype());
        assertThat(max.fitness()).isGreaterThan(-1e-8).isLessThanOrEqualTo(0.0);

        // L2E minimizes -fitness when told MAXIMUM: the two runs see the same values, so they match
        assertThat(max.fitness()).isEqualTo(-min.fitness());
        assertThat(max.genotype()).isEqualTo(min.genotype());
    }

    @Test
    void aTwoChromosomeGenotypeRoundTrips() {
        // x in [-5, 5)^3 and y in [0, 1)^2; optimum at x = (1, -2, 3), y = (0.25, 0.75)
        double[] target = {1, -2, 3, 0.25, 0.75};
        Codec<double[], DoubleGene> codec = Codec.of(
                Genotype.of(DoubleChromosome.of(-5, 5, 3), DoubleChromosome.of(0, 1, 2)),
                GenotypeVectors::values);
        List<Genotype<DoubleGene>> seen = new ArrayList<>();
        RandomRegistry.random(new Random(3));
        EvolutionResult<DoubleGene, Double> best = L2eEngine
                .builder((double[] x) -> {
                    double s = 0;
                    for (int i = 0; i < x.length; i++) {
                        s += (x[i] - target[i]) * (x[i] - target[i]);
                    }
                    return s;
                }, codec, Optimize.MINIMUM)
                .executor(Runnable::run).build().stream()
                .limit(80)
                .peek(r -> r.population().forEach(p -> seen.add(p.genotype())))
                .collect(EvolutionResult.toBestEvolutionResult());

        assertThat(seen).hasSize(80 * 8); // 80 generations of N = 4 + floor(3 ln 5) = 8
        for (Genotype<DoubleGene> g : seen) {
            assertThat(g.length()).isEqualTo(2);
            assertThat(g.get(0).length()).isEqualTo(3);
            assertThat(g.get(1).length()).isEqualTo(2);
            assertThat(g.get(0).gene().min()).isEqualTo(-5.0);
            assertThat(g.get(0).gene().max()).isEqualTo(5.0);
            assertThat(g.get(1).gene().min()).isEqualTo(0.0);
            assertThat(g.get(1).gene().max()).isEqualTo(1.0);
            assertThat(g.isValid()).isTrue();
        }
        double[] x = GenotypeVectors.values(best.bestPhenotype().genotype());
        assertThat(best.bestFitness()).isLessThan(1e-10);
        for (int i = 0; i < target.length; i++) {
            assertThat(x[i]).isCloseTo(target[i], org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void sameSeedOnOneThreadGivesIdenticalResults() {
        Objective f = TestFunctions.ellipsoid(D, 1e6).objective();
        RunTrace a = trace(f, 42);
        RunTrace b = trace(f, 42);
        RunTrace c = trace(f, 43);
        assertThat(b.bestFitness).isEqualTo(a.bestFitness);
        assertThat(b.best).isEqualTo(a.best);
        assertThat(b.fitnessPerGeneration).containsExactly(a.fitnessPerGeneration);
        assertThat(b.diagnostics).isEqualTo(a.diagnostics);
        assertThat(c.fitnessPerGeneration).isNotEqualTo(a.fitnessPerGeneration);
    }

    private record RunTrace(double bestFitness, Genotype<DoubleGene> best, double[] fitnessPerGeneration,
                            List<Diagnostics> diagnostics) {
    }

    private static RunTrace trace(Objective f, long seed) {
        RandomRegistry.random(new Random(seed));
        List<Diagnostics> diagnostics = new ArrayList<>();
        L2eAlterer<Double> alterer = L2eAlterer.<Double>builder(Optimize.MINIMUM).listener(diagnostics::add).build();
        double[] perGeneration = new double[40];
        EvolutionResult<DoubleGene, Double> r = L2eEngine.builder(JeneticsProblems.problem(f, D), alterer)
                .executor(Runnable::run).build().stream()
                .limit(40)
                .peek(e -> perGeneration[(int) e.generation() - 1] = e.bestFitness())
                .collect(EvolutionResult.toBestEvolutionResult());
        return new RunTrace(r.bestFitness(), r.bestPhenotype().genotype(), perGeneration, diagnostics);
    }

    @Test
    void runsInAnEvolutionStreamWithLimitsStatisticsInterceptorAndDiagnostics() {
        RandomRegistry.random(new Random(5));
        List<Diagnostics> diagnostics = new ArrayList<>();
        AtomicInteger intercepted = new AtomicInteger();
        L2eAlterer<Double> alterer = L2eAlterer.<Double>builder(Optimize.MINIMUM)
                .settings(SearchSettings.builder().budgetHint(5_000).build())
                .listener(diagnostics::add)
                .build();
        EvolutionStatistics<Double, DoubleMomentStatistics> statistics = EvolutionStatistics.ofNumber();
        Engine<DoubleGene, Double> engine = L2eEngine
                .builder(JeneticsProblems.problem(TestFunctions.rosenbrock(D).objective(), D), alterer)
                .executor(Runnable::run)
                .interceptor(EvolutionInterceptor.ofAfter(r -> {
                    intercepted.incrementAndGet();
                    return r;
                }))
                .build();
        List<Long> generations = new ArrayList<>();
        EvolutionResult<DoubleGene, Double> best = engine.stream()
                .limit(Limits.byFixedGeneration(150))
                .limit(Limits.byFitnessThreshold(1e-6))
                .peek(statistics)
                .peek(r -> generations.add(r.generation()))
                .collect(EvolutionResult.toBestEvolutionResult());

        int g = generations.size();
        assertThat(g).isBetween(2, 150);
        // a predicate limit lets the engine evolve one more generation than the stream emits
        int evolved = intercepted.get();
        assertThat(evolved).isBetween(g, g + 1);
        assertThat(generations).startsWith(1L, 2L).endsWith((long) g);
        assertThat(statistics.altered().count()).isEqualTo(g);
        assertThat(statistics.altered().mean()).as("every phenotype is altered").isEqualTo(N);
        assertThat(statistics.fitness().min()).isEqualTo(best.bestFitness());
        // one Diagnostics per evolved generation after the first, in order
        assertThat(diagnostics).hasSize(evolved - 1);
        for (int i = 0; i < diagnostics.size(); i++) {
            assertThat(diagnostics.get(i).generation()).isEqualTo(i);
            assertThat(diagnostics.get(i).populationSize()).isEqualTo(N);
        }
        assertThat(alterer.lastDiagnostics()).contains(diagnostics.get(diagnostics.size() - 1));
        // best-so-far of the search never increases (G4) and matches the stream's best
        for (int i = 1; i < diagnostics.size(); i++) {
            assertThat(diagnostics.get(i).bestValue()).isLessThanOrEqualTo(diagnostics.get(i - 1).bestValue());
        }
        assertThat(statistics.toString()).contains("Fitness");
    }

    @Test
    void countsEvaluationsAsDocumented() {
        RandomRegistry.random(new Random(11));
        AtomicLong calls = new AtomicLong();
        Objective sphere = TestFunctions.sphere(D).objective();
        L2eAlterer<Double> alterer = L2eAlterer.of(Optimize.MINIMUM);
        int g = 25;
        L2eEngine.builder((double[] x) -> {
                    calls.incrementAndGet();
                    return sphere.value(x);
                }, JeneticsProblems.vector(-5, 5, D), alterer)
                .executor(Runnable::run).build().stream()
                .limit(g)
                .collect(EvolutionResult.toBestPhenotype());
        assertThat(calls.get()).isEqualTo((long) N * (g + 1));
        assertThat(alterer.evaluationsTold()).isEqualTo((long) N * (g - 1));
    }

    @Test
    void nanFitnessRanksWorstAndNeverCrashesARun() {
        // NaN wherever x0 > 2 (a fifth of the box), the sphere elsewhere; also for maximization
        Objective sphere = TestFunctions.sphere(D).objective();
        for (Optimize optimize : Optimize.values()) {
            RandomRegistry.random(new Random(9));
            double sign = optimize == Optimize.MINIMUM ? 1 : -1;
            AtomicInteger nans = new AtomicInteger();
            Problem<double[], DoubleGene, Double> p = Problem.of(x -> {
                if (x[0] > 2) {
                    nans.incrementAndGet();
                    return Double.NaN;
                }
                return sign * sphere.value(x);
            }, JeneticsProblems.vector(-5, 5, D));
            List<Diagnostics> diagnostics = new ArrayList<>();
            L2eAlterer<Double> alterer = L2eAlterer.<Double>builder(optimize).listener(diagnostics::add).build();
            AtomicInteger generations = new AtomicInteger();
            EvolutionResult<DoubleGene, Double> best = L2eEngine.builder(p, alterer)
                    .executor(Runnable::run).build().stream()
                    .limit(60)
                    .peek(r -> generations.incrementAndGet())
                    .collect(EvolutionResult.toBestEvolutionResult());
            assertThat(nans.get()).as(optimize + ": some points were NaN").isPositive();
            double bestValue = diagnostics.get(diagnostics.size() - 1).bestValue();
            assertThat(bestValue).as(optimize + ": the search's best is finite and small").isLessThan(1e-6);
            // Every one of the 60 generations ran (the best result may come from an earlier one).
            assertThat(generations.get()).isEqualTo(60);
            assertThat(best.generation()).isBetween(1L, 60L);
            if (optimize == Optimize.MINIMUM) {
                // Jenetics' own comparator orders NaN above every number, so when maximising its
                // best-result collector returns a generation's NaN phenotype; the search itself never
                // takes NaN as its best (asserted above through its diagnostics).
                assertThat(Double.isFinite(best.bestFitness())).isTrue();
            }
        }
    }

    @Test
    void rowsHandedBackInAnotherOrderAreMatchedByGenotype() {
        Objective f = TestFunctions.ellipsoid(D, 1e6).objective();
        double[] inOrder = bestPerGeneration(f, L2eEngine.wholePopulation());
        double[] reversed = bestPerGeneration(f, (population, count, optimize) -> MSeq.of(population).reverse().toISeq());
        assertThat(reversed).containsExactly(inOrder);
        assertThat(inOrder[inOrder.length - 1]).isLessThan(inOrder[0]);
    }

    private static double[] bestPerGeneration(Objective f, io.jenetics.Selector<DoubleGene, Double> selector) {
        RandomRegistry.random(new Random(31));
        double[] best = new double[30];
        L2eEngine.builder(JeneticsProblems.problem(f, D), Optimize.MINIMUM)
                .offspringSelector(selector)
                .executor(Runnable::run).build().stream()
                .limit(30)
                .forEach(r -> best[(int) r.generation() - 1] = r.bestFitness());
        return best;
    }

    @Test
    void aNewStreamOfTheSameEngineStartsANewRun() {
        RandomRegistry.random(new Random(21));
        Engine<DoubleGene, Double> engine = L2eEngine
                .builder(JeneticsProblems.problem(TestFunctions.sphere(D).objective(), D), Optimize.MINIMUM)
                .executor(Runnable::run).build();
        RandomRegistry.random(new Random(22));
        double first = engine.stream().limit(15).collect(EvolutionResult.toBestEvolutionResult()).bestFitness();
        RandomRegistry.random(new Random(22));
        double second = engine.stream().limit(15).collect(EvolutionResult.toBestEvolutionResult()).bestFitness();
        assertThat(second).isEqualTo(first);
        assertThat(first).isLessThan(1e-3);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
