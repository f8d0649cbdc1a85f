package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * {@link IllegalArgumentException} whose whole message names the field and the value; each boundary value is
 * accepted.
 */
class CoinValidationTest {

    /** A valid coin with every fact known; each row changes one fact. */
    static Coin.Builder valid() {
        return Coin.builder()
                .name("Flux").symbol("FLUX")
                .layer(Layer.LAYER_1).consensus(Consensus.POW)
                .sharedSecurity(false).blockProducers(45).nakamotoCoefficient(3)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
                .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE);
    }

    private static Arguments row(String rule, UnaryOperator<Coin.Builder> change, String message) {
        return Arguments.of(rule, change, message);
    }

    static Stream<Arguments> invalidFacts() {
        return Stream.of(
                // required facts
                row("name null", b -> b.name(null), "name is required (was null)"),
                row("symbol null", b -> b.symbol(null), "symbol is required (was null)"),
                row("layer null", b -> b.layer(null), "layer is required (was null)"),
                row("consensus null", b -> b.consensus(null), "consensus is required (was null)"),
                row("launchType null", b -> b.launchType(null), "launchType is required (was null)"),
                row("vcFunded null", b -> b.vcFunded(null), "vcFunded is required (was null)"),
                row("governance null", b -> b.governance(null), "governance is required (was null)"),
                row("adminControl null", b -> b.adminControl(null), "adminControl is required (was null)"),
                // shared security needs the chain that provides it
                row("sharedSecurity YES without hostChain", b -> b.hostChain(null).sharedSecurity(true),
                        "sharedSecurity YES needs the hostChain that provides the security "
                                + "(was sharedSecurity YES, hostChain empty)"),
                // an unknown fact is an empty Optional, never a null Optional
                row("sharedSecurity null", b -> b.sharedSecurity((Optional<Boolean>) null),
                        "sharedSecurity is required (was null)"),
                row("blockProducers null", b -> b.blockProducers((OptionalInt) null),
                        "blockProducers is required (was null)"),
                row("nakamotoCoefficient null", b -> b.nakamotoCoefficient((OptionalInt) null),
                        "nakamotoCoefficient is required (was null)"),
                row("launchYear null", b -> b.launchYear((OptionalInt) null), "launchYear is required (was null)"),
                row("insiderAllocationPct null", b -> b.insiderAllocationPct((OptionalDouble) null),
                        "insiderAllocationPct is required (was null)"),
                row("devFundPct null", b -> b.devFundPct((OptionalDouble) null), "devFundPct is required (was null)"),
                row("incidents null", b -> b.incidents((OptionalInt) null), "incidents is required (was null)"),
                // blank texts
                row("name empty", b -> b.name(""), "name must not be blank (was '')"),
                row("name blank", b -> b.name("  "), "name must not be blank (was '  ')"),
                row("symbol blank", b -> b.symbol(" "), "symbol must not be blank (was ' ')"),
                row("symbol tab", b -> b.symbol("\t"), "symbol must not be blank (was '\t')"),
                row("hostChain blank", b -> b.hostChain(" "), "hostChain must not be blank (was ' ')"),
                row("consensusDetail blank", b -> b.consensusDetail(""), "consensusDetail must not be blank (was '')"),
                row("mergedMinedWith blank", b -> b.mergedMinedWith(" "),
                        "mergedMinedWith must not be blank (was ' ')"),
                row("forkedFrom blank", b -> b.forkedFrom("   "), "forkedFrom must not be blank (was '   ')"),
                // counts
                row("blockProducers -1", b -> b.blockProducers(-1), "blockProducers must be >= 0 (was -1)"),
                row("blockProducers -3", b -> b.blockProducers(-3).nakamotoCoefficient(OptionalInt.empty()),
                        "blockProducers must be >= 0 (was -3)"),
                row("blockProducers MIN_VALUE", b -> b.blockProducers(Integer.MIN_VALUE),
                        "blockProducers must be >= 0 (was -2147483648)"),
                row("incidents -1", b -> b.incidents(-1), "incidents must be >= 0 (was -1)"),
                row("nakamotoCoefficient 0", b -> b.nakamotoCoefficient(0), "nakamotoCoefficient must be >= 1 (was 0)"),
                row("nakamotoCoefficient -1, producers unknown",
                        b -> b.blockProducers(OptionalInt.empty()).nakamotoCoefficient(-1),
                        "nakamotoCoefficient must be >= 1 (was -1)"),
                row("nakamotoCoefficient 46 > blockProducers 45", b -> b.blockProducers(45).nakamotoCoefficient(46),
                        "nakamotoCoefficient must be <= blockProducers (was nakamotoCoefficient 46, blockProducers 45)"),
                row("nakamotoCoefficient 1 > blockProducers 0", b -> b.blockProducers(0).nakamotoCoefficient(1),
                        "nakamotoCoefficient must be <= blockProducers (was nakamotoCoefficient 1, blockProducers 0)"),
                // percentages
                row("insiderAllocationPct -0.1", b -> b.insiderAllocationPct(-0.1),
                        "insiderAllocationPct must be a percentage from 0 to 100 (was -0.1)"),
                row("insiderAllocationPct 100.1", b -> b.insiderAllocationPct(100.1),
                        "insiderAllocationPct must be a percentage from 0 to 100 (was 100.1)"),
                row("insiderAllocationPct NaN", b -> b.insiderAllocationPct(Double.NaN),
                        "insiderAllocationPct must be a percentage from 0 to 100 (was NaN)"),
                row("insiderAllocationPct +Infinity", b -> b.insiderAllocationPct(Double.POSITIVE_INFINITY),
                        "insiderAllocationPct must be a percentage from 0 to 100 (was Infinity)"),
                row("insiderAllocationPct -Infinity", b -> b.insiderAllocationPct(Double.NEGATIVE_INFINITY),
                        "insiderAllocationPct must be a percentage from 0 to 100 (was -Infinity)"),
                row("devFundPct -0.1", b -> b.devFundPct(-0.1),
                        "devFundPct must be a percentage from 0 to 100 (was -0.1)"),
                row("devFundPct 100.1", b -> b.devFundPct(100.1),
                        "devFundPct must be a percentage from 0 to 100 (was 100.1)"),
                row("devFundPct NaN", b -> b.devFundPct(Double.NaN),
                        "devFundPct must be a percentage from 0 to 100 (was NaN)"),
                row("devFundPct +Infinity", b -> b.devFundPct(Double.POSITIVE_INFINITY),
                        "devFundPct must be a percentage from 0 to 100 (was Infinity)"),
                row("devFundPct -Infinity", b -> b.devFundPct(Double.NEGATIVE_INFINITY),
                        "devFundPct must be a percentage from 0 to 100 (was -Infinity)"),
                // year
                row("launchYear 2007", b -> b.launchYear(2007), "launchYear must be 2008 or later (was 2007)"),
                row("launchYear 0", b -> b.launchYear(0), "launchYear must be 2008 or later (was 0)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFacts")
    void invalidFactIsRejectedWithAMessageNamingFieldAndValue(String rule, UnaryOperator<Coin.Builder> change,
                                                              String message) {
        Coin.Builder builder = change.apply(valid());
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> boundaryFacts() {
        return Stream.of(
                Arguments.of("blockProducers 0", (UnaryOperator<Coin.Builder>) b -> b.blockProducers(0)
                        .nakamotoCoefficient(OptionalInt.empty())),
                Arguments.of("incidents 0", (UnaryOperator<Coin.Builder>) b -> b.incidents(0)),
                Arguments.of("nakamotoCoefficient 1", (UnaryOperator<Coin.Builder>) b -> b.nakamotoCoefficient(1)),
                Arguments.of("nakamotoCoefficient == blockProducers",
                        (UnaryOperator<Coin.Builder>) b -> b.blockProducers(45).nakamotoCoefficient(45)),
                Arguments.of("nakamotoCoefficient == blockProducers == 1",
                        (UnaryOperator<Coin.Builder>) b -> b.blockProducers(1).nakamotoCoefficient(1)),
                Arguments.of("nakamotoCoefficient above any count when producers unknown",
                        (UnaryOperator<Coin.Builder>) b -> b.blockProducers(OptionalInt.empty())
                                .nakamotoCoefficient(Integer.MAX_VALUE)),
                Arguments.of("blockProducers MAX_VALUE",
                        (UnaryOperator<Coin.Builder>) b -> b.blockProducers(Integer.MAX_VALUE)),
                Arguments.of("incidents MAX_VALUE", (UnaryOperator<Coin.Builder>) b -> b.incidents(Integer.MAX_VALUE)),
                Arguments.of("insiderAllocationPct 0", (UnaryOperator<Coin.Builder>) b -> b.insiderAllocationPct(0)),
                Arguments.of("insiderAllocationPct 100",
                        (UnaryOperator<Coin.Builder>) b -> b.insiderAllocationPct(100)),
                Arguments.of("devFundPct 0", (UnaryOperator<Coin.Builder>) b -> b.devFundPct(0)),
                Arguments.of("devFundPct 100", (UnaryOperator<Coin.Builder>) b -> b.devFundPct(100)),
                Arguments.of("launchYear 2008", (UnaryOperator<Coin.Builder>) b -> b.launchYear(2008)),
                Arguments.of("launchYear far ahead (checked by the scorer, not here)",
                        (UnaryOperator<Coin.Builder>) b -> b.launchYear(3000)),
                Arguments.of("one-character texts", (UnaryOperator<Coin.Builder>) b -> b.name("X").symbol("X")
                        .hostChain("X").consensusDetail("X").mergedMinedWith("X").forkedFrom("X")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaryFacts")
    void boundaryValueIsAccepted(String rule, UnaryOperator<Coin.Builder> change) {
        Coin.Builder builder = change.apply(valid());
        assertThat(builder.build()).isNotNull();
    }

    @Test
    void everyFactMayBeUnknown() {
        Coin coin = Coin.builder().name("N").symbol("S").layer(Layer.TOKEN).consensus(Consensus.NONE)
                .launchType(LaunchType.UNKNOWN).vcFunded(VcFunding.UNKNOWN).governance(Governance.UNKNOWN)
                .build();
        assertThat(coin.adminControl()).isEqualTo(AdminControl.UNKNOWN);
    }

    @Test
    void nullTemplateIsRejected() {
        assertThatThrownBy(() -> Coin.builder(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template is required (was null)");
    }

    /** A coin built with the constructor, with the four optional texts given as they are (possibly null). */
    private static Coin withTexts(Optional<String> hostChain, Optional<String> consensusDetail,
                                  Optional<String> mergedMinedWith, Optional<String> forkedFrom) {
        return new Coin("Flux", "FLUX", Layer.LAYER_1, hostChain, Consensus.POW, consensusDetail, mergedMinedWith,
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), java.util.List.of(), LaunchType.FAIR_LAUNCH,
                OptionalInt.empty(), forkedFrom, VcFunding.NO, OptionalDouble.empty(), OptionalDouble.empty(),
                Governance.COMPANY, OptionalInt.empty(), AdminControl.NONE);
    }

    @Test
    void nullOptionalTextIsRejectedByTheConstructor() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> withTexts(null, none, none, none))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hostChain is required (was null)");
        assertThatThrownBy(() -> withTexts(none, null, none, none))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("consensusDetail is required (was null)");
        assertThatThrownBy(() -> withTexts(none, none, null, none))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mergedMinedWith is required (was null)");
        assertThatThrownBy(() -> withTexts(none, none, none, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("forkedFrom is required (was null)");
        assertThat(withTexts(none, none, none, none).hostChain()).isEmpty();
    }
}
