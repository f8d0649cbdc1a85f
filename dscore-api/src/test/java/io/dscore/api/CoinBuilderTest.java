package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link Coin#builder()} and {@link Coin#builder(Coin)}: defaults, copying, and clearing a fact. */
class CoinBuilderTest {

    /** A coin whose every fact is known and differs from every other fact of the same type. */
    static Coin full() {
        return Coin.builder()
                .name("Full Coin").symbol("FULL")
                .layer(Layer.LAYER_1).hostChain("Polkadot")
                .consensus(Consensus.POS).consensusDetail("Nominated PoS")
                .mergedMinedWith("Bitcoin")
                .sharedSecurity(true).blockProducers(300).nakamotoCoefficient(7)
                .launchType(LaunchType.PARACHAIN_AUCTION).launchYear(2021)
                .forkedFrom("Kusama")
                .vcFunded(VcFunding.YES).insiderAllocationPct(12.5).devFundPct(2.5)
                .governance(Governance.ON_CHAIN).incidents(3).adminControl(AdminControl.UPGRADEABLE)
                .build();
    }

    /** The required facts only. */
    static Coin.Builder minimal() {
        return Coin.builder().name("Min").symbol("MIN").layer(Layer.TOKEN).consensus(Consensus.NONE)
                .launchType(LaunchType.ICO).vcFunded(VcFunding.NO).governance(Governance.COMPANY);
    }

    @Test
    void settersSetTheirOwnField() {
        Coin c = full();
        assertThat(c.name()).isEqualTo("Full Coin");
        assertThat(c.symbol()).isEqualTo("FULL");
        assertThat(c.layer()).isEqualTo(Layer.LAYER_1);
        assertThat(c.hostChain()).contains("Polkadot");
        assertThat(c.consensus()).isEqualTo(Consensus.POS);
        assertThat(c.consensusDetail()).contains("Nominated PoS");
        assertThat(c.mergedMinedWith()).contains("Bitcoin");
        assertThat(c.sharedSecurity()).contains(true);
        assertThat(c.blockProducers()).hasValue(300);
        assertThat(c.nakamotoCoefficient()).hasValue(7);
        assertThat(c.launchType()).isEqualTo(LaunchType.PARACHAIN_AUCTION);
        assertThat(c.launchYear()).hasValue(2021);
        assertThat(c.forkedFrom()).contains("Kusama");
        assertThat(c.vcFunded()).isEqualTo(VcFunding.YES);
        assertThat(c.insiderAllocationPct().getAsDouble()).isCloseTo(12.5, within(1e-12));
        assertThat(c.devFundPct().getAsDouble()).isCloseTo(2.5, within(1e-12));
        assertThat(c.governance()).isEqualTo(Governance.ON_CHAIN);
        assertThat(c.incidents()).hasValue(3);
        assertThat(c.adminControl()).isEqualTo(AdminControl.UPGRADEABLE);
    }

    @Test
    void builderOfTemplateCopiesEveryField() {
        Coin template = full();
        Coin copy = Coin.builder(template).build();
        assertThat(copy).isEqualTo(template).isNotSameAs(template);
        // field by field, so a field that is copied into another of the same type is caught too
        assertThat(copy.hostChain()).isEqualTo(template.hostChain());
        assertThat(copy.consensusDetail()).isEqualTo(template.consensusDetail());
        assertThat(copy.mergedMinedWith()).isEqualTo(template.mergedMinedWith());
        assertThat(copy.forkedFrom()).isEqualTo(template.forkedFrom());
        assertThat(copy.blockProducers()).isEqualTo(template.blockProducers());
        assertThat(copy.nakamotoCoefficient()).isEqualTo(template.nakamotoCoefficient());
        assertThat(copy.launchYear()).isEqualTo(template.launchYear());
        assertThat(copy.incidents()).isEqualTo(template.incidents());
        assertThat(copy.insiderAllocationPct()).isEqualTo(template.insiderAllocationPct());
        assertThat(copy.devFundPct()).isEqualTo(template.devFundPct());
    }

    @Test
    void builderOfTemplateCopiesEmptyFactsToo() {
        Coin template = minimal().build();
        assertThat(Coin.builder(template).build()).isEqualTo(template);
    }

