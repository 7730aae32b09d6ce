package io.github.l2e4j.bench;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.problem.Objective;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.L2eSearch;
import io.github.l2e4j.search.SearchSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * One ask + evaluate + tell generation of {@link L2eSearch} in steady state (after 50 warm-up
 * generations, restarts off so the population stays N). The objective is Rastrigin, whose cost
 * (O(D) per point) is small next to the search's. {@code metric = auto} uses the dense metric up to
 * D = 100 and the limited-memory one above; {@code limited} forces the large-D mode.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    @Param({"16", "64", "256"})
    public int n;

    @Param({"10", "100", "1000"})
    public int d;

    @Param({"auto"})
    public String metric;

    private L2eSearch search;
    private Objective f;
    private double[] row;
    private double[] values;

    @Setup(Level.Trial)
    public void setUp() {
        Problem p = TestFunctions.rastrigin(d).withoutGradient();
        f = p.objective();
        SearchSettings.Builder b = SearchSettings.builder().populationSize(n).restarts(false);
        if (metric.equals("limited")) {
            b.fullMetricMaxDimension(0);
        }
        search = L2eSearch.create(LearnedOperator.theta0(), p.bounds(), b.build(), 1);
        row = new double[d];
        values = new double[n];
        for (int g = 0; g < 50; g++) {
            generation();
        }
    }

    /** One generation. */
    @Benchmark
    public long generation() {
        for (int i = 0; i < n; i++) {
            search.ask(i, row);
            values[i] = f.value(row);
        }
        search.tell(values);
        return search.generation();
    }
}
