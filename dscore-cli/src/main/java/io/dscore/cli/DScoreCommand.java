package io.dscore.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dscore} command: {@code dscore score [FILE ...]} scores coins from CSV or JSON files of facts;
 * {@code dscore diff OLD NEW} compares the scores of two such files. See {@code docs/cli.md} for the options, formats, exit status and error messages.
 *
 * <p>{@link #main(String[])} runs it on the process's standard streams; tests run {@link #commandLine(InputStream)}
 * with their own. Argument files ({@code @file}) are not expanded: {@code score @coins.csv} reads a file named
 * {@code @coins.csv}.
 *
 * @since 0.1
 */
@Command(name = "dscore", mixinStandardHelpOptions = true, versionProvider = DScoreCommand.Version.class,
        description = "The D-Score of cryptocurrencies: a 0-100 rating of how decentralized a coin is.",
        subcommands = {ScoreCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class DScoreCommand implements Callable<Integer> {

    private static final int OUTPUT_BUFFER = 1 << 16;

    private final InputStream stdin;
    /** Standard output as a stream that reports write errors, when the command runs on the process's own. */
    private final Optional<OutputStream> stdout;
    /** Which of the process's standard streams are terminals; none when the streams are not the process's. */
    private final Progress.Terminals terminals;

    @Spec
    private CommandSpec spec;

    private DScoreCommand(InputStream stdin, Optional<OutputStream> stdout, Progress.Terminals terminals) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.terminals = terminals;
    }

    /** For picocli's {@code AutoComplete}, which the build runs to write the shell completion script. */
    private DScoreCommand() {
        this(System.in, Optional.empty(), Progress.Terminals.NONE);
    }

    /**
     * Runs the command with the process's standard streams and exits with its status: 0 if every row was
     * scored, 1 if a row was rejected, 2 if an input could not be read, the output could not be written, or the
     * command line is wrong. Results go to standard output through a stream that reports write errors (picocli's
     * writer, which swallows them, prints only help and usage).
     *
     * @param args the command-line arguments, not null
     */
    public static void main(String[] args) {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
                OUTPUT_BUFFER), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status;
        try {
            status = commandLine(System.in, stdout, Progress.Terminals.ofProcess()).setOut(out).setErr(err)
                    .execute(args);
        } catch (OutOfMemoryError e) {
            err.println("dscore: out of memory");
            status = Summary.FAILED;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Returns the command, configured as {@link #main(String[])} runs it, reading {@code -} from {@code stdin}.
     * A usage error prints one line with the error ({@code dscore: ...}) and one pointing to {@code --help}, and
     * gives status 2; an unexpected exception is printed with its stack trace and gives status 2 too. Set its
     * output and error writers with {@link CommandLine#setOut} and {@link CommandLine#setErr}, then call
     * {@link CommandLine#execute(String...)}.
     *
     * @param stdin what the file argument {@code -} reads, not null
     * @return a new command line, not null
     * @throws NullPointerException if {@code stdin} is null
     */
    public static CommandLine commandLine(InputStream stdin) {
        return configure(new DScoreCommand(Objects.requireNonNull(stdin, "stdin"), Optional.empty(),
                Progress.Terminals.NONE));
    }

    /**
     * The command as {@link #main(String[])} runs it: results are written to {@code stdout} (not to the
     * command line's output writer, which only prints help), whose write errors stop the run.
     *
     * @param stdin     what {@code -} reads
     * @param stdout    where results go
     * @param terminals which standard streams are terminals (a progress line may be shown on standard error)
     */
    static CommandLine commandLine(InputStream stdin, OutputStream stdout, Progress.Terminals terminals) {
        return configure(new DScoreCommand(stdin, Optional.of(stdout), terminals));
    }

    private static CommandLine configure(DScoreCommand dscore) {
        return new CommandLine(dscore)
                .setExpandAtFiles(false)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true)
                .setParameterExceptionHandler((e, args) -> {
                    PrintWriter err = e.getCommandLine().getErr();
                    err.println(TerminalText.message("dscore: " + e.getMessage()));
                    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more "
                            + "information.");
                    err.flush();
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    command.getErr().println("dscore: unexpected error: " + e);
                    e.printStackTrace(command.getErr());
                    command.getErr().flush();
                    return Summary.FAILED;
                });
    }

    /**
     * Without a subcommand: prints the usage on standard error.
     *
     * @return 2, the status of a usage error
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** What {@code -} reads. */
    InputStream stdin() {
        return stdin;
    }

    /**
     * Where results go when they go to standard output: the process's standard output when {@code main} runs,
     * else the command line's output writer, checked after every write (a {@link PrintWriter} hides its errors,
     * so the reason is then only "write error").
     */
    Writer stdout() {
        if (stdout.isPresent()) {
            return new OutputStreamWriter(stdout.get(), StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
                check();
            }

            @Override
            public void flush() throws IOException {
                out.flush();
                check();
            }

            @Override
            public void close() throws IOException {
                flush();
            }

            private void check() throws IOException {
                if (out.checkError()) {
                    throw new IOException("write error");
                }
            }
        };
    }

    /** Which standard streams are terminals. */
    Progress.Terminals terminals() {
        return terminals;
    }

    /** The version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DScoreCommand.class.getPackage().getImplementationVersion();
            return new String[] {"dscore " + (version == null ? "(development build)" : version)};
        }
    }
}
