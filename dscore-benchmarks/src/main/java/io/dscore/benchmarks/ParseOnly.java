package io.dscore.benchmarks;

import io.dscore.io.CoinReader;
import io.dscore.io.Row;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The floor under {@code dscore score}: reads files with the command's own reader (the same sniffing, CSV or
 * JSON parsing, cell checks and {@code Coin} construction) and does nothing else: no scoring, no output but a
 * count on standard error. {@code dscore-benchmarks/cli-benchmark.sh} times it against the command.
 *
 * <p>Run with the command's jar on the class path:
 * {@code java -cp dscore-cli-VERSION-all.jar:dscore-benchmarks/target/classes io.dscore.benchmarks.ParseOnly
 * FILE...}.
 *
 * <p>The reader is {@link CoinReader} of {@code dscore-io}, opened as the command opens a file argument.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    /**
     * Reads every row of every file and prints {@code read N rows, M bad} on standard error.
     *
     * @param args the files, as {@code dscore score} takes them ({@code -} is standard input)
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        long rows = 0;
        long bad = 0;
        for (String file : args) {
            try (CoinReader reader = open(file)) {
                for (Row row : reader) {
                    if (row instanceof Row.Rejected) {
                        bad++;
                    }
                    rows++;
                }
            }
        }
        System.err.println("read " + rows + " rows, " + bad + " bad");
    }

    /** The reader {@code dscore score} uses for one file argument. */
    private static CoinReader open(String file) {
        if (file.equals("-")) {
            InputStream in = System.in;
            return CoinReader.open("<stdin>", in);
        }
        return CoinReader.open(Path.of(file));
    }
}
