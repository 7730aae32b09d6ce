package io.github.l2e4j.jenetics;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.problem.Objective;
import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input to {@link L2eAlterer} and {@link L2eEngine}: clear messages naming the phenotype. */
class L2eAltererBadInputTest {

    private static final int D = 4;
    /** N for D = 4: CMA-ES's 4 + floor(3 ln 4) = 8. */
    private static final int N = 8;

    @BeforeEach
    void seed() {
        RandomRegistry.random(new Random(1));
    }

    @AfterEach
    void resetRandom() {
        RandomRegistry.reset();
    }

    /** N phenotypes of D genes in [-5, 5), evaluated with the sphere (or not). */
    private static ISeq<Phenotype<DoubleGene, Double>> population(int size, boolean evaluated) {
        Genotype<DoubleGene> shape = Genotype.of(DoubleChromosome.of(-5, 5, D));
        MSeq<Phenotype<DoubleGene, Double>> pop = MSeq.ofLength(size);
        for (int i = 0; i < size; i++) {
            Genotype<DoubleGene> g = shape.newInstance();
            Phenotype<DoubleGene, Double> p = Phenotype.of(g, 1);
            double s = 0;
            for (double x : GenotypeVectors.values(g)) {
                s += x * x;
            }
            pop.set(i, evaluated ? p.withFitness(s) : p);
        }
        return pop.toISeq();
    }

    @Test
    void writesNUnevaluatedPhenotypesInsideTheGeneRanges() {
        L2eAlterer<Double> alterer = L2eAlterer.of(Optimize.MINIMUM);
        assertThat(alterer.populationSize(D)).isEqualTo(N);
        AltererResult<DoubleGene, Double> r = alterer.alter(population(N, true), 1);
        assertThat(r.alterations()).isEqualTo(N);
        assertThat(r.population()).hasSize(N);
        for (Phenotype<DoubleGene, Double> p : r.population()) {
            assertThat(p.isEvaluated()).isFalse();
            assertThat(p.generation()).isEqualTo(1);
            assertThat(p.genotype().isValid()).isTrue();
            assertThat(p.genotype().geneCount()).isEqualTo(D);
        }
        assertThat(alterer.evaluationsTold()).isZero();
        assertThat(alterer.lastDiagnostics()).isEmpty();
    }

