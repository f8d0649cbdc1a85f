package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.dscore.api.ComponentScore;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ReasonCode#component()} tells the truth: a component's reasons use its own codes, and every code is used. */
class ReasonCodeComponentTest {

    @Test
    void everyReasonOfAComponentUsesACodeOfThatComponentOrTheUnknownFactCode() {
        Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
        Scorer scorer = DScore.asOf(Coins.AS_OF);
        qt().withExamples(3000).forAll(Coins.coins()).checkAssert(coin -> {
            for (ComponentScore score : scorer.scoreOf(coin).components()) {
                for (Reason reason : score.reasons()) {
                    seen.add(reason.code());
                    if (reason.code() == ReasonCode.UNKNOWN_FACT) {
                        assertThat(reason.code().component()).isEmpty();
                    } else {
                        assertThat(reason.code().component()).as("%s", reason).contains(score.component());
                    }
                }
            }
        });
        assertThat(seen).containsExactlyInAnyOrder(ReasonCode.values());
    }
}
