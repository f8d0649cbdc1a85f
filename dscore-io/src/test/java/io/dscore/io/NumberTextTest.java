package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * {@link NumberText} accepts exactly the language of the regular expressions it replaced, kept here as the
 * oracle only: they backtrack, and took time quadratic in the length of a run of digits followed by a character
 * that does not fit (40,000 digits and {@code x}: 87 s).
 */
class NumberTextTest {

    /** The decimal pattern {@code Cell} used before (without UNICODE_CHARACTER_CLASS, {@code \d} is 0-9). */
    private static final Pattern OLD_DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** The whole number pattern {@code Cell} used before. */
    private static final Pattern OLD_WHOLE = Pattern.compile("[+-]?\\d+");

    /** The characters numbers are made of, and {@code x}, which is none of them. */
    private static final String ALPHABET = "0123456789+-.eEx";

    @Test
    void everyStringOfUpToFourCharactersIsJudgedAsTheOldPatternsJudgedIt() {
        // 1 + 16 + 256 + 4,096 + 65,536 strings: every way these characters can stand next to each other
        int checked = 0;
        int decimals = 0;
        StringBuilder text = new StringBuilder();
        for (int length = 0; length <= 4; length++) {
            int count = 1 << (4 * length);
            for (int code = 0; code < count; code++) {
                text.setLength(0);
                for (int k = 0, rest = code; k < length; k++, rest >>= 4) {
                    text.append(ALPHABET.charAt(rest & 15));
                }
                assertAgreesWithTheOldPatterns(text.toString());
                checked++;
                decimals += NumberText.isDecimal(text) ? 1 : 0;
            }
        }
        assertThat(checked).isEqualTo(1 + 16 + 256 + 4096 + 65_536);
        assertThat(decimals).as("decimals among them").isGreaterThan(10_000);
    }

    @Test
    void generatedStringsOfUpToTwentyCharactersAreJudgedAsTheOldPatternsJudgedThem() {
        qt().withExamples(20_000).forAll(strings(ALPHABET, 20))
                .checkAssert(NumberTextTest::assertAgreesWithTheOldPatterns);
    }

    @Test
    void generatedStringsWeightedTowardsDigitsAreJudgedAsTheOldPatternsJudgedThem() {
        // mostly digits, so that long valid numbers and near misses (one stray character) are common
        qt().withExamples(20_000).forAll(strings("0000000000123456789+-.eEx", 30))
                .checkAssert(NumberTextTest::assertAgreesWithTheOldPatterns);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+5", "16.7", "5.", ".5", "5.e3", "-1.5E+3", "1e-0", "007", "1E999"})
    void decimalsAreAccepted(String text) {
        assertThat(NumberText.isDecimal(text)).isTrue();
        assertAgreesWithTheOldPatterns(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "+", "-.", "+.e1", ".e1", "1e", "1e+", "e1", "1.2.3", "1e1.5", "++1", "1-",
        "NaN", "Infinity", "-Infinity", "0x1p3", "15d", "15f", " 1", "1 ", "1,5", "\u0661", "\uff11", "1_000"})
    void textThatIsNotADecimalIsRefused(String text) {
        assertThat(NumberText.isDecimal(text)).isFalse();
        assertAgreesWithTheOldPatterns(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", "1.0", "1e3", " 1", "1 ", "+-1", "\u0661\u0665", "\uff11", "\u0967"})
    void textThatIsNotAWholeNumberIsRefused(String text) {
        assertThat(NumberText.isWhole(text)).isFalse();
        assertAgreesWithTheOldPatterns(text);
    }

    @Test
    void aMillionDigitsAreScannedAndWhatFollowsThemDecides() {
        String digits = "7".repeat(1_000_000);

        assertThat(NumberText.isDecimal(digits)).isTrue();
        assertThat(NumberText.isWhole(digits)).isTrue();
        assertThat(NumberText.isDecimal(digits + "x")).isFalse();
        assertThat(NumberText.isWhole(digits + "x")).isFalse();
        assertThat(NumberText.isDecimal(digits + "." + digits + "e" + digits)).isTrue();
        assertThat(NumberText.isDecimal(digits + "." + digits + "e" + digits + "x")).isFalse();
    }

    private static Gen<String> strings(String alphabet, int maxLength) {
        return lists().of(integers().between(0, alphabet.length() - 1).map(alphabet::charAt))
                .ofSizeBetween(0, maxLength)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static void assertAgreesWithTheOldPatterns(String text) {
        assertThat(NumberText.isDecimal(text)).as("isDecimal(\"%s\")", text)
                .isEqualTo(OLD_DECIMAL.matcher(text).matches());
        assertThat(NumberText.isWhole(text)).as("isWhole(\"%s\")", text)
                .isEqualTo(OLD_WHOLE.matcher(text).matches());
        if (NumberText.isDecimal(text)) {
            assertThat(Double.parseDouble(text)).as("Double.parseDouble(\"%s\")", text).isNotNaN();
        }
    }
}
