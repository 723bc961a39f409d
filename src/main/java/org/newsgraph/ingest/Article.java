package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from disk.
 *
 * @param id        stable identifier, a slug (from front matter {@code id}, else the file name); the article IRI is
 *                  built from it
 * @param title     headline, or null
 * @param published publication date, or null when neither the article nor the caller gave one
 * @param source    where it came from (URL or outlet), or null
 * @param language  ISO 639-1 code, "en" when not stated
 * @param text      the body; all character offsets in newsgraph index into this string
 * @param origin    the file (and line for JSON Lines) it was read from, for messages
 */
public record Article(String id, String title, LocalDate published, String source, String language, String text,
                      String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("blank article id");
        if (language == null || language.isBlank()) language = "en";
        if (origin == null) origin = id;
    }

    /** {@code source} when it is an http(s) URL, else null (an outlet's name, or nothing). */
    public String url() {
        return source != null && source.matches("(?i)https?://\\S+") ? source : null;
    }
}
