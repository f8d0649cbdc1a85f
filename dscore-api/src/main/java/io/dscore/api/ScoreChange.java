package io.dscore.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What changed between two scores of the same coin, and why: made by
 * {@link DScoreResult#changesFrom(DScoreResult) later.changesFrom(earlier)}.
 *
 * <p>A change holds
 * <ul>
 *   <li>the total and band before and after;</li>
 *   <li>per {@link Component}, the points before and after ({@link ComponentChange}), in enum order;</li>
 *   <li>the facts whose values differ between the two coins ({@link FactChange}), in {@link Fact} order, each
 *       value written as the interchange format writes it ({@code LAYER_1}, {@code 16.7}, {@code 30;25;15}),
 *       and an unknown fact written {@code unknown};</li>
 *   <li>the reasons that appeared, disappeared or changed points ({@link ReasonChange}), component by component:
 *       reasons are matched by {@link ReasonCode} within their component, and notes of
 *       {@link ReasonCode#UNKNOWN_FACT} by code and text (each names its fact); a reason whose text changed but
 *       whose points did not (an age of 17 years becoming 18 at the same points) is no change;</li>
 *   <li>the {@link Cause}: whether the facts differ, the as-of dates differ (the coin aged), both, or neither.</li>
 * </ul>
 *
 * <p>Two results are of the <em>same coin</em> when their coins' symbols are equal ignoring case
 * ({@code "btc"} and {@code "BTC"}); every other fact, the name included, may differ, and differences are listed
 * as fact changes. Results computed by different methodologies ({@link Methodology#id()}) are not compared: their
 * points follow different rules.
 *
 * <p>Invariants, checked on construction: each band is the band of its total; the component points sum to the
 * totals; fact changes are distinct, in {@link Fact} order and change the value; a reason change holds a reason
 * of its component on at least one side, the same code on both sides, and different points when both sides hold
 * one. The reason deltas of a component sum to its delta, as reasons sum to their component's points.
 *
 * <pre>{@code
 * Scorer scorer = DScore.asOf(LocalDate.of(2026, 6, 19));
 * Coin onChain = Coin.builder(flux).governance(Governance.ON_CHAIN).build();
 * ScoreChange change = scorer.scoreOf(onChain).changesFrom(scorer.scoreOf(flux));
 * change.totalDelta();              // 18.0
 * change.facts().get(0).toString(); // "fact governance: COMPANY -> ON_CHAIN"
 * change.cause();                   // FACTS
 * }</pre>
 *
 * <p>{@link #toString()} writes one line for the coin, then one line per changed fact, component and reason.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param symbol      the symbol of the later coin, not blank
 * @param asOfBefore  the as-of date of the earlier result, not null
 * @param asOfAfter   the as-of date of the later result, not null
 * @param methodology the methodology of both results, not null
 * @param totalBefore the earlier total
 * @param totalAfter  the later total
 * @param bandBefore  the earlier band, {@code Band.of(totalBefore)}, not null
 * @param bandAfter   the later band, {@code Band.of(totalAfter)}, not null
 * @param components  one change per component, in {@link Component} order, unchanged ones included; copied, not null
 * @param facts       the facts whose values differ, in {@link Fact} order; copied, not null
 * @param reasons     the reasons that appeared, disappeared or changed points, by component; copied, not null
 * @param cause       what differs between the two inputs, not null
 * @since 0.2
 */
public record ScoreChange(String symbol, LocalDate asOfBefore, LocalDate asOfAfter, Methodology methodology,
                          double totalBefore, double totalAfter, Band bandBefore, Band bandAfter,
                          List<ComponentChange> components, List<FactChange> facts, List<ReasonChange> reasons,
                          Cause cause) {

    /** How an unknown fact is written in a {@link FactChange}. */
    public static final String UNKNOWN = "unknown";

    private static final Component[] COMPONENTS = Component.values();

    /**
     * Creates a change and checks its invariants (see the class description).
     *
     * @param symbol      the symbol of the later coin, not blank
     * @param asOfBefore  the as-of date of the earlier result, not null
     * @param asOfAfter   the as-of date of the later result, not null
     * @param methodology the methodology of both results, not null
     * @param totalBefore the earlier total
     * @param totalAfter  the later total
     * @param bandBefore  the earlier band, not null
     * @param bandAfter   the later band, not null
     * @param components  one change per component, in {@link Component} order; copied, not null
     * @param facts       the facts whose values differ, in {@link Fact} order; copied, not null
     * @param reasons     the reasons that appeared, disappeared or changed points; copied, not null
     * @param cause       what differs between the two inputs, not null
     * @throws IllegalArgumentException if {@code symbol} is blank, a band is not the band of its total, the
     *                                  components are not one per component in order or do not sum to the totals,
     *                                  or the facts are not distinct and in {@link Fact} order
     * @throws NullPointerException     if an argument or an element of a list is null
     */
    public ScoreChange {
        Validation.text(symbol, "symbol");
        Objects.requireNonNull(asOfBefore, "asOfBefore");
        Objects.requireNonNull(asOfAfter, "asOfAfter");
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(bandBefore, "bandBefore");
        Objects.requireNonNull(bandAfter, "bandAfter");
        Objects.requireNonNull(cause, "cause");
        components = List.copyOf(Objects.requireNonNull(components, "components"));
        facts = List.copyOf(Objects.requireNonNull(facts, "facts"));
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        band("bandBefore", totalBefore, bandBefore);
        band("bandAfter", totalAfter, bandAfter);
        if (components.size() != COMPONENTS.length) {
            throw new IllegalArgumentException(
                    Validation.format(Validation.COMPONENT_COUNT, COMPONENTS.length, components.size()));
        }
        double sumBefore = 0;
        double sumAfter = 0;
        for (int i = 0; i < COMPONENTS.length; i++) {
            ComponentChange change = components.get(i);
            if (change.component() != COMPONENTS[i]) {
                throw new IllegalArgumentException(
                        Validation.format(Validation.COMPONENT_ORDER, i, COMPONENTS[i], change.component()));
            }
            sumBefore += change.pointsBefore();
            sumAfter += change.pointsAfter();
        }
        if (sumBefore != totalBefore || sumAfter != totalAfter) {
            throw new IllegalArgumentException(Validation.format(Validation.CHANGE_SUM,
                    totalBefore, totalAfter, sumBefore, sumAfter));
        }
        for (int i = 1; i < facts.size(); i++) {
            if (facts.get(i).fact().compareTo(facts.get(i - 1).fact()) <= 0) {
                throw new IllegalArgumentException(Validation.format(Validation.FACT_ORDER,
                        facts.get(i).fact().column(), facts.get(i - 1).fact().column()));
            }
        }
    }

    private static void band(String field, double total, Band band) {
        if (Band.of(total) != band) {
            throw new IllegalArgumentException(Validation.format(Validation.BAND_OF_TOTAL,
                    field, total, Band.of(total), band));
        }
    }

    /**
     * Compares two results of the same coin; {@link DScoreResult#changesFrom(DScoreResult)} calls this.
     *
     * @param earlier the earlier result, not null
     * @param later   the later result, not null
     * @return the change from {@code earlier} to {@code later}, not null
     * @throws IllegalArgumentException if the results are not of the same coin or not of the same methodology
     */
    static ScoreChange between(DScoreResult earlier, DScoreResult later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        String symbol = later.coin().symbol();
        if (!symbol.equalsIgnoreCase(earlier.coin().symbol())) {
            throw new IllegalArgumentException(Validation.format(Validation.SAME_COIN,
                    symbol, earlier.coin().symbol()));
        }
        if (!later.methodology().id().equals(earlier.methodology().id())) {
            throw new IllegalArgumentException(Validation.format(Validation.SAME_METHODOLOGY,
                    later.methodology().id(), earlier.methodology().id()));
        }
        List<ComponentChange> components = new ArrayList<>(COMPONENTS.length);
        List<ReasonChange> reasons = new ArrayList<>();
        for (Component component : COMPONENTS) {
            ComponentScore before = earlier.component(component);
            ComponentScore after = later.component(component);
            components.add(new ComponentChange(component, before.points(), after.points()));
            reasons.addAll(ReasonChange.between(component, before.reasons(), after.reasons()));
        }
        List<FactChange> facts = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            String before = FactChange.text(earlier.coin(), fact);
            String after = FactChange.text(later.coin(), fact);
            if (!before.equals(after)) {
                facts.add(new FactChange(fact, before, after));
            }
        }
        return new ScoreChange(symbol, earlier.asOf(), later.asOf(), later.methodology(),
                earlier.total(), later.total(), earlier.band(), later.band(), components, facts, reasons,
                Cause.of(!facts.isEmpty(), !earlier.asOf().equals(later.asOf())));
    }

    /**
     * Returns the change of the total.
     *
     * @return {@code totalAfter - totalBefore}; the sum of the components' {@link ComponentChange#delta()}
     */
    public double totalDelta() {
        return totalAfter - totalBefore;
    }

    /**
     * Tells whether the total or the band changed.
     *
     * @return {@code true} if {@code totalAfter != totalBefore} (a band changes only with its total)
     */
    public boolean scoreChanged() {
        return totalAfter != totalBefore || bandAfter != bandBefore;
    }

    /**
     * Tells whether nothing changed: no fact, no component's points, no reason.
     *
     * @return {@code true} if both results say the same of the same facts; always so for a result compared with
     *         itself
     */
    public boolean isEmpty() {
        return facts.isEmpty() && reasons.isEmpty() && moved().isEmpty();
    }

    /**
     * Returns the components whose points changed.
     *
     * @return the component changes with a non-zero {@link ComponentChange#delta()}, in {@link Component} order
     */
    public List<ComponentChange> moved() {
        return components.stream().filter(c -> c.delta() != 0).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the change of one component.
     *
     * @param component the component, not null
     * @return its change (possibly of 0 points), not null
     * @throws NullPointerException if {@code component} is null
     */
    public ComponentChange component(Component component) {
        return components.get(component.ordinal());
    }

    /**
     * Returns the change as lines: first the symbol, the totals and bands before and after (or "no change"), the
     * methodology, the as-of dates and the cause; then one line, indented by two spaces, per changed fact
     * ({@link FactChange#toString()}), per component that moved ({@link ComponentChange#toString()}) and per reason
     * change ({@link ReasonChange#toString()}).
     *
     * @return the lines joined by {@code \n}, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(symbol).append(": ");
        if (isEmpty()) {
            text.append("no change (").append(points(totalAfter)).append(", ").append(bandAfter.label())
                    .append(")");
        } else {
            text.append(points(totalBefore)).append(" -> ").append(points(totalAfter));
            text.append(bandBefore == bandAfter ? " (" + bandAfter.label() + ")"
                    : " (" + bandBefore.label() + " -> " + bandAfter.label() + ")");
        }
        text.append(", ").append(methodology.id()).append(", as of ").append(asOfBefore);
        if (!asOfAfter.equals(asOfBefore)) {
            text.append(" -> ").append(asOfAfter);
        }
        text.append(", ").append(cause.description());
        for (FactChange fact : facts) {
            text.append("\n  ").append(fact);
        }
        for (ComponentChange component : moved()) {
            text.append("\n  ").append(component);
        }
        for (ReasonChange reason : reasons) {
            text.append("\n  ").append(reason);
        }
        return text.toString();
    }

    /** Points as plain decimals: {@code 68}, {@code 93.5}. */
    static String points(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
    }

    /** A signed delta: {@code +3}, {@code -10}, {@code 0}. */
    static String signed(double delta) {
        return (delta > 0 ? "+" : "") + points(delta);
    }

    /**
     * What differs between the two inputs of a {@link ScoreChange}, and so what the change came from.
     *
     * @since 0.2
     */
    public enum Cause {
        /** Same facts, same as-of date: nothing could change. */
        NONE("nothing changed"),
        /** The facts differ, the as-of dates are the same: every change came from the facts. */
        FACTS("facts changed"),
        /**
         * Same facts, different as-of dates: every change came from the passing of time (the coin's age, measured
         * in whole years since its launch year).
         */
        AGE("same facts, older"),
        /** The facts differ and so do the as-of dates: a change may come from either. */
        FACTS_AND_AGE("facts changed and older");

        private final String description;

        Cause(String description) {
            this.description = description;
        }

        /**
         * Returns the cause of two inputs.
         *
         * @param factsDiffer whether a fact differs between the two coins
         * @param datesDiffer whether the two as-of dates differ
         * @return the cause, not null
         */
        public static Cause of(boolean factsDiffer, boolean datesDiffer) {
            if (factsDiffer) {
                return datesDiffer ? FACTS_AND_AGE : FACTS;
            }
            return datesDiffer ? AGE : NONE;
        }

        /**
         * Returns the words {@link ScoreChange#toString()} uses, such as {@code "facts changed"}.
         *
         * @return the description, not null
         */
        public String description() {
            return description;
        }
    }

    /**
     * The points of one component before and after.
     *
     * <p>Instances are immutable and thread-safe.
     *
     * @param component    the component, not null
     * @param pointsBefore the earlier points, 0 to {@code component.max()}
     * @param pointsAfter  the later points, 0 to {@code component.max()}
     * @since 0.2
     */
    public record ComponentChange(Component component, double pointsBefore, double pointsAfter) {

        /**
         * Creates a component change.
         *
         * @param component    the component, not null
         * @param pointsBefore the earlier points
         * @param pointsAfter  the later points
         * @throws IllegalArgumentException if a point value is not a finite multiple of 0.5
         * @throws NullPointerException     if {@code component} is null
         */
        public ComponentChange {
            Objects.requireNonNull(component, "component");
            Validation.halfPoints(pointsBefore, "pointsBefore");
            Validation.halfPoints(pointsAfter, "pointsAfter");
        }

        /**
         * Returns the change of points.
         *
         * @return {@code pointsAfter - pointsBefore}
         */
        public double delta() {
            return pointsAfter - pointsBefore;
        }

        /**
         * Returns the change as one line.
         *
         * @return such as {@code "Node distribution: 20 -> 10 (-10)"}, not null
         */
        @Override
        public String toString() {
            return component.label() + ": " + points(pointsBefore) + " -> " + points(pointsAfter)
                    + " (" + signed(delta()) + ")";
        }
    }

    /**
     * One fact whose value differs between the two coins, each value as the interchange format writes it.
     *
     * <p>Values: text as given; enum constants by name ({@code LAYER_1}); whole numbers in decimal; percentages
     * as plain decimals without trailing zeros ({@code 16.7}, {@code 20}); producer shares joined by {@code ;}
     * (the CSV form); an unknown fact (an empty value, an empty list, or the {@code UNKNOWN} constant of its
     * enum) as {@link ScoreChange#UNKNOWN}.
     *
     * <p>Instances are immutable and thread-safe.
     *
     * @param fact   the fact, not null
     * @param before the earlier value, not null
     * @param after  the later value, not null, different from {@code before}
     * @since 0.2
     */
    public record FactChange(Fact fact, String before, String after) {

        /**
         * Creates a fact change.
         *
         * @param fact   the fact, not null
         * @param before the earlier value, not null
         * @param after  the later value, not null
         * @throws IllegalArgumentException if {@code before} equals {@code after}
         * @throws NullPointerException     if an argument is null
         */
        public FactChange {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (before.equals(after)) {
                throw new IllegalArgumentException(
                        Validation.format(Validation.FACT_UNCHANGED, fact.column(), before));
            }
        }

        /**
         * Returns the change as one line.
         *
         * @return such as {@code "fact nakamoto_coefficient: 19 -> 8"}, not null
         */
        @Override
        public String toString() {
            return "fact " + fact.column() + ": " + before + " -> " + after;
        }

        /** The value of a fact as the interchange format writes it, or {@code unknown}. */
        static String text(Coin coin, Fact fact) {
            switch (fact) {
                case NAME: return coin.name();
                case SYMBOL: return coin.symbol();
                case LAYER: return word(coin.layer());
                case HOST_CHAIN: return text(coin.hostChain());
                case CONSENSUS: return word(coin.consensus());
                case CONSENSUS_DETAIL: return text(coin.consensusDetail());
                case MERGED_MINED_WITH: return text(coin.mergedMinedWith());
                case SHARED_SECURITY: return word(coin.sharedSecurity());
                case BLOCK_PRODUCERS: return number(coin.blockProducers());
                case NAKAMOTO_COEFFICIENT: return number(coin.nakamotoCoefficient());
                case PRODUCER_SHARES: return coin.producerShares().isEmpty() ? UNKNOWN
                        : coin.producerShares().stream().map(ScoreChange::decimal).collect(Collectors.joining(";"));
                case LAUNCH_TYPE: return word(coin.launchType());
                case LAUNCH_YEAR: return number(coin.launchYear());
                case FORKED_FROM: return text(coin.forkedFrom());
                case VC_FUNDED: return word(coin.vcFunded());
                case INSIDER_ALLOCATION_PCT: return number(coin.insiderAllocationPct());
                case DEV_FUND_PCT: return number(coin.devFundPct());
                case GOVERNANCE: return word(coin.governance());
                case INCIDENTS: return number(coin.incidents());
                default: return word(coin.adminControl());
            }
        }

        private static String word(Enum<?> value) {
            return value.name().equals("UNKNOWN") ? UNKNOWN : value.name();
        }

        private static String text(Optional<String> value) {
            return value.orElse(UNKNOWN);
        }

        private static String number(OptionalInt value) {
            return value.isPresent() ? Integer.toString(value.getAsInt()) : UNKNOWN;
        }

        private static String number(OptionalDouble value) {
            return value.isPresent() ? decimal(value.getAsDouble()) : UNKNOWN;
        }
    }

    /** A finite number as a plain decimal without trailing zeros: {@code 16.7}, {@code 20}, {@code 1500000}. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A reason that appeared, disappeared or changed points. Reasons are matched within their component by
     * {@link ReasonCode}, and {@link ReasonCode#UNKNOWN_FACT} notes by code and text; when a component gives the
     * same key more than once, the n-th earlier reason is matched with the n-th later one.
     *
     * <p>Instances are immutable and thread-safe.
     *
     * @param component the component whose reasons these are, not null
     * @param code      the code of the reason(s), not null
     * @param before    the earlier reason, empty if it appeared
     * @param after     the later reason, empty if it disappeared
     * @since 0.2
     */
    public record ReasonChange(Component component, ReasonCode code, Optional<Reason> before,
                               Optional<Reason> after) {

        /**
         * Creates a reason change.
         *
         * @param component the component whose reasons these are, not null
         * @param code      the code of the reason(s), not null
         * @param before    the earlier reason, empty if it appeared
         * @param after     the later reason, empty if it disappeared
         * @throws IllegalArgumentException if {@code code} belongs to another component, a reason present has
         *                                  another code, or both sides are empty or hold the same points
         * @throws NullPointerException     if an argument is null
         */
        public ReasonChange {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (code.component().isPresent() && code.component().get() != component) {
                throw new IllegalArgumentException(Validation.format(Validation.REASON_COMPONENT, code, component));
            }
            if (before.map(r -> r.code() != code).orElse(false) || after.map(r -> r.code() != code).orElse(false)) {
                throw new IllegalArgumentException(Validation.format(Validation.REASON_PAIR,
                        after.map(Reason::code).orElse(null), before.map(Reason::code).orElse(null)));
            }
            if (before.isEmpty() && after.isEmpty()
                    || before.isPresent() && after.isPresent() && before.get().points() == after.get().points()) {
                throw new IllegalArgumentException(Validation.format(Validation.REASON_UNCHANGED, component,
                        code));
            }
        }

        /** Pairs the reasons of one component and keeps the pairs that differ. */
        static List<ReasonChange> between(Component component, List<Reason> before, List<Reason> after) {
            Map<String, List<Reason>> earlier = byKey(before);
            Map<String, List<Reason>> later = byKey(after);
            List<ReasonChange> changes = new ArrayList<>();
            for (Map.Entry<String, List<Reason>> entry : earlier.entrySet()) {
                List<Reason> was = entry.getValue();
                List<Reason> is = later.getOrDefault(entry.getKey(), List.of());
                for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
                    Optional<Reason> b = i < was.size() ? Optional.of(was.get(i)) : Optional.empty();
                    Optional<Reason> a = i < is.size() ? Optional.of(is.get(i)) : Optional.empty();
                    if (b.isEmpty() || a.isEmpty() || b.get().points() != a.get().points()) {
                        changes.add(new ReasonChange(component, b.or(() -> a).orElseThrow().code(), b, a));
                    }
                }
            }
            for (Map.Entry<String, List<Reason>> entry : later.entrySet()) {
                if (!earlier.containsKey(entry.getKey())) {
                    for (Reason reason : entry.getValue()) {
                        changes.add(new ReasonChange(component, reason.code(), Optional.empty(), Optional.of(reason)));
                    }
                }
            }
            return changes;
        }

        private static Map<String, List<Reason>> byKey(Collection<Reason> reasons) {
            Map<String, List<Reason>> byKey = new LinkedHashMap<>();
            for (Reason reason : reasons) {
                String key = reason.code() == ReasonCode.UNKNOWN_FACT
                        ? reason.code().name() + "\n" + reason.text() : reason.code().name();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(reason);
            }
            return byKey;
        }

        /**
         * Returns the points before: those of the earlier reason, or 0 if it appeared.
         *
         * @return the earlier points
         */
        public double pointsBefore() {
            return before.map(Reason::points).orElse(0.0);
        }

        /**
         * Returns the points after: those of the later reason, or 0 if it disappeared.
         *
         * @return the later points
         */
        public double pointsAfter() {
            return after.map(Reason::points).orElse(0.0);
        }

        /**
         * Returns the change of points this reason made.
         *
         * @return {@code pointsAfter() - pointsBefore()}
         */
        public double delta() {
            return pointsAfter() - pointsBefore();
        }

        /**
         * Returns the kind of change.
         *
         * @return {@link Kind#APPEARED} without an earlier reason, {@link Kind#DISAPPEARED} without a later one,
         *         else {@link Kind#CHANGED}; not null
         */
        public Kind kind() {
            return before.isEmpty() ? Kind.APPEARED : after.isEmpty() ? Kind.DISAPPEARED : Kind.CHANGED;
        }

        /**
         * Returns the change as one line: the code, the kind, the points and the sentence of the later reason
         * (of the earlier one if it disappeared).
         *
         * @return such as {@code "NODE_NAKAMOTO_COEFFICIENT changed: -2 -> -12 (-10): ..."}, not null
         */
        @Override
        public String toString() {
            String text = after.or(() -> before).map(Reason::text).orElseThrow();
            return String.format(Locale.ROOT, "%s %s: %s -> %s (%s): %s", code,
                    kind().name().toLowerCase(Locale.ROOT),
                    points(pointsBefore()), points(pointsAfter()), signed(delta()), text);
        }

        /**
         * How a reason changed.
         *
         * @since 0.2
         */
        public enum Kind {
            /** The later result gives the reason, the earlier did not. */
            APPEARED,
            /** The earlier result gave the reason, the later does not. */
            DISAPPEARED,
            /** Both give the reason, with different points. */
            CHANGED
        }
    }
}
