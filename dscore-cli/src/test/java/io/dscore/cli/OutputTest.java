package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static io.dscore.cli.Cli.run;
import static io.dscore.cli.Cli.runAsMain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where results go: {@code --output} replaces a regular file at once and keeps its mode, writes straight into
 * devices and FIFOs, follows links; every write error stops the run. Runs in-process; the cases that need a
 * process of their own (umask, signals, a real pipe, {@code /dev/full} as standard output) are in
 * {@link DScoreJarIT}.
 */
class OutputTest {

    private static final String EXPECTED = run("score", "--format", "csv", "--as-of", AS_OF, input("three.csv")).out();

    private static Cli.Run csvTo(Path output, String... more) {
        return run(Stream.concat(Stream.of("score", "--format", "csv", "--as-of", AS_OF, "--output",
                output.toString()), Stream.concat(Stream.of(more), Stream.of(input("three.csv"))))
                .toArray(String[]::new));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rw-r-----", "rwxr-x---", "r--r--r--"})
    void anExistingFileIsReplacedAndKeepsItsPermissionBits(String mode, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("scores.csv");
        Files.writeString(file, "old content\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

        Cli.Run run = csvTo(file);

        assertThat(run.status()).isZero();
        assertThat(Files.readString(file)).isEqualTo(EXPECTED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        assertThat(list(dir)).containsExactly(file);
    }

    @Test
    void aNewFileGetsTheModeOfAnyNewFile(@TempDir Path dir) throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("scores.csv");

        csvTo(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aSymbolicLinkIsFollowedToItsTargetWhichIsReplacedAndTheLinkStays(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("scores.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real", "scores.csv"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("link2.csv"), link);

        Cli.Run run = csvTo(linkToLink);

        assertThat(run.status()).isZero();
        assertThat(Files.readSymbolicLink(linkToLink)).isEqualTo(link);
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "scores.csv"));
        assertThat(Files.readString(target)).isEqualTo(EXPECTED);
        assertThat(list(dir.resolve("real"))).containsExactly(target);
    }

    @Test
    void aLinkToAFileNotYetThereCreatesTheFile(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("new.csv"));

        csvTo(link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("new.csv"))).isEqualTo(EXPECTED);
    }

    @Test
    void aLoopOfLinksIsNamed(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Files.createSymbolicLink(a, dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b"), a);

        Cli.Run run = csvTo(a);

        assertThat(run.errLines()).containsExactly("dscore: cannot write " + a + ": too many levels of symbolic links",
                "scored 0, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aFifoIsWrittenStraightIntoAndStaysAFifo(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works here");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Cli.Run run = csvTo(fifo);

        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(EXPECTED);
        assertThat(run.status()).isZero();
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("still a FIFO").isTrue();
        assertThat(list(dir)).containsExactly(fifo);
    }

    /** A copy of {@code /dev/full} (same device numbers), so that a bug cannot replace the real one. */
    private static Path fullDevice(Path dir) throws Exception {
        Path full = dir.resolve("full");
        assumeTrue(new ProcessBuilder("mknod", full.toString(), "c", "1", "7").start().waitFor() == 0,
                "mknod works here (root)");
        return full;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFullDeviceStopsTheRunWithItsReasonAndStaysADevice(boolean strict, @TempDir Path dir) throws Exception {
        Path full = fullDevice(dir);

        Cli.Run run = strict ? csvTo(full, "--strict") : csvTo(full);

        assertThat(run.errLines()).containsExactly("dscore: cannot write " + full + ": No space left on device",
                "scored 3, rejected 0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(Files.readAttributes(full, "unix:rdev").get("rdev")).isEqualTo(
                Files.readAttributes(Path.of("/dev/full"), "unix:rdev").get("rdev"));
        assertThat(list(dir)).containsExactly(full);
    }

    @Test
    void aFailedRunKeepsTheOldFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("scores.csv"), "old content\n");

        Cli.Run run = csvTo(file, "--strict", input("bad-rows.csv"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("old content\n");
        assertThat(list(dir)).containsExactly(file);
    }

    @Test
    void anEmptyFileNameIsAUsageErrorAndCreatesNothing() throws IOException {
        List<Path> before = list(Path.of("").toAbsolutePath());

        Cli.Run run = run("score", "--as-of", AS_OF, "--output", "", input("three.csv"));

        assertThat(run.err()).startsWith("dscore: Invalid value for option '--output': the file name is empty\n");
        assertThat(run.status()).isEqualTo(2);
        assertThat(list(Path.of("").toAbsolutePath())).isEqualTo(before);
    }

    @Test
    void aMissingDirectoryIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nodir").resolve("x.csv");

        Cli.Run run = csvTo(file);

        assertThat(run.errLines()).containsExactly(
                "dscore: cannot write " + file + ": no such directory: " + dir.resolve("nodir"),
                "scored 0, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plain"), "");
        Path file = dir.resolve("plain").resolve("x.csv");

        Cli.Run run = csvTo(file);

        assertThat(run.errLines()).containsExactly(
                "dscore: cannot write " + file + ": not a directory: " + dir.resolve("plain"), "scored 0, rejected 0");
    }

