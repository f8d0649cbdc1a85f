package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores Autonomy (0-5): whether a coin runs on a chain of its own.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code LAYER_1}: 5, or 2.5 when merge-mined with a parent chain ({@code mergedMinedWith} given). A
 *       parachain counts as a chain of its own.</li>
 *   <li>{@code LAYER_2}: 2.5; it settles on its host chain.</li>
 *   <li>{@code TOKEN}: 0, or 2.5 for an immutable token ({@code adminControl NONE}), which no issuer controls
 *       but which still depends on its host chain.</li>
 * </ul>
 *
 * <p>Unknown facts: an empty {@code mergedMinedWith} means not merge-mined. A token's unknown admin control
 * counts as controlled (0); the range goes up to 2.5.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class AutonomyScorer implements ComponentScorer {

    static final double OWN_CHAIN = 5;
    static final double SHARED = 2.5;
    static final double HOSTED = 0;

    /** {@code AdminControl.values()}, which clones its array on every call. */
    private static final AdminControl[] CONTROLS = AdminControl.values();
    private static final Layer[] LAYERS = Layer.values();

    /**
     * The score of every coin that is not merge-mined, by layer and admin control (at {@link #index}): with
     * {@code mergedMinedWith} empty they are all this component reads, so the rules are evaluated once when
     * the class loads and scoring is a look-up. The scores are immutable and shared; the reasons of each are
     * built when first read, then kept.
     */
    private static final ComponentScore[] NOT_MERGE_MINED = notMergeMined();

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public AutonomyScorer() {
    }

    @Override
    public Component component() {
        return Component.AUTONOMY;
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        return score(coin, asOf, Tally.silent());
    }

    /** Scores with {@code scratch}, a silent tally, as the scratch space of the range search. */
    ComponentScore score(Coin coin, LocalDate asOf, Tally scratch) {
        Objects.requireNonNull(asOf, "asOf");
        Layer layer = coin.layer();
        Optional<String> mergedMinedWith = coin.mergedMinedWith();
        AdminControl admin = coin.adminControl();
        if (mergedMinedWith.isEmpty()) {
            return NOT_MERGE_MINED[index(layer, admin)];
        }
        return score(layer, mergedMinedWith, admin, scratch);
    }

    private static int index(Layer layer, AdminControl admin) {
        return layer.ordinal() * CONTROLS.length + admin.ordinal();
    }

    private static ComponentScore[] notMergeMined() {
        ComponentScore[] scores = new ComponentScore[LAYERS.length * CONTROLS.length];
        for (Layer layer : LAYERS) {
            for (AdminControl admin : CONTROLS) {
                scores[index(layer, admin)] = score(layer, Optional.empty(), admin, Tally.silent());
            }
        }
        return scores;
    }

    /** The score of a coin that is not merge-mined, from the table. */
    static ComponentScore lookUp(Layer layer, AdminControl admin) {
        return NOT_MERGE_MINED[index(layer, admin)];
    }

    /**
     * Scores a coin that is not merge-mined by the rules, reasons built now: what the table must hold for it
     * (tests compare the two; the table, filled when the class loads, would hide a changed rule).
     */
    static ComponentScore compute(Layer layer, AdminControl admin) {
        ComponentScore lazy = score(layer, Optional.empty(), admin, Tally.silent());
        return new ComponentScore(Component.AUTONOMY, lazy.points(), lazy.minPoints(), lazy.maxPoints(),
                explain(layer, Optional.empty(), admin));
    }

    private static ComponentScore score(Layer layer, Optional<String> mergedMinedWith, AdminControl admin,
                                        Tally scratch) {
        evaluate(layer, mergedMinedWith, admin, scratch.restart());
        double points = scratch.points();
        searchRange(layer, mergedMinedWith, admin, points, scratch);
        return ComponentScore.withLazyReasons(Component.AUTONOMY, points, scratch.min(), scratch.max(),
                () -> explain(layer, mergedMinedWith, admin));
    }

    /** The reasons for the points {@link #score} gives: the rule that applied, then the unknown fact. */
    static List<Reason> explain(Layer layer, Optional<String> mergedMinedWith, AdminControl admin) {
        Tally tally = Tally.explaining();
        evaluate(layer, mergedMinedWith, admin, tally);
        Tally scratch = Tally.silent();
        searchRange(layer, mergedMinedWith, admin, tally.points(), scratch);
        if (layer == Layer.TOKEN && admin == AdminControl.UNKNOWN) {
            Range range = new Range(scratch.min());
            range.include(scratch.max());
            new Unknowns(tally).note("adminControl", true, range);
        }
        return tally.reasons();
    }

    /** Finds the lowest and highest points over the values the coin's unknown admin control could take. */
    private static void searchRange(Layer layer, Optional<String> mergedMinedWith, AdminControl admin,
                                    double points, Tally scratch) {
        scratch.startRange(points);
        if (layer == Layer.TOKEN && admin == AdminControl.UNKNOWN) {
            for (AdminControl a : CONTROLS) {
                evaluate(layer, mergedMinedWith, a, scratch.restart());
                scratch.include(scratch.points());
            }
        }
    }

    static void evaluate(Layer layer, Optional<String> mergedMinedWith, AdminControl admin, Tally tally) {
        switch (layer) {
            case LAYER_1:
                if (mergedMinedWith.isPresent()) {
                    tally.base(ReasonCode.AUTONOMY_MERGE_MINED, SHARED,
                            () -> "mergedMinedWith " + mergedMinedWith.get() + ": shares its hash power, 2.5 of 5");
                } else {
                    tally.base(ReasonCode.AUTONOMY_OWN_CHAIN, OWN_CHAIN, () -> "layer LAYER_1: a chain of its own, 5 of 5");
                }
                return;
            case LAYER_2:
                tally.base(ReasonCode.AUTONOMY_LAYER_2, SHARED, () -> "layer LAYER_2: settles on its host chain, 2.5 of 5");
                return;
            default:
                if (admin == AdminControl.NONE) {
                    tally.base(ReasonCode.AUTONOMY_IMMUTABLE_TOKEN, SHARED,
                            () -> "layer TOKEN with adminControl NONE: no issuer control, depends on its host chain, 2.5 of 5");
                } else {
                    tally.base(ReasonCode.AUTONOMY_HOSTED_TOKEN, HOSTED,
                            () -> "layer TOKEN with adminControl " + admin + ": depends on its host chain and issuer, 0 of 5");
                }
        }
    }
}
