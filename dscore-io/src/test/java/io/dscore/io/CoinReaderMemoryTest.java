package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat in the size of the input: a CSV file of 1,000,000 rows, far larger than the heap, is read
 * to the end by a JVM whose heap is limited to {@value #HEAP}, so the run passes only if rows are read and
 * forgotten one at a time. The reading runs in a separate JVM ({@link #main}, with this test's class path),
 * because the heap of the test JVM cannot be limited per test.
 */
class CoinReaderMemoryTest {

    private static final String HEAP = "-Xmx16m";
    private static final int ROWS = 1_000_000;
    /** Long names make the file far larger than the heap. */
    private static final String PADDING = "x".repeat(200);

    @Test
    void aMillionCsvRowsAreReadInASixteenMegabyteHeap(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("many.csv");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("name,symbol,layer,consensus,block_producers,nakamoto_coefficient,launch_type,launch_year,"
                    + "vc_funded,insider_allocation_pct,governance,incidents\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("Coin " + i + " " + PADDING + ",C" + i + ",LAYER_1,POS," + (10 + i % 2000) + ","
                        + (1 + i % 9) + ",FAIR_LAUNCH," + (2009 + i % 17) + ",NO," + (i % 30) + ",FOUNDATION,"
                        + (i % 7) + "\n");
            }
        }
        assertThat(Files.size(input)).as("input size").isGreaterThan(200L << 20);

        Path err = dir.resolve("err.txt");
        Path out = dir.resolve("out.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+UseSerialGC",
                "-cp", classPath(), CoinReaderMemoryTest.class.getName(), input.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        boolean finished = process.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("finished within 300 s").isTrue();
        assertThat(Files.readString(err)).isEmpty();
        assertThat(Files.readString(out).strip()).isEqualTo("parsed " + ROWS + ", rejected 0");
        assertThat(process.exitValue()).isZero();
    }

    /**
     * Reads the file named by the first argument and prints how many rows were parsed and rejected.
     *
     * @param args the file
     */
    public static void main(String[] args) {
        long parsed = 0;
        long rejected = 0;
        try (CoinReader reader = CoinReader.open(Path.of(args[0]))) {
            for (Row row : reader) {
                if (row instanceof Row.Parsed) {
                    parsed++;
                } else {
                    rejected++;
                }
            }
        }
        System.out.println("parsed " + parsed + ", rejected " + rejected);
    }

    /**
     * The class path of this test run: Surefire's own property, or the JVM's, and the module path, where Surefire
     * puts this module's classes (the forked JVM reads them all from its class path).
     */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        String modules = System.getProperty("jdk.module.path");
        if (modules != null && !modules.isBlank()) {
            path = modules + java.io.File.pathSeparator + path;
        }
        assertThat(path).isNotBlank();
        return path;
    }
}
