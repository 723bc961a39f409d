package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * A support's matter told in an aside that a focusing word opens ("supports Ukraine, especially in its war against
 * Russia"): the struggle the aside names is what the support is for. An aside without a focusing word, or one that
 * names no struggle ("especially in the east"), gives no matter.
 */
class AsideMatterTest {
    @Test
    void aFocusedAsideNamingAStruggleIsTheMatter() {
        Event e = one(article().sentence("Canada will keep supporting Ukraine, especially now in its war against Russia.")
                .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159"),
                "Support");
        assertEquals("Q212", qid(e, "supported"));
        assertEquals("war against Russia", value(e, "matter"));
        Event f = one(article().sentence("Japan will go on supporting the Philippines, particularly at this difficult"
                + " time in the fight against piracy.").mention("Japan", "LOC", "Q17")
                .mention("Philippines", "LOC", "Q928"), "Support");
        assertEquals("fight against piracy", value(f, "matter"));
    }

    @Test
    void anAsideWithoutFocusOrStruggleGivesNoMatter() {
        Event place = one(article().sentence("Canada will keep supporting Ukraine, especially in the east of the"
                + " country.").mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
        assertNull(value(place, "matter"));
        Event unfocused = one(article().sentence("Canada will keep supporting Ukraine, which is in the fight against"
                + " corruption.").mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
        assertNull(value(unfocused, "matter"));
    }
}
