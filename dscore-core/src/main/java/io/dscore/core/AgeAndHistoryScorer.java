package io.dscore.core;

import io.dscore.api.Component;
import io.dscore.api.Fact;
import io.dscore.api.InvalidFactException;
import io.dscore.api.ReasonCode;
import java.util.List;

/**
 * Scores Age and history: how long a coin has run, less points for a troubled history.
 *
 * <p>Rules, in order (the points are the constants of this class):
 * <ol>
 *   <li>Whole years since launch, {@code asOf.getYear() - launch_year}, set the start by the step table
 *       {@link #YEARS}; an unknown launch year gives {@link #UNKNOWN_YEAR_POINTS}.</li>
 *   <li>Major incidents beyond the first take off one point per two ({@code (incidents - 1) / 2}, rounded
 *       down), at most {@link #MAX_INCIDENT_DEDUCTION}, never below 0. One incident is not yet a troubled
 *       history. Unknown incidents take nothing off; the range covers any number.</li>
 * </ol>
 * An earlier launch never lowers the points; more incidents never raise them.
 *
 * <p>A launch year after the as-of date is rejected with an {@link InvalidFactException}.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class AgeAndHistoryScorer extends RuleScorer {

    static final double UNKNOWN_YEAR_POINTS = 5;
    static final int MAX_INCIDENT_DEDUCTION = 5;

    /** Points by whole years since launch. */
    static final StepTable YEARS = StepTable.atLeast(
            new double[] {13, 11, 6, 5, 3, 1, 0}, new double[] {15, 14, 13, 11, 9, 7, 4}, 0);

    /** The year of the Bitcoin white paper: the earliest launch. */
    private static final Integer FIRST_YEAR = 2008;

    static final Rules RULES = new Rules(Component.AGE_AND_HISTORY, AgeAndHistoryScorer::evaluate,
            Input.quantity(Fact.LAUNCH_YEAR, f -> List.of(f.asOfYear(), FIRST_YEAR)),
            Input.quantity(Fact.INCIDENTS, Integer.MAX_VALUE, 0));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public AgeAndHistoryScorer() {
        super(RULES);
    }

    static void evaluate(Facts f, Tally tally) {
        Integer year = f.get(Fact.LAUNCH_YEAR);
        Integer incidents = f.get(Fact.INCIDENTS);
        int asOfYear = f.asOfYear();
        if (year != null) {
            if (year > asOfYear) {
                throw new InvalidFactException(Fact.LAUNCH_YEAR, year.toString(),
                        "must not be after the as-of date " + f.asOf());
            }
            int years = asOfYear - year;
            tally.base(ReasonCode.AGE_YEARS_SINCE_LAUNCH, YEARS.at(years),
                    () -> "launch_year " + year + ": " + years + (years == 1 ? " year" : " years") + " by "
                            + asOfYear + " (" + YEARS.rowOf(years) + "), " + outOfMax(YEARS.at(years)));
        } else {
            tally.base(ReasonCode.AGE_LAUNCH_YEAR_UNKNOWN, UNKNOWN_YEAR_POINTS,
                    () -> "launch_year unknown: " + outOfMax(UNKNOWN_YEAR_POINTS));
        }
        if (incidents != null) {
            int deduction = Math.min(MAX_INCIDENT_DEDUCTION, Math.max(0, incidents - 1) / 2);
            tally.deduct(ReasonCode.AGE_INCIDENTS, deduction,
                    () -> "incidents " + incidents + ": " + (deduction == 0 ? "no deduction"
                            : "-" + deduction + " (one per two incidents beyond the first, at most "
                                    + MAX_INCIDENT_DEDUCTION + ")"));
        }
    }

    private static String outOfMax(double points) {
        return Points.format(points) + " of " + Points.format(Component.AGE_AND_HISTORY.max());
    }
}
