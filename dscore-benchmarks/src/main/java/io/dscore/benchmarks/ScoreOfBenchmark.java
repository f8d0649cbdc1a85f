package io.dscore.benchmarks;

import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Reason;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of scoring one coin with {@link Scorer#scoreOf(Coin)}, in nanoseconds per coin.
 *
 * <p>Each operation scores the next coin of a batch of {@code batchSize} seeded coins, going round the batch,
 * so one operation is one coin and the batch size sets how much memory the coins span (1,000 coins fit in the
 * caches, 100,000 do not). Benchmarks:
 * <ul>
 *   <li>{@link #baseline()}: only reads the facts the scorers read; the floor;</li>
 *   <li>{@link #scoreOf()}: the full result, returned to a black hole;</li>
 *   <li>{@link #scoreOfTotal()}: the full result, reading only the total and the component points, as a
 *       ranking service would;</li>
 *   <li>{@link #scoreOfExplained(Blackhole)}: the full result, reading every reason's code, points and text, as a
 *       report would.</li>
 * </ul>
 *
 * @since 0.1
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ScoreOfBenchmark {

    /** How many coins the benchmark goes round. */
    @Param({"1000", "10000", "100000"})
    public int batchSize;

    /** The generator seed; fixed so that runs compare across commits. */
    @Param("20260619")
    public long seed;

    private Coin[] coins;
    private Scorer scorer;
    private int next;

    /** Creates the benchmark; JMH calls this. */
    public ScoreOfBenchmark() {
    }

    /** Generates the batch. */
    @Setup
    public void setUp() {
        coins = Batch.of(seed, batchSize);
        scorer = DScore.asOf(Batch.AS_OF);
        next = 0;
    }

    private Coin nextCoin() {
        Coin coin = coins[next];
        next = next + 1 == coins.length ? 0 : next + 1;
        return coin;
    }

    /**
     * Reads the facts the scorers read, and nothing more.
     *
     * @return a number folded from the facts
     */
    @Benchmark
    public long baseline() {
        return Batch.readFacts(nextCoin());
    }

    /**
     * Scores one coin.
     *
     * @return the result
     */
    @Benchmark
    public DScoreResult scoreOf() {
        return scorer.scoreOf(nextCoin());
    }

    /**
     * Scores one coin and reads the total and the component points.
     *
     * @return the total plus the component points
     */
    @Benchmark
    public double scoreOfTotal() {
        DScoreResult result = scorer.scoreOf(nextCoin());
        double sum = result.total();
        for (ComponentScore score : result.components()) {
            sum += score.points();
        }
        return sum;
    }

    /**
     * Scores one coin and reads every reason: code, points and text.
     *
     * @param blackhole takes what is read
     */
    @Benchmark
    public void scoreOfExplained(Blackhole blackhole) {
        DScoreResult result = scorer.scoreOf(nextCoin());
        blackhole.consume(result.total());
        for (ComponentScore score : result.components()) {
            blackhole.consume(score.minPoints());
            blackhole.consume(score.maxPoints());
            for (Reason reason : score.reasons()) {
                blackhole.consume(reason.code());
                blackhole.consume(reason.points());
                blackhole.consume(reason.text());
            }
        }
    }

    /**
     * The what-if search: the single-fact changes that would raise the score.
     *
     * @return the improvements
     */
    @Benchmark
    public List<Improvement> improvementsFor() {
        return scorer.improvementsFor(nextCoin());
    }
}
