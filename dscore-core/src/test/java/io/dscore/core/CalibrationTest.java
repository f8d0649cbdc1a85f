package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Component;
import io.dscore.api.DScoreResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores every coin of the calibration set (BlockIndex.AI, 2026-06-19) and checks the fidelity figures that
 * {@code docs/methodology.md} claims. The figures are printed so a change of rules shows its effect.
 */
class CalibrationTest {

    // The claims of docs/methodology.md, section "Fidelity" (methodology 2 on the 59 coins). Keep both in step.
    // They are below the targets (band 92%, within 3 72%, MAE 3.3): the six band misses each have a twin
    // with the same facts that the rater scored the other way; methodology.md lists them.
    private static final double MIN_BAND_AGREEMENT = 0.88;
    private static final double MIN_WITHIN_3 = 0.64;
    private static final double MIN_EXACT = 0.37;
    private static final double MAX_TOTAL_MAE = 3.65;
    private static final double[] MAX_COMPONENT_MAE = {0.75, 1.2, 1.25, 0.55, 0.75};

    @Test
    void defaultMethodologyMatchesThePublishedScoresAsClaimed() {
        List<TrainingSet.Row> rows = TrainingSet.rows();
        Scorer scorer = DScore.asOf(TrainingSet.AS_OF);
        double[] componentError = new double[Component.values().length];
        double totalError = 0;
        int bandAgree = 0;
        int within3 = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        StringBuilder table = new StringBuilder("| symbol | node | initial | governance | age | autonomy | total | "
                + "published | diff | band agrees |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (TrainingSet.Row row : rows) {
            DScoreResult result = scorer.scoreOf(row.coin());
            StringBuilder diff = new StringBuilder();
            for (Component c : Component.values()) {
                double d = result.component(c).points() - row.publishedComponents()[c.ordinal()];
                componentError[c.ordinal()] += Math.abs(d);
                if (d != 0) {
                    diff.append(String.format(Locale.ROOT, " %s %+.1f", c, d));
                }
            }
            double d = result.total() - row.publishedTotal();
            totalError += Math.abs(d);
            boolean band = result.band().label().equals(row.publishedBand());
            bandAgree += band ? 1 : 0;
            within3 += Math.abs(d) <= 3 ? 1 : 0;
            exact += d == 0 ? 1 : 0;
            table.append("| ").append(row.coin().symbol());
            for (Component c : Component.values()) {
                double ours = result.component(c).points();
                double published = row.publishedComponents()[c.ordinal()];
                table.append(" | ").append(Points.format(ours))
                        .append(ours == published ? "" : " (" + Points.format(published) + ")");
            }
            table.append(String.format(Locale.ROOT, " | %s | %s | %s | %s |%n", Points.format(result.total()),
                    Points.format(row.publishedTotal()), Points.format(d), band ? "yes" : "**no**"));
            if (Math.abs(d) > 3 || !band) {
                misses.add(String.format(Locale.ROOT, "%-7s ours %5.1f published %5.1f (%+.1f)%s:%s",
                        row.coin().symbol(), result.total(), row.publishedTotal(), d, band ? "" : " BAND", diff));
            }
        }
        int n = rows.size();
        System.out.printf(Locale.ROOT, "calibration on %d coins as of %s%n", n, TrainingSet.AS_OF);
        System.out.printf(Locale.ROOT, "band agreement %.1f%%, total within 3 points %.1f%%, exact %.1f%%, "
                + "total MAE %.2f%n", 100.0 * bandAgree / n, 100.0 * within3 / n, 100.0 * exact / n, totalError / n);
        for (Component c : Component.values()) {
            System.out.printf(Locale.ROOT, "  MAE %-22s %.2f%n", c, componentError[c.ordinal()] / n);
        }
        misses.forEach(m -> System.out.println("  miss " + m));
        System.out.println(table);

        assertThat(n).isEqualTo(59);
        assertThat((double) bandAgree / n).isGreaterThanOrEqualTo(MIN_BAND_AGREEMENT);
        assertThat((double) within3 / n).isGreaterThanOrEqualTo(MIN_WITHIN_3);
        assertThat((double) exact / n).isGreaterThanOrEqualTo(MIN_EXACT);
        assertThat(totalError / n).isLessThanOrEqualTo(MAX_TOTAL_MAE);
        for (Component c : Component.values()) {
            assertThat(componentError[c.ordinal()] / n).as("MAE of %s", c)
                    .isLessThanOrEqualTo(MAX_COMPONENT_MAE[c.ordinal()]);
        }
    }
}
