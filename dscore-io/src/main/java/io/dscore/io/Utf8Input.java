package io.dscore.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * UTF-8 bytes as text, with each sequence of bytes that is not UTF-8 read as U+FFFD and its place remembered, so
 * that a reader can tell such a character from a U+FFFD written in the file (valid text, accepted) and reject
 * only the cell that holds the bad bytes.
 *
 * <p>Places are offsets in the text this reader returns, counted in {@code char}s from 0, as a CSV lexer and
 * Jackson's {@code getCharOffset()} count them. They are asked for in increasing order ({@link #malformedIn}), so
 * only the places not yet asked about are kept: memory stays flat.
 */
final class Utf8Input extends Reader {

    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    /** Text decoded and not yet returned (a surrogate pair may not fit the caller's buffer at once). */
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    /** The offsets of the U+FFFD characters that stand for bytes that are not UTF-8, not yet asked about. */
    private final ArrayDeque<Long> malformed = new ArrayDeque<>();
    private boolean endOfInput;
    private long returned;

    Utf8Input(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decode()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        returned += n;
        return n;
    }

    /** Decodes more of the bytes into {@code chars}, which is empty; false at the end of the input. */
    private boolean decode() throws IOException {
        chars.clear();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                if (!chars.hasRemaining()) {
                    break; // the decoder stopped before the bad bytes: they are read next time
                }
                bytes.position(bytes.position() + result.length());
                malformed.addLast(returned + chars.position());
                chars.put(REPLACEMENT);
            } else if (result.isOverflow() || chars.position() > 0 || endOfInput) {
                break;
            } else {
                fill();
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /**
     * Whether a character in {@code [from, to)} stands for bytes that are not UTF-8. Calls must ask about
     * increasing places: every place before {@code to} is forgotten.
     *
     * @param from the offset of the first character, in the text returned
     * @param to   the offset after the last character
     */
    boolean malformedIn(long from, long to) {
        boolean found = false;
        while (!malformed.isEmpty() && malformed.peekFirst() < to) {
            found |= malformed.pollFirst() >= from;
        }
        return found;
    }

    /** Whether some bytes not yet asked about were not UTF-8: cheap, so that the common case costs nothing. */
    boolean anyMalformed() {
        return !malformed.isEmpty();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
