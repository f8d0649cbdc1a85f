package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The list operations of lazily built reasons answer as the list they stand for, also for what is absent. */
class LazyReasonsListTest {

    private static final Reason BASE = new Reason(ReasonCode.GOVERNANCE_DECISION_MAKERS, 20, "governance FOUNDATION");
    private static final Reason NOTE = new Reason(ReasonCode.UNKNOWN_FACT, 0, "vcFunded unknown");
    private static final Reason ABSENT = new Reason(ReasonCode.UNKNOWN_FACT, 0, "adminControl unknown");

    @Test
    void searchesAnswerAsTheListTheyStandFor() {
        List<Reason> eager = List.of(BASE, NOTE, NOTE);
        List<Reason> lazy = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 20, 20, () -> eager).reasons();

        assertThat(lazy.contains(ABSENT)).isFalse();
        assertThat(lazy.contains(NOTE)).isTrue();
        assertThat(lazy.lastIndexOf(NOTE)).isEqualTo(2);
        assertThat(lazy.lastIndexOf(ABSENT)).isEqualTo(-1);
        assertThat(lazy.indexOf(NOTE)).isEqualTo(1);
        assertThat(lazy.indexOf(ABSENT)).isEqualTo(-1);
    }
}
