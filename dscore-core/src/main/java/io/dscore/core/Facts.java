package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Fact;
import io.dscore.core.metrics.Distribution;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The facts of one coin as the rules read them, one value per {@link Fact}, and the date scores are computed
 * as of. An unknown fact is {@code null}, or its enum's {@code UNKNOWN} constant; numbers are boxed
 * ({@code Integer}, {@code Double}); {@code producerShares} is its list (empty if unknown); and the date.
 *
 * <p>Mutable on purpose: the range search of {@link Rules} puts candidate values in place of unknown facts and
 * restores them, and every component of one scoring call evaluates its rules on the same {@link #scratch()}
 * tally and finds its range in the same {@link #range()}: a score allocates them once, not once per component
 * (they were a third of what a score allocated, docs/benchmarks.md). One instance serves one scoring call on one
 * thread.
 */
final class Facts {

    private static final int FACT_COUNT = Fact.values().length;

    private final Object[] values = new Object[FACT_COUNT];
    private final LocalDate asOf;
    private final Tally scratch = Tally.silent();
    private final Range range = new Range();
    private Distribution shares;

    private Facts(Coin coin, LocalDate asOf) {
        this.asOf = asOf;
        put(Fact.NAME, coin.name());
        put(Fact.SYMBOL, coin.symbol());
        put(Fact.LAYER, coin.layer());
        put(Fact.HOST_CHAIN, coin.hostChain().orElse(null));
        put(Fact.CONSENSUS, coin.consensus());
        put(Fact.CONSENSUS_DETAIL, coin.consensusDetail().orElse(null));
        put(Fact.MERGED_MINED_WITH, coin.mergedMinedWith().orElse(null));
        put(Fact.SHARED_SECURITY, coin.sharedSecurity());
        put(Fact.BLOCK_PRODUCERS, boxed(coin.blockProducers()));
        put(Fact.NAKAMOTO_COEFFICIENT, boxed(coin.nakamotoCoefficient()));
        put(Fact.PRODUCER_SHARES, coin.producerShares());
        put(Fact.LAUNCH_TYPE, coin.launchType());
        put(Fact.LAUNCH_YEAR, boxed(coin.launchYear()));
        put(Fact.FORKED_FROM, coin.forkedFrom().orElse(null));
        put(Fact.VC_FUNDED, coin.vcFunded());
        put(Fact.INSIDER_ALLOCATION_PCT, boxed(coin.insiderAllocationPct()));
        put(Fact.DEV_FUND_PCT, boxed(coin.devFundPct()));
        put(Fact.GOVERNANCE, coin.governance());
        put(Fact.INCIDENTS, boxed(coin.incidents()));
        put(Fact.ADMIN_CONTROL, coin.adminControl());
    }

    static Facts of(Coin coin, LocalDate asOf) {
        return new Facts(coin, asOf);
    }

    private void put(Fact fact, Object value) {
        values[fact.ordinal()] = value;
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** The value of {@code fact}: its type is the one the constructor gives it. */
    @SuppressWarnings("unchecked")
    <T> T get(Fact fact) {
        return (T) values[fact.ordinal()];
    }

    /** Puts {@code value} in place of the fact's value (a candidate of the range search, or the original back). */
    void set(Fact fact, Object value) {
        values[fact.ordinal()] = value;
    }

    /** The silent tally the rules of every component are evaluated on, one after the other. */
    Tally scratch() {
        return scratch;
    }

    /** The range every component's search fills in turn; read it before the next component's search. */
    Range range() {
        return range;
    }

    LocalDate asOf() {
        return asOf;
    }

    int asOfYear() {
        return asOf.getYear();
    }

    /** The producer shares as a distribution, computed on first use; null if they are unknown. */
    Distribution shares() {
        List<Double> amounts = get(Fact.PRODUCER_SHARES);
        if (shares == null && !amounts.isEmpty()) {
            shares = Distribution.of(amounts);
        }
        return shares;
    }
}
