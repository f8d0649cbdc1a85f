package io.dscore.cli;

import io.dscore.io.InputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An input to score: a file, standard input, or the bundled example set.
 *
 * @param name   the name used in messages: the file name as given, {@code <stdin>}, or the example's name
 * @param opener opens the bytes, once
 * @param meter  counts the bytes read, for the progress line
 */
record Source(String name, Opener opener, Meter meter) {

    /** The command-line word for standard input. */
    static final String STDIN_ARGUMENT = "-";

    /** The bundled example set, a classpath resource copied from {@code docs/examples/coins.csv}. */
    static final String EXAMPLE_RESOURCE = "/examples/coins.csv";

    /** Opens the bytes of a source. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(meter, "meter");
    }

    /** A source whose size is not known. */
    Source(String name, Opener opener) {
        this(name, opener, new Meter());
    }

    /** The source named by a command-line argument: a file path, or {@code -} for {@code stdin}. */
    static Source of(String argument, InputStream stdin) {
        if (STDIN_ARGUMENT.equals(argument)) {
            return new Source("<stdin>", () -> stdin);
        }
        Meter meter = new Meter();
        return new Source(argument, () -> {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                throw new FileSystemException(argument, null, "is a directory, not a file");
            }
            InputStream in = Files.newInputStream(path);
            if (Files.isRegularFile(path)) {
                meter.size = OptionalLong.of(Files.size(path));
            }
            return in;
        }, meter);
    }

    /** The example coins shipped in the jar. */
    static Source example() {
        return new Source("examples/coins.csv", () -> {
            InputStream in = Source.class.getResourceAsStream(EXAMPLE_RESOURCE);
            if (in == null) {
                throw new NoSuchFileException(EXAMPLE_RESOURCE, null, "not on the classpath");
            }
            return in;
        });
    }

    /**
     * Opens the source; the bytes read from the stream returned are counted by its {@link #meter()}.
     *
     * @throws InputException naming the source if it cannot be opened
     */
    InputStream open() {
        try {
            return meter.counting(opener.open());
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (FileSystemException e) {
            throw new InputException(name + ": " + e.getReason(), e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * How much of a source has been read: bytes read so far and, for a regular file, its size. Written by the
     * thread that reads, read by the progress line on the same thread. Not thread-safe.
     */
    static final class Meter {

        private long read;
        private OptionalLong size = OptionalLong.empty();

        /** The bytes read so far. */
        long read() {
            return read;
        }

        /** The size of the file when it was opened; empty for standard input, a pipe or the bundled example. */
        OptionalLong size() {
            return size;
        }

        /** The stream, counting what is read (and skipped) through it into this meter. */
        InputStream counting(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        read++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        read += n;
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    long skipped = super.skip(n);
                    read += Math.max(0, skipped);
                    return skipped;
                }
            };
        }
    }
}
