package io.dscore.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
 * {@code ;}, the CSV form of a list. A key that is not a column, a key given twice, a nested object, or an
 * element of the array that is not an object rejects that row; a required key that is missing rejects it as an
 * empty required cell would.
 */
final class JsonCoinReader extends LookaheadCoinReader {

    /**
     * Numbers are kept as the text written, never converted, so a long one costs no more than a long string:
     * Jackson's default limit of 1,000 characters is raised so that such a number rejects its row (it is no
     * valid fact) instead of ending the file. A number longer than this still ends it, with a message.
     */
    static final int MAX_NUMBER_LENGTH = 100_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build());
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
        if (token != JsonToken.START_OBJECT) {
            return new BadRow(at, Optional.empty(), "not a JSON object", value(token).asJson());
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        BadRow bad = null;
        for (JsonToken key = nextToken(); key == JsonToken.FIELD_NAME; key = nextToken()) {
            String name = currentName();
            Value value = value(nextToken());
            if (bad != null) {
                continue; // the rest of the object is still read, so that the next row starts after it
            }
            Optional<Column> column = Column.byHeader(name);
            if (column.isEmpty()) {
                bad = new BadRow(at, Optional.of(name),
                        "unknown column; the columns are " + String.join(", ", Column.headers()), value.shown());
            } else if (value.cell() == null) {
                bad = BadRow.of(at, column.get(), "must be a string, a number, true, false, null or an array of"
                        + " those", value.shown());
            } else if (cells.putIfAbsent(column.get(), value.cell()) != null) {
                bad = BadRow.of(at, column.get(), "appears twice in the object", value.cell());
            }
        }
        return bad != null ? bad : Row.decode(at, cells);
    }

    /**
     * A JSON value read to its end.
     *
     * @param cell its cell text, or null if it has no cell form (an object, an array holding anything but
     *             scalars other than null)
     * @param json the value as JSON, for a message about a value without a cell form (null for a string or a
     *             number, whose cell is its text)
     */
    private record Value(String cell, String json) {

        /** The cell text if there is one, else the JSON: what a message about a cell shows. */
        String shown() {
            return cell != null ? cell : json;
        }

        /** The JSON if it was kept, else the text of the string or number. */
        String asJson() {
            return json != null ? json : cell;
        }

        /** As an element of a JSON array in a message: like {@link #asJson}, with a string in quotes. */
        String asElement(JsonToken token) {
            return token == JsonToken.VALUE_STRING ? '"' + cell + '"' : asJson();
        }
    }

    /**
     * Reads the value starting at {@code token}: a string or a number keeps its text as written ({@code 1e400}
     * is not turned into infinity, and no long number is converted), {@code true}/{@code false} become
     * {@code YES}/{@code NO}, {@code null} the empty cell, and an array of scalars its elements separated by
     * {@code ;}.
     */
    private Value value(JsonToken token) {
        switch (token) {
            case VALUE_NULL:
                return new Value("", "null");
            case VALUE_TRUE:
                return new Value("YES", "true");
            case VALUE_FALSE:
                return new Value("NO", "false");
            case START_ARRAY:
                return list();
            case START_OBJECT:
                return new Value(null, String.valueOf(readTree()));
            default:
                return new Value(text(), null);
        }
    }

    private Value list() {
        StringBuilder cell = new StringBuilder();
        StringBuilder json = new StringBuilder("[");
        boolean scalars = true;
        for (JsonToken element = nextToken(); element != JsonToken.END_ARRAY; element = nextToken()) {
            Value value = value(element);
            boolean scalar = value.cell() != null && element != JsonToken.VALUE_NULL
                    && element != JsonToken.START_ARRAY;
            String separator = json.length() == 1 ? "" : ",";
            json.append(separator).append(value.asElement(element));
            if (scalars && scalar) {
                cell.append(separator.isEmpty() ? "" : LIST_SEPARATOR).append(value.cell());
            }
            scalars &= scalar;
        }
        return new Value(scalars ? cell.toString() : null, json.append(']').toString());
    }

    private JsonToken nextToken() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    private String currentName() {
        try {
            return parser.currentName();
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