    @Test
    void aDirectoryIsNotWrittenOver(@TempDir Path dir) {
        Cli.Run run = csvTo(dir);

        assertThat(run.errLines()).containsExactly("dscore: cannot write " + dir + ": is a directory",
                "scored 0, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    /** Standard output that fails as a full disk does, after {@code good} bytes. */
    private static OutputStream failing(String reason, int good) {
        return new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                if (written + length > good) {
                    throw new IOException(reason);
                }
                written += length;
            }
        };
    }

    static Stream<Arguments> formatsAndStrictness() {
        return Stream.of("table", "csv", "json").flatMap(format -> Stream.of(
                Arguments.of(format, false), Arguments.of(format, true)));
    }

    @ParameterizedTest
    @MethodSource("formatsAndStrictness")
    void aWriteErrorOnStandardOutputStopsTheRunInEveryFormat(String format, boolean strict) {
        String[] args = strict
                ? new String[] {"score", "--format", format, "--strict", "--as-of", AS_OF, input("three.csv")}
                : new String[] {"score", "--format", format, "--as-of", AS_OF, input("three.csv")};

        Cli.Run run = runAsMain(new ByteArrayInputStream(new byte[0]), failing("No space left on device", 0), args);

        assertThat(run.errLines()).containsExactly("dscore: cannot write standard output: No space left on device",
                "scored 3, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "csv", "json", "html"})
    void aWriteErrorStopsDiffToo(String format) {
        Cli.Run run = runAsMain(new ByteArrayInputStream(new byte[0]), failing("No space left on device", 0),
                "diff", "--format", format, "--as-of", AS_OF, input("diff-old.csv"), input("diff-new.csv"));

        assertThat(run.errLines()).containsExactly("dscore: cannot write standard output: No space left on device",
                "scored 52, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aWriteErrorThroughTheCommandLinesWriterIsCaughtToo() {
        PrintWriter out = new PrintWriter(failing("No space left on device", 0));
        StringWriter err = new StringWriter();

        int status = DScoreCommand.commandLine(new ByteArrayInputStream(new byte[0])).setOut(out)
                .setErr(new PrintWriter(err)).execute("score", "--format", "csv", "--as-of", AS_OF, input("three.csv"));

        assertThat(err.toString())
                .isEqualTo("dscore: cannot write standard output: write error\nscored 3, rejected 0\n");
        assertThat(status).isEqualTo(2);
    }

    @Test
    void aClosedPipeStopsTheRunQuietlyAtOnce() {
        long offered = 10_000_000;

        Cli.Run run = runAsMain(Rows.stream(offered), failing("Broken pipe", 100_000),
                "score", "--format", "csv", "--as-of", AS_OF, "-");

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.summary()).matches("scored \\d+, rejected 0");
        long scored = Long.parseLong(run.summary().replaceAll("scored (\\d+),.*", "$1"));
        assertThat(scored).as("rows scored after the reader went away").isLessThan(10_000);
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void standardOutputGetsTheResultsAsBefore() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        Cli.Run run = runAsMain(new ByteArrayInputStream(new byte[0]), stdout,
                "score", "--format", "csv", "--as-of", AS_OF, input("three.csv"));

        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(EXPECTED);
        assertThat(run.status()).isZero();
    }
}
