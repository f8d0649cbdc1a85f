package io.dscore.io;

import io.dscore.api.Coin;
import io.dscore.api.Fact;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Writes one coin as a JSON object of the interchange format: snake_case keys, the known facts only. */
final class CoinJson {

    private CoinJson() {
    }

    static void write(Coin coin, JsonGenerator json) {
        json.writeStartObject();
        for (Fact fact : Fact.values()) {
            Object value = CoinFacts.value(coin, fact);
            if (value == null) {
                continue;
            }
            json.writeName(fact.column());
            if (value instanceof String) {
                json.writeString((String) value);
            } else if (value instanceof Integer) {
                json.writeNumber((Integer) value);
            } else if (value instanceof Double) {
                json.writeNumber((Double) value);
            } else {
                json.writeStartArray();
                for (Object share : (List<?>) value) {
                    json.writeNumber((Double) share);
                }
                json.writeEndArray();
            }
        }
        json.writeEndObject();
    }
}
