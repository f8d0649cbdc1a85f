package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import java.time.LocalDate;

/** A component scorer that runs its component's {@link Rules} on the shared engine; stateless and thread-safe. */
abstract class RuleScorer implements ComponentScorer {

    private final Rules rules;

    RuleScorer(Rules rules) {
        this.rules = rules;
    }

    @Override
    public Component component() {
        return rules.component();
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        return rules.score(coin, asOf);
    }
}
