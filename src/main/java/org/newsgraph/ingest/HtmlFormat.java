package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an {@code .html} or {@code .htm} page. The bytes are decoded like every other file (UTF-8 or UTF-16), not by
 * the page's own charset declaration. Title: {@code og:title}, else {@code <title>} (Open Graph titles seldom carry the
 * site name). Date: the {@code article:published_time} meta, else the first {@code <time datetime>}. Source:
 * {@code og:url}, else the canonical link. Text: the first {@code <article>}, else {@code <main>}, else the body, with
 * scripts, styles, navigation, headers, footers and asides removed; each block (paragraph, heading, list item,
 * {@code <br>}-separated line) becomes a paragraph with its white space collapsed, paragraphs joined by a blank line.
 */
final class HtmlFormat {
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button";
    /** Elements that end a paragraph; everything else is inline and joins the running paragraph. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div",
            "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p",
            "pre", "section", "table", "td", "th", "tr", "ul");

    private HtmlFormat() {
    }

    static void read(Path file, Batch batch) {
        String html = TextDecoder.decode(TextFormats.readBytes(file, batch.maxBytes()));
        Document doc = Jsoup.parse(html);
        Metadata meta = new Metadata();
        meta.title = firstNonBlank(meta("property", "og:title", doc), doc.title());
        meta.published = firstNonBlank(meta("property", "article:published_time", doc),
                meta("name", "article:published_time", doc), attribute(doc, "time[datetime]", "datetime"));
        meta.source = firstNonBlank(meta("property", "og:url", doc), attribute(doc, "link[rel=canonical]", "href"));
        meta.language = firstNonBlank(doc.select("html[lang]").attr("lang"));
        batch.emit(meta, Batch.stem(file), text(doc), file.toString());
    }

    /** The text of the main content, paragraphs separated by one blank line. */
    static String text(Document doc) {
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        Element content = root.clone();
        content.select(BOILERPLATE).remove();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        content.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }
        });
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!paragraph.isEmpty()) paragraphs.add(paragraph);
        current.setLength(0);
    }

    private static String meta(String attribute, String value, Document doc) {
        Element element = doc.selectFirst("meta[" + attribute + "=" + value + "]");
        return element == null ? null : element.attr("content");
    }

    private static String attribute(Document doc, String cssQuery, String attribute) {
        Element element = doc.selectFirst(cssQuery);
        return element == null ? null : element.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) return value.strip();
        }
        return null;
    }
}
