package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Large lists of valid coins from a seed, for tests that need many coins at once (the QuickTheories generators
 * in {@link Coins} produce one coin per example). Every enum value, known and unknown optional facts, producer
 * shares on about one coin in eight; launch years from 2008 to the year of {@link Coins#AS_OF}, so every coin
 * scores as of that date. The same seed gives the same list.
 */
final class SeededCoins {

    private static final String[] CHAINS = {"BTC", "ETH", "DOT", "SOL", "ATOM"};
    private static final Consensus[] CHAIN_CONSENSUS = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(Consensus.NONE)).toArray(new Consensus[0]);

    private SeededCoins() {
    }

    /**
     * Returns {@code count} coins generated from {@code seed}.
     *
     * @param seed the seed
     * @param count how many coins
     * @return a new list of valid coins
     */
    static List<Coin> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Coin> coins = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            coins.add(coin(random, i));
        }
        return coins;
    }

    private static Coin coin(SplittableRandom random, int index) {
        Layer layer = pick(random, Layer.values());
        Consensus consensus = layer == Layer.TOKEN ? Consensus.NONE
                : pick(random, layer == Layer.LAYER_1 ? CHAIN_CONSENSUS : Consensus.values());
        LaunchType launch = pick(random, LaunchType.values());
        Coin.Builder b = Coin.builder()
                .name("Coin " + index).symbol("C" + index)
                .layer(layer)
                .consensus(consensus)
                .launchType(launch)
                .vcFunded(pick(random, VcFunding.values()))
                .governance(pick(random, Governance.values()))
                .adminControl(pick(random, AdminControl.values()));
        if (launch == LaunchType.CHAIN_FORK) {
            b.forkedFrom(pick(random, CHAINS));
        }
        String host = random.nextBoolean() ? pick(random, CHAINS) : null;
        if (host != null) {
            b.hostChain(host);
        }
        if (random.nextBoolean()) {
            b.mergedMinedWith(pick(random, CHAINS));
        }
        if (random.nextInt(3) > 0) {
            b.sharedSecurity(host != null && random.nextBoolean() ? SharedSecurity.YES : SharedSecurity.NO);
        }
        if (random.nextInt(8) == 0) {
            double[] shares = new double[1 + random.nextInt(40)];
            for (int k = 0; k < shares.length; k++) {
                shares[k] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1000;
            }
            shares[0] = 1 + shares[0];
            b.producerShares(shares);
        } else {
            int producers = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(5000);
            if (random.nextInt(4) > 0) {
                b.blockProducers(producers);
            }
            if (random.nextInt(4) > 0 && producers >= 1) {
                b.nakamotoCoefficient(1 + random.nextInt(Math.min(producers, 40)));
            }
        }
        if (random.nextInt(4) > 0) {
            b.launchYear(2008 + random.nextInt(Coins.LAST_YEAR - 2008 + 1));
        }
        if (random.nextInt(4) > 0) {
            b.insiderAllocationPct(random.nextInt(4) == 0 ? random.nextInt(25) : random.nextDouble() * 100);
        }
        if (random.nextInt(4) > 0) {
            b.devFundPct(random.nextInt(4) == 0 ? random.nextInt(25) : random.nextDouble() * 100);
        }
        if (random.nextInt(4) > 0) {
            b.incidents(random.nextInt(15));
        }
        return b.build();
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
