package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dscore.api.Band;
import io.dscore.api.Component;
import io.dscore.api.DScoreResult;
import io.dscore.core.DScore;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreThreeCoinsTest {

    @Test
    void fluxScoresAsPublished() {
        DScoreResult flux = DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(ScoreThreeCoins.flux());
        assertEquals(68.0, flux.total());
        assertEquals(Band.DECENTRALIZED, flux.band());
        assertEquals("Decentralized", flux.band().label());
        assertEquals(7.0, flux.component(Component.GOVERNANCE).points());
    }

    @Test
    void threeCoinsInInputOrderWithReasons() {
        List<DScoreResult> results = ScoreThreeCoins.scores(LocalDate.of(2026, 6, 19));
        assertEquals(List.of("FLUX", "LTC", "EXD"), results.stream().map(r -> r.coin().symbol()).toList());
        assertEquals(96.0, results.get(1).total());
        for (DScoreResult result : results) {
            assertTrue(result.totalMin() <= result.total() && result.total() <= result.totalMax());
            result.components().forEach(c -> assertTrue(!c.reasons().isEmpty()));
        }
        ScoreThreeCoins.main(new String[0]);
    }
}
