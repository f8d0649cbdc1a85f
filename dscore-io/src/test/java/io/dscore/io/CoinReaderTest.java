package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dscore.api.Coin;
import io.dscore.api.Fact;
import io.dscore.api.InvalidFactException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API of {@link CoinReader}: inputs, formats, rows, iteration and errors. */
class CoinReaderTest {

    private static final String HEADER = "name,symbol,layer,consensus,launch_type,vc_funded,governance";
    private static final String FLUX = "Flux,FLUX,LAYER_1,POW,FAIR_LAUNCH,NO,COMPANY";
    private static final String JSON = "[{\"name\": \"Flux\", \"symbol\": \"FLUX\", \"layer\": \"LAYER_1\","
            + " \"consensus\": \"POW\", \"launch_type\": \"FAIR_LAUNCH\", \"vc_funded\": false,"
            + " \"governance\": \"COMPANY\"}]";

    @Test
    void csvFromAReaderWithCrlfQuotesAndAByteOrderMark() {
        String csv = "\uFEFF" + HEADER + "\r\n\"Flux, \"\"the\"\"\nchain\",FLUX,LAYER_1,POW,FAIR_LAUNCH,NO,COMPANY\r\n";

        List<Row> rows = rows(CoinReader.csv("a.csv", new StringReader(csv)));

        assertThat(rows).hasSize(1);
        Row.Parsed row = (Row.Parsed) rows.get(0);
        assertThat(row.coin().name()).isEqualTo("Flux, \"the\"\nchain");
        assertThat(row.location()).isEqualTo(new Location("a.csv", 2));
        assertThat(row.location()).hasToString("a.csv:2");
        assertThat(row.cells()).containsEntry(Fact.SYMBOL, "FLUX").hasSize(7);
    }

