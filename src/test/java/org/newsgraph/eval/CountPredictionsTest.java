package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/** How counts and shares are written in predictions: a count of things as a whole number, a share as a decimal. */
class CountPredictionsTest {
    private static final String TEXT = "Ukraine received 31 Abrams tanks and half of its shells from the US.";

    @Test
    void anExactCountIsAWholeNumberAndAShareStaysADecimal() {
        Article a = new Article("abrams", null, LocalDate.of(2024, 5, 10), null, "en", TEXT, "abrams.txt");
        Mention ukraine = new Mention(0, 7, "LOC", "Ukraine", 0, 1.0);
        AnnotatedArticle doc = new AnnotatedArticle(a, List.of(new Sentence(0, 0, TEXT.length(), TEXT, List.of())),
                List.of(ukraine));
        LinkedArticle linked = new LinkedArticle(new ResolvedArticle(doc, List.of(
                new Entity("e0", "LOC", "Ukraine", List.of(ukraine)))), Map.of());
        Event tanks = new Event("Supply", List.of(Argument.entity("recipient", "e0", null, "Ukraine"),
                Argument.literal("item", "tanks", "string"), Argument.literal("quantity", "31", "decimal"),
                Argument.literal("quantityText", "31", "string")), 0, 0.7, "received");
        Event shells = new Event("Supply", List.of(Argument.entity("recipient", "e0", null, "Ukraine"),
                Argument.literal("item", "shells", "string"), Argument.literal("share", "0.5", "decimal")),
                0, 0.7, "received");
        Event whole = new Event("Supply", List.of(Argument.entity("recipient", "e0", null, "Ukraine"),
                Argument.literal("item", "shells", "string"), Argument.literal("share", "1", "decimal")),
                0, 0.7, "received");

        List<GoldRelation> r = Predictions.of(linked, List.of(tanks, shells, whole), qid -> Optional.empty())
                .relations();

        assertEquals(31L, r.get(0).args().get("quantity"));
        assertEquals(0.5, r.get(1).args().get("share"));
        assertEquals(1.0, r.get(2).args().get("share"));
    }
}