    @Test
    void namesTheFirstUnevaluatedPhenotype() {
        L2eAlterer<Double> alterer = L2eAlterer.of(Optimize.MINIMUM);
        MSeq<Phenotype<DoubleGene, Double>> pop = MSeq.of(population(N, true));
        pop.set(3, Phenotype.of(pop.get(3).genotype(), 1));
        assertThatThrownBy(() -> alterer.alter(pop.toISeq(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("phenotype 3 is not evaluated")
                .hasMessageContaining("first alterer");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void refusesNonDoubleGenesNamingThePhenotype() {
        L2eAlterer<Double> alterer = L2eAlterer.of(Optimize.MINIMUM);
        MSeq pop = MSeq.of(population(N, true));
        pop.set(2, Phenotype.<IntegerGene, Double>of(Genotype.of(IntegerChromosome.of(0, 10, D)), 1).withFitness(1.0));
        Seq<Phenotype<DoubleGene, Double>> raw = pop.toISeq();
        assertThatThrownBy(() -> alterer.alter(raw, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phenotype 2, chromosome 0, gene 0 is a IntegerGene; L2eAlterer needs DoubleGene genes "
                        + "(e.g. DoubleChromosome)");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void refusesAnEngineOfIntegerGenes() {
        Engine raw = Engine.builder(gt -> 1.0, Genotype.of(IntegerChromosome.of(0, 10, D)))
                .populationSize(N).offspringFraction(1)
                .offspringSelector(L2eEngine.wholePopulation())
                .alterers((Alterer) L2eAlterer.of(Optimize.MAXIMUM))
                .executor(Runnable::run).build();
        assertThatThrownBy(() -> raw.stream().limit(3).collect(EvolutionResult.toBestPhenotype()))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageStartingWith("phenotype 0, chromosome 0, gene 0 is a IntegerGene");
    }

    @Test
    void refusesAFitnessThatIsNotANumber() {
        L2eAlterer<String> alterer = L2eAlterer.of(Optimize.MINIMUM);
        ISeq<Phenotype<DoubleGene, String>> pop = population(N, true).map(p -> Phenotype.of(p.genotype(), 1, "abc"));
        assertThatThrownBy(() -> alterer.alter(pop, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phenotype 0 has a fitness of type java.lang.String, which is not a Number; give "
                        + "L2eAlterer.builder(...).fitnessToDouble(...) a ToDoubleFunction for it");
    }

    @Test
    void namesThePhenotypeWhoseFitnessCannotBeConverted() {
        L2eAlterer<String> alterer = L2eAlterer.<String>builder(Optimize.MINIMUM)
                .fitnessToDouble(Double::parseDouble)
                .build();
        MSeq<Phenotype<DoubleGene, String>> pop = MSeq.of(population(N, true)
                .map(p -> Phenotype.of(p.genotype(), 1, Double.toString(p.fitness()))));
        pop.set(5, pop.get(5).withFitness("not a number"));
        assertThatThrownBy(() -> alterer.alter(pop.toISeq(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("phenotype 5: the fitness not a number could not be turned into a double")
                .hasCauseInstanceOf(NumberFormatException.class);
    }

    /** A fitness type that is not a Number: a score with a label. */
    private record Score(double value, String label) implements Comparable<Score> {
        @Override
        public int compareTo(Score o) {
            return Double.compare(value, o.value);
        }
    }

    @Test
    void anyComparableFitnessWorksThroughAToDoubleFunction() {
        RandomRegistry.random(new Random(4));
        Objective sphere = TestFunctions.sphere(D).objective();
        L2eAlterer<Score> alterer = L2eAlterer.<Score>builder(Optimize.MINIMUM).fitnessToDouble(Score::value).build();
        Phenotype<DoubleGene, Score> best = L2eEngine
                .builder((double[] x) -> new Score(sphere.value(x), "sphere"), JeneticsProblems.vector(-5, 5, D), alterer)
                .executor(Runnable::run).build().stream()
                .limit(60)
                .collect(EvolutionResult.toBestPhenotype());
        assertThat(best.fitness().value()).isLessThan(1e-8);
    }

    @Test
    void refusesAPopulationOfTheWrongSize() {
        L2eAlterer<Double> alterer = L2eAlterer.of(Optimize.MINIMUM);
        assertThatThrownBy(() -> alterer.alter(population(30, true), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("L2eAlterer needs the engine's whole population of N = 8 phenotypes "
                        + "(genotypes of 4 genes), was handed 30. Build the engine with L2eEngine.builder(...)");
    }

    @Test
    void refusesJeneticsDefaultSelectionAndSurvivors() {
        // the one wrong way to wire it: L2eAlterer in a default engine (population 50, 30 offspring)
        Engine<DoubleGene, Double> engine = Engine
                .builder(JeneticsProblems.problem(TestFunctions.sphere(D).objective(), D))
                .minimizing()
                .alterers(L2eAlterer.of(Optimize.MINIMUM))
                .executor(Runnable::run).build();
        assertThatThrownBy(() -> engine.stream().limit(3).collect(EvolutionResult.toBestPhenotype()))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("N = 8")
                .hasMessageContaining("was handed 30");
    }

    @Test
    void namesThePhenotypeThatAnotherAltererChanged() {
        Engine<DoubleGene, Double> engine = L2eEngine
                .builder(JeneticsProblems.problem(TestFunctions.sphere(D).objective(), D), Optimize.MINIMUM)
                .executor(Runnable::run).build();
        // the same engine with a mutator after L2E: the mutated rows are not L2E's any more
        Engine<DoubleGene, Double> mutated = engine.toBuilder()
                .alterers(engine.alterer(), new Mutator<>(0.5))
                .build();
        assertThatThrownBy(() -> mutated.stream().limit(4).collect(EvolutionResult.toBestPhenotype()))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("phenotype \\d+ handed to L2eAlterer in generation 2 is not one of the 8 rows "
                        + "it wrote in generation 1 \\(a selector, a constraint or another alterer changed it\\)\\..*");
    }

    @Test
    void namesARowThatWasNotHandedBack() {
        // a selector that hands phenotype 0 twice instead of phenotype 1
        Engine<DoubleGene, Double> engine = L2eEngine
                .builder(JeneticsProblems.problem(TestFunctions.sphere(D).objective(), D), Optimize.MINIMUM)
                .offspringSelector((population, count, optimize) -> {
                    MSeq<Phenotype<DoubleGene, Double>> copy = MSeq.of(population);
                    copy.set(1, population.get(0));
                    return copy.toISeq();
                })
                .executor(Runnable::run).build();
        assertThatThrownBy(() -> engine.stream().limit(3).collect(EvolutionResult.toBestPhenotype()))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("row 1 written by L2eAlterer in generation 1 is missing from the population "
                        + "handed back in generation 2");
    }

    @Test
    void refusesAnEngineThatOptimizesTheOtherWay() {
        Engine<DoubleGene, Double> engine = L2eEngine
                .builder(JeneticsProblems.problem(TestFunctions.sphere(D).objective(), D), Optimize.MINIMUM)
                .maximizing()
                .executor(Runnable::run).build();
        assertThatThrownBy(() -> engine.stream().limit(2).collect(EvolutionResult.toBestPhenotype()))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the engine optimizes toward the MAXIMUM but L2eAlterer was told MINIMUM; use the same "
                        + "Optimize for both (L2eEngine sets it from the alterer)");
    }

    @Test
    void refusesAnOffspringFractionBelowOne() {
        Engine<DoubleGene, Double> engine = L2eEngine
                .builder(JeneticsProblems.problem(TestFunctions.sphere(D).objective(), D), Optimize.MINIMUM)
                .offspringFraction(0.5)
                .executor(Runnable::run).build();
        assertThatThrownBy(() -> engine.stream().limit(2).collect(EvolutionResult.toBestPhenotype()))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the whole-population selector was asked for 4 of 8 phenotypes");
    }

    @Test
    void builderArgumentsAreChecked() {
        assertThatThrownBy(() -> L2eAlterer.builder(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("optimize must not be null (Optimize.MINIMUM or Optimize.MAXIMUM)");
        assertThatThrownBy(() -> L2eAlterer.<Double>builder(Optimize.MINIMUM).settings(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("settings must not be null");
        assertThatThrownBy(() -> L2eAlterer.<Double>builder(Optimize.MINIMUM).operator(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("operator must not be null");
        assertThatThrownBy(() -> L2eAlterer.<Double>builder(Optimize.MINIMUM).fitnessToDouble(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fitnessToDouble must not be null");
        assertThatThrownBy(() -> L2eAlterer.<Double>of(Optimize.MINIMUM).populationSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be >= 1 (genes per genotype), was 0");
        assertThatThrownBy(() -> L2eAlterer.<Double>of(Optimize.MINIMUM).alter(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("population must not be null");
        assertThatThrownBy(() -> L2eEngine.builder(null, Optimize.MINIMUM))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("problem must not be null");
    }
}
