package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Fact;
import io.dscore.core.metrics.Distribution;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of one coin as the rules read them, one value per {@link Fact}, and the date scores are computed
 * as of. An unknown fact is {@code null}, or its enum's {@code UNKNOWN} constant; numbers are boxed
 * ({@code Integer}, {@code Double}); {@code producerShares} is its list (empty if unknown); and the date.
 *
 * <p>Mutable on purpose: the range search of {@link Rules} puts candidate values in place of unknown facts and
 * restores them. One instance serves one scoring call on one thread.
 */
final class Facts {

    private static final Fact[] FACTS = Fact.values();

    private final Object[] values = new Object[FACTS.length];
    private final LocalDate asOf;
    private Distribution shares;

    private Facts(Coin coin, LocalDate asOf) {
        this.asOf = asOf;
        for (Fact fact : FACTS) {
            values[fact.ordinal()] = read(coin, fact);
        }
    }

    static Facts of(Coin coin, LocalDate asOf) {
        return new Facts(coin, asOf);
    }

    private static Object read(Coin coin, Fact fact) {
        switch (fact) {
            case NAME: return coin.name();
            case SYMBOL: return coin.symbol();
            case LAYER: return coin.layer();
            case HOST_CHAIN: return coin.hostChain().orElse(null);
            case CONSENSUS: return coin.consensus();
            case CONSENSUS_DETAIL: return coin.consensusDetail().orElse(null);
            case MERGED_MINED_WITH: return coin.mergedMinedWith().orElse(null);
            case SHARED_SECURITY: return coin.sharedSecurity();
            case BLOCK_PRODUCERS: return coin.blockProducers().isPresent() ? coin.blockProducers().getAsInt() : null;
            case NAKAMOTO_COEFFICIENT:
                return coin.nakamotoCoefficient().isPresent() ? coin.nakamotoCoefficient().getAsInt() : null;
            case PRODUCER_SHARES: return coin.producerShares();
            case LAUNCH_TYPE: return coin.launchType();
            case LAUNCH_YEAR: return coin.launchYear().isPresent() ? coin.launchYear().getAsInt() : null;
            case FORKED_FROM: return coin.forkedFrom().orElse(null);
            case VC_FUNDED: return coin.vcFunded();
            case INSIDER_ALLOCATION_PCT:
                return coin.insiderAllocationPct().isPresent() ? coin.insiderAllocationPct().getAsDouble() : null;
            case DEV_FUND_PCT: return coin.devFundPct().isPresent() ? coin.devFundPct().getAsDouble() : null;
            case GOVERNANCE: return coin.governance();
            case INCIDENTS: return coin.incidents().isPresent() ? coin.incidents().getAsInt() : null;
            default: return coin.adminControl();
        }
    }

    /** The value of {@code fact}: its type is the one {@link #read} gives it. */
    @SuppressWarnings("unchecked")
    <T> T get(Fact fact) {
        return (T) values[fact.ordinal()];
    }

    /** Puts {@code value} in place of the fact's value (a candidate of the range search, or the original back). */
    void set(Fact fact, Object value) {
        values[fact.ordinal()] = value;
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
