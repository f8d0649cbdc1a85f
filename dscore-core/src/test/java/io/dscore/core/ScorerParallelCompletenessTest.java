package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Scorer#scoreAllParallel} returns only when every chunk is scored, whichever thread took it, and splits
 * batches at every size around its chunk size (1,024 coins) into the results {@code scoreAll} gives.
 *
 * <p>Mutants PIT reports as surviving in {@code scoreAllParallel}. Equivalent in the results: no helper task
 * started ({@code ForkJoinPool.execute} removed), one helper more ({@code chunks + 1}, {@code i <= helpers}), one
 * chunk more ({@code in.length + PARALLEL_CHUNK + 1}): the calling thread takes every chunk left, and an extra
 * chunk is empty; {@code chunk * PARALLEL_CHUNK} as {@code chunk / PARALLEL_CHUNK}: a chunk then starts at coin 0
 * and scores coins already scored again, to the same results. Races, killed or not depending on timing: the
 * wait for the chunks other threads took removed, and {@code chunk < chunks} as {@code <=} (one count-down too
 * many can open the latch before the last chunk is done). Both show only when a pool thread is still scoring as
 * the caller returns, which {@link #returnsOnlyWhenEveryChunkIsScored} gives 60 chances to happen: one PIT run on
 * the loaded 2-core machine left them alive, the next killed them.
 */
class ScorerParallelCompletenessTest {

    private static final Scorer SCORER = DScore.asOf(Coins.AS_OF);
    private static final List<Coin> COINS = SeededCoins.generate(0x9a7a11e1L, 6 * 1024 + 1);

    @Test
    void returnsOnlyWhenEveryChunkIsScored() {
        // two chunks: the calling thread takes one, a pool thread, once started, the other
        List<Coin> coins = COINS.subList(0, 2 * 1024);
        for (int run = 0; run < 60; run++) {
            List<DScoreResult> results = SCORER.scoreAllParallel(coins);
            // looked at at once: a chunk a pool thread still scores would show as nulls
            assertThat(results.contains(null)).as("run %d", run).isFalse();
        }
        assertThat(SCORER.scoreAllParallel(coins)).isEqualTo(SCORER.scoreAll(coins));
    }

    @Test
    void everyBatchSizeAroundTheChunkSizeGivesTheResultsOfScoreAll() {
        for (int size : new int[] {0, 1, 1023, 1024, 1025, 2047, 2048, 2049, 3 * 1024 + 1, 6 * 1024 + 1}) {
            List<Coin> coins = COINS.subList(0, size);
            assertThat(SCORER.scoreAllParallel(coins)).as("%d coins", size).isEqualTo(SCORER.scoreAll(coins));
        }
    }
}
