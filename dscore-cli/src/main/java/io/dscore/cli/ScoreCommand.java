package io.dscore.cli;

import io.dscore.api.DScoreResult;
import io.dscore.api.InvalidFactException;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import io.dscore.io.CoinReader;
import io.dscore.io.InputException;
import io.dscore.io.Row;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dscore score}: reads coin facts (CSV or JSON), scores each row as of a date, and writes the results.
 * Rows are read, scored and written one at a time (the table format holds them to sort); a bad row is reported
 * on standard error and the others are still scored. See {@code docs/cli.md}.
 */
@Command(name = "score", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = DScoreCommand.Version.class,
        description = {
            "Scores coins from CSV or JSON files of coin facts (docs/cli.md describes the columns).",
            "Without FILE, scores the bundled example set of well-known coins."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every row was scored",
            "1:some rows were rejected (the others were scored), or --strict stopped at a bad row",
            "2:a file could not be read, the output could not be written (or its reader went away), the table",
            "  would hold more than 100000 rows, memory ran out, or the command line is wrong"},
        footerHeading = "%nErrors:%n",
        footer = {
            "A bad row is reported on standard error as FILE:LINE: column COLUMN: what is wrong (value 'X').",
            "The last line on standard error is always: scored N, rejected M."})
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    private DScoreCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "CSV (header line, any column order) or JSON (array of objects); - reads standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "The date ages are computed from (default: today).")
    private LocalDate asOf;

    @Option(names = {"-f", "--format"}, paramLabel = "table|csv|json|html", defaultValue = "table",
            description = "table (default): aligned, sorted by total; csv, json: one row per coin, input order; "
                    + "html: a self-contained page with a ranked chart and each coin's reasons.")
    private Format format;

    @Option(names = {"-e", "--explain"},
            description = "Add the reasons behind every component, its range when a fact is unknown, and the "
                    + "top 3 changes that would raise the score (table and json).")
    private boolean explain;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output.")
    private Path output;

    @Option(names = "--strict",
            description = "Stop at the first bad row or unreadable file, and write no results at all.")
    private boolean strict;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress line on a long run (problems and the summary are still printed).")
    private boolean quiet;

    private PrintWriter err;
    private Progress progress = Progress.off();

    @Override
    public Integer call() {
        err = spec.commandLine().getErr();
        if (output != null && output.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--output': the file name is empty");
        }
        Scorer scorer = scorer(asOf != null ? asOf : LocalDate.now());
        List<Source> sources = new ArrayList<>();
        if (files.isEmpty()) {
            sources.add(Source.example());
        }
        for (String file : files) {
            sources.add(Source.of(file, parent.stdin()));
        }
        Summary summary = new Summary();
        String destination = output == null ? "standard output" : TerminalText.value(output.toString());
        int status;
        try (Output out = Output.open(Optional.ofNullable(output), strict, parent.stdout())) {
            progress = progress();
            ResultWriter writer = format.writer(out.writer(), explain, scorer);
            scoreAll(sources, scorer, writer, summary);
            if (strict && !summary.clean()) {
                report("stopped at the first problem (--strict): no results written");
            } else {
                progress.clear();
                writer.finish();
                out.commit();
            }
            status = summary.exitCode();
        } catch (IOException e) {
            if (!Output.brokenPipe(e)) {
                report("dscore: cannot write " + destination + ": " + Output.reason(e));
            }
            status = Summary.FAILED;
        } catch (TableWriter.TooManyRowsException e) {
            report("dscore: " + e.getMessage());
            status = Summary.FAILED;
        } catch (OutOfMemoryError e) {
            report("dscore: out of memory; use -f csv or -f json (they stream, the table holds every row), or give"
                    + " Java more memory (-Xmx)");
            status = Summary.FAILED;
        }
        progress.clear();
        err.println(summary);
        err.flush();
        return status;
    }

    /**
     * The progress line: shown when standard error is a terminal, unless {@code --quiet} or the results
     * themselves stream to the same terminal (csv or json on standard output, where the line would cut into
     * them).
     */
    private Progress progress() {
        Progress.Terminals terminals = parent.terminals();
        boolean resultsOnTerminal = terminals.stdout() && output == null && format != Format.TABLE && !strict;
        return quiet || !terminals.stderr() || resultsOnTerminal ? Progress.off() : Progress.on(err, System::nanoTime);
    }

    /** Prints a message line on standard error, made safe for a terminal, below the progress line. */
    private void report(String message) {
        progress.clear();
        err.println(TerminalText.message(message));
    }

    /** The scorer for the date; a date the library refuses is a usage error (status 2). */
    private Scorer scorer(LocalDate date) {
        try {
            return DScore.asOf(date);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--as-of': " + e.getMessage());
        }
    }

    private void scoreAll(List<Source> sources, Scorer scorer, ResultWriter writer, Summary summary)
            throws IOException {
        for (Source source : sources) {
            progress.reading(source);
            try (CoinReader reader = CoinReader.open(source.name(), source.open())) {
                for (Row row : reader) {
                    Optional<Row.Rejected> bad = score(row, scorer, writer);
                    if (bad.isEmpty()) {
                        summary.scored();
                    } else {
                        report(bad.get().message());
                        summary.rejected();
                        if (strict) {
                            return;
                        }
                    }
                    progress.row(summary);
                }
            } catch (InputException e) {
                report(e.getMessage());
                summary.unreadable();
                if (strict) {
                    return;
                }
            }
        }
    }

    /** Scores and writes a coin row; returns the bad row if there is one or the scorer rejects the coin. */
    private static Optional<Row.Rejected> score(Row row, Scorer scorer, ResultWriter writer) throws IOException {
        if (row instanceof Row.Rejected) {
            return Optional.of((Row.Rejected) row);
        }
        Row.Parsed coin = (Row.Parsed) row;
        DScoreResult result;
        try {
            result = scorer.scoreOf(coin.coin());
        } catch (InvalidFactException e) {
            return Optional.of(coin.rejectedBy(e));
        }
        writer.write(result);
        return Optional.empty();
    }
}
