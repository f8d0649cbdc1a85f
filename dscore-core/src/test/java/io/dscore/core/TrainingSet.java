package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The calibration set: the facts of 41 coins and their published D-Scores (BlockIndex.AI, pages updated
 * 2026-06-19), read from {@code src/test/resources/calibration}.
 */
final class TrainingSet {

    /** The date of the published ratings. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);

    private TrainingSet() {
    }

    /** A coin's facts with its published scores: total, then the five components in Component order. */
    record Row(Coin coin, double publishedTotal, String publishedBand, double[] publishedComponents) {
    }

    static List<Coin> coins() {
        List<Coin> coins = new ArrayList<>();
        for (CSVRecord r : read("training-facts.csv")) {
            coins.add(coin(r));
        }
        return coins;
    }

    /** The coins of a facts file in the interchange format (the columns of the calibration set). */
    static List<Coin> coins(Reader in) throws IOException {
        List<Coin> coins = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            coins.add(coin(r));
        }
        return coins;
    }

    static List<Row> rows() {
        Map<String, CSVRecord> published = new LinkedHashMap<>();
        for (CSVRecord r : read("training-published.csv")) {
            published.put(r.get("symbol"), r);
        }
        List<Row> rows = new ArrayList<>();
        for (Coin coin : coins()) {
            CSVRecord p = Objects.requireNonNull(published.get(coin.symbol()), coin.symbol());
            rows.add(new Row(coin, Double.parseDouble(p.get("published_total")), p.get("published_band"),
                    new double[] {
                        Double.parseDouble(p.get("published_node_distribution")),
                        Double.parseDouble(p.get("published_initial_distribution")),
                        Double.parseDouble(p.get("published_governance")),
                        Double.parseDouble(p.get("published_age_history")),
                        Double.parseDouble(p.get("published_autonomy"))}));
        }
        return rows;
    }

    private static List<CSVRecord> read(String file) {
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(TrainingSet.class.getResourceAsStream("/calibration/" + file), file),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Coin coin(CSVRecord r) {
        Coin.Builder b = Coin.builder()
                .name(r.get("name")).symbol(r.get("symbol"))
                .layer(Layer.valueOf(r.get("layer")))
                .consensus(Consensus.valueOf(r.get("consensus")))
                .launchType(LaunchType.valueOf(r.get("launch_type")))
                .vcFunded(VcFunding.valueOf(r.get("vc_funded")))
                .governance(Governance.valueOf(r.get("governance")));
        text(r, "host_chain", b::hostChain);
        text(r, "consensus_detail", b::consensusDetail);
        text(r, "merged_mined_with", b::mergedMinedWith);
        text(r, "forked_from", b::forkedFrom);
        if (!r.get("admin_control").isEmpty()) {
            b.adminControl(AdminControl.valueOf(r.get("admin_control")));
        }
        if (!r.get("shared_security").isEmpty()) {
            b.sharedSecurity(SharedSecurity.valueOf(r.get("shared_security")));
        }
        if (!r.get("block_producers").isEmpty()) {
            b.blockProducers(Integer.parseInt(r.get("block_producers")));
        }
        if (!r.get("nakamoto_coefficient").isEmpty()) {
            b.nakamotoCoefficient(Integer.parseInt(r.get("nakamoto_coefficient")));
        }
        if (!r.get("launch_year").isEmpty()) {
            b.launchYear(Integer.parseInt(r.get("launch_year")));
        }
        if (!r.get("insider_allocation_pct").isEmpty()) {
            b.insiderAllocationPct(Double.parseDouble(r.get("insider_allocation_pct")));
        }
        if (!r.get("dev_fund_pct").isEmpty()) {
            b.devFundPct(Double.parseDouble(r.get("dev_fund_pct")));
        }
        if (!r.get("incidents").isEmpty()) {
            b.incidents(Integer.parseInt(r.get("incidents")));
        }
        return b.build();
    }

    private static void text(CSVRecord r, String column, Consumer<String> setter) {
        if (!r.get(column).isEmpty()) {
            setter.accept(r.get(column));
        }
    }
}
