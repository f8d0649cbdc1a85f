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
    /** The offsets of the U+FFFD characters that stand for bytes that are not UTF-8, not yet asked about. */
    private final ArrayDeque<Long> malformed = new ArrayDeque<>();
    private boolean endOfInput;
    /** The second char of a surrogate pair whose first was returned, or 0. */
    private char pendingLow;
    private long returned;

    Utf8Input(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pendingLow != 0) {
            buffer[offset] = pendingLow;
            pendingLow = 0;
            returned++;
            return 1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break; // the decoder stopped before the bad bytes: they are read on the next call
                }
                bytes.position(bytes.position() + result.length());
                malformed.addLast(returned + out.position() - offset);
                out.put(REPLACEMENT);
            } else if (result.isOverflow() && out.position() == offset) {
                // a character beyond U+FFFF is two chars, and the caller has room for one: keep the second
                CharBuffer pair = CharBuffer.allocate(2);
                decoder.decode(bytes, pair, endOfInput);
                out.put(pair.get(0));
                pendingLow = pair.get(1);
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    return -1;
                }
                fill();
            }
        }
        int n = out.position() - offset;
        returned += n;
        return n;
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
