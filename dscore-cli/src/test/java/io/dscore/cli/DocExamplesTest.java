package io.dscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example outputs of docs/cli.md are the program's own: every block that starts with a {@code $ ./dscore score}
 * command line shows the first lines that command prints (up to a line {@code ...}), so a change of rules or of
 * output that leaves the doc stale fails here.
 */
class DocExamplesTest {

    private static final Path DOC = Path.of("../docs/cli.md");
    /** The calibration facts file the doc's examples name by its file name. */
    private static final String FACTS = "../dscore-core/src/test/resources/calibration/training-facts.csv";

    @Test
    void everyScoreExampleShowsWhatTheProgramPrints() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ ./dscore score")) {
                continue;
            }
            List<String> args = new ArrayList<>(Arrays.asList(lines.get(i).substring("$ ./dscore ".length())
                    .split(" ")));
            args.replaceAll(a -> a.equals("training-facts.csv") ? FACTS : a);
            List<String> shown = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).equals("...") && !lines.get(j).startsWith("```");
                    j++) {
                shown.add(lines.get(j));
            }
            List<String> printed = Cli.run(args.toArray(new String[0])).outLines();
            assertThat(printed).as("docs/cli.md line %d: %s", i + 1, lines.get(i)).startsWith(shown.toArray(new String[0]));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }
}
