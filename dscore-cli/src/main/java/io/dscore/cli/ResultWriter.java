package io.dscore.cli;

import io.dscore.api.DScoreResult;
import java.io.IOException;

/** Writes scored coins in one output format. */
interface ResultWriter {

    /** Writes (or, for a format that sorts, keeps) one result. */
    void write(DScoreResult result) throws IOException;

    /** Writes whatever is still held and the end of the output; flushes. Called once, after the last row. */
    void finish() throws IOException;
}
