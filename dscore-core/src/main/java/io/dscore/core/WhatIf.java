package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Fact;
import io.dscore.api.Governance;
import io.dscore.api.Improvement;
import io.dscore.api.InvalidFactException;
import io.dscore.api.SharedSecurity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Finds the single-fact changes that would raise a coin's total: for every fact a project can change, each
 * candidate value is put in place of the fact in the coin's {@link Facts}, and the components whose rules read
 * that fact are evaluated again (points only); the best candidate per fact is kept (the one closest to the
 * current value among those with the largest gain). A candidate that makes the coin invalid (a Nakamoto
 * coefficient above the producer count) is not a single-fact change and is skipped: the best candidates are
 * applied to a copy of the coin, in order, until one builds.
 */
final class WhatIf {

    /** Candidate producer counts, ascending: round numbers spanning the rule tables. */
    private static final int[] PRODUCER_COUNTS = {1, 2, 3, 5, 10, 30, 100, 300, 1000, 3000, 10000};
    /** Candidate Nakamoto coefficients, ascending. */
    private static final int[] NAKAMOTO_COEFFICIENTS = {1, 2, 3, 4, 5, 7, 10, 15, 20, 30};
    /** Candidate percentages, descending from the largest: smaller shares are better. */
    private static final double[] SHARES = {20, 15, 10, 5, 2, 1, 0.5, 0};

    private static final Comparator<Improvement> LARGEST_GAIN_FIRST =
            Comparator.comparingDouble(Improvement::gain).reversed().thenComparing(Improvement::fact);

    private WhatIf() {
    }

    static List<Improvement> improvementsFor(Scorer scorer, Coin coin) {
        Objects.requireNonNull(coin, "coin");
        Facts facts = Facts.of(coin, scorer.asOf());
        // the points of every component as they are: points only, no range (improvements move points)
        double[] current = new double[Scorer.rules().size()];
        for (Rules rules : Scorer.rules()) {
            current[rules.component().ordinal()] = rules.points(facts);
        }
        List<Improvement> improvements = new ArrayList<>();
        Search search = new Search(coin, current, facts, improvements);

        List<Candidate> governance = new ArrayList<>();
        for (Governance g : Governance.values()) {
            if (g != Governance.UNKNOWN && g != coin.governance()) {
                governance.add(new Candidate(g, b -> b.governance(g)));
            }
        }
        search.best(Fact.GOVERNANCE, unknownOr(coin.governance().name(), coin.governance() == Governance.UNKNOWN),
                governance);

        List<Candidate> control = new ArrayList<>();
        for (AdminControl a : AdminControl.values()) {
            if (a != AdminControl.UNKNOWN && a != coin.adminControl()) {
                control.add(new Candidate(a, b -> b.adminControl(a)));
            }
        }
        search.best(Fact.ADMIN_CONTROL,
                unknownOr(coin.adminControl().name(), coin.adminControl() == AdminControl.UNKNOWN), control);

        search.best(Fact.DEV_FUND_PCT, text(coin.devFundPct()),
                shares(coin.devFundPct(), v -> b -> b.devFundPct(v)));
        search.best(Fact.INSIDER_ALLOCATION_PCT, text(coin.insiderAllocationPct()),
                shares(coin.insiderAllocationPct(), v -> b -> b.insiderAllocationPct(v)));

        List<Candidate> producers = new ArrayList<>();
        for (int p : PRODUCER_COUNTS) {
            if (coin.blockProducers().isEmpty() || p > coin.blockProducers().getAsInt()) {
                producers.add(new Candidate(p, b -> b.blockProducers(p)));
            }
        }
        search.best(Fact.BLOCK_PRODUCERS, text(coin.blockProducers()), producers);

        List<Candidate> nakamoto = new ArrayList<>();
        for (int n : NAKAMOTO_COEFFICIENTS) {
            if (coin.nakamotoCoefficient().isEmpty() || n > coin.nakamotoCoefficient().getAsInt()) {
                nakamoto.add(new Candidate(n, b -> b.nakamotoCoefficient(n)));
            }
        }
        search.best(Fact.NAKAMOTO_COEFFICIENT, text(coin.nakamotoCoefficient()), nakamoto);

        List<Candidate> shared = new ArrayList<>();
        for (SharedSecurity s : new SharedSecurity[] {SharedSecurity.YES, SharedSecurity.NO}) {
            if (s != coin.sharedSecurity()) {
                shared.add(new Candidate(s, b -> b.sharedSecurity(s)));
            }
        }
        search.best(Fact.SHARED_SECURITY,
                unknownOr(coin.sharedSecurity().name(), coin.sharedSecurity() == SharedSecurity.UNKNOWN), shared);

        improvements.sort(LARGEST_GAIN_FIRST);
        return List.copyOf(improvements);
    }

    private static List<Candidate> shares(OptionalDouble current, Function<Double, Function<Coin.Builder, Coin.Builder>> set) {
        List<Candidate> candidates = new ArrayList<>();
        for (double v : SHARES) {
            if (current.isEmpty() || v < current.getAsDouble()) {
                candidates.add(new Candidate(v, set.apply(v)));
            }
        }
        return candidates;
    }

    private static String unknownOr(String value, boolean unknown) {
        return unknown ? "unknown" : value;
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "unknown";
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? Points.format(value.getAsDouble()) : "unknown";
    }

    /** A value to try, as {@link Facts} hold it, and how to apply it to a copy of the coin. */
    private record Candidate(Object value, Function<Coin.Builder, Coin.Builder> apply) {

        /** The value as an improvement writes it: a word, a count, or a percentage such as 0.5. */
        String text() {
            return value instanceof Double ? Points.format((Double) value) : value.toString();
        }
    }

    /**
     * The search over one coin: {@code current} holds the points of each component (by ordinal) for the coin's
     * facts, which {@code facts} holds between candidates.
     */
    private record Search(Coin coin, double[] current, Facts facts, List<Improvement> out) {

        /**
         * Keeps the valid candidate with the largest gain; among equal gains, the first (closest to the current
         * value).
         */
        void best(Fact fact, String from, List<Candidate> candidates) {
            double[] gains = new double[candidates.size()];
            Object value = facts.get(fact);
            for (int i = 0; i < gains.length; i++) {
                facts.set(fact, candidates.get(i).value());
                gains[i] = gain(fact);
            }
            facts.set(fact, value);
            while (true) {
                int best = -1;
                for (int i = 0; i < gains.length; i++) {
                    if (gains[i] > 0 && (best < 0 || gains[i] > gains[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    return;
                }
                Candidate candidate = candidates.get(best);
                try {
                    candidate.apply().apply(Coin.builder(coin)).build();
                    out.add(new Improvement(fact, from, candidate.text(), gains[best]));
                    return;
                } catch (InvalidFactException inconsistent) {
                    gains[best] = 0; // e.g. a Nakamoto coefficient above the producer count: not a single-fact change
                }
            }
        }

        /**
         * What the total gains with the facts as they are: only the components whose rules read {@code fact} move.
         * Facts that contradict each other (a Nakamoto coefficient the producer shares do not give) gain nothing.
         */
        private double gain(Fact fact) {
            double gain = 0;
            try {
                for (Rules rules : Scorer.rules()) {
                    if (rules.reads(fact)) {
                        gain += rules.points(facts) - current[rules.component().ordinal()];
                    }
                }
            } catch (InvalidFactException inconsistent) {
                return 0;
            }
            return gain;
        }
    }
}
