package io.dscore.benchmarks;

import java.io.Closeable;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Iterator;

/**
 * The floor under {@code dscore score}: reads files with the command's own reader (the same sniffing, CSV or
 * JSON parsing, cell checks and {@code Coin} construction) and does nothing else: no scoring, no output but a
 * count on standard error. {@code dscore-benchmarks/cli-benchmark.sh} times it against the command.
 *
 * <p>Run with the command's jar on the class path:
 * {@code java -cp dscore-cli-VERSION-all.jar:dscore-benchmarks/target/classes io.dscore.benchmarks.ParseOnly
 * FILE...}.
 *
 * <p>The reader ({@code io.dscore.cli.CoinReader}) is package-private, so it is reached by reflection, once per
 * file, to open the reader; the rows are then read through the plain {@link Iterator} it implements. This
 * changes nothing in {@code dscore-cli} and keeps {@code io.dscore.cli} in one module. When the reader becomes
 * public ({@code io.dscore.io.CoinReader}), {@link #open(String)} becomes a direct call.
 */
public final class ParseOnly {

    private final Method sourceOf;
    private final Method open;
    private final Class<?> badRow;

    private ParseOnly() throws ReflectiveOperationException {
        Class<?> source = Class.forName("io.dscore.cli.Source");
        Class<?> reader = Class.forName("io.dscore.cli.CoinReader");
        sourceOf = source.getDeclaredMethod("of", String.class, InputStream.class);
        sourceOf.setAccessible(true);
        open = reader.getDeclaredMethod("open", source);
        open.setAccessible(true);
        badRow = Class.forName("io.dscore.cli.BadRow");
    }

    /**
     * Reads every row of every file and prints {@code read N rows, M bad} on standard error.
     *
     * @param args the files, as {@code dscore score} takes them ({@code -} is standard input)
     * @throws Exception if the reader cannot be reached or a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        ParseOnly parser = new ParseOnly();
        long rows = 0;
        long bad = 0;
        for (String file : args) {
            Iterator<?> reader = parser.open(file);
            try {
                while (reader.hasNext()) {
                    if (parser.badRow.isInstance(reader.next())) {
                        bad++;
                    }
                    rows++;
                }
            } finally {
                ((Closeable) reader).close();
            }
        }
        System.err.println("read " + rows + " rows, " + bad + " bad");
    }

    /** {@code CoinReader.open(Source.of(file, System.in))}, as {@code dscore score} opens each file. */
    private Iterator<?> open(String file) throws ReflectiveOperationException {
        try {
            return (Iterator<?>) open.invoke(null, sourceOf.invoke(null, file, System.in));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }
}
