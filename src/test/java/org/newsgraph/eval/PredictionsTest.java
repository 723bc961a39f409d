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

/** How predictions name event arguments in the gold format. */
class PredictionsTest {
    private static final String TEXT = "Canada sent rifles to Iraqi security forces. The ISF thanked Canada.";

    @Test
    void aGroupADescriptionSpellsOutIsCalledByTheDescriptionsNameAndOtherEntitiesByTheirOwn() {
        Article a = new Article("rifles", null, LocalDate.of(2025, 5, 1), null, "en", TEXT, "rifles.txt");
        Mention canada = new Mention(0, 6, "LOC", "Canada", 0, 1.0);
        Mention isf = new Mention(49, 52, "ORG", "ISF", 1, 1.0);
        Mention canadaAgain = new Mention(61, 67, "LOC", "Canada", 1, 1.0);
        AnnotatedArticle doc = new AnnotatedArticle(a, List.of(
                new Sentence(0, 0, 44, TEXT.substring(0, 44), List.of()),
                new Sentence(1, 45, TEXT.length(), TEXT.substring(45), List.of())), List.of(canada, isf, canadaAgain));
        LinkedArticle linked = new LinkedArticle(new ResolvedArticle(doc, List.of(
                new Entity("e0", "LOC", "Canada", List.of(canada, canadaAgain)),
                new Entity("e1", "ORG", "ISF", List.of(isf)))), Map.of());
        Mention phrase = new Mention(22, 43, Argument.DESCRIPTION, "Iraqi security forces", 0, 1.0);
        Event supply = new Event("Supply", List.of(Argument.entity("supplier", "e0", null, "Canada"),
                Argument.described("recipient", "e1", null, "Iraqi Security Forces", phrase),
                Argument.literal("item", "rifles", "string")), 0, 0.7, "sent");

        GoldRelation r = Predictions.of(linked, List.of(supply), qid -> Optional.empty()).relations().get(0);

        assertEquals("Iraqi Security Forces", r.args().get("recipient"));
        assertEquals("Canada", r.args().get("supplier"));
        assertEquals(TEXT.substring(0, 44), r.evidence());
    }

    @Test
    void aHedgedOrMonetaryQuantityIsGivenAsWrittenAndAnExactCountAsItsNumber() {
        LinkedArticle linked = canadaArticle();
        Event hedged = new Event("Supply", List.of(Argument.entity("supplier", "e0", null, "Canada"),
                Argument.literal("item", "rifles", "string"), Argument.literal("quantity", "5000", "decimal"),
                Argument.literal("quantityBound", "atLeast", "string"),
                Argument.literal("quantityText", "more than 5,000", "string")), 0, 0.7, "sent");
        Event money = new Event("Supply", List.of(Argument.entity("supplier", "e0", null, "Canada"),
                Argument.literal("item", "aid", "string"), Argument.literal("quantity", "15000000", "decimal"),
                Argument.literal("currency", "USD", "string"),
                Argument.literal("quantityText", "$15 million", "string")), 0, 0.7, "sent");
        Event exact = new Event("Supply", List.of(Argument.entity("supplier", "e0", null, "Canada"),
                Argument.literal("item", "rifles", "string"), Argument.literal("quantity", "5000", "decimal"),
                Argument.literal("quantityText", "5,000", "string")), 0, 0.7, "sent");

        List<GoldRelation> r = Predictions.of(linked, List.of(hedged, money, exact), qid -> Optional.empty())
                .relations();

        assertEquals("more than 5,000", r.get(0).args().get("quantity"));
        assertEquals("$15 million", r.get(1).args().get("quantity"));
        assertEquals(5000L, r.get(2).args().get("quantity"));
        for (GoldRelation g : r) {
            assertEquals(false, g.args().containsKey("quantityText"), g.toString());
            assertEquals(false, g.args().containsKey("quantityBound"), g.toString());
        }
    }

    @Test
    void aDateThatNamesPartOfItsPeriodAndAHedgedSizeAreGivenAsWritten() {
        LinkedArticle linked = canadaArticle();
        Event season = new Event("Deployment", List.of(Argument.entity("forceOf", "e0", null, "Canada"),
                Argument.literal("date", "2017", "gYear"), Argument.literal("dateText", "summer of 2017", "string")),
                0, 0.7, "sent");
        Event year = new Event("Deployment", List.of(Argument.entity("forceOf", "e0", null, "Canada"),
                Argument.literal("date", "2017", "gYear"), Argument.literal("size", "300", "integer"),
                Argument.literal("sizeBound", "about", "string"), Argument.literal("sizeText", "about 300", "string")),
                0, 0.7, "sent");

        List<GoldRelation> r = Predictions.of(linked, List.of(season, year), qid -> Optional.empty()).relations();

        assertEquals("summer of 2017", r.get(0).args().get("date"));
        assertEquals(false, r.get(0).args().containsKey("dateText"));
        assertEquals("2017", r.get(1).args().get("date"));
        assertEquals("about 300", r.get(1).args().get("size"));
        assertEquals(false, r.get(1).args().containsKey("sizeBound"));
    }

    @Test
    void aStatementsContentIsItsAboutAndARangeOfDaysIsTheDurationAsWritten() {
        LinkedArticle linked = canadaArticle();
        Event statement = new Event("Statement", List.of(Argument.entity("speaker", "e0", null, "Canada"),
                Argument.literal("content", "the rifles reached Iraq", "string"),
                Argument.entity("about", null, "Q796", "Iraq")), 0, 0.7, "said");
        Event range = new Event("Visit", List.of(Argument.entity("visitor", "e0", null, "Canada"),
                Argument.literal("duration", "P2D", "duration"),
                Argument.literal("durationText", "5-6 April", "string")), 0, 0.7, "visited");
        Event days = new Event("Visit", List.of(Argument.entity("visitor", "e0", null, "Canada"),
                Argument.literal("duration", "P3D", "duration")), 0, 0.7, "visit");

        List<GoldRelation> r = Predictions.of(linked, List.of(statement, range, days), qid -> Optional.empty())
                .relations();

        assertEquals("the rifles reached Iraq", r.get(0).args().get("about"));
        assertEquals(false, r.get(0).qidArgs().containsKey("about"), "gold's about is a literal");
        assertEquals("5-6 April", r.get(1).args().get("duration"));
        assertEquals(false, r.get(1).args().containsKey("durationText"));
        assertEquals("P3D", r.get(2).args().get("duration"));
    }

    /** The two-sentence {@code TEXT} with its one entity, Canada (e0), unlinked. */
    private static LinkedArticle canadaArticle() {
        Article a = new Article("rifles", null, LocalDate.of(2025, 5, 1), null, "en", TEXT, "rifles.txt");
        Mention canada = new Mention(0, 6, "LOC", "Canada", 0, 1.0);
        AnnotatedArticle doc = new AnnotatedArticle(a, List.of(
                new Sentence(0, 0, 44, TEXT.substring(0, 44), List.of()),
                new Sentence(1, 45, TEXT.length(), TEXT.substring(45), List.of())), List.of(canada));
        LinkedArticle linked = new LinkedArticle(new ResolvedArticle(doc, List.of(
                new Entity("e0", "LOC", "Canada", List.of(canada)))), Map.of());
        return linked;
    }
}
