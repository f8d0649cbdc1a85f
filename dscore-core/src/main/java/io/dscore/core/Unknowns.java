package io.dscore.core;

import io.dscore.api.ReasonCode;

/** Writes the reasons that say which missing fact widened a component's range, and by how much. */
final class Unknowns {

    private Unknowns() {
    }

    static void note(Tally tally, String fact, boolean unknown, Range alone) {
        if (unknown && alone.wide()) {
            tally.note(ReasonCode.UNKNOWN_FACT, () -> fact + " unknown: " + Points.format(alone.min()) + " to "
                    + Points.format(alone.max()) + " depending on it (range +" + Points.format(alone.max() - alone.min())
                    + ")");
        }
    }
}
