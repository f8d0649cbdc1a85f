package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static io.dscore.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -f html} of {@code score} and {@code diff}: one bar group and one table row per coin, the stamp, the
 * escaping of input text, a page that fetches nothing, and the chart's cut past 2,000 coins. (The page in a real
 * browser: {@code .ci/browser-check}.)
 */
class HtmlReportTest {

    private static final String HEADER = "name,symbol,layer,consensus,launch_type,launch_year,vc_funded,governance";

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theExamplesGiveOneBarAndOneRowPerCoin() {
        Cli.Run run = run("score", "-f", "html", "--as-of", AS_OF);
        assertThat(run.status()).isZero();
        String html = run.out();
        assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
        assertThat(count(html, "<g class=\"bar\"")).isEqualTo(26);
        assertThat(count(html, "<tr class=\"coin\">")).isEqualTo(26);
        assertThat(count(html, "<details>")).isEqualTo(26);
        assertThat(html).contains("As of 2026-06-19 \u00b7 methodology dscore-2 \u00b7 26 coins");
        for (Component c : Component.values()) {
            assertThat(html).contains("<span class=\"k-" + ResultColumns.key(c) + "\"></span>" + c.label());
        }
        // Flux, 68 with a range of 38-68, is drawn with a whisker and listed with its improvement
        assertThat(html).contains("<title>Flux (FLUX): 68, Decentralized, range 38-68</title>")
                .contains("<li>governance COMPANY -&gt; ON_CHAIN: +18</li>");
        // ranked: Bitcoin (96) above Cardano (71) above Flux (68)
        assertThat(html.indexOf("<title>Bitcoin (BTC)")).isLessThan(html.indexOf("<title>Cardano (ADA)"));
        assertThat(html.indexOf("<title>Cardano (ADA)")).isLessThan(html.indexOf("<title>Flux (FLUX)"));
    }

    @Test
    void thePageFetchesNothingAndRunsOnlyItsOwnScript() throws NoSuchAlgorithmException {
        String html = run("score", "-f", "html", "--as-of", AS_OF).out();
        assertThat(html).doesNotContain(" src=").doesNotContain(" href=").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("http://").doesNotContain("https://");
        assertThat(count(html, "<script")).isEqualTo(1);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(html).contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                + "script-src 'sha256-" + hash + "'\"");
    }

    @Test
    void everyTextFromTheInputIsEscaped() {
        String html = run("score", "-f", "html", "--as-of", AS_OF, input("escaped-name.csv")).out();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>X</b>")
                .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>&lt;b&gt;X&lt;/b&gt;</td>")
                .contains("<td>Quote &quot; &amp; amp&#39;s</td>");
        assertThat(count(html, "<tr class=\"coin\">")).isEqualTo(2);
    }

    @Test
    void escapingCoversMarkupQuotesAndControlCharacters() {
        assertThat(HtmlWriter.esc("a<b>&\"'\u0007\tz")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39; \tz");
        assertThat(HtmlWriter.esc("plain")).isEqualTo("plain");
    }

    @Test
    void pastTwoThousandCoinsTheChartShowsBothEnds(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 2001; i++) {
            lines.add("Coin " + i + ",C" + i + ",LAYER_1,POW,FAIR_LAUNCH," + (2009 + i % 17) + ",NO,"
                    + (i % 2 == 0 ? "COMPANY" : "ON_CHAIN"));
        }
        Path file = dir.resolve("many.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        String html = run("score", "-f", "html", "--as-of", AS_OF, file.toString()).out();
        assertThat(count(html, "<g class=\"bar\"")).isEqualTo(100);
        assertThat(count(html, "<tr class=\"coin\">")).isEqualTo(2001);
        assertThat(html).contains("The chart shows the 50 highest and the 50 lowest of 2001 coins; the table "
                + "below lists all of them.").contains("1901 coins not shown");
    }

    @Test
    void twoThousandCoinsAreAllCharted(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 2000; i++) {
            lines.add("Coin " + i + ",C" + i + ",LAYER_1,POW,FAIR_LAUNCH,2015,NO,COMPANY");
        }
        Path file = dir.resolve("many.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        String html = run("score", "-f", "html", "--as-of", AS_OF, file.toString()).out();
        assertThat(count(html, "<g class=\"bar\"")).isEqualTo(2000);
        assertThat(html).doesNotContain("The chart shows the 50 highest");
    }

    @Test
    void theDiffPageChartsAndListsTheChangedCoins() {
        Cli.Run run = run("diff", "-f", "html", "--as-of", AS_OF, input("diff-old.csv"), input("diff-new.csv"));
        assertThat(run.status()).isZero();
        String html = run.out();
        assertThat(count(html, "<g class=\"bar\"")).isEqualTo(3);
        assertThat(count(html, "<tr class=\"coin\">")).isEqualTo(3);
        assertThat(html).contains("3 changed, 23 unchanged, 0 added, 0 removed")
                .contains("<code>governance</code> FOUNDATION \u2192 ON_CHAIN")
                .containsPattern("<title>Injective Protocol \\(INJ\\): 56, Moderately Decentralized(, range [0-9.-]+)?, "
                        + "was 43</title>");
    }
}
