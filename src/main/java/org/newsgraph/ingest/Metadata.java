package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The descriptive fields of an article as a format reader found them, still unchecked strings. {@link #set} takes the
 * front matter / JSON keys; blank values count as absent.
 */
final class Metadata {
    /** A date, optionally followed by an ISO time part that is ignored ({@code 2025-07-12T08:30:00Z}). */
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    /** A language tag whose primary subtag has two or three letters ({@code en}, {@code en-GB}, {@code ukr}). */
    private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*");

    String id;
    String title;
    String published;
    String source;
    String language;

    /**
     * Stores one known field and returns true; returns false for a key newsgraph does not use. {@code url} is kept
     * as the source only when no {@code source} is given.
     */
    boolean set(String key, String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        switch (key.toLowerCase(Locale.ROOT)) {
            case "id" -> id = v;
            case "title" -> title = v;
            case "published" -> published = v;
            case "source" -> source = v;
            case "url" -> {
                if (source == null) source = v;
            }
            case "language" -> language = v;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The publication date, {@code fallback} when none is given; throws when the value is not a date. */
    LocalDate publishedOr(LocalDate fallback) {
        if (published == null) return fallback;
        Matcher m = DATE.matcher(published);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // falls through to the message below: a well-shaped but impossible date such as 2025-02-30
            }
        }
        throw new BadInput("published " + quote(published) + " is not a date (expected YYYY-MM-DD)");
    }

    /** The lower-case primary language subtag, null when none is given; throws when the value is not a code. */
    String languageCode() {
        if (language == null) return null;
        Matcher m = LANGUAGE.matcher(language);
        if (!m.matches()) {
            throw new BadInput("language " + quote(language) + " is not an ISO 639 code such as 'en'");
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    /** Quotes a value for a one-line message, cutting it short and flattening line breaks. */
    static String quote(String value) {
        String flat = value.replaceAll("[\\r\\n\\t]+", " ");
        return "'" + (flat.length() > 60 ? flat.substring(0, 57) + "..." : flat) + "'";
    }
}
