package io.dscore.io;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Fact;
import io.dscore.api.SharedSecurity;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The value of each fact of a coin as the interchange format writes it. */
final class CoinFacts {

    private CoinFacts() {
    }

    /**
     * The value of a fact: a {@code String} (text, or an enum word), an {@code Integer}, a {@code Double}, a
     * {@code List<Double>} of shares, or {@code null} when the fact is unknown.
     */
    static Object value(Coin coin, Fact fact) {
        switch (fact) {
            case NAME: return coin.name();
            case SYMBOL: return coin.symbol();
            case LAYER: return coin.layer().name();
            case HOST_CHAIN: return text(coin.hostChain());
            case CONSENSUS: return coin.consensus().name();
            case CONSENSUS_DETAIL: return text(coin.consensusDetail());
            case MERGED_MINED_WITH: return text(coin.mergedMinedWith());
            case SHARED_SECURITY:
                return coin.sharedSecurity() == SharedSecurity.UNKNOWN ? null : coin.sharedSecurity().name();
            case BLOCK_PRODUCERS: return whole(coin.blockProducers());
            case NAKAMOTO_COEFFICIENT: return whole(coin.nakamotoCoefficient());
            case PRODUCER_SHARES: return coin.producerShares().isEmpty() ? null : coin.producerShares();
            case LAUNCH_TYPE: return coin.launchType().name();
            case LAUNCH_YEAR: return whole(coin.launchYear());
            case FORKED_FROM: return text(coin.forkedFrom());
            case VC_FUNDED: return coin.vcFunded().name();
            case INSIDER_ALLOCATION_PCT: return decimal(coin.insiderAllocationPct());
            case DEV_FUND_PCT: return decimal(coin.devFundPct());
            case GOVERNANCE: return coin.governance().name();
            case INCIDENTS: return whole(coin.incidents());
            case ADMIN_CONTROL:
                return coin.adminControl() == AdminControl.UNKNOWN ? null : coin.adminControl().name();
            default: throw new AssertionError(fact);
        }
    }

    /** The value as the text of a CSV cell: empty when unknown, shares separated by {@code ;}. */
    static String cell(Coin coin, Fact fact) {
        Object value = value(coin, fact);
        if (value == null) {
            return "";
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return value.toString();
    }

    private static String text(Optional<String> value) {
        return value.orElse(null);
    }

    private static Integer whole(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static Double decimal(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
