package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import java.time.LocalDate;
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

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public AutonomyScorer() {
    }

    @Override
    public Component component() {
        return Component.AUTONOMY;
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Tally tally = Tally.explaining();
        evaluate(coin.layer(), coin.mergedMinedWith(), coin.adminControl(), tally);
        Range range = new Range(tally.points());
        if (coin.layer() == Layer.TOKEN && coin.adminControl() == AdminControl.UNKNOWN) {
            for (AdminControl a : AdminControl.values()) {
                Tally silent = Tally.silent();
                evaluate(coin.layer(), coin.mergedMinedWith(), a, silent);
                range.include(silent.points());
            }
            Unknowns.note(tally, "adminControl", true, range);
        }
        return tally.result(Component.AUTONOMY, range);
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
