package io.dscore.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Runs {@code dscore} in-process, as {@code main} would, with captured standard streams. */
final class Cli {

    /** The date the expected values of the tests are computed for. */
    static final String AS_OF = "2026-06-19";

    private Cli() {
    }

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {

        /** The lines printed on standard error. */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }

        /** The last line on standard error: the {@code scored N, rejected M} summary. */
        String summary() {
            List<String> lines = errLines();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        /** The lines printed on standard output. */
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    static Run run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    static Run runWithStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DScoreCommand.commandLine(new ByteArrayInputStream(stdin))
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * Runs as {@code main} does: results to {@code stdout} through a stream that reports write errors, no
     * terminal; returns the status, with standard error (picocli's output writer holds only help).
     */
    static Run runAsMain(InputStream stdin, OutputStream stdout, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DScoreCommand.commandLine(stdin, stdout, Progress.Terminals.NONE)
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** The path of a file in {@code src/test/resources/inputs}. */
    static String input(String name) {
        URL url = Objects.requireNonNull(Cli.class.getResource("/inputs/" + name), name);
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
