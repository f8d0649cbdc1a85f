package io.dscore.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link LazyReasons}: built once, when first read; checked then; kept unread by a component score. */
class LazyReasonsTest {

    private static final Reason BASE = new Reason(ReasonCode.GOVERNANCE_DECISION_MAKERS, 20, "twenty");
    private static final Reason CAP = new Reason(ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE, -4, "capped");

    /** Counts how often the reasons are built. */
    private static final class Counted extends LazyReasons {
        private final AtomicInteger builds = new AtomicInteger();
        private final List<Reason> reasons;

        Counted(double points, List<Reason> reasons) {
            super(points);
            this.reasons = reasons;
        }

        @Override
        protected List<Reason> build() {
            builds.incrementAndGet();
            return reasons;
        }
    }

    @Test
    void aScoreKeepsTheListUnreadAndTheReasonsAreBuiltOnceWhenRead() {
        Counted lazy = new Counted(16, List.of(BASE, CAP));
        ComponentScore score = new ComponentScore(Component.GOVERNANCE, 16, 16, 16, lazy);
        assertThat(lazy.builds).hasValue(0);
        assertThat(score.reasons()).isSameAs(lazy);
        assertThat(score.reasons()).hasSize(2).containsExactly(BASE, CAP);
        assertThat(score.reasons().get(1)).isEqualTo(CAP);
        assertThat(lazy.builds).hasValue(1);
        assertThat(lazy.points()).isEqualTo(16);
        assertThat(score).isEqualTo(new ComponentScore(Component.GOVERNANCE, 16, 16, 16, List.of(BASE, CAP)));
    }

    @Test
    void reasonsThatDoNotSumToThePointsFailWhenRead() {
        Counted lazy = new Counted(20, List.of(BASE, CAP));
        assertThatThrownBy(lazy::size).isInstanceOf(IllegalStateException.class)
                .hasMessage("reasons must sum to the points (reasons sum to 16.0, points 20.0)");
    }

    @Test
    void aListForOtherPointsIsCopiedAndChecked() {
        Counted lazy = new Counted(20, List.of(BASE, CAP));
        assertThatThrownBy(() -> new ComponentScore(Component.GOVERNANCE, 16, 16, 16, lazy))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theListIsUnmodifiable() {
        Counted lazy = new Counted(16, List.of(BASE, CAP));
        assertThatThrownBy(() -> lazy.add(BASE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
