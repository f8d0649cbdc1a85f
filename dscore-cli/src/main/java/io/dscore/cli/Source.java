package io.dscore.cli;

import io.dscore.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input to score: a file, standard input, or the bundled example set.
 *
 * @param name   the name used in messages: the file name as given, {@code <stdin>}, or the example's name
 * @param opener opens the bytes, once
 */
record Source(String name, Opener opener) {

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
    }

    /** The source named by a command-line argument: a file path, or {@code -} for {@code stdin}. */
    static Source of(String argument, InputStream stdin) {
        if (STDIN_ARGUMENT.equals(argument)) {
            return new Source("<stdin>", () -> stdin);
        }
        return new Source(argument, () -> {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                throw new FileSystemException(argument, null, "is a directory, not a file");
            }
            return Files.newInputStream(path);
        });
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
     * Opens the source.
     *
     * @throws InputException naming the source if it cannot be opened
     */
    InputStream open() {
        try {
            return opener.open();
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
}
