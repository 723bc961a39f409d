package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qids;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A ceasefire or truce agreed between named sides is a treaty of theirs ("X and Y agreed a ceasefire", "agreed to a
 * truce", "reached a ceasefire agreement"); one called for, rejected, talked about or only possible is none, and a
 * ceasefire named beside another act ("struck X despite the truce with Y") is no treaty either.
 */
class CeasefireWordingsTest {
    private static ArticleFixture sides(String sentence) {
        return article().sentence(sentence).mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227");
    }

    @Test
    void aCeasefireOrTruceAgreedBetweenTwoSidesIsATreaty() {
        Event agreed = one(sides("Armenia and Azerbaijan agreed a ceasefire on Sunday after three days of clashes."),
                "Treaty");
        assertEquals(Set.of("Q399", "Q227"), qids(agreed, "party"));
        assertEquals("ceasefire", value(agreed, "treatyName"));
        Event truce = one(sides("Armenia and Azerbaijan agreed to a truce along the border."), "Treaty");
        assertEquals(Set.of("Q399", "Q227"), qids(truce, "party"));
        assertEquals("truce", value(truce, "treatyName"));
        // a length before the noun is one of its modifiers
        Event days = one(sides("Armenia and Azerbaijan agreed to a 30-day truce on Monday."), "Treaty");
        assertEquals(Set.of("Q399", "Q227"), qids(days, "party"));
        assertEquals("30-day truce", value(days, "treatyName"));
        Event with = one(sides("Armenia agreed a ceasefire with Azerbaijan late on Friday."), "Treaty");
        assertEquals(Set.of("Q399", "Q227"), qids(with, "party"));
        Event signed = one(sides("Armenia and Azerbaijan signed a truce in Tbilisi.").mention("Tbilisi", "LOC"),
                "Treaty");
        assertEquals("truce", value(signed, "treatyName"));
        Event reached = one(sides("Armenia and Azerbaijan reached a ceasefire agreement in Moscow.")
                .mention("Moscow", "LOC", "Q649"), "Treaty");
        assertEquals("ceasefire agreement", value(reached, "treatyName"));
        assertNull(value(reached, "announced"));
    }

    @Test
    void aCeasefireNotAgreedOrOnlyPossibleIsNoTreaty() {
        none(sides("Armenia and Azerbaijan did not agree a ceasefire on Sunday."), "Treaty");
        none(sides("Armenia and Azerbaijan failed to reach a truce."), "Treaty");
        none(sides("Armenia and Azerbaijan may agree a ceasefire next week."), "Treaty");
        none(sides("Armenia and Azerbaijan denied that they had agreed a ceasefire."), "Treaty");
        Event later = one(sides("Armenia and Azerbaijan will sign a truce next week."), "Treaty");
        assertEquals("true", value(later, "announced"));
    }

    @Test
    void aCeasefireCalledForRejectedOrTalkedAboutIsNoTreaty() {
        none(sides("France called for a ceasefire between Armenia and Azerbaijan.").mention("France", "LOC", "Q142"),
                "Treaty");
        none(sides("Azerbaijan rejected a ceasefire with Armenia on Monday."), "Treaty");
        none(sides("Armenia and Azerbaijan held talks on a ceasefire in Geneva.").mention("Geneva", "LOC"),
                "Treaty");
        none(sides("Armenia and Azerbaijan agreed to negotiate a ceasefire."), "Treaty");
        none(sides("The ceasefire between Armenia and Azerbaijan collapsed within hours."), "Treaty");
        none(article().sentence("Russia struck Kyiv on Sunday despite the truce with Ukraine.")
                .mention("Russia", "LOC", "Q159").mention("Kyiv", "LOC", "Q1899").mention("Ukraine", "LOC", "Q212"),
                "Treaty");
    }
}
