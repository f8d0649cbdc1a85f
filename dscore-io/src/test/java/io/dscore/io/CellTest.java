package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellTest {

    private static Coin.Builder required() {
        return Coin.builder().name("X").symbol("X").layer(Layer.LAYER_1).consensus(Consensus.POW)
                .launchType(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.NO).governance(Governance.ROUGH_CONSENSUS);
    }

    @ParameterizedTest
    @CsvSource({"16.7, 16.7", "0, 0", "1e1, 10", "+5, 5", ".5, 0.5", "5., 5", "1.5E1, 15"})
    void decimalsAreReadAsWritten(String text, double value) {
        Coin.Builder builder = required();
        Column.INSIDER_ALLOCATION_PCT.apply(builder, text);

        assertThat(builder.build().insiderAllocationPct().getAsDouble()).isCloseTo(value, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "15d", "0x1p3", "1,5", "five", "1e", "-"})
    void textThatIsNotADecimalNumberIsRejected(String text) {
        assertThatThrownBy(() -> Column.INSIDER_ALLOCATION_PCT.apply(required(), text))
                .isInstanceOf(BadCellException.class).hasMessage("not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15.0", "1e3", "twelve", " ", "+", "1 5", "\u0661\u0665", "\uff11\uff15", "\u0967"})
    void textThatIsNotAWholeNumberIsRejected(String text) {
        // the last three are Arabic-Indic, full-width and Devanagari digits, which Integer.parseInt would take
        assertThatThrownBy(() -> Column.BLOCK_PRODUCERS.apply(required(), text))
                .isInstanceOf(BadCellException.class).hasMessage("not a whole number");
    }

    @Test
    void wholeNumbersBeyondIntAreTooLargeOrTooSmall() {
        assertThatThrownBy(() -> Column.BLOCK_PRODUCERS.apply(required(), "2147483648"))
                .isInstanceOf(BadCellException.class)
                .hasMessage("too large, the largest whole number is 2147483647");
        assertThatThrownBy(() -> Column.INCIDENTS.apply(required(), "-99999999999"))
                .isInstanceOf(BadCellException.class)
                .hasMessage("too small, the smallest whole number is -2147483648");
        assertThatThrownBy(() -> Column.LAUNCH_YEAR.apply(required(), "+" + "9".repeat(10_000)))
                .isInstanceOf(BadCellException.class)
                .hasMessage("too large, the largest whole number is 2147483647");
    }

    @Test
    void wholeNumbersAtTheEdgesOfIntAndWithASignAreRead() {
        Coin.Builder builder = required();
        Column.INCIDENTS.apply(builder, "+7");
        Column.BLOCK_PRODUCERS.apply(builder, "2147483647");

        Coin coin = builder.build();
        assertThat(coin.incidents()).hasValue(7);
        assertThat(coin.blockProducers()).hasValue(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes", "TRUE", "1"})
    void yesNoIsUpperCaseYesOrNo(String text) {
        assertThatThrownBy(() -> Column.SHARED_SECURITY.apply(required(), text))
                .isInstanceOf(BadCellException.class).hasMessage("unknown word, expected YES or NO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pow", "Pow", "PROOF_OF_WORK"})
    void enumWordsAreTheConstantNames(String text) {
        assertThatThrownBy(() -> Column.CONSENSUS.apply(required(), text))
                .isInstanceOf(BadCellException.class)
                .hasMessage("unknown word, expected one of POW, POS, DPOS, BFT, POA, OTHER, NONE");
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void anEmptyCellLeavesTheFactUnknown(String text) {
        Coin.Builder builder = required();
        Column.BLOCK_PRODUCERS.apply(builder, text);

        assertThat(builder.build().blockProducers()).isEmpty();
    }
}
