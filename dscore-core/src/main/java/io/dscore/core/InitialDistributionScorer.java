package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Fact;
import io.dscore.api.LaunchType;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import java.time.LocalDate;

/**
 * Scores Initial distribution: how fairly the first supply of a coin reached its holders.
 *
 * <p>Rules, in order (the points are the constants of this class):
 * <ol>
 *   <li>The launch type sets the start: {@code FAIR_LAUNCH} and {@code TOKENIZED_ASSET} the maximum;
 *       {@code UNKNOWN} the maximum too (no sale on record; the range goes down to 0); {@code CHAIN_FORK} less
 *       (copied balances reward the forked chain's early holders); every sale, airdrop, premine, parachain
 *       auction and {@code OTHER} 0.</li>
 *   <li>The insider share, {@code insider_allocation_pct + dev_fund_pct} (capped at 100), caps the points by
 *       the step table {@link #INSIDER_SHARE}. An unknown share counts as 0, except for a chain fork, whose
 *       unknown share of copied insider balances counts as {@link #CHAIN_FORK_ASSUMED_SHARE}.</li>
 *   <li>Venture or private funding ({@code vc_funded YES}), or unknown funding, sets 0.</li>
 * </ol>
 * VC funding or a larger insider share never raises the points.
 *
 * <p>Unknown facts: an unknown launch type ranges over every launch type; unknown funding over yes and no;
 * an unknown share over 0 to 100%.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class InitialDistributionScorer implements ComponentScorer {

    static final double OPEN_LAUNCH_POINTS = 25;
    static final double CHAIN_FORK_POINTS = 13;
    static final double CHAIN_FORK_ASSUMED_SHARE = 15;

    /** The cap set by the insider share in percent (genesis allocation plus dev fund). */
    static final StepTable INSIDER_SHARE = StepTable.atMost(
            new double[] {1, 10, 20}, new double[] {OPEN_LAUNCH_POINTS, 13, 6}, 0);

    private static final Double NONE = 0.0;
    private static final Double ALL = 100.0;

    static final Rules RULES = new Rules(Component.INITIAL_DISTRIBUTION, InitialDistributionScorer::evaluate,
            Input.word(Fact.LAUNCH_TYPE, LaunchType.UNKNOWN),
            Input.word(Fact.VC_FUNDED, VcFunding.UNKNOWN),
            Input.quantity(Fact.INSIDER_ALLOCATION_PCT, f -> NONE, f -> ALL),
            Input.quantity(Fact.DEV_FUND_PCT, f -> NONE, f -> ALL));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public InitialDistributionScorer() {
    }

    @Override
    public Component component() {
        return Component.INITIAL_DISTRIBUTION;
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        return RULES.score(coin, asOf);
    }

    static void evaluate(Facts f, Tally tally) {
        LaunchType launch = f.get(Fact.LAUNCH_TYPE);
        VcFunding vc = f.get(Fact.VC_FUNDED);
        Double insider = f.get(Fact.INSIDER_ALLOCATION_PCT);
        Double dev = f.get(Fact.DEV_FUND_PCT);
        String max = Points.format(Component.INITIAL_DISTRIBUTION.max());
        if (launch == LaunchType.FAIR_LAUNCH || launch == LaunchType.TOKENIZED_ASSET) {
            tally.base(ReasonCode.INITIAL_OPEN_LAUNCH, OPEN_LAUNCH_POINTS,
                    () -> "launch_type " + launch + ": no sale, up to " + Points.format(OPEN_LAUNCH_POINTS) + " of " + max);
        } else if (launch == LaunchType.UNKNOWN) {
            tally.base(ReasonCode.INITIAL_LAUNCH_UNKNOWN, OPEN_LAUNCH_POINTS,
                    () -> "launch_type UNKNOWN: no sale on record, up to " + Points.format(OPEN_LAUNCH_POINTS) + " of " + max);
        } else if (launch == LaunchType.CHAIN_FORK) {
            tally.base(ReasonCode.INITIAL_CHAIN_FORK, CHAIN_FORK_POINTS,
                    () -> "launch_type CHAIN_FORK: copied another chain's balances, up to "
                            + Points.format(CHAIN_FORK_POINTS) + " of " + max);
        } else {
            tally.base(ReasonCode.INITIAL_SOLD_OR_ALLOCATED, 0, () -> launch == LaunchType.OTHER
                    ? "launch_type OTHER: no open launch on record, 0 of " + max
                    : "launch_type " + launch + ": supply sold, handed out or allocated by insiders, 0 of " + max);
            return;
        }
        boolean fork = launch == LaunchType.CHAIN_FORK;
        if (insider != null || dev != null || fork) {
            double share = Math.min(100, (insider != null ? insider : fork ? CHAIN_FORK_ASSUMED_SHARE : 0)
                    + (dev != null ? dev : 0));
            tally.cap(ReasonCode.INITIAL_INSIDER_SHARE, INSIDER_SHARE.at(share),
                    () -> shareText(insider, dev, fork, share));
        }
        if (vc != VcFunding.NO) {
            tally.cap(ReasonCode.INITIAL_VC_FUNDED, 0, () -> vc == VcFunding.YES
                    ? "vc_funded YES: investors bought in before the public, 0"
                    : "vc_funded UNKNOWN: counted as funded, 0");
        }
    }

    private static String shareText(Double insider, Double dev, boolean fork, double share) {
        String parts = (insider != null ? "insider_allocation_pct " + Points.format(insider)
                : fork ? "insider_allocation_pct unknown (fork: assumed " + Points.format(CHAIN_FORK_ASSUMED_SHARE) + ")"
                : "insider_allocation_pct unknown (assumed 0)")
                + (dev != null ? " + dev_fund_pct " + Points.format(dev) : "");
        return parts + " = insider share " + Points.format(share) + "% (" + INSIDER_SHARE.rowOf(share)
                + "): at most " + Points.format(INSIDER_SHARE.at(share));
    }
}
