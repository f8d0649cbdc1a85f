package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples of the "From Java" section of {@code docs/inputs.md} and of this module's Javadoc, compiled and
 * asserted here, and a check that every one of them is a copy of a tagged region of this class
 * ({@code // tag::name[]} ... {@code // end::name[]}), the convention of dscore-core's JavadocExamplesTest.
 */
class FromJavaExamplesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path EXAMPLES = ROOT.resolve("docs/examples/coins.csv");
    private static final Pattern JAVADOC_EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*?\\s*}</pre>",
            Pattern.DOTALL);
    private static final Pattern MARKDOWN_EXAMPLE = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]",
            Pattern.DOTALL);

    @Test
    void readAFile() {
        Path file = EXAMPLES;
        List<Coin> coins = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // tag::read-file[]
        try (CoinReader reader = CoinReader.open(file)) {
            for (Row row : reader) {
                if (row instanceof Row.Parsed) {
                    coins.add(((Row.Parsed) row).coin());
                } else {
                    problems.add(((Row.Rejected) row).message());
                }
            }
        }
        // end::read-file[]
        assertThat(coins).hasSize(26).first().extracting(Coin::name).isEqualTo("Bitcoin");
        assertThat(problems).isEmpty();
    }

    @Test
    void writeResults() throws IOException {
        Path file = EXAMPLES;
        Writer out = new StringWriter();
        // tag::write-results[]
        Scorer scorer = DScore.asOf(LocalDate.of(2026, 6, 19));
        ResultWriter csv = ResultWriter.csv(out);
        try (CoinReader reader = CoinReader.open(file)) {
            for (Row row : reader) {
                if (row instanceof Row.Parsed) {
                    csv.write(scorer.scoreOf(((Row.Parsed) row).coin()));
                }
            }
        }
        csv.finish();
        // end::write-results[]
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(27);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ResultWriter.columns()));
        assertThat(lines.get(1)).startsWith("Bitcoin,BTC,").endsWith(",2026-06-19,dscore-2");
    }

    @Test
    void jacksonModule() {
        String json = "{\"name\": \"Flux\", \"symbol\": \"FLUX\", \"layer\": \"LAYER_1\", \"consensus\": \"POW\","
                + " \"launch_type\": \"FAIR_LAUNCH\", \"launch_year\": 2020, \"vc_funded\": \"NO\","
                + " \"governance\": \"COMPANY\"}";
        // tag::module[]
        JsonMapper mapper = JsonMapper.builder().addModule(new DScoreModule()).build();
        Coin coin = mapper.readValue(json, Coin.class);
        String written = mapper.writeValueAsString(coin);
        // end::module[]
        assertThat(coin.launchYear()).hasValue(2020);
        assertThat(written).isEqualTo(json.replace(": ", ":").replace(", ", ","));
        // tag::module-result[]
        DScoreResult result = DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(coin);
        String scored = mapper.writeValueAsString(result);
        // end::module-result[]
        assertThat(scored).contains("\"total\":", "\"methodology\":\"dscore-2\"", "\"as_of\":\"2026-06-19\"");
    }

    @Test
    void everyExampleOfTheModuleIsACopyOfATestedRegion() throws IOException {
        List<String> regions = new ArrayList<>();
        Matcher r = REGION.matcher(Files.readString(ROOT.resolve(
                "dscore-io/src/test/java/io/dscore/io/FromJavaExamplesTest.java"), StandardCharsets.UTF_8));
        while (r.find()) {
            regions.add(normalize(r.group(2)));
        }
        List<String> checked = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT.resolve("dscore-io/src/main/java"))) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVADOC_EXAMPLE.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    String example = normalize(m.group(1));
                    assertThat(regions).as("example in %s is not a tested region:%n%s", source, example)
                            .contains(example);
                    checked.add(example);
                }
            }
        }
        Matcher m = MARKDOWN_EXAMPLE.matcher(Files.readString(ROOT.resolve("docs/inputs.md"), StandardCharsets.UTF_8));
        while (m.find()) {
            String example = normalize(m.group(1));
            assertThat(regions).as("example in docs/inputs.md is not a tested region:%n%s", example).contains(example);
            checked.add(example);
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(5);
    }

    /** Drops Javadoc margins and indentation and collapses runs of spaces, line by line. */
    private static String normalize(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n")) {
            String l = line.strip();
            if (l.startsWith("*")) {
                l = l.substring(1).strip();
            }
            l = l.replaceAll("\\s+", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            if (!l.isEmpty()) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }
}
