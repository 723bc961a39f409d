package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Support told by wordings the rules were not first written for: "X is a supporter of Y", "Y, backed by X, ...",
 * "X-backed Y", "Y has the backing of X", "with the support of X, Y ...". A side that is no name ("the rebels"),
 * a negated support and a figurative or sporting sense give none.
 */
class SupportWordingsTest {
    @Test
    void aNationalityWordOfNoStateSupportsNoOne() {
        none(article().sentence("Ukrainian troops, supported by Western weapons, have held the town.")
                .mention("Ukrainian", "NORP").mention("Western", "NORP"), "Support");
        Event e = one(article().sentence("Ukrainian troops, supported by Polish weapons, have held the town.")
                .mention("Ukrainian", "NORP").mention("Polish", "NORP"), "Support");
        assertEquals("Q36", qid(e, "supporter"));
        assertEquals("Q212", qid(e, "supported"));
    }

    @Nested
    class Supporters {
        @Test
        void thePersonWhoIsASupporterSupportsAndTheCauseIsTheMatter() {
            Event e = one(article().sentence("Erdogan is a strong supporter of the Palestinian cause.")
                    .mention("Erdogan", "PER").mention("Palestinian", "NORP", "Q219060"), "Support");
            assertEquals("Erdogan", value(e, "supporter"));
            assertEquals("Q219060", qid(e, "supported"));
            assertEquals("Palestinian cause", value(e, "matter"));
        }

        @Test
        void aSupporterOfANamedSideInOtherTensesAndWordOrders() {
            Event firm = one(article().sentence("Viktor Orban has long been a firm supporter of Israel.")
                    .mention("Viktor Orban", "PER").mention("Israel", "LOC", "Q801"), "Support");
            assertEquals("Viktor Orban", value(firm, "supporter"));
            assertEquals("Q801", qid(firm, "supported"));
            assertNull(value(firm, "matter"));
            Event possessive = one(article().sentence("Poland has been one of Ukraine's strongest supporters.")
                    .mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q36", qid(possessive, "supporter"));
            assertEquals("Q212", qid(possessive, "supported"));
            Event remains = one(article().sentence("Belarus remains the main supporter of Russia in Europe.")
                    .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159")
                    .mention("Europe", "LOC", "Q46"), "Support");
            assertEquals("Q184", qid(remains, "supporter"));
            assertEquals("Q159", qid(remains, "supported"));
        }

        @Test
        void aSupporterOfNoNamedSideOrOfATeamOrNoSupporterGivesNone() {
            none(article().sentence("Erdogan is a strong supporter of free trade.").mention("Erdogan", "PER"),
                    "Support");
            none(article().sentence("Macron is a strong supporter of the team.").mention("Macron", "PER"),
                    "Support");
            none(article().sentence("Erdogan is a strong supporter of the Chinese dissidents.")
                    .mention("Erdogan", "PER").mention("Chinese", "NORP", "Q148"), "Support");
            none(article().sentence("Erdogan is no supporter of the Kurdish militias.")
                    .mention("Erdogan", "PER").mention("Kurdish", "NORP"), "Support");
            none(article().sentence("Orban is not a supporter of Ukraine.")
                    .mention("Orban", "PER").mention("Ukraine", "LOC", "Q212"), "Support");
            none(article().sentence("Poland has been a loyal supporter of Germany in every match of the tournament.")
                    .mention("Poland", "LOC", "Q36").mention("Germany", "LOC", "Q183"), "Support");
            none(article().sentence("Boris Johnson, a lifelong supporter of Arsenal, watched the match in London.")
                    .mention("Boris Johnson", "PER").mention("Arsenal", "ORG").mention("London", "LOC", "Q84"),
                    "Support");
        }
    }

    @Nested
    class BackedBy {
        @Test
        void aNamedSideBackedByAnotherIsSupportedByIt() {
            Event e = one(article().sentence("The Houthi rebels, backed by Iran, seized the port of Hodeidah.")
                    .mention("Houthi", "ORG").mention("Iran", "LOC", "Q794").mention("Hodeidah", "LOC"), "Support");
            assertEquals("Q794", qid(e, "supporter"));
            assertEquals("Houthi", value(e, "supported"));
            Event relative = one(article().sentence("Hezbollah, which is backed by Iran, fired rockets at Israel.")
                    .mention("Hezbollah", "ORG", "Q41053").mention("Iran", "LOC", "Q794")
                    .mention("Israel", "LOC", "Q801"), "Support");
            assertEquals("Q794", qid(relative, "supporter"));
            assertEquals("Q41053", qid(relative, "supported"));
            Event plain = one(article().sentence("Hamas is backed by Qatar.")
                    .mention("Hamas", "ORG", "Q38799").mention("Qatar", "LOC", "Q846"), "Support");
            assertEquals("Q846", qid(plain, "supporter"));
            assertEquals("Q38799", qid(plain, "supported"));
        }

