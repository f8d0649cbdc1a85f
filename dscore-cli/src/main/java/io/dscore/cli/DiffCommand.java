package io.dscore.cli;

import io.dscore.api.DScoreResult;
import io.dscore.api.Fact;
import io.dscore.api.InvalidFactException;
import io.dscore.api.ScoreChange;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import io.dscore.io.CoinReader;
import io.dscore.io.InputException;
import io.dscore.io.Location;
import io.dscore.io.Row;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * {@code dscore diff OLD NEW}: scores two files of coin facts, pairs their coins by symbol (ignoring case) and
 * writes what changed ({@link ScoreChange}): by default the coins whose total or band changed, largest change
 * first, then the coins found in only one file. See {@code docs/cli.md}.
 */
@Command(name = "diff", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = DScoreCommand.Version.class,
        description = {
            "Compares the scores of two files of coin facts (CSV or JSON), coin by coin, paired by symbol.",
            "Lists the coins whose total or band changed, largest change first, with the facts that changed and "
                    + "the components that moved, then the coins added or removed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:both files were read and every row scored",
            "1:some rows were rejected (the others were compared)",
            "2:a file could not be read, the output could not be written, or the command line is wrong"},
        footerHeading = "%nErrors:%n",
        footer = {
            "A bad row (and a symbol given twice in one file) is reported on standard error as "
                    + "FILE:LINE: column COLUMN: what is wrong (value 'X').",
            "The last line on standard error is always: scored N, rejected M (both files)."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    private DScoreCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier facts (CSV or JSON); - reads standard input.")
    private String oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later facts (CSV or JSON); - reads standard input.")
    private String newFile;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "The date NEW is scored as of (default: today).")
    private LocalDate asOf;

    @Option(names = "--old-as-of", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "The date OLD is scored as of (default: the --as-of date).")
    private LocalDate oldAsOf;

    @Option(names = "--all", description = "Also list the coins whose total and band did not change.")
    private boolean all;

    @Option(names = {"-f", "--format"}, paramLabel = "table|csv|json|html", defaultValue = "table",
            description = "table (default): aligned, largest change first; csv, json: one record per coin, same "
                    + "order; html: a self-contained page with a chart.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the comparison to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && output.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--output': the file name is empty");
        }
        LocalDate newDate = asOf != null ? asOf : LocalDate.now();
        Scorer newScorer = scorer(newDate, "--as-of");
        Scorer oldScorer = scorer(oldAsOf != null ? oldAsOf : newDate, "--old-as-of");
        Summary summary = new Summary();
        Map<String, DScoreResult> before;
        Map<String, DScoreResult> after;
        try {
            before = read(Source.of(oldFile, parent.stdin()), oldScorer, summary, err);
            after = read(Source.of(newFile, parent.stdin()), newScorer, summary, err);
        } catch (InputException e) {
            err.println(TerminalText.message(e.getMessage()));
            summary.unreadable();
            err.println(summary);
            err.flush();
            return Summary.FAILED;
        }
        List<Entry> entries = entries(before, after);
        String destination = output == null ? "standard output" : TerminalText.value(output.toString());
        try (Output out = Output.open(Optional.ofNullable(output), false, parent.stdout())) {
            DiffWriter.of(format).write(out.writer(), new DiffWriter.Header(oldFile, newFile, oldScorer.asOf(),
                    newScorer.asOf(), newScorer.methodology().id()), entries, all);
            out.commit();
        } catch (IOException e) {
            if (!Output.brokenPipe(e)) {
                err.println(TerminalText.message("dscore: cannot write " + destination + ": " + Output.reason(e)));
            }
            err.println(summary);
            err.flush();
            return Summary.FAILED;
        }
        err.println(summary);
        err.flush();
        return summary.exitCode();
    }

    /** The scorer for a date; a date the library refuses is a usage error (status 2). */
    private Scorer scorer(LocalDate date, String option) {
        try {
            return DScore.asOf(date);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    /**
     * Reads and scores one input, keyed by upper-case symbol in input order. A bad row, a row the scorer rejects
     * and a second row with a symbol already read are reported on {@code err} and counted as rejected.
     *
     * @throws InputException if the input cannot be read
     */
    static Map<String, DScoreResult> read(Source source, Scorer scorer, Summary summary, PrintWriter err) {
        Map<String, DScoreResult> results = new LinkedHashMap<>();
        Map<String, Location> firstSeen = new LinkedHashMap<>();
        try (CoinReader reader = CoinReader.open(source.name(), source.open())) {
            for (Row row : reader) {
                Optional<Row.Rejected> bad = Optional.empty();
                if (row instanceof Row.Rejected) {
                    bad = Optional.of((Row.Rejected) row);
                } else {
                    Row.Parsed coin = (Row.Parsed) row;
                    String key = coin.coin().symbol().toUpperCase(Locale.ROOT);
                    Location first = firstSeen.get(key);
                    if (first != null) {
                        bad = Optional.of(new Row.Rejected(coin.location(), Optional.of(Fact.SYMBOL),
                                Optional.of(Fact.SYMBOL.column()),
                                "the symbol is already on line " + first.line() + " (symbols pair the coins)",
                                coin.coin().symbol()));
                    } else {
                        try {
                            results.put(key, scorer.scoreOf(coin.coin()));
                            firstSeen.put(key, coin.location());
                        } catch (InvalidFactException e) {
                            bad = Optional.of(coin.rejectedBy(e));
                        }
                    }
                }
                if (bad.isPresent()) {
                    err.println(TerminalText.message(bad.get().message()));
                    summary.rejected();
                } else {
                    summary.scored();
                }
            }
        }
        return results;
    }

    /**
     * Pairs the results: coins in both files (in NEW's order), then the coins only in NEW, then those only in
     * OLD; compared coins sorted by the size of the change, largest first (a stable sort).
     */
    static List<Entry> entries(Map<String, DScoreResult> before, Map<String, DScoreResult> after) {
        List<Entry> compared = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        for (Map.Entry<String, DScoreResult> later : after.entrySet()) {
            DScoreResult earlier = before.get(later.getKey());
            if (earlier == null) {
                added.add(new Entry(Status.ADDED, Optional.empty(), Optional.of(later.getValue()), Optional.empty()));
            } else {
                ScoreChange change = later.getValue().changesFrom(earlier);
                compared.add(new Entry(change.scoreChanged() ? Status.CHANGED : Status.UNCHANGED,
                        Optional.of(earlier), Optional.of(later.getValue()), Optional.of(change)));
            }
        }
        compared.sort(Comparator.comparingDouble((Entry e) -> Math.abs(e.change().orElseThrow().totalDelta()))
                .reversed());
        List<Entry> entries = new ArrayList<>(compared);
        entries.addAll(added);
        for (Map.Entry<String, DScoreResult> earlier : before.entrySet()) {
            if (!after.containsKey(earlier.getKey())) {
                entries.add(new Entry(Status.REMOVED, Optional.of(earlier.getValue()), Optional.empty(),
                        Optional.empty()));
            }
        }
        return entries;
    }

    /** How a coin fared between the two files; the words of the output. */
    enum Status {
        /** In both files; the total (and maybe the band) changed. */
        CHANGED,
        /** In both files; the same total and band (facts or reasons may still differ). */
        UNCHANGED,
        /** Only in NEW. */
        ADDED,
        /** Only in OLD. */
        REMOVED;

        /** The word written in the output, such as {@code changed}. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One coin of the comparison.
     *
     * @param status  how it fared
     * @param before  its result in OLD, empty if added
     * @param after   its result in NEW, empty if removed
     * @param change  the change, for a coin in both files
     */
    record Entry(Status status, Optional<DScoreResult> before, Optional<DScoreResult> after,
                 Optional<ScoreChange> change) {

        Entry {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(change, "change");
        }

        /** The latest result of the coin: NEW's, or OLD's for a removed coin. */
        DScoreResult latest() {
            return after.or(() -> before).orElseThrow();
        }

        /** Whether the default output (without {@code --all}) shows it. */
        boolean shownByDefault() {
            return status != Status.UNCHANGED;
        }
    }
}
