package io.dscore.core;

import io.dscore.api.ReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the reasons that say which missing facts widened a component's range, and by how much: one note per
 * unknown fact that widens the range on its own, then, if the facts only reach the whole range together, a note
 * naming them together.
 */
final class Unknowns {

    private final Tally tally;
    private final List<String> unknownFacts = new ArrayList<>(4);
    private double explainedMin;
    private double explainedMax;

    Unknowns(Tally tally) {
        this.tally = tally;
        this.explainedMin = tally.points();
        this.explainedMax = tally.points();
    }

    /** Notes {@code fact} if it is unknown and changes the points on its own ({@code alone}: the others fixed). */
    void note(String fact, boolean unknown, Range alone) {
        if (!unknown) {
            return;
        }
        unknownFacts.add(fact);
        if (alone.wide()) {
            explainedMin = Math.min(explainedMin, alone.min());
            explainedMax = Math.max(explainedMax, alone.max());
            tally.note(ReasonCode.UNKNOWN_FACT, () -> fact + " unknown: " + Points.format(alone.min()) + " to "
                    + Points.format(alone.max()) + " depending on it (range +"
                    + Points.format(alone.max() - alone.min()) + ")");
        }
    }

    /** Notes the part of the whole range ({@code min} to {@code max}) that only the unknown facts together reach. */
    void together(double min, double max) {
        if (min < explainedMin || max > explainedMax) {
            String facts = String.join(" and ", unknownFacts);
            tally.note(ReasonCode.UNKNOWN_FACT, () -> facts + " unknown: " + Points.format(min) + " to "
                    + Points.format(max) + " depending on them together (range +" + Points.format(max - min) + ")");
        }
    }
}