        @Test
        void anUnnamedSideBackedByAnotherGivesNone() {
            none(article().sentence("The rebels, backed by Iran, seized the port of Hodeidah.")
                    .mention("Iran", "LOC", "Q794").mention("Hodeidah", "LOC"), "Support");
            none(article().sentence("Fighters backed by Turkey attacked the town of Afrin.")
                    .mention("Turkey", "LOC", "Q43").mention("Afrin", "LOC"), "Support");
        }

        @Test
        void aSideNamedAfterAHyphenatedBackerIsSupportedByIt() {
            Event e = one(article().sentence("Iran-backed Houthi rebels attacked a ship in the Red Sea.")
                    .mention("Iran", "LOC", "Q794").mention("Houthi", "ORG").mention("Red Sea", "LOC"), "Support");
            assertEquals("Q794", qid(e, "supporter"));
            assertEquals("Houthi", value(e, "supported"));
            Event us = one(article().sentence("The US-backed Syrian Democratic Forces captured Raqqa in 2017.")
                    .mention("US", "LOC", "Q30").mention("Syrian Democratic Forces", "ORG")
                    .mention("Raqqa", "LOC"), "Support");
            assertEquals("Q30", qid(us, "supporter"));
            assertEquals("Syrian Democratic Forces", value(us, "supported"));
            none(article().sentence("Russian-backed separatists shelled the town.")
                    .mention("Russian", "NORP", "Q159"), "Support");
        }

        @Test
        void backingSomeoneIntoACornerIsStillNoSupport() {
            none(article().sentence("Israel backed Hezbollah into a corner.")
                    .mention("Israel", "LOC", "Q801").mention("Hezbollah", "ORG", "Q41053"), "Support");
        }
    }

    @Nested
    class Backing {
        @Test
        void aSideThatHasTheBackingOfAnotherIsSupportedByIt() {
            Event e = one(article().sentence("The Houthis have the backing of Iran.")
                    .mention("Houthis", "ORG").mention("Iran", "LOC", "Q794"), "Support");
            assertEquals("Q794", qid(e, "supporter"));
            assertEquals("Houthis", value(e, "supported"));
            Event enjoys = one(article().sentence("Hamas has long enjoyed the support of Qatar.")
                    .mention("Hamas", "ORG", "Q38799").mention("Qatar", "LOC", "Q846"), "Support");
            assertEquals("Q846", qid(enjoys, "supporter"));
            assertEquals("Q38799", qid(enjoys, "supported"));
            Event had = one(article().sentence("Serbia had the full backing of Russia at the United Nations.")
                    .mention("Serbia", "LOC", "Q403").mention("Russia", "LOC", "Q159")
                    .mention("United Nations", "ORG", "Q1065"), "Support");
            assertEquals("Q159", qid(had, "supporter"));
            assertEquals("Q403", qid(had, "supported"));
        }

        @Test
        void withTheSupportOfAnotherASideIsSupportedByIt() {
            Event e = one(article().sentence("With the support of Iran, the Houthis attacked a ship.")
                    .mention("Iran", "LOC", "Q794").mention("Houthis", "ORG"), "Support");
            assertEquals("Q794", qid(e, "supporter"));
            assertEquals("Houthis", value(e, "supported"));
            Event backing = one(article().sentence("With the backing of the United States, Israel struck targets "
                    + "in Lebanon.").mention("United States", "LOC", "Q30").mention("Israel", "LOC", "Q801")
                    .mention("Lebanon", "LOC", "Q822"), "Support");
            assertEquals("Q30", qid(backing, "supporter"));
            assertEquals("Q801", qid(backing, "supported"));
            Event after = one(article().sentence("Israel struck targets in Lebanon with the backing of the United "
                    + "States.").mention("Israel", "LOC", "Q801").mention("Lebanon", "LOC", "Q822")
                    .mention("United States", "LOC", "Q30"), "Support");
            assertEquals("Q30", qid(after, "supporter"));
            assertEquals("Q801", qid(after, "supported"));
        }

        @Test
        void lostOrWithdrawnOrLackingBackingIsNoSupport() {
            none(article().sentence("Qatar withdrew its backing for Hamas.")
                    .mention("Qatar", "LOC", "Q846").mention("Hamas", "ORG", "Q38799"), "Support");
            none(article().sentence("Israel has criticised the support of Iran for Hezbollah.")
                    .mention("Israel", "LOC", "Q801").mention("Iran", "LOC", "Q794")
                    .mention("Hezbollah", "ORG", "Q41053"), "Support");
            none(article().sentence("Hamas lost the backing of Syria.")
                    .mention("Hamas", "ORG", "Q38799").mention("Syria", "LOC", "Q858"), "Support");
            none(article().sentence("The Houthis do not have the backing of Iran.")
                    .mention("Houthis", "ORG").mention("Iran", "LOC", "Q794"), "Support");
            none(article().sentence("Without the support of Iran, the Houthis could not fight.")
                    .mention("Iran", "LOC", "Q794").mention("Houthis", "ORG"), "Support");
            none(article().sentence("With the support of its allies, Israel struck targets in Lebanon.")
                    .mention("Israel", "LOC", "Q801").mention("Lebanon", "LOC", "Q822"), "Support");
        }
    }
}
