package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded: 100,000 rows in CSV or JSON, about 38 MB either way, are scored to a CSV file by a JVM
 * whose heap is limited to {@value #HEAP}, less than the file, so the run passes only if rows are read, scored,
 * written and forgotten one at a time. The command runs in a separate JVM (its {@code main}, with this test's
 * class path), because the heap of the test JVM cannot be limited per test.
 *
 * <p>The margin, measured by hand on the CSV file: the streaming run still passes with {@code -Xmx8m}, and the
 * {@code table} format, which keeps every name in order to sort them, runs out of memory at 32 MB.
 */
class ReaderMemoryTest {

    private static final String HEAP = "-Xmx32m";
    private static final int ROWS = 100_000;
    /** Long names make the file far larger than the heap; the output repeats them. */
    private static final String PADDING = "x".repeat(300);

    @Test
    void aHundredThousandCsvRowsAreScoredInA32MegabyteHeap(@TempDir Path dir) throws Exception {
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

        assertScoredInSmallHeap(dir, input);
    }

    @Test
    void aHundredThousandJsonObjectsAreScoredInA32MegabyteHeap(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("many.json");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < ROWS; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"name\":\"Coin " + i + " " + PADDING + "\",\"symbol\":\"C" + i
                        + "\",\"layer\":\"LAYER_1\",\"consensus\":\"POW\",\"producer_shares\":[" + (1 + i % 50)
                        + ",20,30],\"launch_type\":\"FAIR_LAUNCH\",\"vc_funded\":false,\"governance\":\"ON_CHAIN\"}");
            }
            out.write("\n]\n");
        }

        assertScoredInSmallHeap(dir, input);
    }

    private static void assertScoredInSmallHeap(Path dir, Path input) throws Exception {
        assertThat(Files.size(input)).as("input size").isGreaterThan(32L << 20);
        Path output = dir.resolve("scores.csv");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+UseSerialGC",
                "-cp", classPath(), DScoreCommand.class.getName(),
                "score", "--format", "csv", "--as-of", AS_OF, "--output", output.toString(), input.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(err.toFile()).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String stderr = Files.readString(err);

        assertThat(finished).as("finished within 120 s").isTrue();
        assertThat(stderr).doesNotContain("OutOfMemoryError", "Exception");
        assertThat(stderr.strip()).isEqualTo("scored " + ROWS + ", rejected 0");
        assertThat(process.exitValue()).isZero();
        assertThat(lines(output)).isEqualTo(ROWS + 1);
    }

    /** The class path of this test run: Surefire's own property, or the JVM's. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        assertThat(path).isNotBlank();
        return path;
    }

    private static long lines(Path file) throws IOException {
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    count += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return count;
    }
}
