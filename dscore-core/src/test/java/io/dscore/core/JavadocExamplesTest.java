package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.Improvement;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.ScoreChange;
import io.dscore.api.VcFunding;
import io.dscore.core.metrics.Distribution;
import java.io.IOException;
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

/**
 * The code examples of the Javadoc, the API overview and the README, compiled and asserted here, and a check
 * that every example in those documents is a copy of a tagged region of a test ({@code // tag::name[]} ...
 * {@code // end::name[]}), so documentation examples cannot rot (the idea of Caffeine's Snippets.java).
 */
class JavadocExamplesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern JAVADOC_EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*?\\s*}</pre>",
            Pattern.DOTALL);
    private static final Pattern MARKDOWN_EXAMPLE = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]",
            Pattern.DOTALL);

    @Test
    void coinExample() {
        // tag::coin[]
        Coin flux = Coin.builder()
                .name("Flux").symbol("FLUX")
                .layer(Layer.LAYER_1).consensus(Consensus.POW)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
                .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE)
                .build();
        // end::coin[]
        assertThat(flux.insiderAllocationPct()).hasValue(5.3);
        assertThat(flux.blockProducers()).isEmpty();
    }

    @Test
    void producerSharesExample() {
        Coin flux = flux();
        // tag::producer-shares[]
        Coin.builder(flux).producerShares(410, 388, 201, 105, 99, 40).build(); // blocks per pool, last 24 hours
        // end::producer-shares[]
        Coin withShares = Coin.builder(flux).producerShares(410, 388, 201, 105, 99, 40).build();
        assertThat(withShares.producerShares()).hasSize(6);
        assertThat(DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(withShares).component(Component.NODE_DISTRIBUTION)
                .reasons()).anySatisfy(r -> assertThat(r.text()).contains("Nakamoto coefficient 2 of 6 producers"));
    }

    @Test
    void distributionExample() {
        // tag::distribution[]
        Distribution pools = Distribution.of(3, 2, 1, 1, 1, 1);
        pools.size();                 // 6
        pools.nakamotoCoefficient();  // 2: 3 + 2 = 5 of 9 is more than half
        pools.tau(0.66);              // 3: 3 + 2 + 1 = 6 of 9 is more than 66%
        pools.concentrationRatio(1);  // 0.333...
        Distribution.of(8, 6, 3, 3).hhi(); // 2950.0
        // end::distribution[]
        assertThat(pools.size()).isEqualTo(6);
        assertThat(pools.nakamotoCoefficient()).isEqualTo(2);
        assertThat(pools.tau(0.66)).isEqualTo(3);
        assertThat(pools.concentrationRatio(1)).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Distribution.of(8, 6, 3, 3).hhi()).isCloseTo(2950.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void dscoreExample() {
        Coin flux = flux();
        // tag::dscore[]
        DScoreResult result = DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(flux);
        result.total();                                  // 68.0
        result.band().label();                           // "Decentralized"
        result.component(Component.GOVERNANCE).points(); // 7.0
        // end::dscore[]
        assertThat(result.total()).isEqualTo(68.0);
        assertThat(result.band().label()).isEqualTo("Decentralized");
        assertThat(result.component(Component.GOVERNANCE).points()).isEqualTo(7.0);
    }

    @Test
    void overviewExample() {
        // tag::overview[]
        Coin flux = Coin.builder()
                .name("Flux").symbol("FLUX")
                .layer(Layer.LAYER_1).consensus(Consensus.POW)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
                .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE)
                .build();
        DScoreResult result = DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(flux);
        result.total();                                  // 68.0
        result.band().label();                           // "Decentralized"
        result.component(Component.GOVERNANCE).points(); // 7.0
        // end::overview[]
        assertThat(result.total()).isEqualTo(68.0);
        assertThat(result.band().label()).isEqualTo("Decentralized");
        assertThat(result.component(Component.GOVERNANCE).points()).isEqualTo(7.0);
    }

    @Test
    void scorerExample() {
        Coin flux = flux();
        // tag::scorer[]
        Scorer scorer = DScore.asOf(LocalDate.of(2026, 6, 19));
        DScoreResult result = scorer.scoreOf(flux);
        List<Improvement> improvements = scorer.improvementsFor(flux);
        // end::scorer[]
        assertThat(result.total()).isEqualTo(68.0);
        assertThat(improvements).extracting(Improvement::toString).containsExactly("governance COMPANY -> ON_CHAIN: +18");
    }

    @Test
    void scoreChangeExample() {
        Coin flux = flux();
        // tag::score-change[]
        Scorer scorer = DScore.asOf(LocalDate.of(2026, 6, 19));
        Coin onChain = Coin.builder(flux).governance(Governance.ON_CHAIN).build();
        ScoreChange change = scorer.scoreOf(onChain).changesFrom(scorer.scoreOf(flux));
        change.totalDelta();              // 18.0
        change.facts().get(0).toString(); // "fact governance: COMPANY -> ON_CHAIN"
        change.cause();                   // FACTS
        // end::score-change[]
        assertThat(change.totalDelta()).isEqualTo(18.0);
        assertThat(change.facts().get(0)).hasToString("fact governance: COMPANY -> ON_CHAIN");
        assertThat(change.cause()).isEqualTo(ScoreChange.Cause.FACTS);
        assertThat(change.toString().split("\n")).containsExactly(
                "FLUX: 68 -> 86 (Decentralized -> Highly Decentralized), dscore-2, as of 2026-06-19, facts changed",
                "  fact governance: COMPANY -> ON_CHAIN",
                "  Governance: 7 -> 25 (+18)",
                "  GOVERNANCE_DECISION_MAKERS changed: 7 -> 25 (+18): " + onChainReason(scorer, onChain));
    }

    private static String onChainReason(Scorer scorer, Coin coin) {
        return scorer.scoreOf(coin).component(Component.GOVERNANCE).reasons().get(0).text();
    }

    @Test
    void everyDocumentedExampleIsACopyOfATestedRegion() throws IOException {
        List<String> regions = new ArrayList<>();
        for (Path file : files(ROOT, "src/test/java")) {
            Matcher m = REGION.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                regions.add(normalize(m.group(2)));
            }
        }
        assertThat(regions).isNotEmpty();

        List<String> checked = new ArrayList<>();
        List<Path> documents = new ArrayList<>(files(ROOT, "src/main/java"));
        documents.add(ROOT.resolve("docs/overview.html"));
        for (Path document : documents) {
            Matcher m = JAVADOC_EXAMPLE.matcher(Files.readString(document, StandardCharsets.UTF_8));
            while (m.find()) {
                String example = normalize(m.group(1));
                assertThat(regions).as("example in %s is not a tested region:%n%s", ROOT.relativize(document), example)
                        .contains(example);
                checked.add(example);
            }
        }
        Path readme = ROOT.resolve("README.md");
        Matcher m = MARKDOWN_EXAMPLE.matcher(Files.readString(readme, StandardCharsets.UTF_8));
        while (m.find()) {
            String example = normalize(m.group(1));
            assertThat(regions).as("example in README.md is not a tested region:%n%s", example).contains(example);
            checked.add(example);
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(4);
    }

    private static Coin flux() {
        return Coin.builder().name("Flux").symbol("FLUX").layer(Layer.LAYER_1).consensus(Consensus.POW)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020).vcFunded(VcFunding.NO)
                .insiderAllocationPct(5.3).devFundPct(3.6).governance(Governance.COMPANY).incidents(0)
                .adminControl(AdminControl.NONE).build();
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

    private static List<Path> files(Path root, String sourceDir) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String module : List.of("dscore-api", "dscore-core")) {
            Path dir = root.resolve(module).resolve(sourceDir);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(found::add);
                }
            }
        }
        return found;
    }
}
