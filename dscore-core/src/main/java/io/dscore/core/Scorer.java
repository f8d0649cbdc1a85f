package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

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

    private static final List<ComponentScorer> COMPONENT_SCORERS = List.of(
            new NodeDistributionScorer(),
            new InitialDistributionScorer(),
            new GovernanceScorer(),
            new AgeAndHistoryScorer(),
            new AutonomyScorer());

    private final LocalDate asOf;

    Scorer(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
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
     * @throws NullPointerException if {@code date} is null
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
        List<ComponentScore> scores = new ArrayList<>(COMPONENT_SCORERS.size());
        for (ComponentScorer scorer : COMPONENT_SCORERS) {
            scores.add(scorer.score(coin, asOf));
        }
        return new DScoreResult(coin, asOf, scores);
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
