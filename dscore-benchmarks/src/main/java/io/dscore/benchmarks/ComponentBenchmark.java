package io.dscore.benchmarks;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.core.AgeAndHistoryScorer;
import io.dscore.core.AutonomyScorer;
import io.dscore.core.ComponentScorer;
import io.dscore.core.GovernanceScorer;
import io.dscore.core.InitialDistributionScorer;
import io.dscore.core.NodeDistributionScorer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one component scorer alone, in nanoseconds per coin, on a batch of 10,000 seeded coins (the
 * same coins as {@link ScoreOfBenchmark} with {@code batchSize} 10000).
 *
 * @since 0.1
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ComponentBenchmark {

    /** The component whose scorer runs. */
    @Param({"NODE_DISTRIBUTION", "INITIAL_DISTRIBUTION", "GOVERNANCE", "AGE_AND_HISTORY", "AUTONOMY"})
    public Component component;

    /** How many coins the benchmark goes round. */
    @Param("10000")
    public int batchSize;

    /** The generator seed; fixed so that runs compare across commits. */
    @Param("20260619")
    public long seed;

    private Coin[] coins;
    private ComponentScorer scorer;
    private int next;

    /** Creates the benchmark; JMH calls this. */
    public ComponentBenchmark() {
    }

    /** Generates the batch and picks the scorer. */
    @Setup
    public void setUp() {
        coins = Batch.of(seed, batchSize);
        scorer = scorerOf(component);
        next = 0;
    }

    private static ComponentScorer scorerOf(Component component) {
        switch (component) {
            case NODE_DISTRIBUTION:
                return new NodeDistributionScorer();
            case INITIAL_DISTRIBUTION:
                return new InitialDistributionScorer();
            case GOVERNANCE:
                return new GovernanceScorer();
            case AGE_AND_HISTORY:
                return new AgeAndHistoryScorer();
            default:
                return new AutonomyScorer();
        }
    }

    /**
     * Scores one component of one coin.
     *
     * @return the component score
     */
    @Benchmark
    public ComponentScore score() {
        Coin coin = coins[next];
        next = next + 1 == coins.length ? 0 : next + 1;
        return scorer.score(coin, Batch.AS_OF);
    }
}
