package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import io.dscore.core.metrics.Distribution;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the documentation promises about state: {@link DScore}, {@link Scorer}, the component scorers and
 * {@link Distribution} hold no mutable state, every result type is a record built only of immutable parts, the
 * lists a result hands out cannot be changed, and a result does not change when the list it was built from
 * does. {@link ScorerConcurrencyTest} checks the consequence: 8 threads get the single-threaded results.
 */
class ImmutabilityTest {

    private static final Scorer SCORER = DScore.asOf(Coins.AS_OF);

    /** Value types whose instances cannot change: the JDK's, and this library's records and enums. */
    private static final Set<Class<?>> IMMUTABLE_JDK = Set.of(String.class, LocalDate.class, Optional.class,
            OptionalInt.class, OptionalDouble.class, Boolean.class, Double.class, Integer.class, double.class,
            int.class, boolean.class);

    @Test
    void theEntryPointAndTheScorersHoldOnlyFinalImmutableFields() {
        List<Class<?>> stateless = List.of(DScore.class, Scorer.class, NodeDistributionScorer.class,
                InitialDistributionScorer.class, GovernanceScorer.class, AgeAndHistoryScorer.class,
                AutonomyScorer.class, Distribution.class);
        for (Class<?> type : stateless) {
            assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
            for (Field field : type.getDeclaredFields()) {
                if (field.isSynthetic()) {
                    continue; // added by tools such as coverage agents, not by the source
                }
                assertThat(Modifier.isFinal(field.getModifiers()))
                        .as("%s.%s is final", type.getSimpleName(), field.getName()).isTrue();
            }
        }
        // the one instance field of a scorer is its date
        assertThat(instanceFields(Scorer.class)).extracting(Field::getType).containsExactly(LocalDate.class);
        assertThat(instanceFields(DScore.class)).isEmpty();
        for (Class<?> scorer : stateless.subList(2, 7)) {
            assertThat(instanceFields(scorer)).as(scorer.getSimpleName()).isEmpty();
        }
    }

    @Test
    void everyResultTypeIsARecordOfImmutableParts() {
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> type : List.of(DScoreResult.class, Improvement.class)) {
            assertImmutable(type, type, checked);
        }
        assertThat(checked).contains(DScoreResult.class, ComponentScore.class, Reason.class, Coin.class,
                Improvement.class);
    }

    /** Records (recursively), enums and the immutable JDK types; a {@code List} must hold such a type. */
    private static void assertImmutable(Type declared, Class<?> owner, Set<Class<?>> checked) {
        Class<?> type = declared instanceof ParameterizedType
                ? (Class<?>) ((ParameterizedType) declared).getRawType()
                : (Class<?>) declared;
        if (type == List.class) {
            // the element type; that the list itself cannot change is checked on instances below
            assertImmutable(((ParameterizedType) declared).getActualTypeArguments()[0], owner, checked);
            return;
        }
        if (IMMUTABLE_JDK.contains(type) || type.isEnum() || !checked.add(type)) {
            return;
        }
        assertThat(type.isRecord()).as("%s (in %s) is a record, an enum or an immutable JDK type",
                type.getName(), owner.getSimpleName()).isTrue();
        for (RecordComponent component : type.getRecordComponents()) {
            assertImmutable(component.getGenericType(), type, checked);
        }
    }

    @Test
    void theListsAResultHandsOutCannotBeChanged() {
        Coin coin = Coin.builder(Coins.known().build()).producerShares(5, 4, 3, 2, 1).blockProducers(5)
                .nakamotoCoefficient(2).build();
        DScoreResult result = SCORER.scoreOf(coin);
        ComponentScore node = result.component(Component.NODE_DISTRIBUTION);

        assertThatThrownBy(() -> result.components().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> node.reasons().add(node.reasons().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> coin.producerShares().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SCORER.improvementsFor(Coins.known().blockProducers(5).nakamotoCoefficient(1)
                .build()).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SCORER.scoreAll(List.of(coin)).add(result))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DScore.scoreAll(List.of(coin)).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aResultDoesNotChangeWhenTheListItWasBuiltFromDoes() {
        DScoreResult original = SCORER.scoreOf(Coins.known().build());
        List<ComponentScore> components = new ArrayList<>(original.components());
        DScoreResult copy = new DScoreResult(original.coin(), original.asOf(), original.methodology(), components);
        List<Reason> reasons = new ArrayList<>(original.components().get(0).reasons());
        ComponentScore node = new ComponentScore(Component.NODE_DISTRIBUTION, 30, 30, 30, reasons);
        double[] shares = {3.0, 2.0, 1.0};
        Coin coin = Coin.builder(Coins.known().build()).blockProducers(3).nakamotoCoefficient(2)
                .producerShares(shares).build();

        components.set(0, components.get(1));
        reasons.add(new Reason(ReasonCode.UNKNOWN_FACT, 0, "added later"));
        shares[0] = 100.0;

        assertThat(copy).isEqualTo(original);
        assertThat(node.reasons()).hasSize(reasons.size() - 1);
        assertThat(coin.producerShares()).containsExactly(3.0, 2.0, 1.0);
    }

    @Test
    void aScorerWithAnotherDateIsANewScorer() {
        Scorer later = SCORER.withAsOf(Coins.AS_OF.plusYears(1));

        assertThat(SCORER.asOf()).isEqualTo(Coins.AS_OF);
        assertThat(later.asOf()).isEqualTo(Coins.AS_OF.plusYears(1));
    }

    private static List<Field> instanceFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                fields.add(field);
            }
        }
        return fields;
    }
}
