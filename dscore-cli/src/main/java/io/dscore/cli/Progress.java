package io.dscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The progress line of a long run, on standard error: {@code scored 1234567, rejected 3, 61728 rows/s, 45% read}
 * (the share of the current file read, when its size is known), redrawn in place with a carriage return.
 *
 * <ul>
 *   <li>Nothing is shown in the first {@value #DELAY_MILLIS} ms of a run, so short runs print only their
 *       summary; after that the line is redrawn at most every {@value #INTERVAL_MILLIS} ms, when a row is
 *       counted.</li>
 *   <li>The line is removed (overwritten with spaces) before every message and at the end, so messages and
 *       the summary line stay whole.</li>
 *   <li>It is only shown when standard error is a terminal ({@link #isTerminal(int)}), and never with
 *       {@code --quiet}; {@link #off()} is the progress that shows nothing.</li>
 * </ul>
 * Not thread-safe: rows are counted on the thread that scores them.
 */
final class Progress {

    /** How long a run goes on before its progress is shown. */
    static final long DELAY_MILLIS = 2000;
    /** How often the line is redrawn at most. */
    static final long INTERVAL_MILLIS = 250;

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final boolean on;
    private final long start;
    private long due;
    private Source.Meter meter = new Source.Meter();
    /** The length of the line on the screen, 0 when none is. */
    private int shown;

    private Progress(PrintWriter err, LongSupplier nanoTime, boolean on) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.on = on;
        this.start = on ? nanoTime.getAsLong() : 0;
        this.due = start + DELAY_MILLIS * NANOS_PER_MILLI;
    }

    /** A progress that shows nothing. */
    static Progress off() {
        return new Progress(new PrintWriter(PrintWriter.nullWriter()), () -> 0, false);
    }

    /**
     * A progress shown on {@code err}, timed by {@code nanoTime} ({@code System::nanoTime}, or a fake clock in
     * tests); the run starts now.
     */
    static Progress on(PrintWriter err, LongSupplier nanoTime) {
        return new Progress(err, nanoTime, true);
    }

    /** From now on, the share read is that of this source. */
    void reading(Source source) {
        meter = source.meter();
    }

    /**
     * Redraws the line if it is due; called after each row is counted.
     *
     * @param summary the counts so far, shown on the line
     */
    void row(Summary summary) {
        if (!on) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - due < 0) {
            return;
        }
        due = now + INTERVAL_MILLIS * NANOS_PER_MILLI;
        OptionalLong size = meter.size();
        OptionalDouble share = size.isPresent() && size.getAsLong() > 0
                ? OptionalDouble.of(Math.min(1.0, (double) meter.read() / size.getAsLong())) : OptionalDouble.empty();
        draw(line(summary, now - start, share));
    }

    /** Removes the line from the screen, if one is shown. */
    void clear() {
        if (shown > 0) {
            err.print('\r' + " ".repeat(shown) + '\r');
            err.flush();
            shown = 0;
        }
    }

    /**
     * The text of the line: {@code scored N, rejected M, R rows/s}, then {@code , P% read} when the share is
     * known.
     *
     * @param summary the counts; rows per second counts scored and rejected rows
     * @param elapsed the nanoseconds since the run started, {@code > 0}
     * @param share   the share of the current file read, 0 to 1, if known
     */
    static String line(Summary summary, long elapsed, OptionalDouble share) {
        long rows = summary.scoredCount() + summary.rejectedCount();
        long perSecond = Math.round(rows * 1e9 / Math.max(1, elapsed));
        String text = summary + ", " + perSecond + " rows/s";
        if (share.isPresent()) {
            text += ", " + (int) Math.floor(share.getAsDouble() * 100) + "% read";
        }
        return text;
    }

    private void draw(String line) {
        int pad = Math.max(0, shown - line.length());
        err.print('\r' + line + " ".repeat(pad));
        err.flush();
        shown = line.length();
    }

    /**
     * Whether a file descriptor of this process (1 standard output, 2 standard error) is a terminal. On Linux
     * this reads the descriptor's link in {@code /proc/self/fd}: a terminal is {@code /dev/pts/N},
     * {@code /dev/ttyN} or {@code /dev/console}. Elsewhere it falls back on {@code System.console() != null},
     * which on Java 17 means that standard input and output are both terminals, a fair proxy.
     *
     * @param fd the descriptor number
     * @return whether it is a terminal
     */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return System.console() != null;
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Which of the process's standard streams are terminals.
     *
     * @param stdout whether standard output is a terminal
     * @param stderr whether standard error is a terminal
     */
    record Terminals(boolean stdout, boolean stderr) {

        /** No terminal: the streams are not the process's own (tests), or are redirected. */
        static final Terminals NONE = new Terminals(false, false);

        /** The process's standard output and error, checked with {@link #isTerminal(int)}. */
        static Terminals ofProcess() {
            return new Terminals(isTerminal(1), isTerminal(2));
        }
    }
}
