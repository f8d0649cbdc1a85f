package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per validation rule of the {@link Coin} compact constructor: each invalid fact is rejected with an
 * {@link InvalidFactException} naming the fact, the value and the problem; each boundary value is accepted.
 */
class CoinValidationTest {

    /** A valid coin with every fact known; each row changes one fact. */
    static Coin.Builder valid() {
        return Coin.builder()
                .name("Flux").symbol("FLUX")
                .layer(Layer.LAYER_1).consensus(Consensus.POW)
                .sharedSecurity(SharedSecurity.NO).blockProducers(45).nakamotoCoefficient(3)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
                .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE);
    }

    private static Arguments row(UnaryOperator<Coin.Builder> change, Fact fact, String value, String problem) {
        return Arguments.of(change, fact, value, problem);
    }

    static Stream<Arguments> invalidFacts() {
        return Stream.of(
                // required facts
                row(b -> b.unknown(Fact.NAME), Fact.NAME, null, "is required"),
                row(b -> b.unknown(Fact.SYMBOL), Fact.SYMBOL, null, "is required"),
                row(b -> b.unknown(Fact.LAYER), Fact.LAYER, null, "is required"),
                row(b -> b.unknown(Fact.CONSENSUS), Fact.CONSENSUS, null, "is required"),
                // blank texts
                row(b -> b.name(""), Fact.NAME, "", "must not be blank"),
                row(b -> b.name("  "), Fact.NAME, "  ", "must not be blank"),
                row(b -> b.symbol("\t"), Fact.SYMBOL, "\t", "must not be blank"),
                row(b -> b.name("\u00a0\u200b\u200f"), Fact.NAME, "\u00a0\u200b\u200f", "must not be blank"),
                row(b -> b.name("Mon\ud800ero"), Fact.NAME, "Mon\ud800ero",
                        "must not hold a lone surrogate (at index 3)"),
                row(b -> b.name("Mon\udc00ero"), Fact.NAME, "Mon\udc00ero",
                        "must not hold a lone surrogate (at index 3)"),
                row(b -> b.name("pwned\u001b[2J"), Fact.NAME, "pwned\u001b[2J",
                        "must not hold control characters (U+001B at index 5)"),
                row(b -> b.hostChain("a\u0007b"), Fact.HOST_CHAIN, "a\u0007b",
                        "must not hold control characters (U+0007 at index 1)"),
                row(b -> b.hostChain(" "), Fact.HOST_CHAIN, " ", "must not be blank"),
                row(b -> b.consensusDetail(""), Fact.CONSENSUS_DETAIL, "", "must not be blank"),
                row(b -> b.mergedMinedWith(" "), Fact.MERGED_MINED_WITH, " ", "must not be blank"),
                row(b -> b.launchType(LaunchType.CHAIN_FORK).forkedFrom("   "), Fact.FORKED_FROM, "   ",
                        "must not be blank"),
                // counts
                row(b -> b.blockProducers(-1), Fact.BLOCK_PRODUCERS, "-1", "must be >= 0"),
                row(b -> b.blockProducers(Integer.MIN_VALUE), Fact.BLOCK_PRODUCERS, "-2147483648", "must be >= 0"),
                row(b -> b.incidents(-1), Fact.INCIDENTS, "-1", "must be >= 0"),
                row(b -> b.nakamotoCoefficient(0), Fact.NAKAMOTO_COEFFICIENT, "0", "must be >= 1"),
                row(b -> b.unknown(Fact.BLOCK_PRODUCERS).nakamotoCoefficient(-1), Fact.NAKAMOTO_COEFFICIENT, "-1",
                        "must be >= 1"),
                row(b -> b.blockProducers(45).nakamotoCoefficient(46), Fact.NAKAMOTO_COEFFICIENT, "46",
                        "must be <= block_producers, which is 45"),
                row(b -> b.blockProducers(0).nakamotoCoefficient(1), Fact.NAKAMOTO_COEFFICIENT, "1",
                        "must be <= block_producers, which is 0"),
                // percentages
                row(b -> b.insiderAllocationPct(-0.1), Fact.INSIDER_ALLOCATION_PCT, "-0.1",
                        "must be a percentage from 0 to 100"),
                row(b -> b.insiderAllocationPct(100.1), Fact.INSIDER_ALLOCATION_PCT, "100.1",
                        "must be a percentage from 0 to 100"),
                row(b -> b.insiderAllocationPct(Double.NaN), Fact.INSIDER_ALLOCATION_PCT, "NaN",
                        "must be a percentage from 0 to 100"),
                row(b -> b.insiderAllocationPct(Double.NEGATIVE_INFINITY), Fact.INSIDER_ALLOCATION_PCT, "-Infinity",
                        "must be a percentage from 0 to 100"),
                row(b -> b.devFundPct(-0.1), Fact.DEV_FUND_PCT, "-0.1", "must be a percentage from 0 to 100"),
                row(b -> b.devFundPct(Double.POSITIVE_INFINITY), Fact.DEV_FUND_PCT, "Infinity",
                        "must be a percentage from 0 to 100"),
                // year
                row(b -> b.launchYear(2007), Fact.LAUNCH_YEAR, "2007", "must be 2008 or later"),
                // facts that contradict each other
                row(b -> b.unknown(Fact.HOST_CHAIN).sharedSecurity(SharedSecurity.YES), Fact.SHARED_SECURITY, "YES",
                        "needs the host_chain that provides the security, which is empty"),
                row(b -> b.layer(Layer.TOKEN), Fact.CONSENSUS, "POW",
                        "must be NONE for layer TOKEN (a token has no block producers of its own)"),
                row(b -> b.consensus(Consensus.NONE), Fact.CONSENSUS, "NONE",
                        "must not be NONE for layer LAYER_1 (a chain of its own produces its blocks)"),
                row(b -> b.launchType(LaunchType.CHAIN_FORK), Fact.FORKED_FROM, null,
                        "is required for launch_type CHAIN_FORK (the chain whose balances were copied)"),
                row(b -> b.forkedFrom("Bitcoin"), Fact.FORKED_FROM, "Bitcoin",
                        "must be empty for launch_type FAIR_LAUNCH (only a CHAIN_FORK copies another chain)"),
                row(b -> b.unknown(Fact.LAUNCH_TYPE).forkedFrom("Bitcoin"), Fact.FORKED_FROM, "Bitcoin",
                        "must be empty for launch_type UNKNOWN (only a CHAIN_FORK copies another chain)"));
    }

    @ParameterizedTest(name = "{1} {2}: {3}")
    @MethodSource("invalidFacts")
    void invalidFactIsRejectedNamingFactValueAndProblem(UnaryOperator<Coin.Builder> change, Fact fact, String value,
                                                        String problem) {
        Coin.Builder builder = change.apply(valid());
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidFactException.class, e -> {
            assertThat(e.fact()).isEqualTo(fact);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e).hasMessage(fact.column() + " " + problem + (value == null ? "" : " (was " + value + ")"));
        });
    }

    static Stream<Arguments> boundaryFacts() {
        return Stream.of(
                Arguments.of("blockProducers 0", (UnaryOperator<Coin.Builder>) b -> b.blockProducers(0)
                        .unknown(Fact.NAKAMOTO_COEFFICIENT)),
                Arguments.of("incidents 0", (UnaryOperator<Coin.Builder>) b -> b.incidents(0)),
                Arguments.of("nakamotoCoefficient 1", (UnaryOperator<Coin.Builder>) b -> b.nakamotoCoefficient(1)),
                Arguments.of("nakamotoCoefficient == blockProducers",
                        (UnaryOperator<Coin.Builder>) b -> b.blockProducers(45).nakamotoCoefficient(45)),
                Arguments.of("nakamotoCoefficient above any count when producers unknown",
                        (UnaryOperator<Coin.Builder>) b -> b.unknown(Fact.BLOCK_PRODUCERS)
                                .nakamotoCoefficient(Integer.MAX_VALUE)),
                Arguments.of("blockProducers MAX_VALUE",
                        (UnaryOperator<Coin.Builder>) b -> b.blockProducers(Integer.MAX_VALUE)),
                Arguments.of("incidents MAX_VALUE", (UnaryOperator<Coin.Builder>) b -> b.incidents(Integer.MAX_VALUE)),
                Arguments.of("insiderAllocationPct 0 and 100",
                        (UnaryOperator<Coin.Builder>) b -> b.insiderAllocationPct(0).devFundPct(100)),
                Arguments.of("launchYear 2008", (UnaryOperator<Coin.Builder>) b -> b.launchYear(2008)),
                Arguments.of("launchYear far ahead (checked by the scorer, not here)",
                        (UnaryOperator<Coin.Builder>) b -> b.launchYear(3000)),
                Arguments.of("a chain fork naming its parent",
                        (UnaryOperator<Coin.Builder>) b -> b.launchType(LaunchType.CHAIN_FORK).forkedFrom("X")),
                Arguments.of("a token without consensus", (UnaryOperator<Coin.Builder>) b -> b.layer(Layer.TOKEN)
                        .consensus(Consensus.NONE)),
                Arguments.of("a layer 2 with or without its own consensus",
                        (UnaryOperator<Coin.Builder>) b -> b.layer(Layer.LAYER_2).consensus(Consensus.NONE)),
                Arguments.of("text in other scripts, a tab, a replacement character and a pair of surrogates",
                        (UnaryOperator<Coin.Builder>) b -> b.name("Bit\tcoin\r\n\u6bd4\u7279\u5e01 \ufffd \ud83d\ude00")),
                Arguments.of("one-character texts", (UnaryOperator<Coin.Builder>) b -> b.name("X").symbol("X")
                        .hostChain("X").consensusDetail("X").mergedMinedWith("X")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaryFacts")
    void boundaryValueIsAccepted(String rule, UnaryOperator<Coin.Builder> change) {
        Coin.Builder builder = change.apply(valid());
        assertThat(builder.build()).isNotNull();
    }

    @Test
    void negativeZeroIsStoredAsZero() {
        Coin coin = valid().insiderAllocationPct(-0.0).devFundPct(-0.0).build();
        assertThat(coin).isEqualTo(valid().insiderAllocationPct(0).devFundPct(0).build());
        assertThat(Double.doubleToRawLongBits(coin.insiderAllocationPct().getAsDouble())).isZero();
        assertThat(Double.doubleToRawLongBits(coin.devFundPct().getAsDouble())).isZero();
    }

    @Test
    void aRequiredWordGivenAsNullToTheConstructorIsReportedAsItsFact() {
        assertThatThrownBy(() -> new Coin("Flux", "FLUX", Layer.LAYER_1, Optional.empty(), Consensus.POW,
                Optional.empty(), Optional.empty(), SharedSecurity.UNKNOWN, OptionalInt.empty(), OptionalInt.empty(),
                List.of(), null, OptionalInt.empty(), Optional.empty(), VcFunding.NO, OptionalDouble.empty(),
                OptionalDouble.empty(), Governance.COMPANY, OptionalInt.empty(), AdminControl.NONE))
                .isInstanceOfSatisfying(InvalidFactException.class,
                        e -> assertThat(e.fact()).isEqualTo(Fact.LAUNCH_TYPE))
                .hasMessage("launch_type is required");
    }

    /** A coin built with the constructor, with the four optional texts given as they are (possibly null). */
    private static Coin withTexts(Optional<String> hostChain, Optional<String> consensusDetail,
                                  Optional<String> mergedMinedWith, Optional<String> forkedFrom) {
        return new Coin("Flux", "FLUX", Layer.LAYER_1, hostChain, Consensus.POW, consensusDetail, mergedMinedWith,
                SharedSecurity.UNKNOWN, OptionalInt.empty(), OptionalInt.empty(), List.of(), LaunchType.FAIR_LAUNCH,
                OptionalInt.empty(), forkedFrom, VcFunding.NO, OptionalDouble.empty(), OptionalDouble.empty(),
                Governance.COMPANY, OptionalInt.empty(), AdminControl.NONE);
    }

    @Test
    void aNullOptionalIsAProgrammingErrorNamedByItsField() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> withTexts(null, none, none, none))
                .isInstanceOf(NullPointerException.class).hasMessage("hostChain");
        assertThatThrownBy(() -> withTexts(none, null, none, none))
                .isInstanceOf(NullPointerException.class).hasMessage("consensusDetail");
        assertThatThrownBy(() -> withTexts(none, none, null, none))
                .isInstanceOf(NullPointerException.class).hasMessage("mergedMinedWith");
        assertThatThrownBy(() -> withTexts(none, none, none, null))
                .isInstanceOf(NullPointerException.class).hasMessage("forkedFrom");
        assertThat(withTexts(none, none, none, none).hostChain()).isEmpty();
    }
}
