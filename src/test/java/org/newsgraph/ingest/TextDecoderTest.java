package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Kyiv and Zürich agreed – again.";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void decodesPlainUtf8() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = concat(mark, TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, TextDecoder.decode(bytes));
    }

    @Test
    void decodesUtf16LittleEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TEXT, TextDecoder.decode(bytes));
    }

    @Test
    void decodesUtf16BigEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, TextDecoder.decode(bytes));
    }

    @Test
    void recognisesUtf16LittleEndianWithoutMarkFromItsNulBytes() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void recognisesUtf16BigEndianWithoutMarkFromItsNulBytes() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void namesTheByteOffsetOfInvalidUtf8() {
        byte[] good = "Twelve bytes".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
        BadInput e = assertThrows(BadInput.class, () -> TextDecoder.decode(bytes));
        assertEquals("invalid UTF-8 at byte 12", e.getMessage());
    }

    @Test
    void countsTheByteOrderMarkInTheInvalidUtf8Offset() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xFF};
        BadInput e = assertThrows(BadInput.class, () -> TextDecoder.decode(bytes));
        assertEquals("invalid UTF-8 at byte 5", e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals("empty file (0 bytes)", assertThrows(BadInput.class, () -> TextDecoder.decode(new byte[0]))
                .getMessage());
    }

    @Test
    void callsAPngImageBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        String message = assertThrows(BadInput.class, () -> TextDecoder.decode(png)).getMessage();
        assertEquals("binary content (NUL byte at byte 8)", message);
    }

    @Test
    void callsBytesThatAreMostlyControlCharactersBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 8);
        String message = assertThrows(BadInput.class, () -> TextDecoder.decode(bytes)).getMessage();
        assertTrue(message.startsWith("binary content ("), message);
    }

    @Test
    void letsAFewControlCharactersThroughForTheArticleToReplace() {
        assertEquals("one\u0007two", TextDecoder.decode("one\u0007two".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesUtf16WithAnOddNumberOfBytes() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "abc".getBytes(StandardCharsets.UTF_16LE));
        byte[] odd = concat(bytes, new byte[] {'x'});
        String message = assertThrows(BadInput.class, () -> TextDecoder.decode(odd)).getMessage();
        assertEquals("invalid UTF-16LE text (odd length or broken surrogate pair)", message);
    }
}
