package io.dscore.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where results go, and when. Standard output is written as rows are scored, except under {@code --strict},
 * where the results are kept in a temporary file and copied out only if every row was scored. An
 * {@code --output} file is written next to its final place and moved there at the end, so it is never left
 * half written. The memory used does not grow with the output.
 */
final class Output implements Closeable {

    private final PrintWriter stdout;
    private final Optional<Path> target;
    private final Optional<Path> temporary;
    private final Writer writer;
    private boolean committed;

    private Output(PrintWriter stdout, Optional<Path> target, Optional<Path> temporary, Writer writer) {
        this.stdout = stdout;
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /**
     * Opens the output.
     *
     * @param file   the {@code --output} file, or empty for standard output
     * @param strict whether standard output must stay empty unless every row is scored
     * @param stdout standard output
     * @throws IOException if the temporary file cannot be created
     */
    static Output open(Optional<Path> file, boolean strict, PrintWriter stdout) throws IOException {
        if (file.isEmpty() && !strict) {
            return new Output(stdout, file, Optional.empty(), stdout);
        }
        Path temporary;
        if (file.isPresent()) {
            Path absolute = file.get().toAbsolutePath();
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        } else {
            temporary = Files.createTempFile("dscore-", ".part");
        }
        Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        return new Output(stdout, file, Optional.of(temporary), writer);
    }

    /** Where results are written until {@link #commit()}. */
    Writer writer() {
        return writer;
    }

    /**
     * Makes the results visible: flushes standard output, or moves the temporary file to the {@code --output}
     * file, or copies it to standard output.
     *
     * @throws IOException if that fails
     */
    void commit() throws IOException {
        writer.flush();
        if (temporary.isPresent()) {
            writer.close();
            if (target.isPresent()) {
                readableByAll(temporary.get());
                move(temporary.get(), target.get());
            } else {
                try (BufferedReader in = Files.newBufferedReader(temporary.get(), StandardCharsets.UTF_8)) {
                    in.transferTo(stdout);
                }
                stdout.flush();
            }
        }
        committed = true;
    }

    /** Drops what was not committed. */
    @Override
    public void close() throws IOException {
        if (temporary.isPresent()) {
            writer.close();
            Files.deleteIfExists(temporary.get());
        } else if (!committed) {
            writer.flush();
        }
    }

    /** A temporary file is private to its owner; the output file gets the usual rw-r--r--. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stay
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
