package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV output is formula-safe: a name or symbol that a spreadsheet would run as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}) is written with a leading apostrophe, so it shows as text.
 */
class CsvFormulaSafetyTest {

    @Test
    void formulaNamesAndSymbolsAreWrittenAsText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("formula.csv");
        Files.write(file, List.of("name,symbol,layer,consensus,launch_type,vc_funded,governance",
                "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@SUM,LAYER_1,POW,FAIR_LAUNCH,NO,FOUNDATION",
                "+Plus,-MINUS,LAYER_1,POW,FAIR_LAUNCH,NO,FOUNDATION",
                "Plain,PLN,LAYER_1,POW,FAIR_LAUNCH,NO,FOUNDATION"), StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("score", "--format", "csv", "--as-of", AS_OF, file.toString());

        List<String> lines = run.out().lines().skip(1).toList();
        assertThat(lines.get(0)).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM,");
        assertThat(lines.get(1)).startsWith("'+Plus,'-MINUS,");
        assertThat(lines.get(2)).startsWith("Plain,PLN,");
        assertThat(run.status()).isZero();
    }
}
