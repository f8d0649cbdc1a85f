package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: runs the shaded jar ({@code java -jar}) as a user would, in a directory of its own. Runs in the
 * {@code integration-test} phase (maven-failsafe), after {@code package} built the jar; the jar's path comes in
 * the system property {@code dscore.jar}.
 */
class DScoreJarIT {

    private static Path jar;

    @TempDir
    Path workDir;

    /** What a process printed and returned. */
    record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("dscore.jar", "target/dscore-cli-0.1.0-SNAPSHOT-all.jar"));
        assertThat(jar).as("the shaded jar, built in package").isRegularFile();
    }

    private Result dscore(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        if (stdin == null) {
            process.getOutputStream().close();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutFileTheJarPrintsTheBundledExampleTableFromAnyDirectory() throws Exception {
        Result result = dscore(null, "score", "--as-of", AS_OF);

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("As of ").contains("Bitcoin", "Monero", "Highly Decentralized");
        assertThat(result.err()).matches("(?s)scored \\d+, rejected 0\\R");
    }

    @Test
    void csvFromAFileAndJsonFromStandardInputScoreAlike() throws Exception {
        Result csv = dscore(null, "score", "--format", "csv", "--as-of", AS_OF, input("three.csv"));
        Result json = dscore(Path.of(input("three.json")), "score", "--format", "csv", "--as-of", AS_OF, "-");

        assertThat(csv.out()).startsWith("name,symbol,total,band,node_distribution,initial_distribution,"
                + "governance,age_and_history,autonomy,total_min,total_max,band_certain,as_of,methodology\n");
        assertThat(csv.out().split("\n")).hasSize(4);
        assertThat(json.out()).isEqualTo(csv.out());
        assertThat(json.status()).isZero();
    }

    @Test
    void badRowsAreReportedAndGiveStatus1() throws Exception {
        Result result = dscore(null, "score", "--format", "json", "--as-of", AS_OF, input("bad-rows.csv"));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains(input("bad-rows.csv") + ":4: column block_producers: must be >= 0 "
                + "(value '-3')").endsWith("scored 2, rejected 9\n");
    }

    @Test
    void aMissingFileGivesStatus2() throws Exception {
        Result result = dscore(null, "score", "missing.csv");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("missing.csv: no such file");
    }
}
