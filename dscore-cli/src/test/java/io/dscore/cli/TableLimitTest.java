package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import io.dscore.core.DScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The table holds at most {@link TableWriter#MOST_ROWS} rows; above that the run stops and says what to use. */
class TableLimitTest {

    private static final String MESSAGE = "the table format holds at most 3 rows (it sorts them in memory); use -f csv"
            + " or -f json, which stream any number of rows in input order";

    private static DScoreResult result(int i) {
        Coin coin = Coin.builder().name("Coin " + i).symbol("C" + i).layer(Layer.LAYER_1).consensus(Consensus.POW)
                .launchType(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.NO).governance(Governance.ON_CHAIN).build();
        return DScore.asOf(LocalDate.parse(AS_OF)).scoreOf(coin);
    }

    @Test
    void theRowAfterTheLimitIsRefused() throws IOException {
        StringWriter out = new StringWriter();
        TableWriter table = new TableWriter(out, false, DScore.asOf(LocalDate.parse(AS_OF)), 3);
        for (int i = 0; i < 3; i++) {
            table.write(result(i));
        }

        assertThatThrownBy(() -> table.write(result(4))).isInstanceOf(TableWriter.TooManyRowsException.class)
                .hasMessage(MESSAGE);
        table.finish();
        assertThat(out.toString().split("\n")).hasSize(2 + 4); // the as-of line, a blank line, the table
    }

    @Test
    void aRunAboveTheLimitStopsWithStatus2AndTheSummary() throws IOException {
        try (InputStream rows = Rows.stream(TableWriter.MOST_ROWS + 1L)) {
            Cli.Run run = runWithStdin(rows.readAllBytes(), "score", "--as-of", AS_OF, "-");

            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).containsExactly("dscore: " + MESSAGE.replace(" 3 ", " 100000 "),
                    "scored 100000, rejected 0");
            assertThat(run.status()).isEqualTo(2);
        }
    }

    @Test
    void csvHasNoLimit() throws IOException {
        try (InputStream rows = Rows.stream(TableWriter.MOST_ROWS + 1L)) {
            Cli.Run run = runWithStdin(rows.readAllBytes(), "score", "--format", "csv", "--as-of", AS_OF, "-");

            assertThat(run.summary()).isEqualTo("scored 100001, rejected 0");
            assertThat(run.status()).isZero();
        }
    }
}
