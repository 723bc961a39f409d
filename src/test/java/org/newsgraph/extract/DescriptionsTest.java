package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.LinkedArticle;

/**
 * Event arguments that a lower-case description names: a government after a nationality or a leader ("the Assad
 * regime"), "the regime" for the one state the article has so described, a group after a nationality ("Syrian
 * opposition forces"), "the international coalition" for the one coalition the article names; and the cases where
 * the description must stay unresolved (no state, two candidates, a capitalised name).
 */
class DescriptionsTest {
    @Test
    void aLeadersRegimeIsTheStateTheArticleNames() {
        ArticleFixture f = article().sentence("Syria has been at war for years.").mention("Syria", "LOC", "Q858")
                .sentence("The Assad regime shelled Aleppo on Monday.").mention("Assad", "PER", "Q44329")
                .mention("Aleppo", "LOC", "Q41183");
        Event e = one(f, "Attack");
        assertEquals("Q858", qid(e, "attacker"));
        assertEquals("Q41183", qid(e, "attackTarget"));
        Argument attacker = e.first("attacker").orElseThrow();
        assertEquals("Assad regime", attacker.description().text());
        String text = f.build().resolved().doc().article().text();
        assertEquals("Assad regime", text.substring(attacker.description().start(), attacker.description().end()));
        assertEquals(1, attacker.description().sentence());
    }

    @Test
    void aLeadersRegimeIsNoStateWhenTheArticleNeverNamesIt() {
        List<Event> found = events(article().sentence("The Assad regime shelled Aleppo on Monday.")
                .mention("Assad", "PER", "Q44329").mention("Aleppo", "LOC", "Q41183"), "Attack");
        assertTrue(found.stream().noneMatch(e -> "Q858".equals(qid(e, "attacker"))), found.toString());
    }

    @Test
    void theRegimeIsTheOneStateDescribedBefore() {
        Event e = one(article().sentence("The Syrian government lost control of the east last year.")
                .mention("Syrian", "NORP", "Q858")
                .sentence("On Sunday the regime bombed Aleppo again.").mention("Aleppo", "LOC", "Q41183"), "Attack");
        assertEquals("Q858", qid(e, "attacker"));
        assertEquals("regime", e.first("attacker").orElseThrow().description().text());
    }

    @Test
    void theGovernmentWithoutAnyStateNamesNothing() {
        List<Event> found = events(article().sentence("The government bombed Aleppo on Sunday.")
                .mention("Aleppo", "LOC", "Q41183"), "Attack");
        assertTrue(found.stream().allMatch(e -> e.first("attacker").isEmpty()), found.toString());
    }

    @Test
    void theRegimeAfterTwoDescribedStatesNamesNothing() {
        List<Event> found = events(article().sentence("The Syrian government and the Iraqi government held talks.")
                .mention("Syrian", "NORP", "Q858").mention("Iraqi", "NORP", "Q796")
                .sentence("On Sunday the regime bombed Aleppo again.").mention("Aleppo", "LOC", "Q41183"), "Attack");
        assertTrue(found.stream().allMatch(e -> e.first("attacker").isEmpty()), found.toString());
    }

    @Test
    void aNationalGovernmentIsItsState() {
        Event e = one(article().sentence("Canada sent 500 rifles to the Iraqi government in May.")
                .mention("Canada", "LOC", "Q16").mention("Iraqi", "NORP", "Q796"), "Supply");
        assertEquals("Q796", qid(e, "recipient"));
    }

    @Test
    void aCapitalisedGovernmentStaysAnOrganisation() {
        Event e = one(article().sentence("Canada sent 500 rifles to the Government of Iraq in May.")
                .mention("Canada", "LOC", "Q16").mention("Government of Iraq", "ORG"), "Supply");
        assertEquals("Government of Iraq", value(e, "recipient"));
        assertNull(qid(e, "recipient"));
        assertNull(e.first("recipient").orElseThrow().description());
    }

