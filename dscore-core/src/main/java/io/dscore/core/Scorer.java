package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Computes D-Scores as of one fixed date. Obtain one with {@link DScore#asOf(LocalDate)}.
 *
 * <p>A scorer runs the five component scorers, in {@link io.dscore.api.Component} order, and collects their
 * results into a {@link DScoreResult}. It reads no clock and holds no mutable state, so the same coin gives
 * the same result on every call and every thread.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Scorer {

    // one field per component (not a list) so that each call site sees one class and inlines it
    private static final NodeDistributionScorer NODE_DISTRIBUTION = new NodeDistributionScorer();
    private static final InitialDistributionScorer INITIAL_DISTRIBUTION = new InitialDistributionScorer();
    private static final GovernanceScorer GOVERNANCE = new GovernanceScorer();
    private static final AgeAndHistoryScorer AGE_AND_HISTORY = new AgeAndHistoryScorer();
    private static final AutonomyScorer AUTONOMY = new AutonomyScorer();

    /** How many coins one task of {@link #scoreAllParallel} scores: about 0.2 ms of work. */
    static final int PARALLEL_CHUNK = 1024;

    private final LocalDate asOf;

    /** No coin launched before 2008, the year of the Bitcoin white paper. */
    static final int FIRST_YEAR = 2008;
    static final String AS_OF_TOO_EARLY = "asOf must be in " + FIRST_YEAR + " or later (was %s)";

    Scorer(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        if (asOf.getYear() < FIRST_YEAR) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, AS_OF_TOO_EARLY, asOf));
        }
    }

    /**
     * Returns the date ages are computed against.
     *
     * @return the as-of date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns a scorer for another date; this one is unchanged.
     *
     * @param date the new as-of date, not null
     * @return a scorer as of {@code date}, not null
     * @throws IllegalArgumentException if {@code date} is before 2008
     * @throws NullPointerException     if {@code date} is null
     */
    public Scorer withAsOf(LocalDate date) {
        return new Scorer(date);
    }

    /**
     * Scores one coin.
     *
     * @param coin the facts, not null
     * @return the D-Score with its components, range and reasons, not null
     * @throws IllegalArgumentException if the coin's launch year is after the as-of date
     * @throws NullPointerException     if {@code coin} is null
     */
    public DScoreResult scoreOf(Coin coin) {
        Objects.requireNonNull(coin, "coin");
        // one scratch tally for the five range searches; in Component order; List.of is immutable, so
        // DScoreResult keeps it without a copy
        Tally scratch = Tally.silent();
        return new DScoreResult(coin, asOf, List.of(
                NODE_DISTRIBUTION.score(coin, asOf, scratch),
                INITIAL_DISTRIBUTION.score(coin, asOf, scratch),
                GOVERNANCE.score(coin, asOf, scratch),
                AGE_AND_HISTORY.score(coin, asOf, scratch),
                AUTONOMY.score(coin, asOf, scratch)));
    }

    /**
     * Scores many coins, one after the other.
     *
     * @param coins the coins, not null and without null elements
     * @return one result per coin, in the iteration order of {@code coins}; unmodifiable, not null
     * @throws IllegalArgumentException if a coin's launch year is after the as-of date
     * @throws NullPointerException     if {@code coins} or an element is null
     */
    public List<DScoreResult> scoreAll(Collection<Coin> coins) {
        List<DScoreResult> results = new ArrayList<>(coins.size());
        for (Coin coin : coins) {
            results.add(scoreOf(coin));
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * Scores many coins on several threads; gives the same results as {@link #scoreAll(Collection)}, in the
     * same order.
     *
     * <p>The coins are copied to an array (in the iteration order of {@code coins}) and cut into chunks of
     * {@value #PARALLEL_CHUNK}. The calling thread and up to {@link ForkJoinPool#getCommonPoolParallelism()}
     * tasks of the common fork-join pool take chunks one at a time until none is left; each result lands at the
     * index of its coin. The calling thread never waits for a pool thread to start, only for chunks already
     * taken, so where the other cores are busy (other requests, other processes) this costs about what
     * {@code scoreAll} costs, and where they are idle it divides the time by up to the number of cores. For a
     * batch of one chunk or less it scores on the calling thread alone. Measurements: {@code docs/benchmarks.md}.
     *
     * @param coins the coins, not null and without null elements; not modified during the call
     * @return one result per coin, in the iteration order of {@code coins}; unmodifiable, not null
     * @throws IllegalArgumentException if a coin's launch year is after the as-of date (if several are, any one
     *                                  of them may be reported)
     * @throws NullPointerException     if {@code coins} or an element is null
     */
    public List<DScoreResult> scoreAllParallel(Collection<Coin> coins) {
        Coin[] in = coins.toArray(new Coin[0]);
        DScoreResult[] out = new DScoreResult[in.length];
        new ParallelRun(in, out).run();
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** One call of {@link #scoreAllParallel}: chunks handed out by a counter, their completion counted down. */
    private final class ParallelRun {

        private final Coin[] in;
        private final DScoreResult[] out;
        private final int chunks;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        ParallelRun(Coin[] in, DScoreResult[] out) {
            this.in = in;
            this.out = out;
            this.chunks = (in.length + PARALLEL_CHUNK - 1) / PARALLEL_CHUNK;
            this.done = new CountDownLatch(chunks);
        }

        void run() {
            int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), chunks - 1);
            for (int i = 0; i < helpers; i++) {
                ForkJoinPool.commonPool().execute(this::work);
            }
            work();
            awaitChunks();
            Throwable thrown = failure.get();
            if (thrown instanceof RuntimeException) {
                throw (RuntimeException) thrown;
            }
            if (thrown != null) {
                throw (Error) thrown;
            }
        }

        /** Scores chunks until none is left; after a failure the remaining chunks are only counted. */
        private void work() {
            for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        int to = Math.min(in.length, (chunk + 1) * PARALLEL_CHUNK);
                        for (int i = chunk * PARALLEL_CHUNK; i < to; i++) {
                            out[i] = scoreOf(in[i]);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        }

        /** Waits for the chunks other threads took; an interrupt is kept for the caller, not lost. */
        private void awaitChunks() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Lists the single-fact changes that would raise the coin's total, largest gain first.
     *
     * <p>Only facts a project can change are tried: governance, admin control, dev fund share, insider share,
     * block producers, Nakamoto coefficient and shared security; launch year, launch type, funding and history
     * are never suggested. For each fact the best value among round candidates is reported (the one closest to
     * the current value among those with the largest gain); scoring the changed coin as of the same date raises
     * the total by exactly {@link Improvement#gain()}.
     *
     * @param coin the facts, not null
     * @return the improvements, largest gain first (ties in {@link io.dscore.api.Fact} order); empty if no
     *         single change raises the total; unmodifiable, not null
     * @throws IllegalArgumentException if the coin's launch year is after the as-of date
     * @throws NullPointerException     if {@code coin} is null
     */
    public List<Improvement> improvementsFor(Coin coin) {
        return WhatIf.improvementsFor(this, coin);
    }

    @Override
    public String toString() {
        return "Scorer[asOf=" + asOf + "]";
    }
}