    @Test
    void csvAndJsonFromBytesWithAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(rows(CoinReader.csv("b.csv", bytes(bom, HEADER + "\n" + FLUX)))).hasSize(1)
                .allMatch(Row.Parsed.class::isInstance);
        assertThat(rows(CoinReader.json("b.json", bytes(bom, JSON)))).hasSize(1)
                .allMatch(Row.Parsed.class::isInstance);
        assertThat(rows(CoinReader.json("c.json", new StringReader(JSON)))).hasSize(1);
        assertThat(rows(CoinReader.csv("c.csv", bytes(new byte[0], HEADER + "\n" + FLUX)))).hasSize(1);
    }

    @Test
    void openPicksTheFormatByExtensionElseByContent() {
        assertThat(CoinReader.open("coins", bytes(new byte[0], JSON))).isInstanceOf(JsonCoinReader.class);
        assertThat(CoinReader.open("coins", bytes(new byte[0], HEADER + "\n" + FLUX)))
                .isInstanceOf(CsvCoinReader.class);
        assertThatThrownBy(() -> CoinReader.open("coins.json", bytes(new byte[0], HEADER + "\n" + FLUX)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("coins.json:1: not valid JSON: Unrecognized token 'name'");
    }

    @Test
    void openAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("coins.csv");
        Files.writeString(file, HEADER + "\n" + FLUX + "\n");

        try (CoinReader reader = CoinReader.open(file)) {
            assertThat(reader.source()).isEqualTo(file.toString());
            assertThat(reader.stream().map(Row::location).map(Location::line)).containsExactly(2L);
        }
        assertThatThrownBy(() -> CoinReader.open(dir.resolve("none.csv"))).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("none.csv") + ": no such file");
        assertThatThrownBy(() -> CoinReader.open(dir)).isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void aReaderIsIteratedOnceAndItsStreamClosesIt() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream((HEADER + "\n" + FLUX).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        CoinReader reader = CoinReader.csv("d.csv", in);
        try (Stream<Row> rows = reader.stream()) {
            assertThat(rows.count()).isOne();
        }

        assertThat(closed).isTrue();
        assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class)
                .hasMessage("d.csv: a CoinReader can be iterated once");
    }

    @Test
    void aBadCellIsARejectedRowNamingItsFactColumnValueAndProblem() {
        List<Row> rows = rows(CoinReader.csv("e.csv", new StringReader(HEADER + "\n"
                + "Flux,FLUX,L1,POW,FAIR_LAUNCH,NO,COMPANY\n" + FLUX + ",extra\n" + FLUX)));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(new Row.Rejected(new Location("e.csv", 2), Optional.of(Fact.LAYER),
                Optional.of("layer"), "unknown word, expected one of LAYER_1, LAYER_2, TOKEN", "L1"));
        assertThat(rows.get(1)).isEqualTo(new Row.Rejected(new Location("e.csv", 3), Optional.empty(),
                Optional.of("8"), "extra cell: the row has 8 cells, the header 7", "extra"));
        assertThat(((Row.Rejected) rows.get(1)).message())
                .isEqualTo("e.csv:3: column 8: extra cell: the row has 8 cells, the header 7 (value 'extra')");
        assertThat(rows.get(2)).isInstanceOf(Row.Parsed.class);
    }

    @Test
    void anUnknownJsonKeyIsRejectedWithoutAFact() {
        Row row = rows(CoinReader.json("f.json", new StringReader("[{\"colour\": \"red\"}]"))).get(0);

        assertThat(row).isInstanceOf(Row.Rejected.class);
        Row.Rejected rejected = (Row.Rejected) row;
        assertThat(rejected.fact()).isEmpty();
        assertThat(rejected.column()).contains("colour");
        assertThat(rejected.value()).isEqualTo("red");
    }

    @Test
    void aParsedRowNamesTheCellAScorerRejects() {
        Row.Parsed row = (Row.Parsed) rows(CoinReader.csv("g.csv", new StringReader(HEADER + ",launch_year\n"
                + FLUX + ", 2099"))).get(0);

        Row.Rejected rejected = row.rejectedBy(new InvalidFactException(Fact.LAUNCH_YEAR, "2099",
                "must not be after the as-of date 2026-06-19"));

        assertThat(rejected.message()).isEqualTo("g.csv:2: column launch_year: must not be after the as-of date"
                + " 2026-06-19 (value ' 2099')");
        assertThat(rejected.fact()).contains(Fact.LAUNCH_YEAR);
    }

    @Test
    void aGuardedFormulaCellIsReadWithoutItsApostrophe() {
        List<Coin> coins = rows(CoinReader.csv("h.csv", new StringReader(HEADER + ",host_chain\n"
                + "'=SUM(1),'-1,LAYER_1,POW,FAIR_LAUNCH,NO,COMPANY,''@x\n"
                + "'Quoted,'A,LAYER_1,POW,FAIR_LAUNCH,NO,COMPANY,'\n"))).stream()
                .map(row -> ((Row.Parsed) row).coin()).collect(Collectors.toList());

        assertThat(coins).extracting(Coin::name).containsExactly("=SUM(1)", "'Quoted");
        assertThat(coins).extracting(Coin::symbol).containsExactly("-1", "'A");
        assertThat(coins).extracting(Coin::hostChain).containsExactly(Optional.of("'@x"), Optional.of("'"));
    }

    @Test
    void theGuardAddsAnApostropheExactlyWhereReadingRemovesOne() {
        for (String text : List.of("=1", "+1", "-1", "@a", "\ta", "\ra", "'=1", "''+1", "a=1", "'a", "'", "", "''")) {
            String guarded = FormulaGuard.guard(text);
            assertThat(FormulaGuard.unguard(guarded)).as(text).isEqualTo(text);
            assertThat(guarded.equals(text)).as(text).isEqualTo(!text.replaceFirst("^'*", "").matches("(?s)[=+\\-@\t\r].*"));
        }
    }

    private static List<Row> rows(CoinReader reader) {
        try (reader) {
            return reader.stream().collect(Collectors.toList());
        }
    }

    private static InputStream bytes(byte[] prefix, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return new ByteArrayInputStream(all);
    }
}
