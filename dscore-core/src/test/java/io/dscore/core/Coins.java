package io.dscore.core;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Valid coins for tests: a fixed coin with every fact known ({@link #known()}) and QuickTheories generators of
 * random valid coins. The generators cover every enum value, empty and filled optional facts, and the values
 * at and next to every threshold of the scorers; they respect the coin's validation (Nakamoto coefficient not
 * above the producer count, launch year 2008 to the year of {@link #AS_OF}, percentages 0 to 100).
 */
final class Coins {

    /** The date the tests score as of: the date of the calibration set. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);
    static final int FIRST_YEAR = 2008;
    static final int LAST_YEAR = AS_OF.getYear();

    private static final List<Integer> PRODUCER_EDGES = List.of(0, 1, 2, 3, 4, 5, 9, 10, 11, 99, 100, 101, 299,
            300, 301, 999, 1000, 1001, Integer.MAX_VALUE);
    private static final List<Integer> NAKAMOTO_EDGES = List.of(1, 2, 3, 4, 5, 6, 9, 10, 11, 100, Integer.MAX_VALUE);
    private static final List<Double> PERCENT_EDGES = List.of(0.0, 0.5, 1.0, 1.01, 5.3, 9.99, 10.0, 10.01, 15.0,
            19.99, 20.0, 20.01, 50.0, 99.99, 100.0);
    private static final List<Integer> INCIDENT_EDGES = List.of(0, 1, 2, 3, 4, 9, 10, 11, 12, 13, Integer.MAX_VALUE);
    private static final List<String> NAMES = List.of("Bitcoin", "Ethereum", "Polkadot", "Litecoin", "SHA-256");

    private static final List<LaunchType> KNOWN_LAUNCHES = known(LaunchType.values(), LaunchType.UNKNOWN);
    private static final List<VcFunding> KNOWN_FUNDING = known(VcFunding.values(), VcFunding.UNKNOWN);
    private static final List<Governance> KNOWN_GOVERNANCE = known(Governance.values(), Governance.UNKNOWN);
    private static final List<AdminControl> KNOWN_CONTROL = known(AdminControl.values(), AdminControl.UNKNOWN);

    private Coins() {
    }

    private static <E> List<E> known(E[] values, E unknown) {
        return Arrays.stream(values).filter(v -> v != unknown).collect(Collectors.toList());
    }

    /**
     * A layer-1 proof-of-work coin with every fact known, scoring the maximum in every component but Governance
     * (21): 30 + 25 + 21 + 15 + 5. Tests change the facts they examine.
     *
     * @return a new builder
     */
    static Coin.Builder known() {
        return Coin.builder()
                .name("Known").symbol("KNWN")
                .layer(Layer.LAYER_1).consensus(Consensus.POW)
                .sharedSecurity(SharedSecurity.NO).blockProducers(5000).nakamotoCoefficient(50)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2010)
                .vcFunded(VcFunding.NO).insiderAllocationPct(0).devFundPct(0)
                .governance(Governance.ROUGH_CONSENSUS).incidents(0).adminControl(AdminControl.NONE);
    }

    /** Producer counts: at and next to every threshold, small counts, and counts up to 3000. */
    static Gen<Integer> producerCounts() {
        return Generate.pick(PRODUCER_EDGES).mix(integers().between(0, 30)).mix(integers().between(0, 3000));
    }

    /** Nakamoto coefficients from 1 to {@code max}. */
    static Gen<Integer> nakamotoUpTo(int max) {
        return Generate.pick(NAKAMOTO_EDGES).mix(integers().between(1, 20)).mix(integers().between(1, 2000))
                .map(n -> Math.min(n, max));
    }

    /** Percentages from 0 to 100: at and next to every threshold, and any value between. */
    static Gen<Double> percents() {
        return Generate.pick(PERCENT_EDGES).mix(doubles().between(0, 100));
    }

    /** Launch years from 2008 to the year of {@link #AS_OF}. */
    static Gen<Integer> launchYears() {
        return integers().between(FIRST_YEAR, LAST_YEAR);
    }

    /** Incident counts: at and next to every deduction step, and the largest count. */
    static Gen<Integer> incidentCounts() {
        return Generate.pick(INCIDENT_EDGES).mix(integers().between(0, 20));
    }

    /** Any valid coin: every enum value, known and unknown facts. */
    static Gen<Coin> coins() {
        return in -> coin(in, false);
    }

    /** Valid coins whose every fact is known (no UNKNOWN constant, no empty fact the scorers use). */
    static Gen<Coin> knownCoins() {
        return in -> coin(in, true);
    }

    /** A coin, and the same coin with some of its unknown facts filled in with valid values. */
    static Gen<Pair<Coin, Coin>> withSomeUnknownsFilled() {
        return in -> {
            Coin coin = coin(in, false);
            return Pair.of(coin, fill(coin, in, false));
        };
    }

    /** A coin, and the same coin with all of its unknown facts filled in with valid values. */
    static Gen<Pair<Coin, Coin>> withAllUnknownsFilled() {
        return in -> {
            Coin coin = coin(in, false);
            return Pair.of(coin, fill(coin, in, true));
        };
    }

    private static Coin coin(RandomnessSource in, boolean allKnown) {
        Layer layer = Generate.enumValues(Layer.class).generate(in);
        // a token has no consensus of its own, a chain of its own has one
        Consensus consensus = layer == Layer.TOKEN ? Consensus.NONE : Generate.enumValues(Consensus.class)
                .assuming(c -> layer != Layer.LAYER_1 || c != Consensus.NONE).generate(in);
        Coin.Builder b = Coin.builder().name("Coin").symbol("COIN").layer(layer).consensus(consensus);
        setText(in, b::consensusDetail);
        setText(in, b::mergedMinedWith);
        String host = text(in);
        if (host != null) {
            b.hostChain(host);
        }
        if (allKnown || present(in)) {
            // shared security YES needs the host chain that provides it
            b.sharedSecurity(host != null && booleans().all().generate(in) ? SharedSecurity.YES : SharedSecurity.NO);
        }
        OptionalInt producers = OptionalInt.empty();
        if (allKnown || present(in)) {
            int p = producerCounts().generate(in);
            producers = OptionalInt.of(allKnown ? Math.max(1, p) : p);
            b.blockProducers(producers.getAsInt());
        }
        if (allKnown || present(in)) {
            if (producers.isEmpty()) {
                b.nakamotoCoefficient(nakamotoUpTo(Integer.MAX_VALUE).generate(in));
            } else if (producers.getAsInt() >= 1) {
                b.nakamotoCoefficient(nakamotoUpTo(producers.getAsInt()).generate(in));
            }
        }
        LaunchType launch = allKnown ? Generate.pick(KNOWN_LAUNCHES).generate(in)
                : Generate.enumValues(LaunchType.class).generate(in);
        b.launchType(launch);
        if (launch == LaunchType.CHAIN_FORK) {
            b.forkedFrom(Generate.pick(NAMES).generate(in));
        }
        if (allKnown || present(in)) {
            b.launchYear(launchYears().generate(in));
        }
        b.vcFunded(allKnown ? Generate.pick(KNOWN_FUNDING).generate(in)
                : Generate.enumValues(VcFunding.class).generate(in));
        if (allKnown || present(in)) {
            b.insiderAllocationPct(percents().generate(in));
        }
        if (allKnown || present(in)) {
            b.devFundPct(percents().generate(in));
        }
        b.governance(allKnown ? Generate.pick(KNOWN_GOVERNANCE).generate(in)
                : Generate.enumValues(Governance.class).generate(in));
        if (allKnown || present(in)) {
            b.incidents(incidentCounts().generate(in));
        }
        b.adminControl(allKnown ? Generate.pick(KNOWN_CONTROL).generate(in)
                : Generate.enumValues(AdminControl.class).generate(in));
        return b.build();
    }

    /**
     * Fills in unknown facts of {@code coin} with valid values: all of them if {@code all}, otherwise each one
     * with probability one half.
     */
    private static Coin fill(Coin coin, RandomnessSource in, boolean all) {
        Coin.Builder b = Coin.builder(coin);
        if (coin.sharedSecurity() == SharedSecurity.UNKNOWN && (all || present(in))) {
            b.sharedSecurity(coin.hostChain().isPresent() && booleans().all().generate(in)
                    ? SharedSecurity.YES : SharedSecurity.NO);
        }
        OptionalInt producers = coin.blockProducers();
        if (producers.isEmpty() && (all || present(in))) {
            int p = Math.max(coin.nakamotoCoefficient().orElse(0), producerCounts().generate(in));
            producers = OptionalInt.of(p);
            b.blockProducers(p);
        }
        if (coin.nakamotoCoefficient().isEmpty() && (all || present(in))) {
            if (producers.isEmpty()) {
                b.nakamotoCoefficient(nakamotoUpTo(Integer.MAX_VALUE).generate(in));
            } else if (producers.getAsInt() >= 1) {
                b.nakamotoCoefficient(nakamotoUpTo(producers.getAsInt()).generate(in));
            }
        }
        if (coin.launchType() == LaunchType.UNKNOWN && (all || present(in))) {
            LaunchType launch = Generate.pick(KNOWN_LAUNCHES).generate(in);
            b.launchType(launch);
            if (launch == LaunchType.CHAIN_FORK) {
                b.forkedFrom(Generate.pick(NAMES).generate(in));
            }
        }
        if (coin.launchYear().isEmpty() && (all || present(in))) {
            b.launchYear(launchYears().generate(in));
        }
        if (coin.vcFunded() == VcFunding.UNKNOWN && (all || present(in))) {
            b.vcFunded(Generate.pick(KNOWN_FUNDING).generate(in));
        }
        if (coin.insiderAllocationPct().isEmpty() && (all || present(in))) {
            b.insiderAllocationPct(percents().generate(in));
        }
        if (coin.devFundPct().isEmpty() && (all || present(in))) {
            b.devFundPct(percents().generate(in));
        }
        if (coin.governance() == Governance.UNKNOWN && (all || present(in))) {
            b.governance(Generate.pick(KNOWN_GOVERNANCE).generate(in));
        }
        if (coin.incidents().isEmpty() && (all || present(in))) {
            b.incidents(incidentCounts().generate(in));
        }
        if (coin.adminControl() == AdminControl.UNKNOWN && (all || present(in))) {
            b.adminControl(Generate.pick(KNOWN_CONTROL).generate(in));
        }
        return b.build();
    }

    /** Tells whether every fact a scorer uses is known. */
    static boolean allKnown(Coin coin) {
        boolean nakamotoKnown = coin.nakamotoCoefficient().isPresent()
                || coin.blockProducers().isPresent() && coin.blockProducers().getAsInt() == 0;
        boolean sharedKnown = coin.sharedSecurity() != SharedSecurity.UNKNOWN || coin.hostChain().isEmpty();
        return sharedKnown && coin.blockProducers().isPresent() && nakamotoKnown
                && coin.launchType() != LaunchType.UNKNOWN && coin.launchYear().isPresent()
                && coin.vcFunded() != VcFunding.UNKNOWN && coin.insiderAllocationPct().isPresent()
                && coin.devFundPct().isPresent() && coin.governance() != Governance.UNKNOWN
                && coin.incidents().isPresent() && coin.adminControl() != AdminControl.UNKNOWN;
    }

    private static void setText(RandomnessSource in, java.util.function.Consumer<String> setter) {
        String text = text(in);
        if (text != null) {
            setter.accept(text);
        }
    }

    private static boolean present(RandomnessSource in) {
        return booleans().all().generate(in);
    }

    private static String text(RandomnessSource in) {
        return present(in) ? Generate.pick(NAMES).generate(in) : null;
    }
}
