package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.Consensus;
import io.dscore.api.Fact;
import io.dscore.api.InvalidFactException;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import io.dscore.api.SharedSecurity;
import io.dscore.core.metrics.Distribution;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Scores Node distribution: how widely the production of a coin's own blocks is spread.
 *
 * <p>Rules, in order (the points are the constants of this class):
 * <ol>
 *   <li>No block producers of its own (a {@code LAYER_2}, a {@code TOKEN}, or consensus {@code NONE}): 0.</li>
 *   <li>Block production secured by another chain ({@code shared_security YES}, a parachain): a fixed share.</li>
 *   <li>Proof of work: the maximum, capped by concentration: a Nakamoto coefficient or producer count of 2 or
 *       1 caps it ({@link #POW_CONCENTRATION}).</li>
 *   <li>Stake-based ({@code POS}, {@code BFT}, {@code DPOS}, {@code OTHER}): up to a stake maximum, capped by
 *       the producer count and by the Nakamoto coefficient (two step tables). A producer count without a
 *       Nakamoto coefficient earns at most a cap of its own: the count alone does not show the stake is spread.
 *       With neither known, {@code POS} and {@code BFT} get one default, {@code DPOS} and {@code OTHER} a
 *       lower one (delegated sets are small).</li>
 *   <li>Proof of authority ({@code POA}): up to a small maximum, capped by the same tables.</li>
 * </ol>
 * More producers or a higher Nakamoto coefficient never lower the points.
 *
 * <p>Producer shares: when {@link Coin#producerShares()} is given, the producer count is the number of positive
 * shares and the Nakamoto coefficient is computed from them ({@link Distribution#size()} and
 * {@link Distribution#nakamotoCoefficient()}: the fewest producers holding strictly more than half); the rules
 * above then apply unchanged. The reasons quote the concentration (largest producer's share, Gini coefficient,
 * Herfindahl-Hirschman index), which does not change the points. A {@code nakamoto_coefficient} other than the
 * one the shares give is rejected with an {@link InvalidFactException}.
 *
 * <p>Unknown facts: {@code shared_security} unknown counts as yes when the chain names a {@code host_chain} (the
 * chains that do are parachains), and the range covers both; without a host chain it is no (no chain to share
 * security with). An unknown producer count ranges from the
 * Nakamoto coefficient (or 0) upwards; an unknown Nakamoto coefficient from 1 to the producer count.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class NodeDistributionScorer extends RuleScorer {

    static final double SHARED_SECURITY_POINTS = 5;
    static final double POW_MAX = 30;
    static final double STAKE_MAX = 28;
    static final double AUTHORITY_MAX = 8;
    static final double UNCONFIRMED_SPREAD_CAP = 26;
    static final double STAKE_DEFAULT = 20;
    static final double DELEGATED_DEFAULT = 10;

    /** Proof of work: the cap set by a producer count or a Nakamoto coefficient. */
    static final StepTable POW_CONCENTRATION = StepTable.atLeast(
            new double[] {3, 2, 1}, new double[] {POW_MAX, 22, 14}, 0);
    /** Stake-based and authority chains: the cap set by the number of independent producers. */
    static final StepTable STAKE_PRODUCERS = StepTable.atLeast(
            new double[] {300, 100, 10, 1}, new double[] {STAKE_MAX, 18, 5, 2}, 0);
    /** Stake-based and authority chains: the cap set by the Nakamoto coefficient. */
    static final StepTable STAKE_NAKAMOTO = StepTable.atLeast(
            new double[] {10, 5, 3, 2, 1}, new double[] {STAKE_MAX, 18, 10, 5, 2}, 0);

    /** A producer count or Nakamoto coefficient beyond every table's first row. */
    private static final Integer MANY = Integer.MAX_VALUE;

    static final Rules RULES = new Rules(Component.NODE_DISTRIBUTION, NodeDistributionScorer::evaluate,
            Input.known(Fact.LAYER), Input.known(Fact.CONSENSUS), Input.known(Fact.HOST_CHAIN),
            Input.known(Fact.PRODUCER_SHARES),
            Input.word(Fact.SHARED_SECURITY, SharedSecurity.UNKNOWN).onlyIf(f -> f.get(Fact.HOST_CHAIN) != null),
            Input.quantity(Fact.BLOCK_PRODUCERS,
                    f -> List.of(f.get(Fact.NAKAMOTO_COEFFICIENT) == null ? 0 : f.get(Fact.NAKAMOTO_COEFFICIENT),
                            MANY)).onlyIf(f -> f.shares() == null),
            Input.quantity(Fact.NAKAMOTO_COEFFICIENT, NodeDistributionScorer::nakamotoCandidates)
                    .onlyIf(f -> f.shares() == null));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public NodeDistributionScorer() {
        super(RULES);
    }

    /** An unknown Nakamoto coefficient: from 1 up to the producer count, if there is at least one producer. */
    private static List<?> nakamotoCandidates(Facts f) {
        Integer producers = f.get(Fact.BLOCK_PRODUCERS);
        if (producers != null && producers < 1) {
            return Collections.singletonList(null);
        }
        return Arrays.asList(1, producers == null ? MANY : producers);
    }

    static void evaluate(Facts f, Tally tally) {
        Layer layer = f.get(Fact.LAYER);
        Consensus consensus = f.get(Fact.CONSENSUS);
        Distribution shares = f.shares();
        Integer nakamoto = f.get(Fact.NAKAMOTO_COEFFICIENT);
        if (shares != null && nakamoto != null && nakamoto != shares.nakamotoCoefficient()) {
            throw new InvalidFactException(Fact.NAKAMOTO_COEFFICIENT, nakamoto.toString(),
                    "contradicts producer_shares, which give a Nakamoto coefficient of " + shares.nakamotoCoefficient());
        }
        if (layer != Layer.LAYER_1 || consensus == Consensus.NONE) {
            tally.base(ReasonCode.NODE_NO_OWN_PRODUCERS, 0, () -> layer == Layer.LAYER_1
                    ? "consensus NONE: no block producers of its own"
                    : "layer " + layer + ": no block producers of its own");
            return;
        }
        SharedSecurity shared = f.get(Fact.SHARED_SECURITY);
        String host = f.get(Fact.HOST_CHAIN);
        // unknown with a host chain: the chains that name a host chain are parachains secured by it
        if (shared == SharedSecurity.YES || shared == SharedSecurity.UNKNOWN && host != null) {
            tally.base(ReasonCode.NODE_SHARED_SECURITY, SHARED_SECURITY_POINTS,
                    () -> "shared_security " + shared + (shared == SharedSecurity.UNKNOWN ? " with host_chain "
                            + host + " (counted as YES)" : "") + ": block production secured by "
                            + "another chain, " + outOfMax(SHARED_SECURITY_POINTS));
            return;
        }
        Integer producers = shares != null ? Integer.valueOf(shares.size()) : f.get(Fact.BLOCK_PRODUCERS);
        Integer n = shares != null ? Integer.valueOf(shares.nakamotoCoefficient()) : nakamoto;
        switch (consensus) {
            case POW:
                tally.base(ReasonCode.NODE_OPEN_MINING, POW_MAX,
                        () -> "consensus POW: permissionless mining, up to " + outOfMax(POW_MAX));
                if (producers != null) {
                    tally.cap(ReasonCode.NODE_PRODUCER_COUNT, POW_CONCENTRATION.at(producers),
                            () -> producerText(producers, POW_CONCENTRATION, shares));
                }
                if (n != null) {
                    tally.cap(ReasonCode.NODE_NAKAMOTO_COEFFICIENT, POW_CONCENTRATION.at(n),
                            () -> nakamotoText(n, POW_CONCENTRATION, shares));
                }
                return;
            case POA:
                tally.base(ReasonCode.NODE_PERMISSIONED_AUTHORITIES, AUTHORITY_MAX,
                        () -> "consensus POA: permissioned authorities, up to " + outOfMax(AUTHORITY_MAX));
                stakeCaps(consensus, producers, n, shares, AUTHORITY_MAX, tally);
                return;
            default:
                tally.base(ReasonCode.NODE_STAKE_VALIDATORS, STAKE_MAX,
                        () -> "consensus " + consensus + ": stake-based validators, up to " + outOfMax(STAKE_MAX));
                stakeCaps(consensus, producers, n, shares,
                        consensus == Consensus.POS || consensus == Consensus.BFT ? STAKE_DEFAULT : DELEGATED_DEFAULT,
                        tally);
        }
    }

    private static void stakeCaps(Consensus consensus, Integer producers, Integer nakamoto, Distribution shares,
                                  double whenUnknown, Tally tally) {
        if (producers == null && nakamoto == null) {
            tally.cap(ReasonCode.NODE_PRODUCERS_UNKNOWN, whenUnknown,
                    () -> "block_producers and nakamoto_coefficient unknown: " + consensus + " assumed "
                            + Points.format(whenUnknown));
            return;
        }
        if (producers != null) {
            tally.cap(ReasonCode.NODE_PRODUCER_COUNT, STAKE_PRODUCERS.at(producers),
                    () -> producerText(producers, STAKE_PRODUCERS, shares));
        }
        if (nakamoto != null) {
            tally.cap(ReasonCode.NODE_NAKAMOTO_COEFFICIENT, STAKE_NAKAMOTO.at(nakamoto),
                    () -> nakamotoText(nakamoto, STAKE_NAKAMOTO, shares));
        } else {
            tally.cap(ReasonCode.NODE_SPREAD_UNCONFIRMED, UNCONFIRMED_SPREAD_CAP,
                    () -> "nakamoto_coefficient unknown: a producer count alone earns at most "
                            + Points.format(UNCONFIRMED_SPREAD_CAP));
        }
    }

    private static String outOfMax(double points) {
        return Points.format(points) + " of " + Points.format(Component.NODE_DISTRIBUTION.max());
    }

    private static String capText(Fact fact, int value, StepTable table) {
        return fact.column() + " " + value + " (" + table.rowOf(value) + "): at most " + Points.format(table.at(value));
    }

    private static String producerText(int producers, StepTable table, Distribution shares) {
        if (shares == null) {
            return capText(Fact.BLOCK_PRODUCERS, producers, table);
        }
        return String.format(Locale.ROOT, "producer_shares: %,d producers with a positive share (%s): at most %s",
                producers, table.rowOf(producers), Points.format(table.at(producers)));
    }

    private static String nakamotoText(int nakamoto, StepTable table, Distribution shares) {
        if (shares == null) {
            return capText(Fact.NAKAMOTO_COEFFICIENT, nakamoto, table);
        }
        return String.format(Locale.ROOT, "producer_shares: Nakamoto coefficient %,d of %,d producers (%s): at most %s;"
                        + " largest producer %.1f%%, Gini %.3f, HHI %,.0f",
                nakamoto, shares.size(), table.rowOf(nakamoto), Points.format(table.at(nakamoto)),
                100 * shares.concentrationRatio(1), shares.gini(), shares.hhi());
    }
}
