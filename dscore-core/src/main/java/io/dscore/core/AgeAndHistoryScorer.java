package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Scores Age and history (0-15): how long a coin has run, less points for a troubled history.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Whole years since launch, {@code asOf.getYear() - launchYear}, set the start: 13 or more: 15; 11-12: 14;
 *       6-10: 13; 5: 11; 3-4: 9; 1-2: 7; 0: 4. An unknown launch year gives 5.</li>
 *   <li>Major incidents take off one point per two incidents ({@code incidents / 2}, rounded down), at most 5,
 *       never below 0. Unknown incidents take nothing off; the range covers any number.</li>
 * </ol>
 * An earlier launch never lowers the points; more incidents never raise them.
 *
 * <p>A launch year after the as-of date is rejected with an {@link IllegalArgumentException}.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class AgeAndHistoryScorer implements ComponentScorer {

    static final double UNKNOWN_YEAR_POINTS = 5;
    static final int MAX_INCIDENT_DEDUCTION = 5;
    static final String LAUNCH_AFTER_AS_OF = "launchYear must not be after the as-of date %s (was %d)";

    /** Points by whole years since launch. */
    static final StepTable YEARS = StepTable.atLeast(
            new double[] {13, 11, 6, 5, 3, 1, 0}, new double[] {15, 14, 13, 11, 9, 7, 4}, 0);

    private static final OptionalInt FIRST_YEAR = OptionalInt.of(2008);
    private static final List<OptionalInt> INCIDENT_EXTREMES = List.of(OptionalInt.of(0), OptionalInt.of(Integer.MAX_VALUE));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public AgeAndHistoryScorer() {
    }

    @Override
    public Component component() {
        return Component.AGE_AND_HISTORY;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the coin's launch year is after {@code asOf}'s year
     */
    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        OptionalInt year = coin.launchYear();
        OptionalInt incidents = coin.incidents();
        int asOfYear = asOf.getYear();
        if (year.isPresent() && year.getAsInt() > asOfYear) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, LAUNCH_AFTER_AS_OF, asOf, year.getAsInt()));
        }
        Tally tally = Tally.explaining();
        evaluate(year, incidents, asOfYear, tally);
        Range range = new Range(tally.points());
        List<OptionalInt> years = year.isPresent() ? List.of(year) : List.of(FIRST_YEAR, OptionalInt.of(asOfYear));
        List<OptionalInt> counts = incidents.isPresent() ? List.of(incidents) : INCIDENT_EXTREMES;
        for (OptionalInt y : years) {
            for (OptionalInt i : counts) {
                range.include(silent(y, i, asOfYear));
            }
        }
        if (range.wide()) {
            Range alone = new Range(tally.points());
            for (OptionalInt y : years) {
                alone.include(silent(y, incidents, asOfYear));
            }
            Unknowns.note(tally, "launchYear", year.isEmpty(), alone);
            alone = new Range(tally.points());
            for (OptionalInt i : counts) {
                alone.include(silent(year, i, asOfYear));
            }
            Unknowns.note(tally, "incidents", incidents.isEmpty(), alone);
        }
        return tally.result(Component.AGE_AND_HISTORY, range);
    }

    private static double silent(OptionalInt year, OptionalInt incidents, int asOfYear) {
        Tally tally = Tally.silent();
        evaluate(year, incidents, asOfYear, tally);
        return tally.points();
    }

    static void evaluate(OptionalInt year, OptionalInt incidents, int asOfYear, Tally tally) {
        if (year.isPresent()) {
            int launched = year.getAsInt();
            int years = asOfYear - launched;
            tally.base(ReasonCode.AGE_YEARS_SINCE_LAUNCH, YEARS.at(years),
                    () -> "launchYear " + launched + ": " + years + (years == 1 ? " year" : " years") + " by "
                            + asOfYear + " (" + YEARS.rowOf(years) + "), " + Points.format(YEARS.at(years))
                            + " of 15");
        } else {
            tally.base(ReasonCode.AGE_LAUNCH_YEAR_UNKNOWN, UNKNOWN_YEAR_POINTS,
                    () -> "launchYear unknown: " + Points.format(UNKNOWN_YEAR_POINTS) + " of 15");
        }
        if (incidents.isPresent()) {
            int count = incidents.getAsInt();
            int deduction = Math.min(MAX_INCIDENT_DEDUCTION, count / 2);
            tally.deduct(ReasonCode.AGE_INCIDENTS, deduction,
                    () -> "incidents " + count + ": " + (deduction == 0 ? "no deduction"
                            : "-" + deduction + " (one per two incidents, at most " + MAX_INCIDENT_DEDUCTION + ")"));
        }
    }
}
