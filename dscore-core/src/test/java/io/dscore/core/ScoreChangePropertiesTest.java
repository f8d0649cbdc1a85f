package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.ScoreChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link ScoreChange} over scored random coins ({@link Coins}, all with symbol {@code COIN}) and
 * random as-of dates from 2026-06-19 to 2031: identical inputs give an empty change; deltas add up; swapping the
 * two results negates every delta; the cause names what differs.
 */
class ScoreChangePropertiesTest {

    private static final int EXAMPLES = 1000;

    /** An as-of date from {@link Coins#AS_OF} (every generated launch year is on or before it) to 5 years on. */
    private static Gen<LocalDate> dates() {
        return integers().between(0, 5 * 366).map(Coins.AS_OF::plusDays);
    }

    private static DScoreResult score(Coin coin, LocalDate asOf) {
        return DScore.asOf(asOf).scoreOf(coin);
    }

    @Test
    void identicalInputsGiveAnEmptyChange() {
        qt().withExamples(EXAMPLES).forAll(Coins.coins(), dates()).checkAssert((coin, date) -> {
            ScoreChange change = score(coin, date).changesFrom(score(coin, date));
            assertThat(change.isEmpty()).isTrue();
            assertThat(change.scoreChanged()).isFalse();
            assertThat(change.cause()).isEqualTo(ScoreChange.Cause.NONE);
            assertThat(change.totalDelta()).isZero();
        });
    }

    @Test
    void componentDeltasSumToTheTotalDeltaAndReasonDeltasToTheirComponent() {
        qt().withExamples(EXAMPLES).forAll(Coins.coins(), Coins.coins(), dates(), dates())
                .checkAssert((a, b, d1, d2) -> {
                    DScoreResult earlier = score(a, d1);
                    DScoreResult later = score(b, d2);
                    ScoreChange change = later.changesFrom(earlier);
                    double sum = 0;
                    for (ScoreChange.ComponentChange c : change.components()) {
                        sum += c.delta();
                        double reasons = change.reasons().stream().filter(r -> r.component() == c.component())
                                .mapToDouble(ScoreChange.ReasonChange::delta).sum();
                        assertThat(reasons).as("reason deltas of %s", c.component()).isEqualTo(c.delta());
                    }
                    assertThat(sum).isEqualTo(change.totalDelta());
                    assertThat(change.totalDelta()).isEqualTo(later.total() - earlier.total());
                    assertThat(change.scoreChanged()).isEqualTo(later.total() != earlier.total());
                });
    }

    @Test
    void swappingTheArgumentsNegatesEveryDelta() {
        qt().withExamples(EXAMPLES).forAll(Coins.coins(), Coins.coins(), dates(), dates())
                .checkAssert((a, b, d1, d2) -> {
                    DScoreResult first = score(a, d1);
                    DScoreResult second = score(b, d2);
                    ScoreChange forward = second.changesFrom(first);
                    ScoreChange back = first.changesFrom(second);
                    assertThat(back.totalDelta()).isEqualTo(0.0 - forward.totalDelta());
                    assertThat(back.bandBefore()).isEqualTo(forward.bandAfter());
                    for (Component c : Component.values()) {
                        assertThat(back.component(c).delta()).isEqualTo(0.0 - forward.component(c).delta());
                    }
                    assertThat(negated(back.reasons())).containsExactlyInAnyOrderElementsOf(keys(forward.reasons()));
                    assertThat(back.facts()).hasSameSizeAs(forward.facts());
                    for (int i = 0; i < forward.facts().size(); i++) {
                        assertThat(back.facts().get(i).before()).isEqualTo(forward.facts().get(i).after());
                        assertThat(back.facts().get(i).after()).isEqualTo(forward.facts().get(i).before());
                    }
                    assertThat(back.cause()).isEqualTo(forward.cause());
                });
    }

    /** Same facts at two dates: the change is the coin's age, and only Age and history can move. */
    @Test
    void sameFactsAtAnotherDateMoveOnlyAge() {
        qt().withExamples(EXAMPLES).forAll(Coins.coins(), dates(), dates())
                .assuming((coin, d1, d2) -> !d1.equals(d2))
                .checkAssert((coin, d1, d2) -> {
                    ScoreChange change = score(coin, d2).changesFrom(score(coin, d1));
                    assertThat(change.cause()).isEqualTo(ScoreChange.Cause.AGE);
                    assertThat(change.facts()).isEmpty();
                    assertThat(change.moved()).allMatch(c -> c.component() == Component.AGE_AND_HISTORY);
                });
    }

    /** A governance change shows as that fact and moves only Governance. */
    @Test
    void aGovernanceChangeIsThatFact() {
        Coin company = Coins.known().governance(Governance.COMPANY).build();
        Coin onChain = Coin.builder(company).governance(Governance.ON_CHAIN).build();
        ScoreChange change = score(onChain, Coins.AS_OF).changesFrom(score(company, Coins.AS_OF));
        assertThat(change.cause()).isEqualTo(ScoreChange.Cause.FACTS);
        assertThat(change.facts()).containsExactly(
                new ScoreChange.FactChange(io.dscore.api.Fact.GOVERNANCE, "COMPANY", "ON_CHAIN"));
        assertThat(change.moved()).extracting(ScoreChange.ComponentChange::component)
                .containsExactly(Component.GOVERNANCE);
        assertThat(change.totalDelta()).isPositive();
    }

    private static List<String> keys(List<ScoreChange.ReasonChange> reasons) {
        List<String> keys = new ArrayList<>();
        for (ScoreChange.ReasonChange r : reasons) {
            keys.add(r.component() + " " + r.code() + " " + r.delta());
        }
        return keys;
    }

    private static List<String> negated(List<ScoreChange.ReasonChange> reasons) {
        List<String> keys = new ArrayList<>();
        for (ScoreChange.ReasonChange r : reasons) {
            keys.add(r.component() + " " + r.code() + " " + (0.0 - r.delta()));
        }
        return keys;
    }
}
