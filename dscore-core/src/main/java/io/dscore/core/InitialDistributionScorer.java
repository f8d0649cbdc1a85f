package io.dscore.core;

import io.dscore.api.Component;
import io.dscore.api.Fact;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;

/**
 * Scores Initial distribution: how fairly the first supply of a coin reached its holders.
 *
 * <p>The insider share is {@code insider_allocation_pct + dev_fund_pct} (capped at 100; an unknown dev fund
 * counts as 0), graded by the step table {@link #INSIDER_SHARE}. A quantity grades; a label only sets a default.
 *
 * <p>A chain (layer 1 or 2):
 * <ol>
 *   <li>With a known {@code insider_allocation_pct}, the share grades, whatever the launch type and funding (a
 *       chain fork's share is the one it inherited; investors are counted inside the share).</li>
 *   <li>Otherwise venture or private funding ({@code vc_funded YES}) gives 0: the investors' allocation is
 *       unknown, and funded chains with a known share mostly hold over 20% for insiders.</li>
 *   <li>Otherwise the launch type sets the assumed insider share: none for a fair launch or tokenized asset (by
 *       definition); {@link #ASSUMED_SHARE} for a chain fork or an unknown launch (the median known share); every
 *       sale, airdrop, premine, auction and {@code OTHER} gives 0.</li>
 * </ol>
 *
 * <p>A token: the launch type sets a ceiling (a fair launch or tokenized asset the maximum, an unknown launch
 * {@link #TOKEN_UNKNOWN_LAUNCH}, every other launch 0); venture funding gives 0; a known share caps the ceiling.
 * For tokens the label decides more than the share: a token minted against a bought asset is held by its buyers,
 * while a known share of 0 on an airdropped or premined token does not make its distribution fair.
 *
 * <p>Unknown facts: unknown funding counts as not funded (most coins whose launch leaves points open are not); the
 * range covers every launch type, both fundings and shares from 0 to 100%. A larger insider share or funding never
 * raises the points.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class InitialDistributionScorer extends RuleScorer {

    static final double OPEN_LAUNCH = 25;
    static final double NO_POINTS = 0;
    static final double ASSUMED_SHARE = 16.5;
    static final double TOKEN_UNKNOWN_LAUNCH = 13;

    /** The points set by the insider share in percent (genesis allocation plus dev fund). */
    static final StepTable INSIDER_SHARE = StepTable.atMost(
            new double[] {1, 10, 20}, new double[] {OPEN_LAUNCH, 13, 6}, NO_POINTS);

    private static final Double NONE = 0.0;
    private static final Double ALL = 100.0;

    static final Rules RULES = new Rules(Component.INITIAL_DISTRIBUTION, InitialDistributionScorer::evaluate,
            Input.known(Fact.LAYER),
            Input.word(Fact.LAUNCH_TYPE, LaunchType.UNKNOWN),
            Input.ranked(Fact.VC_FUNDED, VcFunding.UNKNOWN, VcFunding.YES, VcFunding.NO),
            Input.quantity(Fact.INSIDER_ALLOCATION_PCT, ALL, NONE),
            Input.quantity(Fact.DEV_FUND_PCT, ALL, NONE));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public InitialDistributionScorer() {
        super(RULES);
    }

    static void evaluate(Facts f, Tally tally) {
        LaunchType launch = f.get(Fact.LAUNCH_TYPE);
        Double insider = f.get(Fact.INSIDER_ALLOCATION_PCT);
        Double dev = f.get(Fact.DEV_FUND_PCT);
        boolean funded = f.get(Fact.VC_FUNDED) == VcFunding.YES;
        if (f.get(Fact.LAYER) == Layer.TOKEN) {
            double ceiling = launch == LaunchType.FAIR_LAUNCH || launch == LaunchType.TOKENIZED_ASSET ? OPEN_LAUNCH
                    : launch == LaunchType.UNKNOWN ? TOKEN_UNKNOWN_LAUNCH : NO_POINTS;
            tally.base(code(launch), ceiling, () -> "launch_type " + launch + " on a token: up to "
                    + Points.format(ceiling) + " of " + Points.format(Component.INITIAL_DISTRIBUTION.max()));
            if (funded) {
                tally.cap(ReasonCode.INITIAL_VC_FUNDED, NO_POINTS,
                        () -> "vc_funded YES: investors bought in before the public, " + Points.format(NO_POINTS));
            } else if (insider != null || dev != null) {
                double share = share(insider != null ? insider : 0, dev);
                tally.cap(ReasonCode.INITIAL_INSIDER_SHARE, INSIDER_SHARE.at(share), () -> shareText(insider, dev, share));
            }
        } else if (insider != null) {
            double share = share(insider, dev);
            tally.base(ReasonCode.INITIAL_INSIDER_SHARE, INSIDER_SHARE.at(share),
                    () -> shareText(insider, dev, share) + ", whatever the launch (" + launch + ")");
        } else if (funded) {
            tally.base(ReasonCode.INITIAL_VC_FUNDED, NO_POINTS, () -> "vc_funded YES and insider_allocation_pct "
                    + "unknown: the investors' allocation is unknown, " + Points.format(NO_POINTS));
        } else {
            double assumed = launch == LaunchType.FAIR_LAUNCH || launch == LaunchType.TOKENIZED_ASSET ? 0
                    : launch == LaunchType.CHAIN_FORK || launch == LaunchType.UNKNOWN ? ASSUMED_SHARE : ALL;
            double share = share(assumed, dev);
            tally.base(code(launch), INSIDER_SHARE.at(share), () -> "launch_type " + launch
                    + " and insider_allocation_pct unknown: insider share assumed " + Points.format(assumed) + "%"
                    + (dev != null ? " + dev_fund_pct " + Points.format(dev) : "") + " (" + INSIDER_SHARE.rowOf(share)
                    + "), " + Points.format(INSIDER_SHARE.at(share)));
        }
    }

    private static double share(double insider, Double dev) {
        return Math.min(100, insider + (dev != null ? dev : 0));
    }

    private static ReasonCode code(LaunchType launch) {
        switch (launch) {
            case FAIR_LAUNCH:
            case TOKENIZED_ASSET:
                return ReasonCode.INITIAL_OPEN_LAUNCH;
            case UNKNOWN:
                return ReasonCode.INITIAL_LAUNCH_UNKNOWN;
            case CHAIN_FORK:
                return ReasonCode.INITIAL_CHAIN_FORK;
            default:
                return ReasonCode.INITIAL_SOLD_OR_ALLOCATED;
        }
    }

    private static String shareText(Double insider, Double dev, double share) {
        return (insider != null ? "insider_allocation_pct " + Points.format(insider) : "insider_allocation_pct unknown")
                + (dev != null ? " + dev_fund_pct " + Points.format(dev) : "") + " = insider share "
                + Points.format(share) + "% (" + INSIDER_SHARE.rowOf(share) + "): "
                + Points.format(INSIDER_SHARE.at(share));
    }
}
