package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.LaunchType;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores Initial distribution (0-25): how fairly the first supply of a coin reached its holders.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>The launch type sets the start: {@code FAIR_LAUNCH} and {@code TOKENIZED_ASSET} 25; {@code UNKNOWN} 25
 *       (no sale on record; the range goes down to 0); {@code CHAIN_FORK} 13 (copied balances reward the
 *       forked chain's early holders); every sale, airdrop, premine, parachain auction and {@code OTHER} 0.</li>
 *   <li>The insider share, {@code insiderAllocationPct + devFundPct} (capped at 100), caps the points: up to 1%:
 *       25; up to 10%: 13; up to 20%: 6; more: 0. An unknown share counts as 0, except for a chain fork, whose
 *       unknown share of copied insider balances counts as 15% (so 6 points).</li>
 *   <li>Venture or private funding ({@code vcFunded YES}), or unknown funding, sets 0.</li>
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
            new double[] {1, 10, 20}, new double[] {25, 13, 6}, 0);

    private static final Set<LaunchType> OPEN_LAUNCHES = EnumSet.of(LaunchType.FAIR_LAUNCH, LaunchType.TOKENIZED_ASSET);
    private static final LaunchType[] KNOWN_LAUNCHES =
            EnumSet.complementOf(EnumSet.of(LaunchType.UNKNOWN)).toArray(new LaunchType[0]);
    private static final VcFunding[] KNOWN_FUNDING = {VcFunding.YES, VcFunding.NO};
    private static final OptionalDouble[] SHARE_EXTREMES = {OptionalDouble.of(0), OptionalDouble.of(100)};

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public InitialDistributionScorer() {
    }

    @Override
    public Component component() {
        return Component.INITIAL_DISTRIBUTION;
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        return score(coin, asOf, Tally.silent());
    }

    /** Scores with {@code scratch}, a silent tally, as the scratch space of the range search. */
    ComponentScore score(Coin coin, LocalDate asOf, Tally scratch) {
        Objects.requireNonNull(asOf, "asOf");
        double points = silent(scratch, coin.launchType(), coin.vcFunded(), coin.insiderAllocationPct(),
                coin.devFundPct());
        searchRange(coin, points, scratch);
        return ComponentScore.withLazyReasons(Component.INITIAL_DISTRIBUTION, points, scratch.min(),
                scratch.max(), () -> explain(coin));
    }

    /** The reasons for the points {@link #score} gives: the rules that applied, then the unknown facts. */
    static List<Reason> explain(Coin coin) {
        LaunchType launch = coin.launchType();
        VcFunding vc = coin.vcFunded();
        OptionalDouble insider = coin.insiderAllocationPct();
        OptionalDouble dev = coin.devFundPct();
        Tally tally = Tally.explaining();
        evaluate(launch, vc, insider, dev, tally);
        Tally scratch = Tally.silent();
        searchRange(coin, tally.points(), scratch);
        if (scratch.wide()) {
            Unknowns unknowns = new Unknowns(tally);
            Range alone = new Range(tally.points());
            for (int l = 0; l < launchCount(launch); l++) {
                alone.include(silent(scratch, launchCandidate(launch, l), vc, insider, dev));
            }
            unknowns.note("launchType", launch == LaunchType.UNKNOWN, alone);
            alone = new Range(tally.points());
            for (int v = 0; v < fundingCount(vc); v++) {
                alone.include(silent(scratch, launch, fundingCandidate(vc, v), insider, dev));
            }
            unknowns.note("vcFunded", vc == VcFunding.UNKNOWN, alone);
            alone = new Range(tally.points());
            for (int i = 0; i < shareCount(insider); i++) {
                alone.include(silent(scratch, launch, vc, shareCandidate(insider, i), dev));
            }
            unknowns.note("insiderAllocationPct", insider.isEmpty(), alone);
            alone = new Range(tally.points());
            for (int d = 0; d < shareCount(dev); d++) {
                alone.include(silent(scratch, launch, vc, insider, shareCandidate(dev, d)));
            }
            unknowns.note("devFundPct", dev.isEmpty(), alone);
            unknowns.together(scratch.min(), scratch.max());
        }
        return tally.reasons();
    }

    /** Finds the lowest and highest points over the values the coin's unknown facts could take. */
    private static void searchRange(Coin coin, double points, Tally scratch) {
        LaunchType launch = coin.launchType();
        VcFunding vc = coin.vcFunded();
        OptionalDouble insider = coin.insiderAllocationPct();
        OptionalDouble dev = coin.devFundPct();
        scratch.startRange(points);
        for (int l = 0; l < launchCount(launch); l++) {
            for (int v = 0; v < fundingCount(vc); v++) {
                for (int i = 0; i < shareCount(insider); i++) {
                    for (int d = 0; d < shareCount(dev); d++) {
                        scratch.include(silent(scratch, launchCandidate(launch, l), fundingCandidate(vc, v),
                                shareCandidate(insider, i), shareCandidate(dev, d)));
                    }
                }
            }
        }
    }

    // Candidate values of unknown facts, by index, without allocating: a known fact is its only candidate.

    private static int launchCount(LaunchType launch) {
        return launch == LaunchType.UNKNOWN ? KNOWN_LAUNCHES.length : 1;
    }

    private static LaunchType launchCandidate(LaunchType launch, int index) {
        return launch == LaunchType.UNKNOWN ? KNOWN_LAUNCHES[index] : launch;
    }

    private static int fundingCount(VcFunding vc) {
        return vc == VcFunding.UNKNOWN ? KNOWN_FUNDING.length : 1;
    }

    private static VcFunding fundingCandidate(VcFunding vc, int index) {
        return vc == VcFunding.UNKNOWN ? KNOWN_FUNDING[index] : vc;
    }

    /** An unknown share: 0 to 100%. */
    private static int shareCount(OptionalDouble share) {
        return share.isPresent() ? 1 : SHARE_EXTREMES.length;
    }

    private static OptionalDouble shareCandidate(OptionalDouble share, int index) {
        return share.isPresent() ? share : SHARE_EXTREMES[index];
    }

    private static double silent(Tally scratch, LaunchType launch, VcFunding vc, OptionalDouble insider,
                                 OptionalDouble dev) {
        evaluate(launch, vc, insider, dev, scratch.restart());
        return scratch.points();
    }

    static void evaluate(LaunchType launch, VcFunding vc, OptionalDouble insider, OptionalDouble dev, Tally tally) {
        if (OPEN_LAUNCHES.contains(launch)) {
            tally.base(ReasonCode.INITIAL_OPEN_LAUNCH, OPEN_LAUNCH_POINTS,
                    () -> "launchType " + launch + ": no sale, up to 25 of 25");
        } else if (launch == LaunchType.UNKNOWN) {
            tally.base(ReasonCode.INITIAL_LAUNCH_UNKNOWN, OPEN_LAUNCH_POINTS,
                    () -> "launchType UNKNOWN: no sale on record, up to 25 of 25");
        } else if (launch == LaunchType.CHAIN_FORK) {
            tally.base(ReasonCode.INITIAL_CHAIN_FORK, CHAIN_FORK_POINTS,
                    () -> "launchType CHAIN_FORK: copied another chain's balances, up to "
                            + Points.format(CHAIN_FORK_POINTS) + " of 25");
        } else {
            tally.base(ReasonCode.INITIAL_SOLD_OR_ALLOCATED, 0, () -> launch == LaunchType.OTHER
                    ? "launchType OTHER: no open launch on record, 0 of 25"
                    : "launchType " + launch + ": supply sold, handed out or allocated by insiders, 0 of 25");
            return;
        }
        boolean fork = launch == LaunchType.CHAIN_FORK;
        if (insider.isPresent() || dev.isPresent() || fork) {
            double share = Math.min(100,
                    insider.orElse(fork ? CHAIN_FORK_ASSUMED_SHARE : 0) + dev.orElse(0));
            tally.cap(ReasonCode.INITIAL_INSIDER_SHARE, INSIDER_SHARE.at(share),
                    () -> shareText(insider, dev, fork, share));
        }
        if (vc != VcFunding.NO) {
            tally.cap(ReasonCode.INITIAL_VC_FUNDED, 0, () -> vc == VcFunding.YES
                    ? "vcFunded YES: investors bought in before the public, 0"
                    : "vcFunded UNKNOWN: counted as funded, 0");
        }
    }

    private static String shareText(OptionalDouble insider, OptionalDouble dev, boolean fork, double share) {
        String parts = (insider.isPresent() ? "insiderAllocationPct " + Points.format(insider.getAsDouble())
                : fork ? "insiderAllocationPct unknown (fork: assumed " + Points.format(CHAIN_FORK_ASSUMED_SHARE) + ")"
                : "insiderAllocationPct unknown (assumed 0)")
                + (dev.isPresent() ? " + devFundPct " + Points.format(dev.getAsDouble()) : "");
        return parts + " = insider share " + Points.format(share) + "% (" + INSIDER_SHARE.rowOf(share)
                + "): at most " + Points.format(INSIDER_SHARE.at(share));
    }
}
