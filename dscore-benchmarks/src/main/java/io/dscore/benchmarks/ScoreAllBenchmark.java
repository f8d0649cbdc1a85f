package io.dscore.benchmarks;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of {@link Scorer#scoreAll} on whole batches, in nanoseconds per coin: each invocation scores the
 * whole batch and {@link OperationsPerInvocation} divides by its size. Batches of 1,000, 10,000 and 100,000
 * coins show whether the cost per coin stays flat as the batch grows; the parallel variants show what the other
 * cores bring.
 *
 * @since 0.1
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoreAllBenchmark {

    /** Creates the benchmark; JMH calls this. */
    public ScoreAllBenchmark() {
    }

    /** A batch of seeded coins and the scorer; subclasses fix the size. */
    @State(Scope.Benchmark)
    public abstract static class Coins {
        /** The generator seed; fixed so that runs compare across commits. */
        @Param("20260619")
        public long seed;

        List<Coin> coins;
        Scorer scorer;

        /** Creates the state. */
        protected Coins() {
        }

        /**
         * Returns how many coins the batch holds.
         *
         * @return the batch size
         */
        protected abstract int size();

        /** Generates the batch. */
        @Setup
        public void setUp() {
            coins = Arrays.asList(Batch.of(seed, size()));
            scorer = DScore.asOf(Batch.AS_OF);
        }
    }

    /** 1,000 coins. */
    public static class Coins1k extends Coins {
        /** Creates the state. */
        public Coins1k() {
        }

        @Override
        protected int size() {
            return 1_000;
        }
    }

    /** 10,000 coins. */
    public static class Coins10k extends Coins {
        /** Creates the state. */
        public Coins10k() {
        }

        @Override
        protected int size() {
            return 10_000;
        }
    }

    /** 100,000 coins. */
    public static class Coins100k extends Coins {
        /** Creates the state. */
        public Coins100k() {
        }

        @Override
        protected int size() {
            return 100_000;
        }
    }

    /**
     * Scores 1,000 coins.
     *
     * @param batch the coins
     * @return the results
     */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public List<DScoreResult> scoreAll_1k(Coins1k batch) {
        return batch.scorer.scoreAll(batch.coins);
    }

    /**
     * Scores 10,000 coins.
     *
     * @param batch the coins
     * @return the results
     */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public List<DScoreResult> scoreAll_10k(Coins10k batch) {
        return batch.scorer.scoreAll(batch.coins);
    }

    /**
     * Scores 100,000 coins.
     *
     * @param batch the coins
     * @return the results
     */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public List<DScoreResult> scoreAll_100k(Coins100k batch) {
        return batch.scorer.scoreAll(batch.coins);
    }

    /**
     * Scores 10,000 coins on the common fork-join pool.
     *
     * @param batch the coins
     * @return the results
     */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public List<DScoreResult> scoreAllParallel_10k(Coins10k batch) {
        return batch.scorer.scoreAllParallel(batch.coins);
    }

    /**
     * Scores 100,000 coins on the common fork-join pool.
     *
     * @param batch the coins
     * @return the results
     */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public List<DScoreResult> scoreAllParallel_100k(Coins100k batch) {
        return batch.scorer.scoreAllParallel(batch.coins);
    }

    /**
     * Scores 1,000 coins one by one with {@code scoreOf}, keeping no result: {@code scoreAll_1k} less the cost
     * of keeping the results.
     *
     * @param batch     the coins
     * @param blackhole takes each result
     */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public void scoreEach_1k(Coins1k batch, Blackhole blackhole) {
        for (Coin coin : batch.coins) {
            blackhole.consume(batch.scorer.scoreOf(coin));
        }
    }

    /**
     * Scores 100,000 coins one by one with {@code scoreOf}, keeping no result: {@code scoreAll_100k} less the
     * cost of keeping the results.
     *
     * @param batch     the coins
     * @param blackhole takes each result
     */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public void scoreEach_100k(Coins100k batch, Blackhole blackhole) {
        for (Coin coin : batch.coins) {
            blackhole.consume(batch.scorer.scoreOf(coin));
        }
    }
}
