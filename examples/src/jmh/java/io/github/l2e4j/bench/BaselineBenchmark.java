package io.github.l2e4j.bench;

import io.jenetics.Alterer;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.SinglePointCrossover;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;
import org.moeaframework.core.Solution;
import org.moeaframework.core.operator.CompoundVariation;
import org.moeaframework.core.operator.real.PM;
import org.moeaframework.core.operator.real.SBX;
import org.moeaframework.core.variable.RealVariable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What the hosts' own operators cost at the same N and D:
 * <ul>
 *   <li>{@code cmaesShort} and {@code cmaesLong}: {@value #CMAES_SHORT} and {@value #CMAES_LONG}
 *       generations of Hipparchus' {@code CMAESOptimizer} (default settings, population N) on a
 *       cheap objective; one generation costs {@code (long - short) / (CMAES_LONG - CMAES_SHORT)},
 *       which cancels the optimizer's set-up (at D = 1000 it multiplies D x D matrices);</li>
 *   <li>{@code jeneticsDefaultAlterers}: Jenetics' default alterers
 *       (SinglePointCrossover(0.2) + Mutator(0.15)) on N evaluated phenotypes, one call = one
 *       generation of N offspring;</li>
 *   <li>{@code moeaSbxPm}: MOEA Framework's SBX + PM on N/2 parent pairs, one call = N offspring.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BaselineBenchmark {

    /** Generations of the short CMA-ES invocation. */
    public static final int CMAES_SHORT = 2;
    /** Generations of the long CMA-ES invocation. */
    public static final int CMAES_LONG = 12;

    @Param({"16", "64", "256"})
    public int n;

    @Param({"10", "100", "1000"})
    public int d;

    private ISeq<Phenotype<DoubleGene, Double>> population;
    private Alterer<DoubleGene, Double> alterer;
    private Solution[][] parents;
    private CompoundVariation sbxPm;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() {
        RandomRegistry.random(new Random(1));
        List<Phenotype<DoubleGene, Double>> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Genotype<DoubleGene> g = Genotype.of(DoubleChromosome.of(-5, 5, d));
            list.add(Phenotype.of(g, 0, (double) i));
        }
        population = ISeq.of(list);
        alterer = Alterer.of(new SinglePointCrossover<DoubleGene, Double>(0.2), new Mutator<DoubleGene, Double>(0.15));
        Random r = new Random(2);
        parents = new Solution[n / 2][2];
        for (int p = 0; p < n / 2; p++) {
            for (int k = 0; k < 2; k++) {
                Solution s = new Solution(d, 1);
                for (int i = 0; i < d; i++) {
                    s.setVariable(i, new RealVariable(-5, 5).withValue(-5 + 10 * r.nextDouble()));
                }
                parents[p][k] = s;
            }
        }
        sbxPm = new CompoundVariation(new SBX(1.0, 15.0), new PM(1.0 / d, 20.0));
    }

    @Benchmark
    public long cmaesShort() {
        return cmaes(CMAES_SHORT);
    }

    @Benchmark
    public long cmaesLong() {
        return cmaes(CMAES_LONG);
    }

    private long cmaes(int generations) {
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] x0 = new double[d];
        double[] sigma = new double[d];
        Arrays.fill(lo, -5);
        Arrays.fill(hi, 5);
        Arrays.fill(x0, 1);
        Arrays.fill(sigma, 2);
        CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0,
                new Well19937c(seed++), false, null);
        try {
            cma.optimize(new MaxEval(n * generations), new ObjectiveFunction(x -> {
                double s = 0;
                for (double v : x) {
                    s += v * v;
                }
                return s;
            }), GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(n));
        } catch (MathIllegalStateException e) {
            // the evaluation budget is the stopping rule
        }
        return cma.getEvaluations();
    }

    @Benchmark
    public int jeneticsDefaultAlterers() {
        return alterer.alter(population, 1).alterations();
    }

    @Benchmark
    public int moeaSbxPm() {
        int made = 0;
        for (Solution[] pair : parents) {
            made += sbxPm.evolve(pair).length;
        }
        return made;
    }
}
