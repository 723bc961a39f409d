package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** Reads whole files: plain text and Markdown, and the byte reading that the HTML reader shares. */
final class TextFormats {
    /** The first ATX heading of level one ({@code # Title}), used as the title when front matter gives none. */
    private static final Pattern HEADING = Pattern.compile("(?m)^#[ \\t]+(.+?)[ \\t#]*$");

    private TextFormats() {
    }

    /** A {@code .txt} file: the whole decoded content is the text, the id is the slug of the file stem. */
    static void readPlainText(Path file, Batch batch) {
        String text = TextDecoder.decode(readBytes(file, batch.maxBytes()));
        checkNotBlank(text);
        batch.emit(new Metadata(), Batch.stem(file), text, file.toString());
    }

    /** A {@code .md} file: optional front matter, then the body (leading blank lines removed) is the text. */
    static void readMarkdown(Path file, Batch batch) {
        String content = TextDecoder.decode(readBytes(file, batch.maxBytes()));
        checkNotBlank(content);
        FrontMatter parsed = FrontMatter.parse(content);
        if (parsed.meta().title == null) {
            Matcher heading = HEADING.matcher(parsed.body());
            if (heading.find()) parsed.meta().title = heading.group(1).strip();
        }
        if (parsed.body().isBlank()) throw new BadInput("no text after the front matter");
        batch.emit(parsed.meta(), Batch.stem(file), parsed.body(), file.toString());
    }

    /** Reads a whole file after checking its size against the limit. */
    static byte[] readBytes(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw new BadInput(tooBig(size, maxBytes));
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) throw new BadInput(tooBig(bytes.length, maxBytes));
            return bytes;
        } catch (IOException e) {
            throw new BadInput(cannotRead(e), e);
        }
    }

    static String tooBig(long size, long maxBytes) {
        return String.format(Locale.ROOT, "file is %,d bytes, over the limit of %,d bytes", size, maxBytes);
    }

    static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof NoSuchFileException) return "cannot read: the file disappeared";
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read: " + reason.replaceAll("[\\r\\n]+", " ");
    }

    private static void checkNotBlank(String content) {
        if (content.isBlank()) {
            throw new BadInput("only whitespace (" + content.length() + " characters), no text");
        }
    }
}
