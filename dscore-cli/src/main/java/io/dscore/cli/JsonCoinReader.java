package io.dscore.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON array of objects whose keys are the column names of the interchange format. The array is
 * streamed: Jackson reads one object into memory at a time.
 *
 * <p>Values: a string, a number (its text as written), {@code true}/{@code false} (read as {@code YES}/{@code NO})
 * or {@code null} (not known, like an empty cell). An array of scalars is read as its elements separated by
 * {@code ;}, the CSV form of a list. A key that is not a column, a nested object, or an element of the array
 * that is not an object rejects that row; a required key that is missing rejects it as an empty required cell
 * would.
 */
final class JsonCoinReader extends LookaheadCoinReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How list values are written in a CSV cell. */
    private static final String LIST_SEPARATOR = ";";

    private final String source;
    private final JsonParser parser;
    private boolean done;

    JsonCoinReader(String source, InputStream in) throws IOException {
        this.source = source;
        this.parser = MAPPER.createParser(in);
        JsonToken first = nextToken();
        if (first != JsonToken.START_ARRAY) {
            String found = first == null ? "nothing" : BadRow.oneLine(text());
            throw new InputException(here() + "expected a JSON array of coin objects, found "
                    + (found.length() <= 60 ? found : found.substring(0, 60) + "..."));
        }
    }

    @Override
    Row read() {
        if (done) {
            return null;
        }
        JsonToken token = nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            done = true;
            return null;
        }
        return readRow(token);
    }

    @Override
    void closeInput() throws IOException {
        parser.close();
    }

    private Row readRow(JsonToken token) {
        Location at = new Location(source, parser.currentTokenLocation().getLineNr());
        JsonNode node = readTree();
        if (token != JsonToken.START_OBJECT) {
            return new BadRow(at, Optional.empty(), "not a JSON object", String.valueOf(node));
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Optional<Column> column = Column.byHeader(field.getKey());
            if (column.isEmpty()) {
                String value = cell(field.getValue()).orElse(field.getValue().toString());
                return new BadRow(at, Optional.of(field.getKey()),
                        "unknown column; the columns are " + String.join(", ", Column.headers()), value);
            }
            Optional<String> text = cell(field.getValue());
            if (text.isEmpty()) {
                return BadRow.of(at, column.get(), "must be a string, a number, true, false, null or an array of"
                        + " those", field.getValue().toString());
            }
            cells.put(column.get(), text.get());
        }
        return Row.decode(at, cells);
    }

    /** The cell text of a JSON value, or empty if the value has no cell form (an object). */
    private static Optional<String> cell(JsonNode value) {
        if (value.isNull()) {
            return Optional.of("");
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue() ? "YES" : "NO");
        }
        if (value.isValueNode()) {
            return Optional.of(value.asText());
        }
        if (value.isArray()) {
            StringBuilder list = new StringBuilder();
            for (JsonNode element : value) {
                if (!element.isValueNode() || element.isNull()) {
                    return Optional.empty();
                }
                list.append(list.length() == 0 ? "" : LIST_SEPARATOR).append(cell(element).orElseThrow());
            }
            return Optional.of(list.toString());
        }
        return Optional.empty();
    }

    private JsonToken nextToken() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    /** The text of the current token; a string token is only read to its end here, and may be invalid. */
    private String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    private JsonNode readTree() {
        try {
            return MAPPER.readTree(parser);
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    private InputException invalid(IOException e) {
        if (e instanceof JsonProcessingException) {
            JsonProcessingException json = (JsonProcessingException) e;
            long line = json.getLocation() == null ? parser.currentLocation().getLineNr()
                    : json.getLocation().getLineNr();
            return new InputException(source + ":" + line + ": not valid JSON: " + json.getOriginalMessage(), e);
        }
        return new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
    }

    private String here() {
        return source + ":" + parser.currentTokenLocation().getLineNr() + ": ";
    }
}
