package com.example.consumer;

import io.dscore.api.DScoreResult;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import io.dscore.io.CoinReader;
import io.dscore.io.DScoreModule;
import io.dscore.io.Row;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Reads a CSV or JSON file of coin facts with dscore-io, scores every coin, and prints the results as JSON. */
public final class ScoreExampleFile {

    private ScoreExampleFile() {
    }

    /**
     * The results of every coin of {@code file} as a JSON array, written by {@link DScoreModule}; a record that is
     * not a valid coin is reported on standard error and skipped.
     */
    static String scoresAsJson(Path file, LocalDate asOf) {
        Scorer scorer = DScore.asOf(asOf);
        List<DScoreResult> results = new ArrayList<>();
        try (CoinReader reader = CoinReader.open(file)) {
            for (Row row : reader) {
                if (row instanceof Row.Parsed) {
                    results.add(scorer.scoreOf(((Row.Parsed) row).coin()));
                } else {
                    System.err.println(((Row.Rejected) row).message());
                }
            }
        }
        JsonMapper mapper = JsonMapper.builder().addModule(new DScoreModule()).build();
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results);
    }

    /**
     * Prints the scores of a file (default: the bundled example set) as of 2026-06-19.
     *
     * @param args the file, optional
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../../docs/examples/coins.csv");
        System.out.println(scoresAsJson(file, LocalDate.of(2026, 6, 19)));
    }
}
