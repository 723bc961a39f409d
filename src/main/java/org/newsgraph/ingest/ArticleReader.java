package org.newsgraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.newsgraph.InputException;
import org.newsgraph.ProblemListener;

/**
 * Reads articles from files and folders.
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.builder().defaultPublished(LocalDate.of(2025, 7, 12)).build();
 * reader.read(List.of(Path.of("articles")), annotator::accept,
 *         (where, message) -> System.err.println(where + ": " + message));
 * }</pre>
 *
 * <p>Formats by extension (case ignored): {@code .txt} (the whole file is the text), {@code .md} (optional front
 * matter, see {@link FrontMatter}), {@code .jsonl} (one article per line, see {@link JsonLinesFormat}), {@code .html}
 * and {@code .htm} (see {@link HtmlFormat}). Every problem, from a missing path to a duplicate id, goes to the
 * {@link ProblemListener} as one line naming the file (and line) and the batch goes on. A reader is immutable and may
 * be shared between threads; each {@code read} call keeps its own state.
 */
public final class ArticleReader {
    /** The size limit when none is set: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final List<String> EXTENSIONS = List.of("txt", "md", "jsonl", "html", "htm");

    private final LocalDate defaultPublished;
    private final long maxBytes;

    private ArticleReader(Builder builder) {
        this.defaultPublished = builder.defaultPublished;
        this.maxBytes = builder.maxBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every supported file under {@code paths} in a deterministic order and hands each good article to
     * {@code sink} as soon as it is read, so the corpus is never held in memory. Named files of an unsupported type
     * are problems; inside folders they are skipped silently. Ids are unique within one call: a later article with
     * an id already used is a problem and is not passed on.
     */
    public void read(List<Path> paths, Consumer<Article> sink, ProblemListener problems) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(problems, "problems");
        Batch batch = new Batch(sink, problems, defaultPublished, maxBytes);
        new CorpusWalker(ArticleReader::isSupported, new CorpusWalker.Visitor() {
            @Override
            public void file(Path file, boolean named) {
                readInto(file, named, batch);
            }

            @Override
            public void problem(Path where, String message) {
                batch.problem(where, message);
            }
        }).walk(paths);
    }

    /**
     * Reads one file strictly: the first problem of any kind (including a replaced control character or a duplicate
     * id within the file) is thrown. Use {@link #read} to keep the good articles of a file with bad parts.
     *
     * @throws InputException naming the file (and line) and what is wrong
     */
    public List<Article> readFile(Path file) {
        List<Article> articles = new ArrayList<>();
        read(List.of(file), articles::add, ProblemListener.STRICT);
        return List.copyOf(articles);
    }

    private static void readInto(Path file, boolean named, Batch batch) {
        String extension = extension(file);
        try {
            switch (extension) {
                case "txt" -> TextFormats.readPlainText(file, batch);
                case "md" -> TextFormats.readMarkdown(file, batch);
                case "jsonl" -> JsonLinesFormat.read(file, batch);
                case "html", "htm" -> HtmlFormat.read(file, batch);
                default -> {
                    if (named) {
                        batch.problem(file, "unsupported file type "
                                + (extension.isEmpty() ? "(no extension)" : "'." + extension + "'")
                                + ", expected one of ." + String.join(", .", EXTENSIONS));
                    }
                }
            }
        } catch (BadInput e) {
            batch.problem(file, e.getMessage());
        }
    }

    static boolean isSupported(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Settings for an {@link ArticleReader}; {@link #build} checks them. */
    public static final class Builder {
        private LocalDate defaultPublished;
        private long maxBytes = DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /** The date of articles that carry none; null (the default) leaves their date unknown. */
        public Builder defaultPublished(LocalDate date) {
            this.defaultPublished = date;
            return this;
        }

        /** The largest file (for JSON Lines: the largest line) that is read, in bytes; 20 MB by default. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public ArticleReader build() {
            if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
            return new ArticleReader(this);
        }
    }
}
