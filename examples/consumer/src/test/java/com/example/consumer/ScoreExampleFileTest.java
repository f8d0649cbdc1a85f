package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dscore.api.Coin;
import io.dscore.io.DScoreModule;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreExampleFileTest {

    @Test
    void theExampleSetIsReadScoredAndWrittenAsJson() {
        String json = ScoreExampleFile.scoresAsJson(Path.of("../../docs/examples/coins.csv"), LocalDate.of(2026, 6, 19));

        JsonMapper mapper = JsonMapper.builder().addModule(new DScoreModule()).build();
        JsonNode results = mapper.readTree(json);
        assertEquals(26, results.size());
        JsonNode bitcoin = results.get(0);
        assertEquals("Bitcoin", mapper.treeToValue(bitcoin.get("coin"), Coin.class).name());
        assertEquals("dscore-2", bitcoin.get("methodology").stringValue());
        assertEquals("2026-06-19", bitcoin.get("as_of").stringValue());
        assertEquals(5, bitcoin.get("components").size());
    }
}