    @Test
    void aNationalityBeforeAGroupPhraseNamesTheGroupNotTheState() {
        Event e = one(article().sentence("Canada sent $20 million in aid to the Syrian opposition last week.")
                .mention("Canada", "LOC", "Q16").mention("Syrian", "NORP", "Q858"), "Supply");
        Argument recipient = e.first("recipient").orElseThrow();
        assertEquals("Syrian opposition", recipient.value());
        assertNull(recipient.qid());
        assertNull(recipient.entityId());
        assertEquals("Syrian opposition", recipient.description().text());
        assertEquals(Argument.DESCRIPTION, recipient.description().type());
    }

    @Test
    void groupForcesAreTheGroup() {
        Event e = one(article().sentence("Syrian opposition forces attacked Tal Rifaat on Friday.")
                .mention("Syrian", "NORP", "Q858").mention("Tal Rifaat", "LOC"), "Attack");
        assertEquals("Syrian opposition", value(e, "attacker"));
        assertNull(qid(e, "attacker"));
        assertEquals("Syrian opposition forces", e.first("attacker").orElseThrow().description().text());
    }

    @Test
    void oppositionToSomethingIsNoGroup() {
        List<Event> found = events(article().sentence("Canadian opposition to the plan backed Iraq in the dispute.")
                .mention("Canadian", "NORP", "Q16").mention("Iraq", "LOC", "Q796"), "Support");
        assertTrue(found.stream().allMatch(e -> e.first("supporter").isEmpty()
                || !"Canadian opposition".equals(value(e, "supporter"))), found.toString());
    }

    @Test
    void aGroupIsTheArticlesOrganisationOfThatAcronym() {
        LinkedArticle a = article().sentence("Canada sent 500 rifles to Iraqi security forces in May.")
                .mention("Canada", "LOC", "Q16").mention("Iraqi", "NORP", "Q796")
                .sentence("The ISF thanked Canada.").mention("ISF", "ORG").mention("Canada", "LOC", "Q16").build();
        Event e = ExtractorChecks.EXTRACTOR.extract(a).stream().filter(x -> x.type().equals("Supply")).findFirst()
                .orElseThrow();
        Argument recipient = e.first("recipient").orElseThrow();
        String isf = a.resolved().entities().stream().filter(x -> x.name().equals("ISF")).findFirst().orElseThrow()
                .id();
        assertEquals(isf, recipient.entityId());
        assertEquals("Iraqi Security Forces", recipient.value());
        assertEquals("Iraqi security forces", recipient.description().text());
    }

    @Test
    void theInternationalCoalitionIsTheOneCoalitionTheArticleNames() {
        Event e = one(article().sentence("The Coalition was formed in 2014 to fight the militants.")
                .mention("Coalition", "ORG")
                .sentence("The international coalition supports Iraq in its fight.").mention("Iraq", "LOC", "Q796"),
                "Support");
        assertEquals("Coalition", value(e, "supporter"));
        assertEquals("international coalition", e.first("supporter").orElseThrow().description().text());
        assertEquals("Q796", qid(e, "supported"));
    }

    @Test
    void theCoalitionAfterTwoCoalitionsNamesNothing() {
        List<Event> found = events(article().sentence("The Northern Coalition and the Southern Coalition met in Rome.")
                .mention("Northern Coalition", "ORG").mention("Southern Coalition", "ORG")
                .mention("Rome", "LOC", "Q220")
                .sentence("The international coalition supports Iraq in its fight.").mention("Iraq", "LOC", "Q796"),
                "Support");
        assertTrue(found.stream().allMatch(e -> e.first("supporter").isEmpty()), found.toString());
    }

    @Test
    void aDescribedGroupHasAnIdentityOfItsOwn() {
        Argument a = Argument.described("recipient", null, null, "Syrian opposition",
                new org.newsgraph.nlp.Mention(10, 27, Argument.DESCRIPTION, "Syrian opposition", 0, 1.0));
        Argument b = Argument.described("recipient", null, null, "Iraqi Security Forces",
                new org.newsgraph.nlp.Mention(10, 31, Argument.DESCRIPTION, "Iraqi security forces", 0, 1.0));
        assertNotNull(a.identity());
        assertNotEquals(a.identity(), b.identity());
    }
}
