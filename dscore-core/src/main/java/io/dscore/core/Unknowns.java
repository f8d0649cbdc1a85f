package io.dscore.core;

import io.dscore.api.Fact;
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

    /** Notes an unknown {@code fact}, and what it changes on its own ({@code alone}: the other facts fixed). */
    void note(Fact fact, Range alone) {
        unknownFacts.add(fact.column());
        if (alone.wide()) {
            double min = alone.min();
            double max = alone.max();
            explainedMin = Math.min(explainedMin, min);
            explainedMax = Math.max(explainedMax, max);
            tally.note(ReasonCode.UNKNOWN_FACT, () -> fact.column() + " unknown: " + Points.format(min)
                    + " to " + Points.format(max) + " depending on it (range +" + Points.format(max - min) + ")");
        }
    }

    /** Notes the part of the whole range that only the unknown facts together reach. */
    void together(Range whole) {
        double min = whole.min();
        double max = whole.max();
        if (min < explainedMin || max > explainedMax) {
            String facts = String.join(" and ", unknownFacts);
            tally.note(ReasonCode.UNKNOWN_FACT, () -> facts + " unknown: " + Points.format(min) + " to "
                    + Points.format(max) + " depending on them together (range +" + Points.format(max - min) + ")");
        }
    }
}
