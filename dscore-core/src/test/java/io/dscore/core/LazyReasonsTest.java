package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reasons of a score are built only when read (and some component scores are shared look-ups): whenever they
 * are read, they are those of the coin, and they sum to the points.
 */
class LazyReasonsTest {

    private static final Scorer SCORER = DScore.asOf(TrainingSet.AS_OF);

    /** The calibration coins and variants with every layer, consensus, governance, funding and admin control. */
    private static List<Coin> variants() {
        List<Coin> coins = new ArrayList<>();
        for (Coin coin : TrainingSet.coins()) {
            for (Layer layer : Layer.values()) {
                for (Consensus consensus : Consensus.values()) {
                    if ((layer == Layer.TOKEN) != (consensus == Consensus.NONE) && layer != Layer.LAYER_2) {
                        continue; // a token has no consensus of its own, a chain of its own has one
                    }
                    coins.add(Coin.builder(coin).layer(layer).consensus(consensus).build());
                }
            }
            for (Governance g : Governance.values()) {
                for (VcFunding v : VcFunding.values()) {
                    for (AdminControl a : AdminControl.values()) {
                        coins.add(Coin.builder(coin).governance(g).vcFunded(v).adminControl(a).build());
                    }
                }
            }
        }
        return coins;
    }

    @Test
    void reasonsSumToThePointsOfEveryComponent() {
        for (Coin coin : variants()) {
            for (ComponentScore score : SCORER.scoreOf(coin).components()) {
                double sum = 0;
                for (Reason reason : score.reasons()) {
                    sum += reason.points();
                }
                assertThat(sum).as("%s %s", coin.symbol(), score.component()).isEqualTo(score.points(), within(0.0));
            }
        }
    }

    @Test
    void reasonsReadLaterEqualReasonsReadAtOnce() {
        List<Coin> coins = variants();
        List<DScoreResult> readLater = SCORER.scoreAll(coins);
        for (int i = 0; i < coins.size(); i++) {
            DScoreResult readNow = SCORER.scoreOf(coins.get(i));
            readNow.components().forEach(ComponentScore::reasons);
            assertThat(readLater.get(i)).isEqualTo(readNow);
            assertThat(readLater.get(i).toString()).isEqualTo(readNow.toString());
        }
    }

    @Test
    void sharedScoresNameTheCoinsOwnFacts() {
        Coin token = Coin.builder(TrainingSet.coins().get(0)).layer(Layer.TOKEN).consensus(Consensus.NONE)
                .governance(Governance.COMPANY).vcFunded(VcFunding.YES).adminControl(AdminControl.UNKNOWN).build();

        DScoreResult result = SCORER.scoreOf(token);

        assertThat(result.component(Component.NODE_DISTRIBUTION).reasons()).extracting(Reason::text)
                .containsExactly("layer TOKEN: no block producers of its own");
        assertThat(result.component(Component.GOVERNANCE).reasons()).extracting(Reason::text)
                .first().isEqualTo("governance COMPANY: the issuing company, 16 of 25");
        assertThat(result.component(Component.AUTONOMY).reasons()).extracting(Reason::text)
                .first().isEqualTo("layer TOKEN with admin_control UNKNOWN: depends on its host chain and issuer, 0 of 5");
    }

    @Test
    void eachComponentScorerAloneGivesWhatTheScorerGives() {
        LocalDate asOf = TrainingSet.AS_OF;
        List<ComponentScorer> scorers = List.of(new NodeDistributionScorer(), new InitialDistributionScorer(),
                new GovernanceScorer(), new AgeAndHistoryScorer(), new AutonomyScorer());
        for (Coin coin : variants()) {
            DScoreResult result = SCORER.scoreOf(coin);
            for (ComponentScorer scorer : scorers) {
                assertThat(scorer.score(coin, asOf)).isEqualTo(result.component(scorer.component()));
            }
        }
    }
}
