package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output rules that need a process of their own (Linux; run as root here): standard output on a full device or
 * a pipe closed early, the umask, SIGINT and SIGTERM, running out of memory, no progress line off a terminal.
 * Runs the shaded jar in the {@code integration-test} phase, as {@link DScoreJarIT} does.
 */
class OutputJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    /** Every process a test started, stopped after it whatever happened. */
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsStillRunning() {
        started.forEach(Process::destroyForcibly);
    }

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("dscore.jar", "target/dscore-cli-0.1.0-SNAPSHOT-all.jar"));
        assertThat(jar).as("the shaded jar, built in package").isRegularFile();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java [jvm options] -jar dscore.jar args...} */
    private List<String> dscore(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Djava.io.tmpdir=" + dir.resolve("tmp")));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Process start(List<String> command) throws IOException {
        return start(new ProcessBuilder(command));
    }

    private Process start(ProcessBuilder builder) throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        Process process = builder.directory(dir.toFile()).start();
        started.add(process);
        return process;
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    /** Feeds good rows into the process's standard input until it stops reading (then the write fails). */
    private static Thread feed(Process process, long rows, long pauseMillis) {
        Thread feeder = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write((Rows.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                for (long i = 0; i < rows; i++) {
                    in.write((String.format(Rows.GOOD_ROW, i, i) + "\n").getBytes(StandardCharsets.UTF_8));
                    if (pauseMillis > 0 && i % 100 == 0) {
                        in.flush();
                        Thread.sleep(pauseMillis);
                    }
                }
            } catch (IOException e) {
                // the process went away: what the test waits for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        return feeder;
    }

    static Stream<Arguments> formatsOnAFullDevice() {
        return Stream.of(Arguments.of("table", false), Arguments.of("csv", false), Arguments.of("json", false),
                Arguments.of("csv", true));
    }

    @ParameterizedTest
    @MethodSource("formatsOnAFullDevice")
    void standardOutputOnAFullDeviceStopsTheRunWithItsReason(String format, boolean strict) throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "/dev/full exists here");
        List<String> args = new ArrayList<>(List.of("score", "--format", format, "--as-of", AS_OF));
        if (strict) {
            args.add("--strict");
        }
        args.add(input("three.csv"));
        Process process = start(new ProcessBuilder(dscore(List.of(), args.toArray(String[]::new)))
                .redirectOutput(full.toFile()));
        String err = text(process.getErrorStream());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEqualTo("dscore: cannot write standard output: No space left on device\n"
                + "scored 3, rejected 0\n");
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(list(dir.resolve("tmp"))).isEmpty();
    }

    @Test
    void aPipeClosedEarlyStopsTheRunQuietlyAtOnce() throws Exception {
        Process process = start(dscore(List.of(), "score", "--format", "csv", "--as-of", AS_OF, "-"));
        feed(process, Long.MAX_VALUE, 0);

        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("name,symbol,total,");
        }

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped without reading all its input").isTrue();
        String err = text(process.getErrorStream());
        assertThat(err).matches("scored \\d+, rejected 0\n");
        assertThat(process.exitValue()).isEqualTo(2);
    }

    @Test
    void devStdoutIsWrittenStraightIntoThePipe() throws Exception {
        Process process = start(dscore(List.of(), "score", "--format", "csv", "--as-of", AS_OF, "--output",
                "/dev/stdout", input("three.csv")));
        process.getOutputStream().close();

        String out = text(process.getInputStream());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).startsWith("name,symbol,total,").hasLineCount(4);
        assertThat(process.exitValue()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"077", "027", "022"})
    void aNewFileGetsTheUmasksMode(String umask) throws Exception {
        String command = dscore(List.of(), "score", "--format", "csv", "--as-of", AS_OF, "--output", "new.csv",
                input("three.csv")).stream().map(word -> "'" + word + "'").collect(Collectors.joining(" "));
        Process process = start(new ProcessBuilder("sh", "-c", "umask " + umask + " && exec " + command));
        process.getOutputStream().close();
        text(process.getErrorStream());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        String expected = PosixFilePermissions.toString(PosixFilePermissions.fromString("rw-rw-rw-")
                .stream().filter(p -> (Integer.parseInt(umask, 8) & (1 << (8 - p.ordinal()))) == 0)
                .collect(Collectors.toSet()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.csv"))))
                .isEqualTo(expected);
    }

    static Stream<Arguments> signalsAndOutputs() {
        return Stream.of("TERM", "INT").flatMap(signal -> Stream.of(
                Arguments.of(signal, List.of("--output", "scores.csv")),
                Arguments.of(signal, List.of("--strict"))));
    }

    /**
     * Whether this JVM was started with the signal ignored (as a background job of a non-interactive shell starts
     * with SIGINT ignored); a child inherits that, and the JVM then leaves it ignored.
     */
    private static boolean ignored(String signal) throws IOException {
        int number = signal.equals("TERM") ? 15 : 2;
        String mask = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("SigIgn:"))
                .findFirst().orElse("SigIgn: 0").substring("SigIgn:".length()).trim();
        return (Long.parseUnsignedLong(mask, 16) & (1L << (number - 1))) != 0;
    }

    @ParameterizedTest
    @MethodSource("signalsAndOutputs")
    void aSignalMidRunLeavesNoTemporaryFile(String signal, List<String> output) throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/status")) && !ignored(signal),
                "SIG" + signal + " reaches the JVM here (not ignored since the build was started)");
        List<String> args = new ArrayList<>(List.of("score", "--format", "csv", "--as-of", AS_OF));
        args.addAll(output);
        args.add("-");
        Process process = start(dscore(List.of(), args.toArray(String[]::new)));
        feed(process, Long.MAX_VALUE, 5);
        Path temporaries = output.contains("--strict") ? dir.resolve("tmp") : dir;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (list(temporaries).stream().noneMatch(f -> f.getFileName().toString().endsWith(".part"))) {
            assertThat(System.nanoTime()).as("a temporary file appears").isLessThan(deadline);
            Thread.sleep(20);
        }

        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(128 + (signal.equals("TERM") ? 15 : 2));
        assertThat(list(dir.resolve("tmp"))).isEmpty();
        assertThat(list(dir)).extracting(p -> p.getFileName().toString()).containsExactly("tmp");
    }

    @Test
    void runningOutOfMemoryEndsWithOneLineAndTheSummary() throws Exception {
        Path big = Rows.write(dir.resolve("big.csv"), 90_000);
        Process process = start(dscore(List.of("-Xmx12m", "-XX:+UseSerialGC"), "score", "--as-of", AS_OF,
                big.toString()));
        process.getOutputStream().close();

        String out = text(process.getInputStream());
        String err = text(process.getErrorStream());

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEmpty();
        assertThat(err).matches("dscore: out of memory; use -f csv or -f json \\(they stream, the table holds every "
                + "row\\), or give Java more memory \\(-Xmx\\)\nscored \\d+, rejected 0\n");
        assertThat(process.exitValue()).isEqualTo(2);
    }

    @Test
    void offATerminalALongRunShowsNoProgressLine() throws Exception {
        Process process = start(dscore(List.of(), "score", "--format", "csv", "--as-of", AS_OF, "--output",
                "scores.csv", "-"));
        Thread feeder = feed(process, 3000, 100);

        String err = text(process.getErrorStream());

        feeder.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEqualTo("scored 3000, rejected 0\n");
    }
}
