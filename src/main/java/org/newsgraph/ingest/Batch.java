package org.newsgraph.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.newsgraph.ProblemListener;

/**
 * The state of one {@link ArticleReader#read} call: where articles and problems go, and the ids already handed out
 * (so that a second article with the same id is a problem rather than a silent overwrite). Not thread-safe; each
 * call makes its own.
 */
final class Batch {
    private final Consumer<Article> sink;
    private final ProblemListener problems;
    private final LocalDate defaultPublished;
    private final long maxBytes;
    private final Map<String, String> originById = new HashMap<>();

    Batch(Consumer<Article> sink, ProblemListener problems, LocalDate defaultPublished, long maxBytes) {
        this.sink = sink;
        this.problems = problems;
        this.defaultPublished = defaultPublished;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    void problem(String where, String message) {
        problems.problem(where, message);
    }

    void problem(Path where, String message) {
        problems.problem(where.toString(), message);
    }

    /**
     * Checks one article and hands it to the sink, or reports why not. Control characters other than tab, line feed
     * and carriage return are replaced by spaces, one for one, so that offsets into the stored text stay true; that
     * is reported, and the article still loads.
     *
     * @param defaultId the name the id is made from when the metadata carries none (file stem, or stem and line)
     */
    void emit(Metadata meta, String defaultId, String text, String origin) {
        Article article;
        try {
            article = build(meta, defaultId, text, origin);
        } catch (BadInput e) {
            problem(origin, e.getMessage());
            return;
        }
        String first = originById.putIfAbsent(article.id(), origin);
        if (first != null) {
            problem(origin, "duplicate id '" + article.id() + "', already used by " + first + "; skipped");
            return;
        }
        int stray = 0;
        int firstStray = -1;
        for (int i = 0; i < text.length(); i++) {
            if (TextDecoder.isStrayControl(text.charAt(i))) {
                if (stray++ == 0) firstStray = i;
            }
        }
        if (stray > 0) {
            problem(origin, "replaced " + stray + " control character(s) with spaces, the first at offset "
                    + firstStray + "; article kept");
        }
        sink.accept(article);
    }

    private Article build(Metadata meta, String defaultId, String text, String origin) {
        if (text.isBlank()) throw new BadInput("no text (empty or only whitespace)");
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new BadInput("text has no letters (" + text.length() + " characters)");
        }
        String id = slug(meta.id != null ? meta.id : defaultId);
        if (id.isEmpty()) {
            throw new BadInput("id " + Metadata.quote(meta.id != null ? meta.id : defaultId)
                    + " has no letters or digits to make a slug from");
        }
        LocalDate published = meta.publishedOr(defaultPublished);
        String language = meta.languageCode();
        return new Article(id, meta.title, published, meta.source, language, replaceStrayControls(text), origin);
    }

    private static String replaceStrayControls(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (TextDecoder.isStrayControl(text.charAt(i))) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** ASCII letters and digits in lower case joined by single hyphens, accents dropped: "Zürich 2" is "zurich-2". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }

    /** The file name without its last extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
