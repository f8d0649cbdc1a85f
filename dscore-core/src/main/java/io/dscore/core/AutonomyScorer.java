package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Component;
import io.dscore.api.Fact;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;

/**
 * Scores Autonomy: whether a coin runs on a chain of its own.
 *
 * <p>Rules (the points are the constants of this class):
 * <ul>
 *   <li>{@code LAYER_1}: the maximum, or a shared value when merge-mined with a parent chain
 *       ({@code merged_mined_with} given). A parachain counts as a chain of its own.</li>
 *   <li>{@code LAYER_2}: the shared value; it settles on its host chain.</li>
 *   <li>{@code TOKEN}: 0, or the shared value for an immutable token ({@code admin_control NONE}), which no
 *       issuer controls but which still depends on its host chain.</li>
 * </ul>
 *
 * <p>Unknown facts: an empty {@code merged_mined_with} means not merge-mined. A token's unknown admin control
 * counts as controlled (0); the range goes up to the shared value.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class AutonomyScorer extends RuleScorer {

    static final double OWN_CHAIN = 5;
    static final double SHARED = 2.5;
    static final double HOSTED = 0;


    static final Rules RULES = new Rules(Component.AUTONOMY, AutonomyScorer::evaluate,
            Input.known(Fact.LAYER), Input.known(Fact.MERGED_MINED_WITH),
            Input.word(Fact.ADMIN_CONTROL, AdminControl.UNKNOWN).onlyIf(f -> f.get(Fact.LAYER) == Layer.TOKEN));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public AutonomyScorer() {
        super(RULES);
    }

    static void evaluate(Facts f, Tally tally) {
        Layer layer = f.get(Fact.LAYER);
        String parent = f.get(Fact.MERGED_MINED_WITH);
        AdminControl admin = f.get(Fact.ADMIN_CONTROL);
        if (layer == Layer.LAYER_1 && parent != null) {
            tally.base(ReasonCode.AUTONOMY_MERGE_MINED, SHARED,
                    () -> "merged_mined_with " + parent + ": shares its hash power, " + outOfMax(SHARED));
        } else if (layer == Layer.LAYER_1) {
            tally.base(ReasonCode.AUTONOMY_OWN_CHAIN, OWN_CHAIN, () -> "layer LAYER_1: a chain of its own, "
                    + outOfMax(OWN_CHAIN));
        } else if (layer == Layer.LAYER_2) {
            tally.base(ReasonCode.AUTONOMY_LAYER_2, SHARED, () -> "layer LAYER_2: settles on its host chain, "
                    + outOfMax(SHARED));
        } else if (admin == AdminControl.NONE) {
            tally.base(ReasonCode.AUTONOMY_IMMUTABLE_TOKEN, SHARED, () -> "layer TOKEN with admin_control NONE: "
                    + "no issuer control, depends on its host chain, " + outOfMax(SHARED));
        } else {
            tally.base(ReasonCode.AUTONOMY_HOSTED_TOKEN, HOSTED, () -> "layer TOKEN with admin_control " + admin
                    + ": depends on its host chain and issuer, " + outOfMax(HOSTED));
        }
    }

    private static String outOfMax(double points) {
        return Points.format(points) + " of " + Points.format(Component.AUTONOMY.max());
    }
}