    @Test
    void builderOfTemplateChangesOnlyWhatIsSet() {
        Coin template = full();
        Coin derived = Coin.builder(template).incidents(4).build();
        assertThat(derived.incidents()).hasValue(4);
        assertThat(Coin.builder(derived).incidents(3).build()).isEqualTo(template);
        assertThat(template.incidents()).hasValue(3);
    }

    @Test
    void builderIsIndependentOfLaterChanges() {
        Coin.Builder builder = minimal();
        Coin first = builder.build();
        builder.name("Other");
        assertThat(first.name()).isEqualTo("Min");
        assertThat(builder.build().name()).isEqualTo("Other");
    }

    @Test
    void defaultsAreUnknown() {
        Coin c = minimal().build();
        assertThat(c.adminControl()).isEqualTo(AdminControl.UNKNOWN);
        assertThat(c.hostChain()).isEmpty();
        assertThat(c.consensusDetail()).isEmpty();
        assertThat(c.mergedMinedWith()).isEmpty();
        assertThat(c.sharedSecurity()).isEmpty();
        assertThat(c.blockProducers()).isEmpty();
        assertThat(c.nakamotoCoefficient()).isEmpty();
        assertThat(c.launchYear()).isEmpty();
        assertThat(c.forkedFrom()).isEmpty();
        assertThat(c.insiderAllocationPct()).isEmpty();
        assertThat(c.devFundPct()).isEmpty();
        assertThat(c.incidents()).isEmpty();
    }

    @Test
    void optionalOverloadsClearAFact() {
        Coin cleared = Coin.builder(full())
                .sharedSecurity(Optional.empty())
                .blockProducers(OptionalInt.empty())
                .nakamotoCoefficient(OptionalInt.empty())
                .launchYear(OptionalInt.empty())
                .insiderAllocationPct(OptionalDouble.empty())
                .devFundPct(OptionalDouble.empty())
                .incidents(OptionalInt.empty())
                .build();
        assertThat(cleared.sharedSecurity()).isEmpty();
        assertThat(cleared.blockProducers()).isEmpty();
        assertThat(cleared.nakamotoCoefficient()).isEmpty();
        assertThat(cleared.launchYear()).isEmpty();
        assertThat(cleared.insiderAllocationPct()).isEmpty();
        assertThat(cleared.devFundPct()).isEmpty();
        assertThat(cleared.incidents()).isEmpty();
        assertThat(cleared.name()).isEqualTo("Full Coin");
    }

    @Test
    void nullTextsClearAFact() {
        Coin cleared = Coin.builder(full())
                .hostChain(null).consensusDetail(null).mergedMinedWith(null).forkedFrom(null)
                .sharedSecurity(Optional.empty()) // shared security YES needs a host chain
                .build();
        assertThat(cleared.hostChain()).isEmpty();
        assertThat(cleared.consensusDetail()).isEmpty();
        assertThat(cleared.mergedMinedWith()).isEmpty();
        assertThat(cleared.forkedFrom()).isEmpty();
    }

    @Test
    void optionalOverloadsSetAFact() {
        Coin set = minimal()
                .sharedSecurity(Optional.of(false))
                .blockProducers(OptionalInt.of(10))
                .nakamotoCoefficient(OptionalInt.of(2))
                .launchYear(OptionalInt.of(2015))
                .insiderAllocationPct(OptionalDouble.of(1))
                .devFundPct(OptionalDouble.of(0))
                .incidents(OptionalInt.of(1))
                .build();
        assertThat(set.sharedSecurity()).contains(false);
        assertThat(set.blockProducers()).hasValue(10);
        assertThat(set.nakamotoCoefficient()).hasValue(2);
        assertThat(set.launchYear()).hasValue(2015);
        assertThat(set.insiderAllocationPct().getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(set.devFundPct().getAsDouble()).isCloseTo(0, within(1e-12));
        assertThat(set.incidents()).hasValue(1);
    }

    @Test
    void clearingAFactCanMakeAnotherValid() {
        // nakamotoCoefficient 7 is only checked against blockProducers while both are known
        Coin coin = Coin.builder(full()).blockProducers(OptionalInt.empty()).nakamotoCoefficient(500).build();
        assertThat(coin.nakamotoCoefficient()).hasValue(500);
    }
}
