package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static io.dscore.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The optional {@code producer_shares} column: amounts per producer, {@code ;}-separated in CSV, an array in JSON. */
class ProducerSharesTest {

    @Test
    void csvSharesScoreNodeFromTheirNakamotoCoefficientAndBadSharesAreReported() {
        String file = input("producer-shares.csv");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file);

        // 30 + 25 = 55 of 100 is a majority: Nakamoto coefficient 2, proof of work capped at 22
        assertThat(run.outLines()).containsExactly(
                "name,symbol,total,band,node_distribution,initial_distribution,governance,age_and_history,autonomy,"
                        + "total_min,total_max,band_certain,as_of,methodology",
                "Example,EXM,78,Decentralized,22,25,21,5,5,48,88,false,2026-06-19,dscore-2");
        assertThat(run.errLines()).containsExactly(
                file + ":3: column producer_shares: amount 2 of 3 is not a number (value '30;x;15')",
                file + ":4: column block_producers: contradicts producer_shares, which has 3 positive amounts "
                        + "(value '4')",
                file + ":5: column producer_shares: amount 2 of 3 must be a finite amount >= 0 (value '30;-1;15')",
                "scored 1, rejected 3");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void jsonSharesAreAnArrayOrTheirCsvText() {
        Cli.Run run = run("score", "--format", "json", "--explain", "--as-of", AS_OF, input("producer-shares.json"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("producer_shares: Nakamoto coefficient 3 of 10 producers")
                .contains("producer_shares: Nakamoto coefficient 2 of 2 producers");
        assertThat(run.errLines()).containsExactly("scored 2, rejected 0");
    }
}
