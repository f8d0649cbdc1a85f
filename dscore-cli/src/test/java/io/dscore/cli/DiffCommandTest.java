package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static io.dscore.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dscore diff}. The fixtures: {@code diff-old.csv} is {@code docs/examples/coins.csv}; {@code diff-new.csv}
 * differs from it in three coins: Flow's governance (FOUNDATION to ON_CHAIN), Injective's producer count (50 to
 * 150) and Bonk's launch year (2022 corrected to 2020). Expected totals come from {@code dscore score} on each file.
 */
class DiffCommandTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "name,symbol,layer,consensus,launch_type,launch_year,vc_funded,governance";

    private static Map<String, Double> totals(String file) throws IOException {
        Map<String, Double> totals = new HashMap<>();
        for (JsonNode coin : JSON.readTree(run("score", "-f", "json", "--as-of", AS_OF, input(file)).out())) {
            totals.put(coin.get("symbol").asString(), coin.get("total").asDouble());
        }
        return totals;
    }

    @Test
    void theThreeChangedCoinsAreListedWithTheirFactsAndDeltas() throws IOException {
        Cli.Run run = run("diff", "--as-of", AS_OF, "-f", "json", input("diff-old.csv"), input("diff-new.csv"));
        assertThat(run.status()).isZero();
        assertThat(run.summary()).isEqualTo("scored 52, rejected 0");
        JsonNode coins = JSON.readTree(run.out());
        List<String> symbols = new ArrayList<>();
        coins.forEach(c -> symbols.add(c.get("symbol").asString()));
        assertThat(symbols).containsExactly("INJ", "BONK", "FLOW");

        Map<String, Double> before = totals("diff-old.csv");
        Map<String, Double> after = totals("diff-new.csv");
        Map<String, String> facts = Map.of("INJ", "block_producers 50 -> 150", "BONK", "launch_year 2022 -> 2020",
                "FLOW", "governance FOUNDATION -> ON_CHAIN");
        Map<String, Component> moved = Map.of("INJ", Component.NODE_DISTRIBUTION, "BONK", Component.AGE_AND_HISTORY,
                "FLOW", Component.GOVERNANCE);
        for (JsonNode coin : coins) {
            String symbol = coin.get("symbol").asString();
            assertThat(coin.get("status").asString()).isEqualTo("changed");
            assertThat(coin.get("cause").asString()).isEqualTo("FACTS");
            assertThat(coin.get("total_before").asDouble()).isEqualTo(before.get(symbol));
            assertThat(coin.get("total_after").asDouble()).isEqualTo(after.get(symbol));
            assertThat(coin.get("total_delta").asDouble()).isEqualTo(after.get(symbol) - before.get(symbol));
            JsonNode fact = coin.get("facts").get(0);
            assertThat(coin.get("facts")).hasSize(1);
            assertThat(fact.get("fact").asString() + " " + fact.get("before").asString() + " -> "
                    + fact.get("after").asString()).isEqualTo(facts.get(symbol));
            for (Component c : Component.values()) {
                double delta = coin.get("components").get(ResultColumns.key(c)).get("delta").asDouble();
                assertThat(delta).as("%s %s", symbol, c)
                        .isEqualTo(c == moved.get(symbol) ? coin.get("total_delta").asDouble() : 0.0);
            }
        }
    }

    @Test
    void theTableListsTheSameThreeLargestChangeFirst() {
        Cli.Run run = run("diff", "--as-of", AS_OF, input("diff-old.csv"), input("diff-new.csv"));
        assertThat(run.status()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).endsWith("as of 2026-06-19; methodology dscore-2");
        assertThat(lines.subList(2, lines.size())).containsExactly(
                "Name                Symbol  Status    Old   New  Change  Band                      Facts changed"
                        + "                      Components moved",
                "Injective Protocol  INJ     changed    43    56     +13  Moderately Decentralized  block_producers"
                        + " 50 -> 150          Node +13",
                "Bonk                BONK    changed  31.5  35.5      +4  Centralized Leaning       launch_year 2022"
                        + " -> 2020           Age +4",
                "Flow                FLOW    changed    54    58      +4  Moderately Decentralized  governance "
                        + "FOUNDATION -> ON_CHAIN  Governance +4",
                "",
                "3 changed, 23 unchanged, 0 added, 0 removed");
    }

    @Test
    void allAddsTheUnchangedCoins() throws IOException {
        Cli.Run run = run("diff", "--all", "--as-of", AS_OF, "-f", "csv", input("diff-old.csv"),
                input("diff-new.csv"));
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(1 + 26);
        assertThat(run.outLines().get(0)).isEqualTo("name,symbol,status,total_before,total_after,total_delta,"
                + "band_before,band_after,node_distribution_delta,initial_distribution_delta,governance_delta,"
                + "age_and_history_delta,autonomy_delta,facts_changed,cause,as_of_before,as_of_after,methodology");
        assertThat(run.outLines().get(1)).isEqualTo("Injective Protocol,INJ,changed,43,56,13,Moderately "
                + "Decentralized,Moderately Decentralized,13,0,0,0,0,block_producers 50 -> 150,FACTS,2026-06-19,"
                + "2026-06-19,dscore-2");
        assertThat(run.outLines().subList(4, 27)).allMatch(line -> line.contains(",unchanged,"));
    }

    @Test
    void sameFactsAYearApartMoveOnlyAge() throws IOException {
        Cli.Run run = run("diff", "--old-as-of", "2025-06-19", "--as-of", AS_OF, "-f", "json",
                input("diff-old.csv"), input("diff-old.csv"));
        assertThat(run.status()).isZero();
        JsonNode coins = JSON.readTree(run.out());
        assertThat(coins).isNotEmpty();
        for (JsonNode coin : coins) {
            assertThat(coin.get("cause").asString()).isEqualTo("AGE");
            assertThat(coin.get("facts")).isEmpty();
            for (Component c : Component.values()) {
                if (c != Component.AGE_AND_HISTORY) {
                    assertThat(coin.get("components").get(ResultColumns.key(c)).get("delta").asDouble()).isZero();
                }
            }
        }
    }

    @Test
    void coinsInOneFileAreAddedOrRemovedAndSymbolsPairIgnoringCase(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.csv", HEADER, "Alpha,ALP,LAYER_1,POW,FAIR_LAUNCH,2015,NO,COMPANY",
                "Beta,BET,LAYER_1,POW,FAIR_LAUNCH,2015,NO,COMPANY");
        Path now = write(dir, "new.csv", HEADER, "Alpha,alp,LAYER_1,POW,FAIR_LAUNCH,2015,NO,COMPANY",
                "Gamma,GAM,LAYER_1,POW,FAIR_LAUNCH,2015,NO,COMPANY");
        Cli.Run run = run("diff", "--as-of", AS_OF, "-f", "csv", old.toString(), now.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(1)).startsWith("Gamma,GAM,added,,");
        assertThat(run.outLines().get(2)).startsWith("Beta,BET,removed,");
        Cli.Run all = run("diff", "--all", "--as-of", AS_OF, old.toString(), now.toString());
        assertThat(all.out()).contains("Alpha  alp     unchanged").endsWith("0 changed, 1 unchanged, 1 added, "
                + "1 removed\n");
    }

    @Test
    void aSymbolTwiceInOneFileIsARowError(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.csv", HEADER, "Alpha,ALP,LAYER_1,POW,FAIR_LAUNCH,2015,NO,COMPANY",
                "Alpha again,alp,LAYER_1,POW,FAIR_LAUNCH,2015,NO,ON_CHAIN");
        Path now = write(dir, "new.csv", HEADER, "Alpha,ALP,LAYER_1,POW,FAIR_LAUNCH,2015,NO,ON_CHAIN",
                "Bad,BAD,LAYER_9,POW,FAIR_LAUNCH,2015,NO,ON_CHAIN");
        Cli.Run run = run("diff", "--as-of", AS_OF, "-f", "csv", old.toString(), now.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(0)).isEqualTo(old + ":3: column symbol: the symbol is already on line 2 "
                + "(symbols pair the coins) (value 'alp')");
        assertThat(run.errLines().get(1)).startsWith(now + ":3: column layer: ");
        assertThat(run.summary()).isEqualTo("scored 2, rejected 2");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).startsWith("Alpha,ALP,changed,");
    }

    @Test
    void aMissingFileIsStatus2() {
        Cli.Run run = run("diff", "--as-of", AS_OF, input("diff-old.csv"), "no-such-file.csv");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("no-such-file.csv: no such file", "scored 26, rejected 0");
    }

    @Test
    void usageErrorsAreStatus2() {
        Cli.Run one = run("diff", input("diff-old.csv"));
        assertThat(one.status()).isEqualTo(2);
        assertThat(one.err()).startsWith("dscore: Missing required parameter: 'NEW'");
        Cli.Run early = run("diff", "--old-as-of", "2001-01-01", input("diff-old.csv"), input("diff-new.csv"));
        assertThat(early.status()).isEqualTo(2);
        assertThat(early.err()).startsWith("dscore: Invalid value for option '--old-as-of': ");
    }

    @Test
    void outputGoesToTheFileNamed(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("diff.json");
        Cli.Run run = run("diff", "--as-of", AS_OF, "-f", "json", "-o", out.toString(), input("diff-old.csv"),
                input("diff-new.csv"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile())).hasSize(3);
    }

    private static Path write(Path dir, String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }
}
