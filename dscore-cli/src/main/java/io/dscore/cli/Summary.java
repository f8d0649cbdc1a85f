package io.dscore.cli;

/**
 * The account of one run: rows scored, rows rejected, inputs that could not be read. Every row read is either
 * scored or rejected. Not thread-safe.
 */
final class Summary {

    /** Every row was scored. */
    static final int OK = 0;
    /** At least one row was rejected (the other rows were scored). */
    static final int REJECTED = 1;
    /** An input could not be read, or the output could not be written; also the status of a usage error. */
    static final int FAILED = 2;

    private long scored;
    private long rejected;
    private int unreadable;

    void scored() {
        scored++;
    }

    void rejected() {
        rejected++;
    }

    void unreadable() {
        unreadable++;
    }

    long scoredCount() {
        return scored;
    }

    long rejectedCount() {
        return rejected;
    }

    /** Whether every row was scored and every input read. */
    boolean clean() {
        return rejected == 0 && unreadable == 0;
    }

    /** The exit status: {@link #FAILED} over {@link #REJECTED} over {@link #OK}. */
    int exitCode() {
        if (unreadable > 0) {
            return FAILED;
        }
        return rejected > 0 ? REJECTED : OK;
    }

    /** The last line of every run: {@code scored N, rejected M}. */
    @Override
    public String toString() {
        return "scored " + scored + ", rejected " + rejected;
    }
}
