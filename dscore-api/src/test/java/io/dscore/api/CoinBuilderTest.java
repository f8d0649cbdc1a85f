package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Coin#builder()} and {@link Coin#builder(Coin)}: defaults, copying, and making a fact unknown. */
class CoinBuilderTest {

    /** A coin whose every fact is known and differs from every other fact of the same type. */
    static Coin full() {
        return Coin.builder()
                .name("Full Coin").symbol("FULL")
                .layer(Layer.LAYER_1).hostChain("Polkadot")
                .consensus(Consensus.POS).consensusDetail("Nominated PoS")
                .mergedMinedWith("Bitcoin")
                .sharedSecurity(SharedSecurity.YES).blockProducers(300).nakamotoCoefficient(7)
                .launchType(LaunchType.CHAIN_FORK).launchYear(2021)
                .forkedFrom("Kusama")
                .vcFunded(VcFunding.YES).insiderAllocationPct(12.5).devFundPct(2.5)
                .governance(Governance.ON_CHAIN).incidents(3).adminControl(AdminControl.UPGRADEABLE)
                .build();
    }

    /** The required facts only. */
    static Coin.Builder minimal() {
        return Coin.builder().name("Min").symbol("MIN").layer(Layer.TOKEN).consensus(Consensus.NONE);
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
        assertThat(c.sharedSecurity()).isEqualTo(SharedSecurity.YES);
        assertThat(c.blockProducers()).hasValue(300);
        assertThat(c.nakamotoCoefficient()).hasValue(7);
        assertThat(c.launchType()).isEqualTo(LaunchType.CHAIN_FORK);
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
    void builderOfTemplateCopiesUnknownFactsToo() {
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
    void aFactNeverSetIsUnknown() {
        Coin c = minimal().build();
        assertThat(c.adminControl()).isEqualTo(AdminControl.UNKNOWN);
        assertThat(c.launchType()).isEqualTo(LaunchType.UNKNOWN);
        assertThat(c.vcFunded()).isEqualTo(VcFunding.UNKNOWN);
        assertThat(c.governance()).isEqualTo(Governance.UNKNOWN);
        assertThat(c.sharedSecurity()).isEqualTo(SharedSecurity.UNKNOWN);
        assertThat(c.hostChain()).isEmpty();
        assertThat(c.consensusDetail()).isEmpty();
        assertThat(c.mergedMinedWith()).isEmpty();
        assertThat(c.blockProducers()).isEmpty();
        assertThat(c.nakamotoCoefficient()).isEmpty();
        assertThat(c.producerShares()).isEmpty();
        assertThat(c.launchYear()).isEmpty();
        assertThat(c.forkedFrom()).isEmpty();
        assertThat(c.insiderAllocationPct()).isEmpty();
        assertThat(c.devFundPct()).isEmpty();
        assertThat(c.incidents()).isEmpty();
    }

    @Test
    void unknownMakesEachOptionalFactUnknownAgain() {
        Set<Fact> required = EnumSet.of(Fact.NAME, Fact.SYMBOL, Fact.LAYER, Fact.CONSENSUS);
        Coin full = Coin.builder(full()).producerShares(3, 2, 1).unknown(Fact.BLOCK_PRODUCERS)
                .unknown(Fact.NAKAMOTO_COEFFICIENT).build();
        Coin empty = Coin.builder(minimal().build()).layer(Layer.LAYER_1).consensus(Consensus.POS)
                .name(full.name()).symbol(full.symbol()).build();
        Coin.Builder builder = Coin.builder(full).layer(Layer.LAYER_1).consensus(Consensus.POS);
        for (Fact fact : Fact.values()) {
            if (!required.contains(fact)) {
                builder.unknown(fact);
            }
        }
        assertThat(builder.build()).isEqualTo(empty);
    }

    @Test
    void unknownOfARequiredFactFailsTheBuild() {
        for (Fact fact : new Fact[] {Fact.NAME, Fact.SYMBOL, Fact.LAYER, Fact.CONSENSUS}) {
            assertThatThrownBy(() -> Coin.builder(full()).unknown(fact).build())
                    .isInstanceOfSatisfying(InvalidFactException.class, e -> {
                        assertThat(e.fact()).isEqualTo(fact);
                        assertThat(e.value()).isNull();
                        assertThat(e).hasMessage(fact.column() + " is required");
                    });
        }
    }

    @Test
    void settersRejectNullNamingTheParameter() {
        assertThatThrownBy(() -> Coin.builder().name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> Coin.builder().hostChain(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("hostChain");
        assertThatThrownBy(() -> Coin.builder().sharedSecurity(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("sharedSecurity");
        assertThatThrownBy(() -> Coin.builder().governance(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("governance");
        assertThatThrownBy(() -> Coin.builder().unknown(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("fact");
        assertThatThrownBy(() -> Coin.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("template");
    }

    @Test
    void makingAFactUnknownCanMakeAnotherValid() {
        // nakamotoCoefficient is only checked against blockProducers while both are known
        Coin coin = Coin.builder(full()).unknown(Fact.BLOCK_PRODUCERS).nakamotoCoefficient(500).build();
        assertThat(coin.nakamotoCoefficient()).hasValue(500);
    }
}
