package io.dscore.io;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

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
final class JsonCoinReader extends CoinReader {

    /**
     * Numbers are kept as the text written, never converted, so a long one costs no more than a long string:
     * Jackson's default limit of 1,000 characters is raised to {@link CoinReader#MAX_NUMBER_LENGTH} so that such
     * a number rejects its row (it is no valid fact) instead of ending the file.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build())
            // a nested object is read as a tree in the middle of the array, with the rest of the array after it
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** How list values are written in a CSV cell. */
    private static final String LIST_SEPARATOR = ";";

    private final String source;
    private final JsonParser parser;
    /** The text, when it was decoded from bytes here: it knows where bytes were not UTF-8. Else null. */
    private final Utf8Input utf8;
    private boolean done;

    JsonCoinReader(String source, Reader in) {
        super(source);
        this.source = source;
        this.utf8 = in instanceof Utf8Input ? (Utf8Input) in : null;
        try {
            this.parser = MAPPER.createParser(in);
        } catch (JacksonException e) {
            throw new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            JsonToken first = nextToken();
            if (first != JsonToken.START_ARRAY) {
                String found = first == null ? "nothing" : Row.Rejected.oneLine(text());
                throw new InputException(here() + "expected a JSON array of coin objects, found "
                        + (found.length() <= 60 ? found : found.substring(0, 60) + "..."));
            }
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** A reader of one object on a parser that stands at its {@code START_OBJECT}, for {@link DScoreModule}. */
    JsonCoinReader(String source, JsonParser parser) {
        super(source);
        this.source = source;
        this.parser = parser;
        this.utf8 = null;
        this.done = true;
    }

    /**
     * Reads the object at the parser's current token, to its {@code END_OBJECT}.
     *
     * @throws InputException if the JSON is not valid
     */
    Row readObject() {
        return readRow(parser.currentToken());
    }

    @Override
    Row read() {
        if (done) {
            return null;
        }
        JsonToken token = nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            done = true;
            checkNothingAfter();
            return null;
        }
        return readRow(token);
    }

    /**
     * Checks that nothing but white space follows the array: a second array, a stray {@code ,} or any text there
     * would be rows, or a mistake, that a reader stopping at the {@code ]} would never show.
     *
     * @throws InputException naming the line of the text after the array
     */
    private void checkNothingAfter() {
        long line;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            line = parser.currentTokenLocation().getLineNr();
        } catch (JacksonException e) {
            if (e instanceof JacksonIOException) {
                throw invalid(e);
            }
            line = e.getLocation() == null ? parser.currentLocation().getLineNr() : e.getLocation().getLineNr();
        }
        throw new InputException(source + ":" + line + ": not valid JSON: text after the closing ] of the array of"
                + " coins (a file holds one array)");
    }

    @Override
    void closeInput() throws IOException {
        try {
            parser.close();
        } catch (JacksonException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Row readRow(JsonToken token) {
        Location at = new Location(source, parser.currentTokenLocation().getLineNr());
        if (token != JsonToken.START_OBJECT) {
            Row row = Row.Rejected.at(at, Optional.empty(), "not a JSON object", value(token).asJson());
            if (utf8 != null && utf8.anyMalformed()) {
                utf8.malformedIn(0, parser.currentLocation().getCharOffset()); // they are in this row, not the next
            }
            return row;
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        Row.Rejected bad = null;
        for (JsonToken key = nextToken(); key == JsonToken.PROPERTY_NAME; key = nextToken()) {
            String name = currentName();
            Value value = value(nextToken());
            // bytes not UTF-8 before the end of this value and not yet asked about are in it or in its key (an
            // earlier value was asked about; anywhere else they are no JSON); a key holding them is unknown
            boolean notUtf8 = utf8 != null && utf8.anyMalformed()
                    && utf8.malformedIn(0, parser.currentLocation().getCharOffset());
            if (bad != null) {
                continue; // the rest of the object is still read, so that the next row starts after it
            }
            Optional<Column> column = Column.byHeader(name);
            if (column.isEmpty()) {
                bad = Row.Rejected.at(at, Optional.of(name),
                        "unknown column; the columns are " + String.join(", ", Column.headers()), value.shown());
            } else if (notUtf8) {
                bad = Row.Rejected.of(at, column.get(), "not UTF-8 text (save the file as UTF-8)", value.shown());
            } else if (value.cell() == null) {
                bad = Row.Rejected.of(at, column.get(), "must be a string, a number, true, false, null or an array of"
                        + " those", value.shown());
            } else if (cells.putIfAbsent(column.get(), value.cell()) != null) {
                bad = Row.Rejected.of(at, column.get(), "appears twice in the object", value.cell());
            }
        }
        return bad != null ? bad : Records.decode(at, cells);
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
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    private String currentName() {
        try {
            return parser.currentName();
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    /** The text of the current token; a string token is only read to its end here, and may be invalid. */
    private String text() {
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    private JsonNode readTree() {
        try {
            return MAPPER.readTree(parser);
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    private InputException invalid(JacksonException e) {
        if (e instanceof JacksonIOException) {
            return new InputException(source + ": cannot be read (" + e.getCause().getMessage() + ")", e);
        }
        long line = e.getLocation() == null ? parser.currentLocation().getLineNr() : e.getLocation().getLineNr();
        return new InputException(source + ":" + line + ": not valid JSON: " + e.getOriginalMessage(), e);
    }

    private String here() {
        return source + ":" + parser.currentTokenLocation().getLineNr() + ": ";
    }
}
