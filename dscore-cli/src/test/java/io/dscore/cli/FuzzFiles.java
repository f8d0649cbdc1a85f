package io.dscore.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input files for {@link ReaderFuzzTest}: valid CSV and JSON files of random valid coins, and the ways to break
 * them. Everything is drawn from one {@link SplittableRandom}, so a case is reproduced from its seed.
 */
final class FuzzFiles {

    /** What a file holds: its bytes, and the number of records in it when a mutation leaves that known. */
    record File(byte[] bytes, int records, boolean recordsKnown, String how) {
    }

    static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "99999999999", "-99999999999",
            "99999999999999999999999999", "1" + "0".repeat(400), "1e-400", "NaN", "Infinity", "-Infinity", "0x1F",
            "1_000", "--1", "+-1", "1e", ".", "-0", "4.9e-324", "1.7976931348623157e308", "\uFF11\uFF12");

    private static final String[] WORDS = {"Bitcoin", "Ether, classic", "Quote \"Q\"", "line\nbreak", "Caf\u00e9",
        "\u6bd4\u7279\u5e01", "emoji \uD83D\uDE80", " padded ", "a;b", "x"};
    private static final String[] CHAINS = {"BTC", "ETH", "DOT", "SOL"};
    private static final String[] LAYERS = {"LAYER_1", "LAYER_2", "TOKEN"};
    private static final String[] CONSENSUS = {"POW", "POS", "DPOS", "BFT", "POA", "OTHER", "NONE"};
    private static final String[] LAUNCHES = {"FAIR_LAUNCH", "ICO", "IEO", "TOKEN_SALE", "DUTCH_AUCTION",
        "PRIVATE_SALE", "AIRDROP", "PREMINE", "CHAIN_FORK", "PARACHAIN_AUCTION", "TOKENIZED_ASSET", "OTHER",
        "UNKNOWN"};
    private static final String[] FUNDING = {"YES", "NO", "UNKNOWN"};
    private static final String[] GOVERNANCE = {"ON_CHAIN", "ROUGH_CONSENSUS", "TOKEN_VOTING", "FOUNDATION",
        "COMPANY", "SINGLE_ENTITY", "UNKNOWN"};
    private static final String[] CONTROL = {"NONE", "UPGRADEABLE", "FREEZABLE", "HALTABLE", "UNKNOWN"};
    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    private static final Column[] NUMBER_COLUMNS = {Column.BLOCK_PRODUCERS, Column.NAKAMOTO_COEFFICIENT,
        Column.PRODUCER_SHARES, Column.LAUNCH_YEAR, Column.INSIDER_ALLOCATION_PCT, Column.DEV_FUND_PCT,
        Column.INCIDENTS};
    private static final String CSV_DELIMITERS = ",\"\n\r";
    private static final String JSON_DELIMITERS = "[]{},:\"";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The longest number written as a JSON number; longer ones are written as strings. Jackson's default
     * {@code StreamReadConstraints} refuse numbers of more than 1000 characters, which makes the whole file
     * unreadable ({@code ReaderFuzzTest#aJsonNumberOfMoreThanAThousandDigitsStopsTheFile}).
     */
    static final int MAX_JSON_NUMBER = 1000;

    private final SplittableRandom random;

    FuzzFiles(SplittableRandom random) {
        this.random = random;
    }

    /** The columns of a file: every required one, some optional ones, in a random order. */
    List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() || random.nextBoolean()) {
                columns.add(random.nextInt(columns.size() + 1), column);
            }
        }
        return columns;
    }

    /**
     * A valid coin as cells, for a file with the given columns; the library accepts it as of 2026-06-19 (shared
     * security YES only where the file has a host chain).
     */
    Map<Column, String> coin(int index, List<Column> columns) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.NAME, pick(WORDS) + " " + index);
        cells.put(Column.SYMBOL, "S" + index);
        String layer = pick(LAYERS);
        cells.put(Column.LAYER, layer);
        String host = random.nextBoolean() && columns.contains(Column.HOST_CHAIN) ? pick(CHAINS) : "";
        cells.put(Column.HOST_CHAIN, host);
        // a token has no consensus of its own, a chain of its own has one
        String consensus = layer.equals("TOKEN") ? "NONE" : pick(CONSENSUS);
        cells.put(Column.CONSENSUS, layer.equals("LAYER_1") && consensus.equals("NONE") ? "POW" : consensus);
        cells.put(Column.CONSENSUS_DETAIL, random.nextBoolean() ? "SHA-256" : "");
        cells.put(Column.MERGED_MINED_WITH, random.nextInt(4) == 0 ? pick(CHAINS) : "");
        cells.put(Column.SHARED_SECURITY, random.nextBoolean() ? "" : !host.isEmpty() && random.nextBoolean() ? "YES"
                : "NO");
        if (random.nextInt(6) == 0) {
            StringBuilder shares = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                shares.append(i == 0 ? "" : ";").append(1 + random.nextInt(1000));
            }
            cells.put(Column.PRODUCER_SHARES, shares.toString());
        } else {
            int producers = random.nextInt(3000);
            cells.put(Column.BLOCK_PRODUCERS, random.nextBoolean() ? Integer.toString(producers) : "");
            cells.put(Column.NAKAMOTO_COEFFICIENT, producers >= 1 && random.nextBoolean()
                    ? Integer.toString(1 + random.nextInt(Math.min(producers, 30))) : "");
        }
        String launch = pick(LAUNCHES);
        // a chain fork names the chain it copied, and only a chain fork does
        boolean fork = launch.equals("CHAIN_FORK") && columns.contains(Column.FORKED_FROM);
        cells.put(Column.LAUNCH_TYPE, launch.equals("CHAIN_FORK") && !fork ? "FAIR_LAUNCH" : launch);
        cells.put(Column.LAUNCH_YEAR, random.nextBoolean() ? Integer.toString(2008 + random.nextInt(19)) : "");
        cells.put(Column.FORKED_FROM, fork ? pick(CHAINS) : "");
        cells.put(Column.VC_FUNDED, pick(FUNDING));
        cells.put(Column.INSIDER_ALLOCATION_PCT, random.nextBoolean() ? percent() : "");
        cells.put(Column.DEV_FUND_PCT, random.nextBoolean() ? percent() : "");
        cells.put(Column.GOVERNANCE, pick(GOVERNANCE));
        cells.put(Column.INCIDENTS, random.nextBoolean() ? Integer.toString(random.nextInt(20)) : "");
        cells.put(Column.ADMIN_CONTROL, random.nextBoolean() ? pick(CONTROL) : "");
        return cells;
    }

    private String percent() {
        return random.nextBoolean() ? Integer.toString(random.nextInt(101))
                : String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 100);
    }

    /** Changes one cell of one coin so that the coin is rejected or still valid, never lost. */
    void mutateCell(List<Map<Column, String>> coins, List<Column> columns, StringBuilder how) {
        if (coins.isEmpty()) {
            return;
        }
        Map<Column, String> coin = coins.get(random.nextInt(coins.size()));
        int kind = random.nextInt(4);
        Column column;
        String value;
        if (kind == 0) {
            column = NUMBER_COLUMNS[random.nextInt(NUMBER_COLUMNS.length)];
            value = pick(HUGE_NUMBERS.toArray(new String[0]));
        } else if (kind == 1) {
            column = columns.get(random.nextInt(columns.size()));
            value = random.nextBoolean() ? "x".repeat(10_000) : "9".repeat(10_000);
        } else if (kind == 2) {
            column = columns.get(random.nextInt(columns.size()));
            value = "NOT_A_WORD";
        } else {
            column = columns.get(random.nextInt(columns.size()));
            value = "-" + (1 + random.nextInt(100));
        }
        coin.put(column, value);
        how.append(" cell ").append(column.header()).append("=").append(shorten(value));
    }

    /** The CSV text of the coins, with the given columns in that order. */
    static String csv(List<Column> columns, List<Map<Column, String>> coins, boolean crlf) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator(crlf ? "\r\n" : "\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            List<String> header = new ArrayList<>();
            for (Column column : columns) {
                header.add(column.header());
            }
            printer.printRecord(header);
            for (Map<Column, String> coin : coins) {
                List<String> row = new ArrayList<>();
                for (Column column : columns) {
                    row.add(coin.getOrDefault(column, ""));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The JSON text of the coins: an array of objects, numbers as JSON numbers where they parse. */
    String json(List<Column> columns, List<Map<Column, String>> coins) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Map<Column, String> coin : coins) {
            ObjectNode object = array.addObject();
            for (Column column : columns) {
                String cell = coin.getOrDefault(column, "");
                if (cell.isEmpty()) {
                    if (random.nextBoolean()) {
                        object.putNull(column.header());
                    }
                } else if (column == Column.PRODUCER_SHARES && random.nextBoolean() && cell.matches("[0-9]{1,9}(;[0-9]{1,9})*")) {
                    ArrayNode list = object.putArray(column.header());
                    for (String part : cell.split(";")) {
                        list.add(Long.parseLong(part));
                    }
                } else if (cell.matches("-?[0-9]{1,9}") && random.nextBoolean()) {
                    object.put(column.header(), Long.parseLong(cell));
                } else if (cell.length() <= MAX_JSON_NUMBER && random.nextBoolean()
                        && cell.matches("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                    object.put(column.header(), new java.math.BigDecimal(cell)); // huge numbers as JSON numbers
                } else if (cell.equals("YES") && random.nextBoolean()) {
                    object.put(column.header(), true);
                } else {
                    object.put(column.header(), cell);
                }
            }
        }
        return random.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array)
                : JSON.writeValueAsString(array);
    }

    /** Breaks the bytes of a file in one of the ways that lose track of its records. */
    byte[] mutateBytes(byte[] bytes, boolean json, StringBuilder how) {
        int kind = random.nextInt(9);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        String delimiters = json ? JSON_DELIMITERS : CSV_DELIMITERS;
        switch (kind) {
            case 0:
                how.append(" truncated at ").append(at);
                return java.util.Arrays.copyOf(bytes, at);
            case 1: {
                int found = find(bytes, delimiters, at);
                how.append(" dropped delimiter at ").append(found);
                return found < 0 ? bytes : splice(bytes, found, 1, new byte[0]);
            }
            case 2: {
                int found = find(bytes, delimiters, at);
                how.append(" doubled delimiter at ").append(found);
                return found < 0 ? bytes : splice(bytes, found, 0, new byte[] {bytes[found]});
            }
            case 3:
                how.append(" stray quote at ").append(at);
                return splice(bytes, at, 0, new byte[] {'"'});
            case 4: {
                byte[] bad = NOT_UTF8[random.nextInt(NOT_UTF8.length)];
                how.append(" invalid UTF-8 at ").append(at);
                return splice(bytes, at, 0, bad);
            }
            case 5:
                how.append(" NUL byte at ").append(at);
                return splice(bytes, at, 0, new byte[] {0});
            case 6: {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                byte[] noise = new byte[length];
                for (int i = 0; i < length; i++) {
                    noise[i] = (byte) random.nextInt(256);
                }
                how.append(" ").append(length).append(" random bytes at ").append(at);
                return splice(bytes, at, length, noise);
            }
            case 7:
                how.append(" 10,000 characters at ").append(at);
                return splice(bytes, at, 0, "y".repeat(10_000).getBytes(StandardCharsets.US_ASCII));
            default: {
                int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, random.nextInt(200));
                how.append(" ").append(length).append(" bytes from ").append(from).append(" repeated at ").append(at);
                byte[] copy = java.util.Arrays.copyOfRange(bytes, from, from + length);
                return splice(bytes, Math.min(at, bytes.length), 0, copy);
            }
        }
    }

    /** Random bytes, mostly printable, with separators. */
    byte[] randomBytes() {
        int length = random.nextInt(2000);
        byte[] bytes = new byte[length];
        boolean printable = random.nextBoolean();
        String alphabet = "abcXYZ019,;\"'\n\r\t {}[]:.-eE_\\";
        for (int i = 0; i < length; i++) {
            bytes[i] = printable ? (byte) alphabet.charAt(random.nextInt(alphabet.length()))
                    : (byte) random.nextInt(256);
        }
        return bytes;
    }

    private int find(byte[] bytes, String delimiters, int from) {
        for (int i = 0; i < bytes.length; i++) {
            int k = (from + i) % bytes.length;
            if (delimiters.indexOf(bytes[k]) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    static String shorten(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...(" + oneLine.length() + " chars)";
    }
}
