package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Reason;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Guards every score the library computes: the result of every calibration coin and every bundled example coin
 * (total, range, band, each component's points, range and reason codes, as of 2026-06-19) must equal the line
 * recorded for the current methodology version in {@code src/test/resources/golden/methodology-N.txt}, and
 * {@code docs/methodology.md} must have that version's changelog entry. A change of rules that moves any score
 * fails here until the version, its golden file and the changelog are updated together; the files of earlier
 * versions stay as their record.
 *
 * <p>To record the file of a new version after a deliberate change: {@code mvn -pl dscore-core test
 * -Dtest=GoldenFileTest -Dgolden.update=true}, then review it.
 */
class GoldenFileTest {

    private static final String VERSION = DScore.methodology().version();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/methodology-" + VERSION + ".txt");
    private static final Path EXAMPLES = Path.of("../docs/examples/coins.csv");
    private static final Path CHANGELOG = Path.of("../docs/methodology.md");

    @Test
    void everyScoreMatchesTheFileOfTheCurrentVersion() throws IOException {
        String actual = render();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("the golden file of methodology version %s", VERSION).exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theChangelogHasAnEntryForTheCurrentVersion() throws IOException {
        assertThat(Files.readString(CHANGELOG, StandardCharsets.UTF_8))
                .contains("### Version " + VERSION + " (" + DScore.methodology().effective() + ")");
    }

    private static String render() throws IOException {
        Scorer scorer = DScore.asOf(TrainingSet.AS_OF);
        StringBuilder out = new StringBuilder();
        out.append("# source symbol | total [min..max] band certain | per component: points [min..max] codes\n");
        append(out, "calibration", TrainingSet.coins(), scorer);
        try (Reader in = Files.newBufferedReader(EXAMPLES, StandardCharsets.UTF_8)) {
            append(out, "examples", TrainingSet.coins(in), scorer);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String source, List<Coin> coins, Scorer scorer) {
        for (Coin coin : coins) {
            DScoreResult r = scorer.scoreOf(coin);
            out.append(String.format(Locale.ROOT, "%s %s | %s [%s..%s] %s %s", source, coin.symbol(),
                    r.total(), r.totalMin(), r.totalMax(), r.band(), r.bandCertain()));
            for (ComponentScore c : r.components()) {
                out.append(String.format(Locale.ROOT, " | %s %s [%s..%s] %s", c.component(), c.points(),
                        c.minPoints(), c.maxPoints(),
                        c.reasons().stream().map(GoldenFileTest::code).collect(Collectors.joining(","))));
            }
            out.append('\n');
        }
    }

    private static String code(Reason reason) {
        return reason.code() + (reason.points() == 0 ? "" : String.format(Locale.ROOT, "%+.1f", reason.points()));
    }
}
