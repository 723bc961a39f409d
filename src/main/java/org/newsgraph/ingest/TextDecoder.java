package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;


/**
 * Turns the bytes of a file into text, or says in one line why they are not text.
 *
 * <p>Rules, in order: an empty file is refused; a UTF-8 byte order mark is stripped; a UTF-16 byte order mark selects
 * UTF-16 in its byte order; without a mark, UTF-16 is recognised when NUL bytes sit on one side of the byte pairs
 * only (the shape of mostly-Latin UTF-16 text) and decoded; other NUL bytes, or a head of mostly control bytes, mean
 * binary content; everything else must be valid UTF-8, and the first bad byte is named by its offset in the file.
 * Messages carry no file name: the caller adds it.
 */
final class TextDecoder {
    /** How many leading bytes the UTF-16 and binary sniffing looks at. */
    static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /** Decodes a whole file. */
    static String decode(byte[] bytes) {
        if (bytes.length == 0) throw new BadInput("empty file (0 bytes)");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf8(bytes, 3);
        if (startsWith(bytes, 0xFF, 0xFE)) return utf16(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return utf16(bytes, 2, StandardCharsets.UTF_16BE);
        Charset sniffed = sniffUtf16(bytes);
        if (sniffed != null) return utf16(bytes, 0, sniffed);
        checkNotBinary(bytes, bytes.length);
        return utf8(bytes, 0);
    }

    /** Returns UTF-16LE or UTF-16BE when the head has a UTF-16 byte order mark or NUL pattern, else null. */
    static Charset utf16Encoding(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        if (startsWith(head, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        return sniffUtf16(head);
    }

    /** Throws when the first {@code length} bytes hold a NUL byte, or more than 30% of their head are control bytes. */
    static void checkNotBinary(byte[] bytes, int length) {
        int control = 0;
        int sniffed = Math.min(length, SNIFF_BYTES);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) throw new BadInput("binary content (NUL byte at byte " + i + ")");
            if (i < sniffed && isControlByte(b)) control++;
        }
        if (sniffed > 0 && control * 10 > sniffed * 3) {
            throw new BadInput("binary content (" + control + " control bytes in the first " + sniffed + ")");
        }
    }

    /**
     * Decodes strict UTF-8 starting at {@code from}; {@code base} is added to byte offsets in messages, for callers
     * that decode one slice of a larger file.
     */
    static String utf8(byte[] bytes, int from, int length, long base) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInput("invalid UTF-8 at byte " + (base + in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static String utf8(byte[] bytes, int from) {
        return utf8(bytes, from, bytes.length - from, 0);
    }

    private static String utf16(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput("invalid " + charset.name() + " text (odd length or broken surrogate pair)");
        }
    }

    /**
     * UTF-16 without a mark: in English text every other byte is NUL. Requires at least four byte pairs, NULs on one
     * side in at least 30% of the pairs and never on the other side, and no pair that is NUL on both sides.
     */
    private static Charset sniffUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, SNIFF_BYTES) / 2;
        if (pairs < 4) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            boolean even = bytes[2 * i] == 0;
            boolean odd = bytes[2 * i + 1] == 0;
            if (even && odd) return null;
            if (even) evenNul++;
            if (odd) oddNul++;
        }
        if (oddNul == 0 && evenNul * 10 >= pairs * 3) return StandardCharsets.UTF_16BE;
        if (evenNul == 0 && oddNul * 10 >= pairs * 3) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** C0 controls other than tab, line feed, form feed and carriage return; and DEL. */
    private static boolean isControlByte(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    /** True for characters the stored text replaces with a space: C0 and C1 controls except tab, LF and CR. */
    static boolean isStrayControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
