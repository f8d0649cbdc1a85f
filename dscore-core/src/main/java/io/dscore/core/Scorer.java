package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Methodology;
import java.time.LocalDate;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Computes D-Scores as of one fixed date. Obtain one with {@link DScore#asOf(LocalDate)}.
 *
 * <p>A scorer runs the rules of every component, in {@link Component} order, and collects their results into a
 * {@link DScoreResult}. It reads no clock and holds no mutable state, so the same coin gives
 * the same result on every call and every thread.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Scorer {

    /** The rules of every component, in {@link Component} order. */
    private static final List<Rules> RULES = rules(NodeDistributionScorer.RULES,
            InitialDistributionScorer.RULES, GovernanceScorer.RULES, AgeAndHistoryScorer.RULES, AutonomyScorer.RULES);

    /**
     * The rules this library computes. A change of rules that moves any score gives a new version, recorded with
     * its effect in {@code docs/methodology.md}.
     */
    static final Methodology METHODOLOGY = new Methodology("dscore", "2", LocalDate.of(2026, 12, 4));

    /** No coin launched before 2008, the year of the Bitcoin white paper. */
    static final int FIRST_YEAR = 2008;

    private final LocalDate asOf;

    Scorer(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        if (asOf.getYear() < FIRST_YEAR) {
            throw new IllegalArgumentException("asOf must be in " + FIRST_YEAR + " or later (was " + asOf + ")");
        }
    }

    private static List<Rules> rules(Rules... rules) {
        Rules[] byComponent = new Rules[Component.values().length];
        for (Rules r : rules) {
            if (byComponent[r.component().ordinal()] != null) {
                throw new IllegalStateException("two rule sets for " + r.component());
            }
            byComponent[r.component().ordinal()] = r;
        }
        for (Component c : Component.values()) {
            if (byComponent[c.ordinal()] == null) {
                throw new IllegalStateException("no rule set for " + c);
            }
        }
        return List.of(byComponent);
    }

    /** The rules of every component, in {@link Component} order. */
    static List<Rules> rules() {
        return RULES;
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
     * Returns the rules this scorer computes: every result it makes names them.
     *
     * @return the methodology, not null
     */
    public Methodology methodology() {
        return METHODOLOGY;
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
     * @throws io.dscore.api.InvalidFactException if the coin's launch year is after the as-of date, or its
     *                                            Nakamoto coefficient contradicts its producer shares
     * @throws NullPointerException               if {@code coin} is null
     */
    public DScoreResult scoreOf(Coin coin) {
        Objects.requireNonNull(coin, "coin");
        Facts facts = Facts.of(coin, asOf);
        ComponentScore[] scores = new ComponentScore[RULES.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = RULES.get(i).score(facts, coin, asOf);
        }
        return new DScoreResult(coin, asOf, METHODOLOGY, List.of(scores));
    }

    /**
     * Scores many coins, one after the other.
     *
     * @param coins the coins, not null and without null elements
     * @return one result per coin, in the iteration order of {@code coins}; unmodifiable, not null
     * @throws io.dscore.api.InvalidFactException if a coin's launch year is after the as-of date
     * @throws NullPointerException               if {@code coins} or an element is null
     */
    public List<DScoreResult> scoreAll(Collection<Coin> coins) {
        List<DScoreResult> results = new ArrayList<>(coins.size());
        for (Coin coin : coins) {
            results.add(scoreOf(coin));
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * Scores many coins on several threads (a parallel stream on the common fork-join pool); gives the same
     * results as {@link #scoreAll(Collection)}, in the same order. Worth it for thousands of coins; for a few
     * hundred {@code scoreAll} is as fast. Measurements: {@code docs/benchmarks.md}.
     *
     * @param coins the coins, not null and without null elements; not modified during the call
     * @return one result per coin, in the iteration order of {@code coins}; unmodifiable, not null
     * @throws io.dscore.api.InvalidFactException if a coin's launch year is after the as-of date (if several
     *                                            are, any one of them may be reported)
     * @throws NullPointerException               if {@code coins} or an element is null
     */
    public List<DScoreResult> scoreAllParallel(Collection<Coin> coins) {
        return List.of(List.copyOf(coins).parallelStream().map(this::scoreOf).toArray(DScoreResult[]::new));
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
