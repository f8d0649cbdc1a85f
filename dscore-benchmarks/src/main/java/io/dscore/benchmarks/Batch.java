package io.dscore.benchmarks;

import io.dscore.api.Coin;
import java.time.LocalDate;

/** The seeded coin batches every benchmark scores, so that runs compare across commits. */
final class Batch {

    /** The as-of date of the calibration set; every benchmark scores as of it. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);

    private Batch() {
    }

    static Coin[] of(long seed, int size) {
        return new CoinGenerator(seed, AS_OF).coins(size).toArray(new Coin[0]);
    }

    /**
     * Reads every fact the five scorers read and folds them into one number, as cheaply as possible: the floor
     * under any scorer's cost.
     */
    static long readFacts(Coin coin) {
        long h = coin.layer().ordinal();
        h = h * 31 + coin.consensus().ordinal();
        h = h * 31 + coin.sharedSecurity().ordinal();
        h = h * 31 + coin.blockProducers().orElse(-1);
        h = h * 31 + coin.nakamotoCoefficient().orElse(-1);
        h = h * 31 + coin.launchType().ordinal();
        h = h * 31 + coin.launchYear().orElse(-1);
        h = h * 31 + coin.vcFunded().ordinal();
        h = h * 31 + (long) coin.insiderAllocationPct().orElse(-1);
        h = h * 31 + (long) coin.devFundPct().orElse(-1);
        h = h * 31 + coin.governance().ordinal();
        h = h * 31 + coin.incidents().orElse(-1);
        h = h * 31 + coin.adminControl().ordinal();
        h = h * 31 + (coin.mergedMinedWith().isPresent() ? 1 : 0);
        return h;
    }
}
