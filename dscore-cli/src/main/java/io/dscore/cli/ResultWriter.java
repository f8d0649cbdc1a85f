package io.dscore.cli;

import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.core.DScore;
import java.io.IOException;
import java.util.List;

/** Writes scored coins in one output format. */
interface ResultWriter {

    /** Writes (or, for a format that sorts, keeps) one result. */
    void write(DScoreResult result) throws IOException;

    /** Writes whatever is still held and the end of the output; flushes. Called once, after the last row. */
    void finish() throws IOException;

    /** How many what-if suggestions {@code --explain} shows per coin. */
    int SHOWN_IMPROVEMENTS = 3;

    /** The largest single-fact changes that would raise the result's total, as of the same date (at most 3). */
    static List<Improvement> topImprovements(DScoreResult result) {
        List<Improvement> all = DScore.asOf(result.asOf()).improvementsFor(result.coin());
        return all.subList(0, Math.min(SHOWN_IMPROVEMENTS, all.size()));
    }
}
