package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link Scorer} shared by 8 threads scoring the same 100,000 generated coins at once, with {@code scoreAll},
 * {@code scoreOf} and {@code scoreAllParallel}, gives exactly the results of a single-threaded run: the scorer and
 * the five component scorers hold no state that one call could leave for another. And the results themselves are
 * safe to share: 8 threads reading the reasons of the same results for the first time (they are built when first
 * read) all get the reasons of the single-threaded run.
 *
 * <p>Mutation testing notes for the code this class covers: {@code docs/mutation.md}.
 */
class ScorerConcurrencyTest {

    private static final long SEED = 0x5c0_4e_c0_1dL;
    private static final int COINS = 100_000;
    private static final int THREADS = 8;
    private static final int CHUNK = 1_000;

    private static final Scorer SCORER = DScore.asOf(Coins.AS_OF);

    private static List<Coin> coins;
    private static List<DScoreResult> expected;
    private static ExecutorService pool;

    @BeforeAll
    static void scoreSingleThreaded() {
        coins = SeededCoins.generate(SEED, COINS);
        expected = new ArrayList<>(COINS);
        for (Coin coin : coins) {
            DScoreResult result = DScore.asOf(Coins.AS_OF).scoreOf(coin);
            result.components().forEach(score -> score.reasons().size()); // built here, on one thread
            expected.add(result);
        }
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs {@code task(thread)} on 8 threads released together, and returns what each returned. */
    private static <T> List<T> onEightThreads(ThreadTask<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Callable<T> call = () -> {
                start.await(30, TimeUnit.SECONDS);
                return task.run(thread);
            };
            futures.add(pool.submit(call));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    @FunctionalInterface
    private interface ThreadTask<T> {
        T run(int thread) throws Exception;
    }

    @Test
    void theGeneratedCoinsCoverEveryKindOfFact() {
        assertThat(coins).hasSize(COINS);
        assertThat(coins).anySatisfy(c -> assertThat(c.producerShares()).isNotEmpty());
        assertThat(expected).anySatisfy(r -> assertThat(r.bandCertain()).isFalse());
        assertThat(expected).anySatisfy(r -> assertThat(r.total()).isGreaterThanOrEqualTo(80));
        assertThat(expected).anySatisfy(r -> assertThat(r.total()).isLessThan(20));
        assertThat(SeededCoins.generate(SEED, 100)).isEqualTo(coins.subList(0, 100));
    }

    @Test
    void scoreAllScoreOfAndScoreAllParallelFromEightThreadsGiveTheSingleThreadedResults() throws Exception {
        // every thread scores every coin. Threads 0, 3, 6 call scoreAll and 1, 4, 7 scoreOf, in chunks of 1,000
        // starting at a different chunk, so that the threads work on different coins at the same moment, and
        // each result is compared with the single-threaded one as soon as it is made; threads 2 and 5 call
        // scoreAllParallel on all 100,000 coins at once (it splits them over the common fork-join pool).
        List<List<String>> mismatches = onEightThreads(thread -> {
            List<String> wrong = new ArrayList<>();
            if (thread % 3 == 2) {
                List<DScoreResult> all = SCORER.scoreAllParallel(coins);
                assertThat(all).hasSize(COINS);
                for (int from = 0; from < COINS; from += CHUNK) {
                    compare(thread, all.subList(from, from + CHUNK), from, wrong);
                }
                return wrong;
            }
            int chunks = COINS / CHUNK;
            for (int c = 0; c < chunks; c++) {
                int from = ((thread * chunks / THREADS + c) % chunks) * CHUNK;
                List<Coin> chunk = coins.subList(from, from + CHUNK);
                List<DScoreResult> results;
                if (thread % 3 == 0) {
                    results = SCORER.scoreAll(chunk);
                } else {
                    results = new ArrayList<>(CHUNK);
                    for (Coin coin : chunk) {
                        results.add(SCORER.scoreOf(coin));
                    }
                }
                compare(thread, results, from, wrong);
            }
            return wrong;
        });

        assertThat(mismatches).as("seed %d", SEED).allSatisfy(wrong -> assertThat(wrong).isEmpty());
    }

    @Test
    void eightThreadsReadingTheReasonsOfTheSameResultsForTheFirstTimeGetTheSameReasons() throws Exception {
        List<DScoreResult> shared = SCORER.scoreAll(coins); // no reason read yet

        List<List<String>> mismatches = onEightThreads(thread -> {
            List<String> wrong = new ArrayList<>();
            int chunks = COINS / CHUNK;
            for (int c = 0; c < chunks; c++) {
                // two threads start at each chunk, so that pairs of threads race for the same results
                int from = ((thread / 2 * chunks / (THREADS / 2) + c) % chunks) * CHUNK;
                compare(thread, shared.subList(from, from + CHUNK), from, wrong);
            }
            return wrong;
        });

        assertThat(mismatches).as("seed %d", SEED).allSatisfy(wrong -> assertThat(wrong).isEmpty());
    }

    /** Compares results for coins {@code from, from + 1, ...} with the single-threaded ones. */
    private static void compare(int thread, List<DScoreResult> results, int from, List<String> wrong) {
        assertThat(results).hasSize(CHUNK);
        for (int i = 0; i < CHUNK; i++) {
            DScoreResult result = results.get(i);
            DScoreResult single = expected.get(from + i);
            if (!result.equals(single) && wrong.size() < 3) {
                wrong.add("thread " + thread + ", coin " + (from + i) + ": " + result + " instead of " + single);
            }
        }
    }
}
