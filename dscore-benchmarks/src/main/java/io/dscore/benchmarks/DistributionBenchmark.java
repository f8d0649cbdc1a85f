package io.dscore.benchmarks;

import io.dscore.core.metrics.Distribution;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@link Distribution}: construction (one copy and one sort, {@code O(n log n)}) and each metric (one
 * pass over the sorted copy, {@code O(n)}) on 100, 10,000 and 1,000,000 producers.
 *
 * <p>The amounts are drawn from a Pareto distribution (shape 1.16, the "80/20" tail that block counts per pool
 * and stake per validator show) with a fixed seed, so runs compare across commits; about 5% are zero. Two floors:
 * {@link #baselineSum()} (one plain pass over the amounts) for the metrics, {@link #baselineSortedCopy()} (clone
 * and {@link Arrays#sort(double[])}) for construction. {@link #ofThenNakamotoCoefficient()} is the end-to-end
 * use of the Node scorer: build once, read the Nakamoto coefficient, with no second sort.
 *
 * <p>Run: {@code java -jar dscore-benchmarks/target/benchmarks.jar DistributionBenchmark}.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DistributionBenchmark {

    /** Pareto shape of the generated amounts. */
    private static final double SHAPE = 1.16;
    /** Share of producers with a zero amount. */
    private static final double ZEROS = 0.05;

    /** The number of producers. */
    @Param({"100", "10000", "1000000"})
    public int producers;

    /** The seed of the generated amounts; fixed so that runs compare across commits. */
    @Param({"20260619"})
    public long seed;

    private double[] amounts;
    private Distribution distribution;

    /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
    public DistributionBenchmark() {
    }

    /** Draws the amounts and builds the distribution the metric benchmarks read. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(seed);
        amounts = new double[producers];
        for (int i = 0; i < producers; i++) {
            amounts[i] = random.nextDouble() < ZEROS ? 0 : Math.pow(1 - random.nextDouble(), -1 / SHAPE);
        }
        amounts[0] = Math.max(amounts[0], 1); // at least one positive amount
        distribution = Distribution.of(amounts);
    }

    /**
     * Floor for the metrics: one plain pass over the amounts.
     *
     * @return the plain sum
     */
    @Benchmark
    public double baselineSum() {
        double sum = 0;
        for (double x : amounts) {
            sum += x;
        }
        return sum;
    }

    /**
     * Floor for construction: clone and sort the amounts.
     *
     * @return the sorted copy
     */
    @Benchmark
    public double[] baselineSortedCopy() {
        double[] copy = amounts.clone();
        Arrays.sort(copy);
        return copy;
    }

    /**
     * Construction: validate, copy, sort once, sum.
     *
     * @return the distribution
     */
    @Benchmark
    public Distribution of() {
        return Distribution.of(amounts);
    }

    /**
     * Construction followed by the Nakamoto coefficient, as the Node scorer does.
     *
     * @return the Nakamoto coefficient
     */
    @Benchmark
    public int ofThenNakamotoCoefficient() {
        return Distribution.of(amounts).nakamotoCoefficient();
    }

    /**
     * The Nakamoto coefficient of a built distribution.
     *
     * @return the coefficient
     */
    @Benchmark
    public int nakamotoCoefficient() {
        return distribution.nakamotoCoefficient();
    }

    /**
     * The tau index at two thirds (a BFT supermajority).
     *
     * @return the index
     */
    @Benchmark
    public int tauTwoThirds() {
        return distribution.tau(2.0 / 3);
    }

    /**
     * The share of the ten largest producers.
     *
     * @return the share
     */
    @Benchmark
    public double concentrationRatioTop10() {
        return distribution.concentrationRatio(10);
    }

    /**
     * The Gini coefficient.
     *
     * @return the coefficient
     */
    @Benchmark
    public double gini() {
        return distribution.gini();
    }

    /**
     * The Herfindahl-Hirschman index.
     *
     * @return the index
     */
    @Benchmark
    public double hhi() {
        return distribution.hhi();
    }

    /**
     * The normalized Herfindahl-Hirschman index.
     *
     * @return the index
     */
    @Benchmark
    public double normalizedHhi() {
        return distribution.normalizedHhi();
    }

    /**
     * The Shannon entropy in bits.
     *
     * @return the entropy
     */
    @Benchmark
    public double shannonEntropy() {
        return distribution.shannonEntropy();
    }

    /**
     * The normalized Shannon entropy.
     *
     * @return the normalized entropy
     */
    @Benchmark
    public double normalizedEntropy() {
        return distribution.normalizedEntropy();
    }

    /**
     * The Theil T index.
     *
     * @return the index
     */
    @Benchmark
    public double theil() {
        return distribution.theil();
    }
}
