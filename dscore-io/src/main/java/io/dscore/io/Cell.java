package io.dscore.io;

import io.dscore.api.Coin;
import io.dscore.api.SharedSecurity;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;

/**
 * How the text of one non-empty cell becomes a fact: parse it as the column's kind of value, then hand it to
 * the {@link Coin.Builder} setter. Range checks are not done here: {@link Coin}'s constructor does them. Numbers
 * are recognised by {@link NumberText}, in time linear in the length of the cell.
 */
@FunctionalInterface
interface Cell {

    /**
     * Parses {@code text} and sets it on {@code builder}.
     *
     * @throws BadCellException if {@code text} is not a value of this kind; the message says what is wrong
     */
    void apply(Coin.Builder builder, String text);

    /** Free text, taken as it is. */
    static Cell text(BiConsumer<Coin.Builder, String> setter) {
        return new Text(setter);
    }

    /** A cell of free text, which a CSV formula guard applies to. */
    final class Text implements Cell {

        private final BiConsumer<Coin.Builder, String> setter;

        private Text(BiConsumer<Coin.Builder, String> setter) {
            this.setter = setter;
        }

        @Override
        public void apply(Coin.Builder builder, String text) {
            setter.accept(builder, text);
        }
    }

    /** One of the constants of {@code type}, written exactly as the constant is named. */
    static <E extends Enum<E>> Cell word(Class<E> type, BiConsumer<Coin.Builder, E> setter) {
        String words = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return (builder, text) -> {
            E value;
            try {
                value = Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new BadCellException("unknown word, expected one of " + words);
            }
            setter.accept(builder, value);
        };
    }

    /** {@code YES} or {@code NO}. */
    static Cell yesNo(BiConsumer<Coin.Builder, SharedSecurity> setter) {
        return (builder, text) -> {
            if ("YES".equals(text)) {
                setter.accept(builder, SharedSecurity.YES);
            } else if ("NO".equals(text)) {
                setter.accept(builder, SharedSecurity.NO);
            } else {
                throw new BadCellException("unknown word, expected YES or NO");
            }
        };
    }

    /**
     * A whole number in the ASCII digits 0-9, such as {@code 15} or {@code -3} (not {@code 15.0}, not the digits of
     * other scripts); one beyond the range of {@code int} is too large (or too small), not "not a number".
     */
    static Cell wholeNumber(ObjIntConsumer<Coin.Builder> setter) {
        return (builder, text) -> {
            if (!NumberText.isWhole(text)) {
                throw new BadCellException("not a whole number");
            }
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new BadCellException(text.startsWith("-")
                        ? "too small, the smallest whole number is " + Integer.MIN_VALUE
                        : "too large, the largest whole number is " + Integer.MAX_VALUE);
            }
            setter.accept(builder, value);
        };
    }

    /** A decimal number such as {@code 16.7}, {@code 0} or {@code 1e1}; no NaN, no infinity, no hex. */
    static Cell decimal(ObjDoubleConsumer<Coin.Builder> setter) {
        return (builder, text) -> {
            if (!NumberText.isDecimal(text)) {
                throw new BadCellException("not a number");
            }
            setter.accept(builder, Double.parseDouble(text));
        };
    }

    /** Decimal numbers separated by {@code ;}, such as {@code 410;388;201}: amounts per producer. */
    static Cell decimals(BiConsumer<Coin.Builder, double[]> setter) {
        return (builder, text) -> {
            String[] parts = text.split(";", -1);
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].strip();
                if (!NumberText.isDecimal(part)) {
                    throw new BadCellException("amount " + (i + 1) + " of " + parts.length + " is not a number");
                }
                values[i] = Double.parseDouble(part);
            }
            setter.accept(builder, values);
        };
    }
}
