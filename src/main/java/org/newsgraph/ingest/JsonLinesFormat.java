package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a {@code .jsonl} file one line at a time, so that a large file is never held in memory. Each non-blank line is
 * one JSON object with a string {@code text} and optionally {@code id}, {@code title}, {@code published},
 * {@code source} or {@code url}, and {@code language}. A bad line is one problem naming file and line; the other lines
 * still load. The size limit applies to each line. The file must be UTF-8, as JSON Lines prescribes (a UTF-8 byte order
 * mark is skipped); UTF-16, or a NUL byte in the first 8 KB, refuses the file as a whole, and a NUL byte further on
 * refuses its line.
 */
final class JsonLinesFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> FIELDS = List.of("id", "title", "published", "source", "url", "language");

    private JsonLinesFormat() {
    }

    static void read(Path file, Batch batch) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(TextDecoder.SNIFF_BYTES);
            byte[] head = in.readNBytes(TextDecoder.SNIFF_BYTES);
            in.reset();
            checkHead(head);
            long offset = 0;
            if (TextDecoder.startsWith(head, 0xEF, 0xBB, 0xBF)) {
                offset = in.skip(3);
            }
            if (!readLines(in, offset, file, batch)) {
                throw new BadInput("only whitespace, no JSON lines");
            }
        } catch (IOException e) {
            throw new BadInput(TextFormats.cannotRead(e), e);
        }
    }

    private static void checkHead(byte[] head) {
        if (head.length == 0) throw new BadInput("empty file (0 bytes)");
        if (TextDecoder.utf16Encoding(head) != null) {
            throw new BadInput("UTF-16 text; JSON Lines must be UTF-8, convert the file first");
        }
        TextDecoder.checkNotBinary(head, head.length);
    }

    /** Splits the stream at line feeds; returns whether any line held more than whitespace. */
    private static boolean readLines(InputStream in, long startOffset, Path file, Batch batch) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long offset = startOffset;
        long length = 0;
        int lineNumber = 0;
        boolean anyContent = false;
        while (true) {
            int b = in.read();
            if (b == -1 && length == 0) break;
            if (b == -1 || b == '\n') {
                lineNumber++;
                String where = file + ":" + lineNumber;
                if (length > batch.maxBytes()) {
                    batch.problem(where, String.format(Locale.ROOT, "line is %,d bytes, over the limit of %,d bytes",
                            length, batch.maxBytes()));
                    anyContent = true;
                } else if (!isBlank(line)) {
                    anyContent = true;
                    readLine(line.toByteArray(), offset, Batch.stem(file) + "-" + lineNumber, where, batch);
                }
                offset += length + 1;
                length = 0;
                line.reset();
                if (b == -1) break;
            } else {
                if (++length <= batch.maxBytes()) line.write(b);
            }
        }
        return anyContent;
    }

    private static void readLine(byte[] bytes, long offset, String defaultId, String where, Batch batch) {
        JsonNode node;
        try {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) throw new BadInput("binary content (NUL byte at byte " + (offset + i) + ")");
            }
            String json = TextDecoder.utf8(bytes, 0, bytes.length, offset);
            node = MAPPER.readTree(json);
        } catch (BadInput e) {
            batch.problem(where, e.getMessage());
            return;
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().replaceAll("\\s+", " ");
            String shortened = reason.length() > 120 ? reason.substring(0, 117) + "..." : reason;
            batch.problem(where, "not valid JSON: " + shortened);
            return;
        }
        if (!node.isObject()) {
            batch.problem(where, "not a JSON object but " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            batch.problem(where, "no 'text' field");
            return;
        }
        if (!text.isTextual()) {
            batch.problem(where, "'text' is not a string");
            return;
        }
        Metadata meta = new Metadata();
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) continue;
            if (!value.isTextual() && !(field.equals("id") && value.isIntegralNumber())) {
                batch.problem(where, "'" + field + "' is not a string");
                return;
            }
            meta.set(field, value.asText());
        }
        batch.emit(meta, defaultId, text.asText(), where);
    }

    private static boolean isBlank(ByteArrayOutputStream line) {
        for (byte b : line.toByteArray()) {
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }
}
