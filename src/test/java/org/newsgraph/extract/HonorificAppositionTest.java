package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * A post named before the name and set off by commas, where an honorific the name finder leaves out of the name
 * stands between the comma and the name ("The emir of Kuwait, Sheikh Nawaf ..., said"): still the person's Role.
 * Found missed by probing the full pipeline with sentences of our own.
 */
class HonorificAppositionTest {
    @Test
    void aPostBeforeAnHonourifiedNameIsHeld() {
        Event emir = one(article().sentence("The emir of Kuwait, Sheikh Nawaf al-Jaber, said on Sunday that talks "
                + "would go on.").mention("Kuwait", "LOC", "Q817").mention("Nawaf al-Jaber", "PER"), "Role");
        assertEquals("Nawaf al-Jaber", value(emir, "person"));
        assertEquals("emir", value(emir, "position"));
        assertEquals("Q817", qid(emir, "affiliation"));
        Event king = one(article().sentence("The ambassador of Italy, Dr Paola Conti, met the mayor on Friday.")
                .mention("Italy", "LOC", "Q38").mention("Paola Conti", "PER"), "Role");
        assertEquals("Paola Conti", value(king, "person"));
        assertEquals("ambassador", value(king, "position"));
        assertEquals("Q38", qid(king, "affiliation"));
    }

    @Test
    void aPostAfterAnHonourifiedNameIsHeld() {
        Event after = one(article().sentence("Sheikh Nawaf al-Jaber, the emir of Kuwait, said on Sunday that talks "
                + "would go on.").mention("Nawaf al-Jaber", "PER").mention("Kuwait", "LOC", "Q817"), "Role");
        assertEquals("Nawaf al-Jaber", value(after, "person"));
        assertEquals("Q817", qid(after, "affiliation"));
    }

    @Test
    void anHonorificBetweenATitleAndTheNameIsNoPartOfThePost() {
        Event plain = one(article().sentence("Emir of Kuwait Nawaf al-Jaber arrived in Paris on Monday.")
                .mention("Kuwait", "LOC", "Q817").mention("Nawaf al-Jaber", "PER"), "Role");
        Event honoured = one(article().sentence("Emir of Kuwait Sheikh Nawaf al-Jaber arrived in Paris on Monday.")
                .mention("Kuwait", "LOC", "Q817").mention("Nawaf al-Jaber", "PER"), "Role");
        assertEquals(value(plain, "position"), value(honoured, "position"));
        assertEquals(qid(plain, "affiliation"), qid(honoured, "affiliation"));
        Event national = one(article().sentence("Kuwaiti Emir Sheikh Nawaf al-Jaber arrived in Paris on Monday.")
                .mention("Kuwaiti", "NORP", "Q817").mention("Nawaf al-Jaber", "PER"), "Role");
        assertEquals("Emir", value(national, "position"));
    }

    @Test
    void anHonorificAfterAnotherCommaOpensNoPost() {
        // the comma closes a clause, not a post: "Speaking to the emir, Sheikh X said"
        none(article().sentence("Speaking to the emir of Kuwait, Sheikh Nawaf al-Jaber said talks would go on.")
                .mention("Kuwait", "LOC", "Q817").mention("Nawaf al-Jaber", "PER"), "Role");
        // a word that is no honorific between the comma and the name
        none(article().sentence("The emir of Kuwait, Tuesday Nawaf al-Jaber, said talks would go on.")
                .mention("Kuwait", "LOC", "Q817").mention("Nawaf al-Jaber", "PER"), "Role");
    }
}
