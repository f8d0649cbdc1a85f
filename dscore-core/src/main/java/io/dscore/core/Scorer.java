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
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

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
     * @return one result per coin, in the iteration order of {@code coins}; not null
     * @throws IllegalArgumentException if a coin's launch year is after the as-of date
     * @throws NullPointerException     if {@code coins} or an element is null
     */
    public List<DScoreResult> scoreAll(Collection<Coin> coins) {
        List<DScoreResult> results = new ArrayList<>(coins.size());
        for (Coin coin : coins) {
            results.add(scoreOf(coin));
        }
        return results;
    }

    /**
     * Scores many coins on several threads; gives the same results as {@link #scoreAll(Collection)}, in the
     * same order.
     *
     * <p>The coins are copied to an array (in the iteration order of {@code coins}) and scored in chunks of
     * {@value #PARALLEL_CHUNK} in the common fork-join pool, {@link ForkJoinPool#commonPool()}, with the calling
     * thread helping; each result lands at the index of its coin. The chunks are small so that a thread slowed
     * by other work on its core leaves its share to the others. Use it for batches of thousands of coins when
     * other cores are idle; where they are busy (serving other requests, other processes), it can be no faster
     * than {@code scoreAll}, which keeps to the calling thread. Measurements: {@code docs/benchmarks.md}.
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
        ForkJoinPool.commonPool().invoke(new ScoreChunk(in, out, 0, in.length));
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** Scores {@code in[from..to)} into {@code out}, splitting in halves down to {@link #PARALLEL_CHUNK}. */
    private final class ScoreChunk extends RecursiveAction {

        private static final long serialVersionUID = 1L;

        private final Coin[] in;
        private final DScoreResult[] out;
        private final int from;
        private final int to;

        ScoreChunk(Coin[] in, DScoreResult[] out, int from, int to) {
            this.in = in;
            this.out = out;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= PARALLEL_CHUNK) {
                for (int i = from; i < to; i++) {
                    out[i] = scoreOf(in[i]);
                }
            } else {
                int middle = (from + to) >>> 1;
                invokeAll(new ScoreChunk(in, out, from, middle), new ScoreChunk(in, out, middle, to));
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
