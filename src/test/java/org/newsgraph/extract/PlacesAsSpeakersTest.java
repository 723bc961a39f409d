package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;

import org.junit.jupiter.api.Test;

/**
 * Who speaks when a place is the subject. A state speaks through its government, and a capital stands for it ("Kyiv
 * said", "officials in Kyiv said": Ukraine); a city or region inside a country speaks for nobody, and its officials are
 * not the place ("Officials in Aleppo condemned the attack" is no statement by Aleppo). Found by probing the full
 * pipeline with sentences of our own.
 */
class PlacesAsSpeakersTest {
    @Test
    void aCityThatIsNoCapitalSpeaksForNobody() {
        none(article().sentence("Officials in Aleppo condemned the attack on Monday.")
                .mention("Aleppo", "LOC", "Q41183"), "Statement");
        none(article().sentence("Officials in Aleppo said three people were injured in the blast.")
                .mention("Aleppo", "LOC", "Q41183"), "Statement");
        // a place the knowledge base does not know is not known to stand for a state: its officials are not it
        none(article().sentence("Officials in Porto Seguro condemned the attack on Monday.")
                .mention("Porto Seguro", "LOC"), "Statement");
        none(article().sentence("Local authorities in Porto Seguro said three people were injured.")
                .mention("Porto Seguro", "LOC"), "Statement");
        none(article().sentence("Aleppo said on Monday that the water supply had been restored.")
                .mention("Aleppo", "LOC", "Q41183"), "Statement");
    }

    @Test
    void aCapitalAndAStateStillSpeakForTheState() {
        Event kyiv = one(article().sentence("Officials in Kyiv said the strike killed two people.")
                .mention("Kyiv", "LOC", "Q1899"), "Statement");
        assertEquals("Q212", qid(kyiv, "speaker"));
        Event syria = one(article().sentence("Officials in Syria said three people were injured in the blast.")
                .mention("Syria", "LOC", "Q858"), "Statement");
        assertEquals("Q858", qid(syria, "speaker"));
        Event damascus = one(article().sentence("Damascus condemned the attack on Monday.")
                .mention("Damascus", "LOC", "Q3766"), "Statement");
        assertEquals("Q858", qid(damascus, "speaker"));
    }
}
