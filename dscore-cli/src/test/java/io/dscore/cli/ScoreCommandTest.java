package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static io.dscore.cli.Cli.run;
import static io.dscore.cli.Cli.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import io.dscore.core.DScore;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The score command on good input: formats, ordering, options. Expected numbers come from the library. */
class ScoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CSV_HEADER = "name,symbol,total,band,node_distribution,initial_distribution,"
            + "governance,age_and_history,autonomy,total_min,total_max,band_certain,as_of,methodology";

    /** The coins of three.csv and three.json, in file order; PYUSD leaves incidents and admin_control unknown. */
    private static final Coin PYUSD = Coin.builder().name("PayPal USD").symbol("PYUSD").layer(Layer.TOKEN)
            .hostChain("ETH").consensus(Consensus.NONE).launchType(LaunchType.OTHER).launchYear(2023)
            .vcFunded(VcFunding.NO).governance(Governance.COMPANY).build();
    private static final Coin BTC = Coin.builder().name("Bitcoin").symbol("BTC").layer(Layer.LAYER_1)
            .consensus(Consensus.POW).consensusDetail("SHA-256").sharedSecurity(SharedSecurity.NO).blockProducers(15)
            .nakamotoCoefficient(3).launchType(LaunchType.FAIR_LAUNCH).launchYear(2009).vcFunded(VcFunding.NO)
            .insiderAllocationPct(0).devFundPct(0).governance(Governance.ROUGH_CONSENSUS).incidents(2)
            .adminControl(AdminControl.NONE).build();
    private static final Coin ADA = Coin.builder().name("Cardano").symbol("ADA").layer(Layer.LAYER_1)
            .consensus(Consensus.POS).consensusDetail("Ouroboros Praos").sharedSecurity(SharedSecurity.NO)
            .blockProducers(3000).nakamotoCoefficient(25).launchType(LaunchType.ICO).launchYear(2017)
            .vcFunded(VcFunding.NO).insiderAllocationPct(16.7).devFundPct(20).governance(Governance.ON_CHAIN)
            .incidents(1).adminControl(AdminControl.NONE).build();

    private static DScoreResult score(Coin coin) {
        return DScore.asOf(LocalDate.parse(AS_OF)).scoreOf(coin);
    }

    /** The CSV line the command must print for a result, spelled out from the result's numbers. */
    private static String csvLine(DScoreResult r) {
        List<String> cells = new ArrayList<>(List.of(r.coin().name(), r.coin().symbol(), plain(r.total()),
                r.band().label()));
        for (Component c : Component.values()) {
            cells.add(plain(r.component(c).points()));
        }
        cells.add(plain(r.totalMin()));
        cells.add(plain(r.totalMax()));
        cells.add(Boolean.toString(r.bandCertain()));
        cells.add(r.asOf().toString());
        cells.add(r.methodology().id());
        return String.join(",", cells);
    }

    /** The table's lines after the line naming the as-of date and methodology and the blank line below it. */
    private static List<String> table(Cli.Run run) {
        return run.outLines().subList(2, run.outLines().size());
    }

    private static String plain(double points) {
        return points == Math.floor(points) ? String.valueOf((long) points) : String.valueOf(points);
    }

    @Test
    void withoutFileItScoresTheBundledExampleCoinsAsATable() {
        Cli.Run run = run("score", "--as-of", AS_OF);

        assertThat(run.status()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("As of " + AS_OF + ", methodology " + DScore.methodology().id());
        assertThat(run.outLines().get(1)).isEmpty();
        assertThat(table(run).get(0)).startsWith("Name").contains("Symbol", "Total", "Band", "Node",
                "Initial", "Governance", "Age", "Autonomy");
        assertThat(run.out()).contains("Bitcoin", "BTC", "Monero", "XMR", "Ethereum", "Litecoin",
                "Highly Decentralized");
        assertThat(table(run)).hasSizeGreaterThanOrEqualTo(1 + 22);
        assertThat(run.summary()).matches("scored (2[2-9]|[3-9]\\d), rejected 0");
    }

    @Test
    void theTableIsSortedByTotalHighestFirstWithBandLabels() {
        Cli.Run run = run("score", "--as-of", AS_OF, input("three.csv"));

        List<String> lines = table(run);
        assertThat(lines).hasSize(4);
        List<DScoreResult> sorted = new ArrayList<>(List.of(score(PYUSD), score(BTC), score(ADA)));
        sorted.sort((a, b) -> Double.compare(b.total(), a.total()));
        for (int i = 0; i < sorted.size(); i++) {
            DScoreResult expected = sorted.get(i);
            assertThat(lines.get(i + 1)).startsWith(expected.coin().name())
                    .contains(" " + expected.coin().symbol() + " ")
                    .contains(" " + plain(expected.total()) + " ")
                    .contains(expected.band().label());
        }
        assertThat(run.summary()).isEqualTo("scored 3, rejected 0");
        assertThat(run.status()).isZero();
    }

    @Test
    void theTableColumnsAreAligned() {
        Cli.Run run = run("score", "--as-of", AS_OF, input("three.csv"));

        List<String> lines = table(run);
        int bandColumn = lines.get(0).indexOf("Band");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.substring(bandColumn)).matches("(Highly Decentralized|Decentralized|Moderately "
                    + "Decentralized|Centralized Leaning|Centralized) .*");
        }
    }

    @Test
    void tableLinesStayOneLineWhenANameHoldsALineBreak() {
        Cli.Run run = run("score", "--as-of", AS_OF, input("quoted.csv"));

        assertThat(table(run)).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("Multi\\nline \"coin\""));
    }

    @Test
    void csvHasTheFixedColumnsInInputOrder() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("three.csv"));

        assertThat(run.outLines()).containsExactly(CSV_HEADER,
                csvLine(score(PYUSD)), csvLine(score(BTC)), csvLine(score(ADA)));
        assertThat(run.status()).isZero();
        assertThat(run.errLines()).containsExactly("scored 3, rejected 0");
    }

    @Test
    void csvQuotesNamesThatHoldCommasQuotesOrLineBreaks() throws IOException {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("quoted.csv"));

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertThat(records).extracting(r -> r.get("name"))
                .containsExactly("Bitcoin, the original", "Multi\nline \"coin\"");
    }

    @Test
    void jsonHasTheSameKeysAndNumbers() throws IOException {
        Cli.Run run = run("score", "--format", "json", "--as-of", AS_OF, input("three.csv"));

        JsonNode array = JSON.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        List<DScoreResult> expected = List.of(score(PYUSD), score(BTC), score(ADA));
        for (int i = 0; i < 3; i++) {
            JsonNode coin = array.get(i);
            DScoreResult result = expected.get(i);
            List<String> keys = new ArrayList<>();
            coin.properties().forEach(property -> keys.add(property.getKey()));
            assertThat(String.join(",", keys)).isEqualTo(CSV_HEADER);
            assertThat(coin.get("name").asString()).isEqualTo(result.coin().name());
            assertThat(coin.get("total").asDouble()).isCloseTo(result.total(), within(1e-9));
            assertThat(coin.get("band").asString()).isEqualTo(result.band().label());
            assertThat(coin.get("age_and_history").asDouble())
                    .isCloseTo(result.component(Component.AGE_AND_HISTORY).points(), within(1e-9));
            assertThat(coin.get("total_min").asDouble()).isCloseTo(result.totalMin(), within(1e-9));
            assertThat(coin.get("total_max").asDouble()).isCloseTo(result.totalMax(), within(1e-9));
        }
    }

    @Test
    void jsonWithExplainHasEveryComponentsReasonsAndOpenRanges() throws IOException {
        Cli.Run run = run("score", "--format", "json", "--explain", "--as-of", AS_OF, input("three.csv"));

        JsonNode pyusd = JSON.readTree(run.out()).get(0);
        DScoreResult expected = score(PYUSD);
        for (Component component : Component.values()) {
            String key = ResultColumns.key(component);
            JsonNode reasons = pyusd.get("reasons").get(key);
            assertThat(reasons).as(key).hasSize(expected.component(component).reasons().size());
            double sum = 0;
            for (JsonNode reason : reasons) {
                assertThat(reason.get("code").asString()).isNotBlank();
                assertThat(reason.get("text").asString()).isNotBlank();
                sum += reason.get("points").asDouble();
            }
            assertThat(sum).isCloseTo(pyusd.get(key).asDouble(), within(1e-9));
            JsonNode range = pyusd.get("ranges").get(key);
            if (expected.component(component).uncertain()) {
                assertThat(range.get("min").asDouble())
                        .isCloseTo(expected.component(component).minPoints(), within(1e-9));
                assertThat(range.get("max").asDouble())
                        .isCloseTo(expected.component(component).maxPoints(), within(1e-9));
            } else {
                assertThat(range).isNull();
            }
        }
        assertThat(expected.totalMin()).as("PYUSD has unknown facts").isLessThan(expected.totalMax());
    }

    @Test
    void reasonTextsNameFactsByTheirColumn() throws IOException {
        Cli.Run run = run("score", "--format", "json", "--explain", "--as-of", AS_OF, input("three.csv"));

        assertThat(run.out()).contains("block_producers 15").doesNotContain("blockProducers");
    }

    @Test
    void tableWithExplainListsReasonsAndRanges() {
        Cli.Run run = run("score", "--explain", "--as-of", AS_OF, input("three.csv"));
        DScoreResult pyusd = score(PYUSD);

        assertThat(run.out()).contains("PayPal USD (PYUSD): " + plain(pyusd.total()) + ", " + pyusd.band().label()
                        + ", range " + plain(pyusd.totalMin()) + "-" + plain(pyusd.totalMax()))
                .contains("  Node distribution: ", "  Initial distribution: ", "  Governance: ",
                        "  Age and history: ", "  Autonomy: ")
                .contains(pyusd.component(Component.GOVERNANCE).reasons().get(0).code().name());
        for (Component component : Component.values()) {
            if (pyusd.component(component).uncertain()) {
                assertThat(run.out()).contains(component.label() + ": " + plain(pyusd.component(component).points())
                        + " of " + plain(component.max()) + ", range "
                        + plain(pyusd.component(component).minPoints()) + "-"
                        + plain(pyusd.component(component).maxPoints()));
            }
        }
    }

    @Test
    void jsonInputScoresLikeCsvInput() {
        Cli.Run csv = run("score", "--format", "csv", "--as-of", AS_OF, input("three.csv"));
        Cli.Run json = run("score", "--format", "csv", "--as-of", AS_OF, input("three.json"));

        assertThat(json.out()).isEqualTo(csv.out());
        assertThat(json.status()).isZero();
    }

    @Test
    void jsonIsRecognisedByItsContentWhateverTheName() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("sniffed-json.txt"));

        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).startsWith("Litecoin,LTC,");
        assertThat(run.status()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"three.csv", "three.json"})
    void dashReadsStandardInput(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(input(file)));

        Cli.Run stdin = runWithStdin(bytes, "score", "--format", "csv", "--as-of", AS_OF, "-");

        assertThat(stdin.out()).isEqualTo(run("score", "--format", "csv", "--as-of", AS_OF, input(file)).out());
        assertThat(stdin.summary()).isEqualTo("scored 3, rejected 0");
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("reordered.csv"));

        Coin litecoin = Coin.builder().name("Litecoin").symbol("LTC").layer(Layer.LAYER_1)
                .consensus(Consensus.POW).launchType(LaunchType.FAIR_LAUNCH).launchYear(2011)
                .vcFunded(VcFunding.NO).governance(Governance.ROUGH_CONSENSUS).incidents(0).build();
        assertThat(run.outLines()).containsExactly(CSV_HEADER, csvLine(score(litecoin)));
        assertThat(run.status()).isZero();
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("bom.csv"));

        assertThat(run.outLines()).containsExactly(CSV_HEADER, csvLine(score(BTC)));
        assertThat(run.status()).isZero();
    }

    @Test
    void crlfLineEndsAreAcceptedAndLinesCountedOnce() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("crlf.csv"));

        assertThat(run.outLines()).hasSize(3);
        assertThat(run.errLines()).containsExactly(
                input("crlf.csv") + ":4: column block_producers: not a whole number (value 'x')",
                "scored 2, rejected 1");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("quoted.csv"));

        assertThat(run.out()).contains("\"Bitcoin, the original\",BTC,").contains("\"Multi\nline \"\"coin\"\"\",MLC,");
        assertThat(run.errLines()).containsExactly(
                input("quoted.csv") + ":6: column shared_security: unknown word, expected YES or NO (value 'MAYBE')",
                "scored 2, rejected 1");
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayPhysical() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("blank-lines.csv"));

        assertThat(run.errLines()).containsExactly(
                input("blank-lines.csv") + ":6: column incidents: must be >= 0 (value '-1')",
                "scored 1, rejected 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"header-only.csv", "empty.json"})
    void anInputWithoutRowsScoresNothing(String file) {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input(file));

        assertThat(run.outLines()).containsExactly(CSV_HEADER);
        assertThat(run.summary()).isEqualTo("scored 0, rejected 0");
        assertThat(run.status()).isZero();
    }

    @Test
    void anEmptyJsonOutputIsAnEmptyArray() throws IOException {
        Cli.Run run = run("score", "--format", "json", "--as-of", AS_OF, input("header-only.csv"));

        assertThat(JSON.readTree(run.out()).isArray()).isTrue();
        assertThat(JSON.readTree(run.out())).isEmpty();
    }

    @Test
    void severalFilesAreScoredInTurn() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, input("three.csv"), input("three.json"));

        assertThat(run.outLines()).hasSize(7);
        assertThat(run.summary()).isEqualTo("scored 6, rejected 0");
    }

    @Test
    void asOfSetsTheDateAgesAreComputedFrom() {
        Cli.Run early = run("score", "--format", "csv", "--as-of", "2012-01-01", input("bom.csv"));
        Cli.Run late = run("score", "--format", "csv", "--as-of", AS_OF, input("bom.csv"));

        DScoreResult expected = DScore.asOf(LocalDate.of(2012, 1, 1)).scoreOf(BTC);
        assertThat(early.outLines().get(1)).isEqualTo(csvLine(expected));
        assertThat(early.out()).isNotEqualTo(late.out());
    }

    @Test
    void asOfDefaultsToToday() {
        Cli.Run today = run("score", "--format", "csv", "--as-of", LocalDate.now().toString(), input("three.csv"));
        Cli.Run byDefault = run("score", "--format", "csv", input("three.csv"));

        assertThat(byDefault.out()).isEqualTo(today.out());
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        assertThat(run("score", "--format", "CSV", "--as-of", AS_OF, input("three.csv")).out())
                .isEqualTo(run("score", "--format", "csv", "--as-of", AS_OF, input("three.csv")).out());
    }

    @Test
    void outputWritesTheResultsToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scores.csv");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, "--output", file.toString(),
                input("three.csv"));

        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(run("score", "--format", "csv", "--as-of", AS_OF, input("three.csv")).out());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void helpListsTheOptionsAndExitStatus() {
        Cli.Run run = run("score", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--as-of", "--format", "--explain", "--output", "--strict", "--quiet",
                "Exit status");
    }

    @Test
    void anArgumentStartingWithAtIsAFileNameNotAnArgumentFile() {
        String file = "@" + input("three.csv");

        Cli.Run run = run("score", "--as-of", AS_OF, file);

        assertThat(run.errLines()).containsExactly(file + ": no such file", "scored 0, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }
}
