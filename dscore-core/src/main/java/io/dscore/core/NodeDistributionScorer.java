package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import io.dscore.core.metrics.Distribution;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Scores Node distribution (0-30): how widely the production of a coin's own blocks is spread.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>No block producers of its own (a {@code LAYER_2}, a {@code TOKEN}, or consensus {@code NONE}): 0.</li>
 *   <li>Block production secured by another chain ({@code sharedSecurity} yes, a parachain): 5.</li>
 *   <li>Proof of work: 30, capped by concentration: a Nakamoto coefficient or producer count of 2 caps at 22,
 *       of 1 at 14, of 0 producers at 0.</li>
 *   <li>Stake-based ({@code POS}, {@code BFT}, {@code DPOS}, {@code OTHER}): up to 28, capped by the producer
 *       count (1000 or more: 28; 300: 26; 100: 18; 10: 5; 1: 2; 0: 0) and by the Nakamoto coefficient (10 or
 *       more: 28; 5: 18; 3: 10; 2: 5; 1: 2). A producer count without a Nakamoto coefficient caps at 26: the
 *       count alone does not show the stake is spread. With neither known, {@code POS} and {@code BFT} get 20,
 *       {@code DPOS} and {@code OTHER} 10 (delegated sets are small).</li>
 *   <li>Proof of authority ({@code POA}): up to 8, capped by the same producer and Nakamoto tables.</li>
 * </ol>
 * More producers or a higher Nakamoto coefficient never lower the points.
 *
 * <p>Producer shares: when {@link Coin#producerShares()} is given, the producer count is the number of positive
 * shares and the Nakamoto coefficient is computed from them ({@link Distribution#size()} and
 * {@link Distribution#nakamotoCoefficient()}: the fewest producers holding strictly more than half); the rules
 * above then apply unchanged, so shares score exactly as the two counts they imply. The reasons quote the
 * concentration (largest producer's share, Gini coefficient, Herfindahl-Hirschman index), which does not
 * change the points. The coin has already rejected a given count or coefficient that the shares contradict.
 *
 * <p>Unknown facts: {@code sharedSecurity} unknown is scored as no; without a {@code hostChain} it is no (no
 * chain to share security with), otherwise the range covers both. An unknown producer
 * count ranges from the Nakamoto coefficient (or 0) upwards; an unknown Nakamoto coefficient from 1 to the
 * producer count. With producer shares given, both are known.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class NodeDistributionScorer implements ComponentScorer {

    static final double SHARED_SECURITY_POINTS = 5;
    static final double POW_MAX = 30;
    static final double STAKE_MAX = 28;
    static final double AUTHORITY_MAX = 8;
    static final double UNCONFIRMED_SPREAD_CAP = 26;
    static final double STAKE_DEFAULT = 20;
    static final double DELEGATED_DEFAULT = 10;

    /** Proof of work: the cap set by a producer count or a Nakamoto coefficient. */
    static final StepTable POW_CONCENTRATION = StepTable.atLeast(
            new double[] {3, 2, 1}, new double[] {30, 22, 14}, 0);
    /** Stake-based and authority chains: the cap set by the number of independent producers. */
    static final StepTable STAKE_PRODUCERS = StepTable.atLeast(
            new double[] {1000, 300, 100, 10, 1}, new double[] {28, 26, 18, 5, 2}, 0);
    /** Stake-based and authority chains: the cap set by the Nakamoto coefficient. */
    static final StepTable STAKE_NAKAMOTO = StepTable.atLeast(
            new double[] {10, 5, 3, 2, 1}, new double[] {28, 18, 10, 5, 2}, 0);

    private static final Optional<Boolean> SHARED = Optional.of(true);
    private static final Optional<Boolean> NOT_SHARED = Optional.of(false);
    private static final OptionalInt NONE = OptionalInt.of(0);
    private static final OptionalInt ONE = OptionalInt.of(1);
    private static final OptionalInt MANY = OptionalInt.of(Integer.MAX_VALUE);
    private static final OptionalInt UNKNOWN = OptionalInt.empty();
    private static final Layer[] LAYERS = Layer.values();
    private static final Consensus[] CONSENSUS = Consensus.values();

    /**
     * The score of every coin without block producers of its own (rule 1), by layer and consensus (at
     * {@link #index}): they are all such a score depends on, so the rule is evaluated once when the class loads
     * and scoring is a look-up. Null for the combinations that own producers. The scores are immutable and
     * shared; the reasons of each are built when first read, then kept.
     */
    private static final ComponentScore[] NO_OWN_PRODUCERS = noOwnProducers();

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public NodeDistributionScorer() {
    }

    @Override
    public Component component() {
        return Component.NODE_DISTRIBUTION;
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        return score(coin, asOf, Tally.silent());
    }

    /** Scores with {@code scratch}, a silent tally, as the scratch space of the range search. */
    ComponentScore score(Coin coin, LocalDate asOf, Tally scratch) {
        Objects.requireNonNull(asOf, "asOf");
        Layer layer = coin.layer();
        Consensus consensus = coin.consensus();
        if (!ownsProducers(layer, consensus)) {
            return NO_OWN_PRODUCERS[index(layer, consensus)];
        }
        Optional<Boolean> shared = sharedSecurity(coin);
        // the shares matter only where the chain's own producers are scored (shared security unknown counts)
        Optional<Distribution> shares = !shared.orElse(false) && !coin.producerShares().isEmpty()
                ? Optional.of(Distribution.of(coin.producerShares()))
                : Optional.empty();
        OptionalInt producers = shares.isPresent() ? OptionalInt.of(shares.get().size()) : coin.blockProducers();
        OptionalInt nakamoto = shares.isPresent()
                ? OptionalInt.of(shares.get().nakamotoCoefficient())
                : coin.nakamotoCoefficient();
        double points = silent(scratch, layer, consensus, shared, producers, nakamoto);
        searchRange(layer, consensus, shared, producers, nakamoto, points, scratch);
        return ComponentScore.withLazyReasons(Component.NODE_DISTRIBUTION, points, scratch.min(), scratch.max(),
                () -> explain(layer, consensus, shared, producers, nakamoto, shares));
    }

    private static int index(Layer layer, Consensus consensus) {
        return layer.ordinal() * CONSENSUS.length + consensus.ordinal();
    }

    private static ComponentScore[] noOwnProducers() {
        ComponentScore[] scores = new ComponentScore[LAYERS.length * CONSENSUS.length];
        for (Layer layer : LAYERS) {
            for (Consensus consensus : CONSENSUS) {
                if (!ownsProducers(layer, consensus)) {
                    scores[index(layer, consensus)] = score(layer, consensus);
                }
            }
        }
        return scores;
    }

    /** The score of a coin without producers of its own, from the table; null if the combination owns some. */
    static ComponentScore lookUp(Layer layer, Consensus consensus) {
        return NO_OWN_PRODUCERS[index(layer, consensus)];
    }

    /**
     * Scores a coin of this layer and consensus by the rules, reasons included, with every other fact unknown:
     * what the table holds for a combination without producers of its own, which reads no other fact.
     */
    static ComponentScore compute(Layer layer, Consensus consensus) {
        ComponentScore score = score(layer, consensus);
        return new ComponentScore(Component.NODE_DISTRIBUTION, score.points(), score.minPoints(),
                score.maxPoints(), explain(layer, consensus, NOT_SHARED, UNKNOWN, UNKNOWN, Optional.empty()));
    }

    /** Like {@link #compute}, the reasons built when first read: what the table holds. */
    private static ComponentScore score(Layer layer, Consensus consensus) {
        Tally scratch = Tally.silent();
        double points = silent(scratch, layer, consensus, NOT_SHARED, UNKNOWN, UNKNOWN);
        searchRange(layer, consensus, NOT_SHARED, UNKNOWN, UNKNOWN, points, scratch);
        return ComponentScore.withLazyReasons(Component.NODE_DISTRIBUTION, points, scratch.min(), scratch.max(),
                () -> explain(layer, consensus, NOT_SHARED, UNKNOWN, UNKNOWN, Optional.empty()));
    }

    /** The reasons for the points {@link #score} gives: the rules that applied, then the unknown facts. */
    private static List<Reason> explain(Layer layer, Consensus consensus, Optional<Boolean> shared,
                                        OptionalInt producers, OptionalInt nakamoto, Optional<Distribution> shares) {
        Tally tally = Tally.explaining();
        evaluate(layer, consensus, shared, producers, nakamoto, shares, tally);
        Tally scratch = Tally.silent();
        searchRange(layer, consensus, shared, producers, nakamoto, tally.points(), scratch);
        if (scratch.wide()) {
            Unknowns unknowns = new Unknowns(tally);
            Range alone = new Range(tally.points());
            for (int i = 0; i < sharedCount(shared); i++) {
                alone.include(silent(scratch, layer, consensus, sharedCandidate(shared, i), producers, nakamoto));
            }
            unknowns.note("sharedSecurity", shared.isEmpty(), alone);
            alone = new Range(tally.points());
            for (int i = 0; i < producerCount(producers); i++) {
                alone.include(silent(scratch, layer, consensus, shared, producerCandidate(producers, nakamoto, i), nakamoto));
            }
            unknowns.note("blockProducers", producers.isEmpty(), alone);
            alone = new Range(tally.points());
            OptionalInt most = producers.isPresent() ? producers : MANY;
            for (int i = 0; i < nakamotoCount(nakamoto, most); i++) {
                alone.include(silent(scratch, layer, consensus, shared, producers, nakamotoCandidate(nakamoto, most, i)));
            }
            unknowns.note("nakamotoCoefficient", nakamoto.isEmpty(), alone);
            unknowns.together(scratch.min(), scratch.max());
        }
        return tally.reasons();
    }

    /** Finds the lowest and highest points over the values the coin's unknown facts could take. */
    private static void searchRange(Layer layer, Consensus consensus, Optional<Boolean> shared,
                                    OptionalInt producers, OptionalInt nakamoto, double points, Tally scratch) {
        scratch.startRange(points);
        if (ownsProducers(layer, consensus)) {
            for (int si = 0; si < sharedCount(shared); si++) {
                Optional<Boolean> s = sharedCandidate(shared, si);
                for (int pi = 0; pi < producerCount(producers); pi++) {
                    OptionalInt p = producerCandidate(producers, nakamoto, pi);
                    for (int ni = 0; ni < nakamotoCount(nakamoto, p); ni++) {
                        scratch.include(silent(scratch, layer, consensus, s, p, nakamotoCandidate(nakamoto, p, ni)));
                    }
                }
            }
        }
    }

    /** Shared security needs a chain to share it with: without a host chain an unknown value means no. */
    private static Optional<Boolean> sharedSecurity(Coin coin) {
        return coin.sharedSecurity().isEmpty() && coin.hostChain().isEmpty() ? NOT_SHARED : coin.sharedSecurity();
    }

    private static boolean ownsProducers(Layer layer, Consensus consensus) {
        return layer == Layer.LAYER_1 && consensus != Consensus.NONE;
    }

    private static double silent(Tally scratch, Layer layer, Consensus consensus, Optional<Boolean> shared,
                                 OptionalInt producers, OptionalInt nakamoto) {
        evaluate(layer, consensus, shared, producers, nakamoto, Optional.empty(), scratch.restart());
        return scratch.points();
    }

    // Candidate values of unknown facts, by index, without allocating: a known fact is its only candidate. The
    // values are the coin's own instances or constants (an OptionalInt of the coin's value is that value).

    private static int sharedCount(Optional<Boolean> shared) {
        return shared.isPresent() ? 1 : 2;
    }

    private static Optional<Boolean> sharedCandidate(Optional<Boolean> shared, int i) {
        return shared.isPresent() ? shared : i == 0 ? SHARED : NOT_SHARED;
    }

    /** An unknown producer count: from the Nakamoto coefficient (or 0) up to very many. */
    private static int producerCount(OptionalInt producers) {
        return producers.isPresent() ? 1 : 2;
    }

    private static OptionalInt producerCandidate(OptionalInt producers, OptionalInt nakamoto, int i) {
        if (producers.isPresent()) {
            return producers;
        }
        return i == 0 ? (nakamoto.isPresent() ? nakamoto : NONE) : MANY;
    }

    /** An unknown Nakamoto coefficient: from 1 up to the producer count, if there is at least one producer. */
    private static int nakamotoCount(OptionalInt nakamoto, OptionalInt producers) {
        return nakamoto.isPresent() || producers.getAsInt() < 1 ? 1 : 2;
    }

    private static OptionalInt nakamotoCandidate(OptionalInt nakamoto, OptionalInt producers, int i) {
        if (nakamoto.isPresent() || producers.getAsInt() < 1) {
            return nakamoto;
        }
        return i == 0 ? ONE : producers;
    }

    static void evaluate(Layer layer, Consensus consensus, Optional<Boolean> shared, OptionalInt producers,
                         OptionalInt nakamoto, Optional<Distribution> shares, Tally tally) {
        if (!ownsProducers(layer, consensus)) {
            tally.base(ReasonCode.NODE_NO_OWN_PRODUCERS, 0, () -> layer == Layer.LAYER_1
                    ? "consensus NONE: no block producers of its own"
                    : "layer " + layer + ": no block producers of its own");
            return;
        }
        if (shared.orElse(false)) {
            tally.base(ReasonCode.NODE_SHARED_SECURITY, SHARED_SECURITY_POINTS,
                    () -> "sharedSecurity YES: block production secured by another chain, "
                            + Points.format(SHARED_SECURITY_POINTS) + " of 30");
            return;
        }
        switch (consensus) {
            case POW:
                tally.base(ReasonCode.NODE_OPEN_MINING, POW_MAX,
                        () -> "consensus POW: permissionless mining, up to 30 of 30");
                producers.ifPresent(p -> tally.cap(ReasonCode.NODE_PRODUCER_COUNT, POW_CONCENTRATION.at(p),
                        () -> producerText(p, POW_CONCENTRATION, shares)));
                nakamoto.ifPresent(n -> tally.cap(ReasonCode.NODE_NAKAMOTO_COEFFICIENT, POW_CONCENTRATION.at(n),
                        () -> nakamotoText(n, POW_CONCENTRATION, shares)));
                return;
            case POA:
                tally.base(ReasonCode.NODE_PERMISSIONED_AUTHORITIES, AUTHORITY_MAX,
                        () -> "consensus POA: permissioned authorities, up to " + Points.format(AUTHORITY_MAX)
                                + " of 30");
                stakeCaps(consensus, producers, nakamoto, shares, AUTHORITY_MAX, tally);
                return;
            default:
                tally.base(ReasonCode.NODE_STAKE_VALIDATORS, STAKE_MAX,
                        () -> "consensus " + consensus + ": stake-based validators, up to "
                                + Points.format(STAKE_MAX) + " of 30");
                stakeCaps(consensus, producers, nakamoto, shares,
                        consensus == Consensus.POS || consensus == Consensus.BFT ? STAKE_DEFAULT : DELEGATED_DEFAULT,
                        tally);
        }
    }

    private static void stakeCaps(Consensus consensus, OptionalInt producers, OptionalInt nakamoto,
                                  Optional<Distribution> shares, double whenUnknown, Tally tally) {
        if (producers.isEmpty() && nakamoto.isEmpty()) {
            tally.cap(ReasonCode.NODE_PRODUCERS_UNKNOWN, whenUnknown,
                    () -> "blockProducers and nakamotoCoefficient unknown: " + consensus + " assumed "
                            + Points.format(whenUnknown));
            return;
        }
        producers.ifPresent(p -> tally.cap(ReasonCode.NODE_PRODUCER_COUNT, STAKE_PRODUCERS.at(p),
                () -> producerText(p, STAKE_PRODUCERS, shares)));
        if (nakamoto.isPresent()) {
            int n = nakamoto.getAsInt();
            tally.cap(ReasonCode.NODE_NAKAMOTO_COEFFICIENT, STAKE_NAKAMOTO.at(n),
                    () -> nakamotoText(n, STAKE_NAKAMOTO, shares));
        } else {
            tally.cap(ReasonCode.NODE_SPREAD_UNCONFIRMED, UNCONFIRMED_SPREAD_CAP,
                    () -> "nakamotoCoefficient unknown: a producer count alone earns at most "
                            + Points.format(UNCONFIRMED_SPREAD_CAP));
        }
    }

    private static String capText(String fact, int value, StepTable table) {
        return fact + " " + value + " (" + table.rowOf(value) + "): at most " + Points.format(table.at(value));
    }

    private static String producerText(int producers, StepTable table, Optional<Distribution> shares) {
        if (shares.isEmpty()) {
            return capText("blockProducers", producers, table);
        }
        return String.format(Locale.ROOT, "producerShares: %,d producers with a positive share (%s): at most %s",
                producers, table.rowOf(producers), Points.format(table.at(producers)));
    }

    private static String nakamotoText(int nakamoto, StepTable table, Optional<Distribution> shares) {
        if (shares.isEmpty()) {
            return capText("nakamotoCoefficient", nakamoto, table);
        }
        Distribution d = shares.get();
        return String.format(Locale.ROOT, "producerShares: Nakamoto coefficient %,d of %,d producers (%s): at most %s;"
                        + " largest producer %.1f%%, Gini %.3f, HHI %,.0f",
                nakamoto, d.size(), table.rowOf(nakamoto), Points.format(table.at(nakamoto)),
                100 * d.concentrationRatio(1), d.gini(), d.hhi());
    }
}
