package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Reason;
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
 *   <li>Major incidents beyond the first take off one point per two ({@code (incidents - 1) / 2}, rounded
 *       down: 1 or 2 incidents nothing, 3 or 4 one point, 7 three), at most 5, never below 0. One incident is
 *       not yet a troubled history. Unknown incidents take nothing off; the range covers any number.</li>
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
    private static final OptionalInt[] INCIDENT_EXTREMES = {OptionalInt.of(0), OptionalInt.of(Integer.MAX_VALUE)};

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
        return score(coin, asOf, Tally.silent());
    }

    /** Scores with {@code scratch}, a silent tally, as the scratch space of the range search. */
    ComponentScore score(Coin coin, LocalDate asOf, Tally scratch) {
        OptionalInt year = coin.launchYear();
        OptionalInt incidents = coin.incidents();
        int asOfYear = asOf.getYear();
        if (year.isPresent() && year.getAsInt() > asOfYear) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, LAUNCH_AFTER_AS_OF, asOf, year.getAsInt()));
        }
        double points = silent(scratch, year, incidents, asOfYear);
        searchRange(year, incidents, asOfYear, points, scratch);
        return ComponentScore.withLazyReasons(Component.AGE_AND_HISTORY, points, scratch.min(), scratch.max(),
                () -> explain(coin, asOfYear));
    }

    /** The reasons for the points {@link #score} gives: the rules that applied, then the unknown facts. */
    static List<Reason> explain(Coin coin, int asOfYear) {
        OptionalInt year = coin.launchYear();
        OptionalInt incidents = coin.incidents();
        Tally tally = Tally.explaining();
        evaluate(year, incidents, asOfYear, tally);
        Tally scratch = Tally.silent();
        searchRange(year, incidents, asOfYear, tally.points(), scratch);
        if (scratch.wide()) {
            Unknowns unknowns = new Unknowns(tally);
            Range alone = new Range(tally.points());
            for (int y = 0; y < yearCount(year); y++) {
                alone.include(silent(scratch, yearCandidate(year, asOfYear, y), incidents, asOfYear));
            }
            unknowns.note("launchYear", year.isEmpty(), alone);
            alone = new Range(tally.points());
            for (int i = 0; i < incidentCount(incidents); i++) {
                alone.include(silent(scratch, year, incidentCandidate(incidents, i), asOfYear));
            }
            unknowns.note("incidents", incidents.isEmpty(), alone);
            unknowns.together(scratch.min(), scratch.max());
        }
        return tally.reasons();
    }

    /** Finds the lowest and highest points over the values the coin's unknown facts could take. */
    private static void searchRange(OptionalInt year, OptionalInt incidents, int asOfYear, double points,
                                    Tally scratch) {
        scratch.startRange(points);
        for (int y = 0; y < yearCount(year); y++) {
            for (int i = 0; i < incidentCount(incidents); i++) {
                scratch.include(silent(scratch, yearCandidate(year, asOfYear, y), incidentCandidate(incidents, i),
                        asOfYear));
            }
        }
    }

    // Candidate values of unknown facts, by index, without allocating: a known fact is its only candidate.

    /** An unknown launch year: 2008 to the as-of year. */
    private static int yearCount(OptionalInt year) {
        return year.isPresent() ? 1 : 2;
    }

    private static OptionalInt yearCandidate(OptionalInt year, int asOfYear, int index) {
        if (year.isPresent()) {
            return year;
        }
        return index == 0 ? FIRST_YEAR : OptionalInt.of(asOfYear);
    }

    /** Unknown incidents: none to very many. */
    private static int incidentCount(OptionalInt incidents) {
        return incidents.isPresent() ? 1 : INCIDENT_EXTREMES.length;
    }

    private static OptionalInt incidentCandidate(OptionalInt incidents, int index) {
        return incidents.isPresent() ? incidents : INCIDENT_EXTREMES[index];
    }

    private static double silent(Tally scratch, OptionalInt year, OptionalInt incidents, int asOfYear) {
        evaluate(year, incidents, asOfYear, scratch.restart());
        return scratch.points();
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
            int deduction = Math.min(MAX_INCIDENT_DEDUCTION, Math.max(0, count - 1) / 2);
            tally.deduct(ReasonCode.AGE_INCIDENTS, deduction,
                    () -> "incidents " + count + ": " + (deduction == 0 ? "no deduction"
                            : "-" + deduction + " (one per two incidents beyond the first, at most "
                                    + MAX_INCIDENT_DEDUCTION + ")"));
        }
    }
}
