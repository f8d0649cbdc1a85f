package io.dscore.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where results go, and when. The rules (docs/cli.md, "Where the results go"):
 * <ul>
 *   <li>Standard output is written as rows are scored.</li>
 *   <li>{@code --output} naming a regular file, or a name that does not exist yet: the results are written to a
 *       temporary file in the same directory ({@code .NAME.RANDOM.part}) and renamed over the file at the end,
 *       so the file is replaced at once, never left half written, and kept as it was if the run fails. The new
 *       file keeps the old one's permission bits (and its owner and group when the user may set them, as root
 *       may); a new file gets the mode any new file gets, 0666 less the umask (the temporary file is created
 *       with that mode, so the kernel applies the umask; the umask is never read). A hard link to the old file
 *       keeps the old content, as after any atomic replace.</li>
 *   <li>{@code --output} naming something else that exists (a device such as {@code /dev/null}, a FIFO, a
 *       terminal) or reached through {@code /proc} or {@code /dev/fd} (as {@code /dev/stdout} is): the results
 *       are written straight into it, opened for appending; nothing is created or replaced.</li>
 *   <li>A symbolic link is followed to its target (up to 40 links), which is then replaced or written as above;
 *       the link stays.</li>
 *   <li>{@code --strict}: nothing is visible until {@link #commit()}; results for standard output or a device
 *       are kept in a private (mode 0600) temporary file in {@code java.io.tmpdir} until then.</li>
 *   <li>Every temporary file is removed when the run ends: by {@link #close()}, or, when the process is
 *       stopped by SIGINT or SIGTERM, by a shutdown hook.</li>
 * </ul>
 * Every write error is thrown as an {@link IOException}; {@link #reason(IOException)} words it and
 * {@link #brokenPipe(IOException)} tells a reader that went away. The memory used does not grow with the
 * output. Not thread-safe.
 */
final class Output implements Closeable {

    private static final int BUFFER = 1 << 16;
    /** As many symbolic links as Linux follows in one path ({@code MAXSYMLINKS}). */
    private static final int MOST_LINKS = 40;
    /** How much of the target's name goes into the temporary file's name, so it stays within NAME_MAX. */
    private static final int NAME_KEPT = 100;
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-rw-rw-");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    /** The temporary files of this process not yet removed; the shutdown hook removes them. */
    private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();
    private static final Thread CLEANUP = new Thread(Output::removeTemporaryFiles, "dscore-remove-temporary-files");

    static {
        Runtime.getRuntime().addShutdownHook(CLEANUP);
    }

    /** Where the results end up. */
    private interface Destination {
        /** Opens the final stream; called once, at the start, or at commit under {@code --strict}. */
        Writer open() throws IOException;
    }

    /** The destination of a temporary file renamed over the {@code --output} file: never opened. */
    private static final Destination RENAMED = () -> {
        throw new IllegalStateException("a replaced file is renamed over, not opened");
    };

    private final Destination destination;
    /** Whether the destination's stream is this output's to close (a device), or only to flush (stdout). */
    private final boolean owned;
    private final Optional<Path> temporary;
    /** The file a temporary file replaces at commit; empty when it is copied to the destination instead. */
    private final Optional<Replaced> replaced;
    private final Writer writer;
    private boolean committed;

    private Output(Destination destination, boolean owned, Optional<Path> temporary, Optional<Replaced> replaced,
                   Writer writer) {
        this.destination = destination;
        this.owned = owned;
        this.temporary = temporary;
        this.replaced = replaced;
        this.writer = writer;
    }

    /**
     * Opens the output.
     *
     * @param file   the {@code --output} file, or empty for standard output
     * @param strict whether nothing may be written unless every row is scored
     * @param stdout standard output, a writer that throws on a write error
     * @throws IOException if the output cannot be opened, with a reason {@link #reason(IOException)} can word
     */
    static Output open(Optional<Path> file, boolean strict, Writer stdout) throws IOException {
        if (file.isEmpty()) {
            return streamed(() -> stdout, false, strict);
        }
        Path path = followLinks(file.get().toAbsolutePath());
        if (throughDescriptor(path)) {
            return streamed(() -> append(path), true, strict);
        }
        Path directory = path.getParent();
        if (!Files.isDirectory(directory)) {
            throw new FileSystemException(path.toString(), null, Files.exists(directory)
                    ? "not a directory: " + directory : "no such directory: " + directory);
        }
        Optional<BasicFileAttributes> attributes = attributes(path);
        if (attributes.isPresent() && attributes.get().isDirectory()) {
            throw new FileSystemException(path.toString(), null, "is a directory");
        }
        if (attributes.isPresent() && !attributes.get().isRegularFile()) {
            return streamed(() -> append(path), true, strict);
        }
        if (attributes.isPresent() && !Files.isWritable(path)) {
            throw new AccessDeniedException(path.toString());
        }
        Replaced old = attributes.isPresent() ? Replaced.of(path) : new Replaced(path, Optional.empty());
        // the old file's bits (no more open to others than it was) and the owner's read and write, to fill it
        Set<PosixFilePermission> mode = old.attributes().map(a -> ownerMayWrite(a.permissions())).orElse(NEW_FILE);
        String name = path.getFileName().toString();
        Path temporary = createTemporary(directory,
                "." + name.substring(0, Math.min(name.length(), NAME_KEPT)) + ".", mode);
        return new Output(RENAMED, true, Optional.of(temporary), Optional.of(old),
                writer(Files.newOutputStream(temporary, StandardOpenOption.WRITE)));
    }

    private static Set<PosixFilePermission> ownerMayWrite(Set<PosixFilePermission> permissions) {
        Set<PosixFilePermission> mode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        mode.addAll(permissions);
        return mode;
    }

    /** Standard output or a device: written straight, or, under {@code --strict}, kept in a private file. */
    private static Output streamed(Destination destination, boolean owned, boolean strict) throws IOException {
        if (!strict) {
            Writer out = destination.open();
            return new Output(destination, owned, Optional.empty(), Optional.empty(),
                    owned ? out : new BufferedWriter(out, BUFFER));
        }
        Path temporary = createTemporary(Path.of(System.getProperty("java.io.tmpdir")), "dscore-", PRIVATE);
        return new Output(destination, owned, Optional.of(temporary), Optional.empty(),
                writer(Files.newOutputStream(temporary, StandardOpenOption.WRITE)));
    }

    /** Where results are written until {@link #commit()}. */
    Writer writer() {
        return writer;
    }

    /**
     * Makes the results visible: flushes them, or renames the temporary file over the {@code --output} file, or
     * copies it to standard output or the device.
     *
     * @throws IOException if that fails
     */
    void commit() throws IOException {
        writer.flush();
        if (temporary.isPresent()) {
            writer.close();
            if (replaced.isPresent()) {
                replaced.get().takeOver(temporary.get());
                move(temporary.get(), replaced.get().path());
            } else {
                try (Reader in = Files.newBufferedReader(temporary.get(), StandardCharsets.UTF_8)) {
                    Writer out = destination.open();
                    try {
                        in.transferTo(out);
                        out.flush();
                    } finally {
                        if (owned) {
                            out.close();
                        }
                    }
                }
            }
        } else if (owned) {
            writer.close();
        }
        committed = true;
    }

    /**
     * Ends the output: closes its streams (standard output is flushed, not closed) and removes the temporary
     * file, so what was not committed is dropped. Never throws: after a commit there is nothing left to write,
     * and without one the run has already failed or been abandoned.
     */
    @Override
    public void close() {
        try {
            if (temporary.isPresent() || (owned && !committed)) {
                writer.close();
            } else if (!committed) {
                writer.flush();
            }
        } catch (IOException e) {
            // the run has already failed: a second write error says nothing new
        }
        temporary.ifPresent(Output::remove);
    }

    /**
     * Whether the error is a reader that went away (EPIPE: {@code dscore ... | head}); recognised by the message
     * the JDK gives it on Linux and macOS, {@code Broken pipe}.
     */
    static boolean brokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().startsWith("Broken pipe");
    }

    /** The reason of a write error in words: the system's message, or what the exception type says. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Follows symbolic links to what they name; stops at {@code /proc} and {@code /dev/fd}. */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int links = 0; Files.isSymbolicLink(current) && !throughDescriptor(current); links++) {
            if (links == MOST_LINKS) {
                throw new FileSystemLoopException(path.toString());
            }
            Path parent = current.getParent();
            current = parent.resolve(Files.readSymbolicLink(current));
        }
        return current;
    }

    /**
     * Whether the path names an open descriptor rather than a file ({@code /dev/stdout} links to
     * {@code /proc/self/fd/1}): those links are the kernel's, so it resolves them when the path is opened.
     */
    private static boolean throughDescriptor(Path path) {
        return path.startsWith("/proc") || path.startsWith("/dev/fd");
    }

    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Opens a device, FIFO or descriptor for writing at its end, without creating or truncating anything. */
    private static Writer append(Path path) throws IOException {
        return writer(Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /** UTF-8 that writes a character it cannot encode (a lone surrogate) as {@code ?} instead of failing. */
    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    /**
     * Creates a temporary file {@code PREFIX<random>.part} in the directory, with the given permissions less
     * the umask (on a POSIX file system), registered for removal before it exists.
     */
    private static Path createTemporary(Path directory, String prefix, Set<PosixFilePermission> mode)
            throws IOException {
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)} : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            Path file = directory.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".part");
            TEMPORARY.add(file);
            try {
                return Files.createFile(file, attributes);
            } catch (FileAlreadyExistsException e) {
                TEMPORARY.remove(file);
                if (attempt == 10) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                TEMPORARY.remove(file);
                throw e;
            }
        }
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done; the name starts with a dot and ends in .part
        }
        TEMPORARY.remove(file);
    }

    /** The shutdown hook: removes every temporary file still there (SIGINT, SIGTERM, or an exit mid-run). */
    private static void removeTemporaryFiles() {
        for (Path file : TEMPORARY) {
            remove(file);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            TEMPORARY.remove(from);
        }
    }

    /**
     * The regular file an output replaces.
     *
     * @param path       the file (symbolic links followed)
     * @param attributes its permissions, owner and group, when it exists on a POSIX file system
     */
    private record Replaced(Path path, Optional<PosixFileAttributes> attributes) {

        /** The existing file at {@code path}, with its attributes if the file system has POSIX ones. */
        static Replaced of(Path path) throws IOException {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            return new Replaced(path, view == null ? Optional.empty() : Optional.of(view.readAttributes()));
        }

        /**
         * Gives the temporary file the old file's permission bits, and its owner and group if the user may
         * (root may; others keep their own).
         */
        void takeOver(Path temporary) throws IOException {
            if (attributes.isEmpty()) {
                return;
            }
            PosixFileAttributes old = attributes.get();
            PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            PosixFileAttributes now = view.readAttributes();
            try {
                if (!now.owner().equals(old.owner())) {
                    view.setOwner(old.owner());
                }
                if (!now.group().equals(old.group())) {
                    view.setGroup(old.group());
                }
            } catch (IOException e) {
                // not allowed (only root may give a file away): the file is the user's, as any file they write
            }
            view.setPermissions(old.permissions());
        }
    }
}
