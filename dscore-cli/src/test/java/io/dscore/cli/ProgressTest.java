package io.dscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line, on a fake clock. */
class ProgressTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    /** A clock the test moves by hand. */
    private static final class FakeClock {
        long now = 1_000_000_000_000L;

        void advance(long millis) {
            now += millis * MS;
        }
    }

    private static Summary counted(long scored, long rejected) {
        Summary summary = new Summary();
        for (long i = 0; i < scored; i++) {
            summary.scored();
        }
        for (long i = 0; i < rejected; i++) {
            summary.rejected();
        }
        return summary;
    }

    @Test
    void theLineShowsTheCountsTheRateAndTheShareRead() {
        assertThat(Progress.line(counted(3000, 3), 2000 * MS, OptionalDouble.of(0.4567)))
                .isEqualTo("scored 3000, rejected 3, 1502 rows/s, 45% read");
        assertThat(Progress.line(counted(10, 0), 4000 * MS, OptionalDouble.empty()))
                .isEqualTo("scored 10, rejected 0, 3 rows/s");
    }

    @Test
    void nothingIsShownInTheFirstTwoSecondsThenAtMostFourTimesASecond() {
        FakeClock clock = new FakeClock();
        StringWriter err = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(err), () -> clock.now);
        Summary summary = new Summary();

        for (int i = 0; i < 100; i++) {
            summary.scored();
            progress.row(summary);
            clock.advance(19);
        }
        assertThat(err.toString()).as("after 1.9 s").isEmpty();

        clock.advance(100);
        summary.scored();
        progress.row(summary);
        assertThat(err.toString()).isEqualTo("\rscored 101, rejected 0, 51 rows/s");

        clock.advance(249);
        summary.scored();
        progress.row(summary);
        assertThat(err.toString()).as("249 ms later: not yet").isEqualTo("\rscored 101, rejected 0, 51 rows/s");

        clock.advance(1);
        summary.scored();
        progress.row(summary);
        assertThat(err.toString()).endsWith("\rscored 103, rejected 0, 46 rows/s");
    }

    @Test
    void aShorterLineCoversTheLongerOneAndClearingBlanksIt() {
        FakeClock clock = new FakeClock();
        StringWriter err = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(err), () -> clock.now);

        clock.advance(2000);
        progress.row(counted(1000, 0));
        clock.advance(8000);
        progress.row(counted(5, 0));
        String shown = err.toString();
        progress.clear();
        progress.clear();

        assertThat(shown).isEqualTo("\rscored 1000, rejected 0, 500 rows/s\rscored 5, rejected 0, 1 rows/s     ");
        assertThat(err.toString().substring(shown.length())).isEqualTo("\r" + " ".repeat(30) + "\r");
    }

    @Test
    void theShareIsThatOfTheFileBeingRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("coins.csv"), "x".repeat(1000));
        Source source = Source.of(file.toString(), new ByteArrayInputStream(new byte[0]));
        FakeClock clock = new FakeClock();
        StringWriter err = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(err), () -> clock.now);
        progress.reading(source);

        try (InputStream in = source.open()) {
            in.readNBytes(250);
            clock.advance(2000);
            progress.row(counted(1, 0));
        }

        assertThat(err.toString()).endsWith(", 25% read");
        assertThat(source.meter().size()).hasValue(1000);
        assertThat(source.meter().read()).isEqualTo(250);
    }

    @Test
    void standardInputHasNoShare() {
        Source source = Source.of("-", new ByteArrayInputStream(new byte[10]));

        assertThat(source.meter().size()).isEmpty();
    }

    @Test
    void whenStandardErrorIsNotATerminalThereIsNoProgress() {
        assertThat(Progress.isTerminal(2)).as("surefire gives the test JVM a pipe or a file").isFalse();
        assertThat(Progress.Terminals.ofProcess().stderr()).isFalse();
    }
}
