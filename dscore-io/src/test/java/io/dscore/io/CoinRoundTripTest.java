package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.InvalidFactException;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Read -> write -> read gives equal coins, in CSV and in JSON: random coins (a seed per case, printed by
 * QuickTheories on failure) with unknown facts, producer shares, and text holding commas, quotes, line breaks,
 * formula characters and non-ASCII letters.
 */
class CoinRoundTripTest {

    /** Characters that text is made of: the ones CSV must quote or guard, and some outside ASCII. */
    private static final String ODD = "ab ,\"'\n\r=+-@\t;éß漢😀[]{}:";

    @Test
    void csvWrittenByCoinWriterReadsBackAsEqualCoins() {
        qt().withExamples(300).forAll(longs().all()).check(seed -> {
            List<Coin> coins = coins(new Random(seed));
            return readCsv(writeCsv(coins)).equals(coins);
        });
    }

    @Test
    void jsonWrittenByCoinWriterReadsBackAsEqualCoins() {
        qt().withExamples(300).forAll(longs().all()).check(seed -> {
            List<Coin> coins = coins(new Random(seed));
            return readJson(writeJson(coins)).equals(coins);
        });
    }

    @Test
    void aFormulaNameIsGuardedInCsvAndReadBackExactly() {
        Coin coin = Coin.builder().name("=HYPERLINK(\"x\")").symbol("'-1").layer(Layer.LAYER_1)
                .consensus(Consensus.POW).launchType(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.NO)
                .governance(Governance.FOUNDATION).build();

        String csv = writeCsv(List.of(coin));

        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("\"'=HYPERLINK(\"\"x\"\")\",''-1,LAYER_1,");
        assertThat(readCsv(csv)).containsExactly(coin);
    }

    static String writeCsv(List<Coin> coins) {
        try {
            StringWriter out = new StringWriter();
            CoinWriter writer = CoinWriter.csv(out);
            for (Coin coin : coins) {
                writer.write(coin);
            }
            writer.finish();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String writeJson(List<Coin> coins) {
        try {
            StringWriter out = new StringWriter();
            CoinWriter writer = CoinWriter.json(out);
            for (Coin coin : coins) {
                writer.write(coin);
            }
            writer.finish();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Coin> readCsv(String csv) {
        try (CoinReader reader = CoinReader.csv("t.csv", new StringReader(csv))) {
            return parsed(reader);
        }
    }

    static List<Coin> readJson(String json) {
        try (CoinReader reader = CoinReader.json("t.json", new StringReader(json))) {
            return parsed(reader);
        }
    }

    private static List<Coin> parsed(CoinReader reader) {
        return reader.stream().map(row -> {
            assertThat(row).isInstanceOf(Row.Parsed.class);
            return ((Row.Parsed) row).coin();
        }).collect(Collectors.toList());
    }

    /** One to four valid coins. */
    static List<Coin> coins(Random random) {
        List<Coin> coins = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        while (coins.size() < n) {
            try {
                coins.add(coin(random));
            } catch (InvalidFactException e) {
                // an inconsistent combination: draw again
            }
        }
        return coins;
    }

    private static Coin coin(Random random) {
        Coin.Builder b = Coin.builder().name(text(random)).symbol(text(random))
                .layer(pick(random, Layer.values())).consensus(pick(random, Consensus.values()))
                .launchType(pick(random, LaunchType.values())).vcFunded(pick(random, VcFunding.values()))
                .governance(pick(random, Governance.values()));
        if (random.nextBoolean()) {
            b.hostChain(text(random));
        }
        if (random.nextBoolean()) {
            b.consensusDetail(text(random));
        }
        if (random.nextInt(4) == 0) {
            b.mergedMinedWith(text(random));
        }
        b.sharedSecurity(pick(random, SharedSecurity.values()));
        if (random.nextBoolean()) {
            b.blockProducers(random.nextInt(100_000));
        }
        if (random.nextBoolean()) {
            b.nakamotoCoefficient(1 + random.nextInt(50));
        }
        if (random.nextBoolean()) {
            double[] shares = new double[1 + random.nextInt(6)];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = random.nextInt(3) == 0 ? random.nextInt(1000) : random.nextDouble() * 1e6;
            }
            shares[0] = 1 + shares[0];
            b.producerShares(shares);
        }
        if (random.nextBoolean()) {
            b.launchYear(2008 + random.nextInt(19));
        }
        if (random.nextBoolean()) {
            b.forkedFrom(text(random));
        }
        if (random.nextBoolean()) {
            b.insiderAllocationPct(random.nextDouble() * 100);
        }
        if (random.nextBoolean()) {
            b.devFundPct(random.nextInt(3) == 0 ? random.nextInt(101) : random.nextDouble() * 100);
        }
        if (random.nextBoolean()) {
            b.incidents(random.nextInt(20));
        }
        b.adminControl(pick(random, AdminControl.values()));
        return b.build();
    }

    /** Non-blank text without blanks around it (the readers strip them), from {@link #ODD}. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(ODD.length());
            text.appendCodePoint(ODD.codePointAt(Character.isLowSurrogate(ODD.charAt(at)) ? at - 1 : at));
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? "x" : stripped;
    }

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }
}
