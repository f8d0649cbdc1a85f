package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link ComponentScore#withLazyReasons}: reasons built on first read, equal to eagerly built ones. */
class ComponentScoreLazyReasonsTest {

    private static final List<Reason> REASONS = List.of(
            new Reason(ReasonCode.GOVERNANCE_DECISION_MAKERS, 25, "governance ON_CHAIN: 25 of 25"),
            new Reason(ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE, -5, "vcFunded YES: at most 20"),
            new Reason(ReasonCode.UNKNOWN_FACT, 0, "adminControl unknown"));

    private final AtomicInteger calls = new AtomicInteger();

    private Supplier<List<Reason>> counting(List<Reason> reasons) {
        return () -> {
            calls.incrementAndGet();
            return reasons;
        };
    }

    @Test
    void buildsTheReasonsOnlyWhenFirstReadAndOnce() {
        ComponentScore score = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, counting(REASONS));

        assertThat(score.points()).isEqualTo(20.0, within(0.0));
        assertThat(score.uncertain()).isTrue();
        assertThat(calls).hasValue(0);

        assertThat(score.reasons()).hasSize(3);
        assertThat(score.reasons()).containsExactlyElementsOf(REASONS);
        assertThat(score.reasons().get(1).text()).isEqualTo("vcFunded YES: at most 20");
        assertThat(calls).hasValue(1);
    }

    @Test
    void equalsTheScoreBuiltEagerly() {
        ComponentScore eager = new ComponentScore(Component.GOVERNANCE, 20, 16, 20, REASONS);
        ComponentScore lazy = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, () -> REASONS);

        assertThat(lazy).isEqualTo(eager);
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
        assertThat(lazy.toString()).isEqualTo(eager.toString());
        assertThat(lazy.reasons()).isEqualTo(eager.reasons());
    }

    @Test
    void reasonsAreUnmodifiable() {
        ComponentScore score = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, () -> REASONS);

        assertThatThrownBy(() -> score.reasons().add(REASONS.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> score.reasons().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        List<Runnable> mutations = List.of(
                () -> score.reasons().add(0, REASONS.get(0)),
                () -> score.reasons().set(0, REASONS.get(0)),
                () -> score.reasons().remove(REASONS.get(0)),
                () -> score.reasons().remove(REASONS.get(0).text()),
                () -> score.reasons().addAll(REASONS),
                () -> score.reasons().addAll(0, REASONS),
                () -> score.reasons().removeAll(REASONS),
                () -> score.reasons().retainAll(List.of()),
                () -> score.reasons().removeIf(r -> true),
                () -> score.reasons().replaceAll(r -> r),
                () -> score.reasons().sort(null),
                () -> score.reasons().clear());
        for (Runnable mutation : mutations) {
            assertThatThrownBy(mutation::run).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(score.reasons()).hasSize(3);
    }

    @Test
    void readsLikeTheListOfReasons() {
        List<Reason> reasons = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, () -> REASONS)
                .reasons();

        assertThat(reasons.contains(REASONS.get(2))).isTrue();
        assertThat(reasons.indexOf(REASONS.get(1))).isEqualTo(1);
        assertThat(reasons.lastIndexOf(REASONS.get(0))).isEqualTo(0);
        assertThat(reasons.subList(1, 3)).containsExactly(REASONS.get(1), REASONS.get(2));
        assertThat(reasons.listIterator(2).next()).isEqualTo(REASONS.get(2));
        assertThat(reasons.listIterator().next()).isEqualTo(REASONS.get(0));
        assertThat(reasons.toArray()).containsExactly(REASONS.toArray());
        assertThat(reasons.toArray(new Reason[0])).containsExactly(REASONS.toArray(new Reason[0]));
        assertThat(reasons.isEmpty()).isFalse();
        assertThat(reasons.equals(reasons)).isTrue();
        assertThat(reasons).isNotEqualTo(REASONS.subList(0, 2));
        assertThat(reasons.toString()).isEqualTo(REASONS.toString());
    }

    @Test
    void keepsACopyOfWhatTheSupplierGave() {
        List<Reason> mutable = new ArrayList<>(REASONS);
        ComponentScore score = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, () -> mutable);
        score.reasons().size();

        mutable.clear();

        assertThat(score.reasons()).containsExactlyElementsOf(REASONS);
    }

    @Test
    void checksThePointsAtOnce() {
        assertThatThrownBy(() -> ComponentScore.withLazyReasons(Component.AUTONOMY, 6, 0, 6, counting(REASONS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AUTONOMY points must satisfy 0 <= minPoints <= points <= maxPoints <= max");
        assertThatThrownBy(() -> ComponentScore.withLazyReasons(Component.GOVERNANCE, 20.25, 16, 21, counting(REASONS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points must be a finite multiple of 0.5 (was 20.25)");
        assertThatThrownBy(() -> ComponentScore.withLazyReasons(null, 20, 16, 20, counting(REASONS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component is required");
        assertThatThrownBy(() -> ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reasons is required");
        assertThat(calls).hasValue(0);
    }

    @Test
    void reasonsThatDoNotSumToThePointsFailWhenRead() {
        ComponentScore score = ComponentScore.withLazyReasons(Component.GOVERNANCE, 21, 16, 21, () -> REASONS);

        assertThatThrownBy(() -> score.reasons().size())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lazy reasons must sum to the points (reasons sum to 20.0, points 21.0)");
    }

    @Test
    void aSupplierReturningNullFailsWhenRead() {
        ComponentScore score = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, () -> null);

        assertThatThrownBy(() -> score.reasons().isEmpty())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reasons is required");
    }

    @Test
    void theConstructorChecksLazyReasonsOfOtherPoints() {
        ComponentScore lazy = ComponentScore.withLazyReasons(Component.GOVERNANCE, 20, 16, 20, counting(REASONS));

        assertThatThrownBy(() -> new ComponentScore(Component.GOVERNANCE, 21, 16, 21, lazy.reasons()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GOVERNANCE reasons must sum to the points (reasons sum to 20.0, points 21.0)");
        ComponentScore same = new ComponentScore(Component.GOVERNANCE, 20, 20, 20, lazy.reasons());
        assertThat(same.reasons()).containsExactlyElementsOf(REASONS);
    }
}
