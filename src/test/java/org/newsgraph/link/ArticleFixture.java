package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/** Builds a resolved article by hand: each entity's surfaces are found in the text in order, no NLP involved. */
final class ArticleFixture {
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private int searchFrom;

    private ArticleFixture(String text) {
        this.text = text;
    }

    static ArticleFixture text(String text) {
        return new ArticleFixture(text);
    }

    /** An entity whose mentions are the next occurrences of the given surfaces; its name is the longest. */
    ArticleFixture entity(String type, String... surfaces) {
        List<Mention> own = new ArrayList<>();
        for (String s : surfaces) {
            int at = text.indexOf(s, searchFrom);
            if (at < 0) at = text.indexOf(s);
            if (at < 0) throw new IllegalArgumentException("'" + s + "' is not in the fixture text");
            own.add(new Mention(at, at + s.length(), type, s, 0, 0.9));
        }
        own.sort(Comparator.comparingInt(Mention::start));
        String name = own.stream().map(Mention::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        entities.add(new Entity("e" + entities.size(), type, name, own));
        mentions.addAll(own);
        return this;
    }

    ResolvedArticle build() {
        Article article = new Article("fixture", null, LocalDate.of(2025, 1, 1), null, "en", text, "test");
        Sentence sentence = new Sentence(0, 0, text.length(), text, List.of());
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        return new ResolvedArticle(new AnnotatedArticle(article, List.of(sentence), sorted), entities);
    }
}
