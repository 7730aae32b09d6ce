package io.github.l2e4j.bench;

import io.github.l2e4j.km.FullMetric;
import io.github.l2e4j.km.LimitedMemoryMetric;
import io.github.l2e4j.km.Metric;
import io.github.l2e4j.operator.HeadRanges;
import io.github.l2e4j.operator.LearnedOperator;
import io.github.l2e4j.operator.OperatorOutput;
import io.github.l2e4j.operator.ProxyGradient;
import io.github.l2e4j.operator.ThetaLayout;
import io.github.l2e4j.population.TokenFeatures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The search's kernels alone, at population N and dimension D: the selective-scan mixer and its
 * heads (independent of D), the ridge proxy gradient over N rows, and one secant update of the
 * metric (dense up to D = 100, limited-memory above).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBenchmark {

    @Param({"16", "64", "256"})
    public int n;

    @Param({"10", "100", "1000"})
    public int d;

    private LearnedOperator operator;
    private OperatorOutput out;
    private double[] features;
    private ProxyGradient proxy;
    private double[] x;
    private double[] f;
    private int[] rows;
    private double[] grad;
    private Metric metric;
    private double[][] s;
    private double[][] y;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        double[] theta = new double[ThetaLayout.SIZE];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = r.nextGaussian();
        }
        operator = LearnedOperator.of(theta, HeadRanges.DEFAULT);
        out = new OperatorOutput(n);
        features = new double[n * TokenFeatures.COUNT];
        for (int i = 0; i < features.length; i++) {
            features[i] = r.nextGaussian();
        }
        proxy = new ProxyGradient(d, n);
        x = new double[n * d];
        f = new double[n];
        rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            double v = 0;
            for (int k = 0; k < d; k++) {
                x[i * d + k] = r.nextGaussian();
                v += (k + 1) * x[i * d + k] * x[i * d + k];
            }
            f[i] = v;
        }
        grad = new double[d];
        metric = d <= 100 ? new FullMetric(d) : new LimitedMemoryMetric(d, LimitedMemoryMetric.DEFAULT_MEMORY);
        s = new double[64][d];
        y = new double[64][d];
        for (int p = 0; p < 64; p++) {
            for (int k = 0; k < d; k++) {
                s[p][k] = r.nextGaussian();
                y[p][k] = (1 + k % 7) * s[p][k];
            }
        }
    }

    /** Mixer plus heads on N tokens. */
    @Benchmark
    public double mixer() {
        operator.forward(features, n, out);
        return out.gamma();
    }

    /** Ridge-regression proxy gradient over N rows in R^D. */
    @Benchmark
    public double proxyGradient() {
        proxy.ridge(x, f, rows, n, grad);
        return grad[0];
    }

    /** One secant update of the metric. */
    @Benchmark
    public boolean metricUpdate() {
        int p = next++ & 63;
        return metric.update(s[p], y[p]);
    }
}
