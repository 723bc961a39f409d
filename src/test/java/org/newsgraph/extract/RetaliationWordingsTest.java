package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Retaliation with arms is an attack ("X retaliated against Y with missiles and drones", "retaliated with drone strikes
 * on Y", "X launched retaliatory strikes on Y"); retaliation with tariffs, sanctions or words, retaliation with no
 * weapon named, and retaliation denied, only possible or threatened is none.
 */
class RetaliationWordingsTest {
    private static ArticleFixture iranIsrael(String sentence) {
        return article().sentence(sentence).mention("Iran", "LOC", "Q794").mention("Israel", "LOC", "Q801");
    }

    @Test
    void retaliationWithWeaponsAgainstANamedSideIsAnAttack() {
        Event missiles = one(iranIsrael("Iran retaliated against Israel with missiles and drones on Saturday."),
                "Attack");
        assertEquals("Q794", qid(missiles, "attacker"));
        assertEquals("Israel", value(missiles, "attackTarget"));
        Event strikes = one(iranIsrael("Iran retaliated with drone strikes on Israel overnight."), "Attack");
        assertEquals("Q794", qid(strikes, "attacker"));
        assertEquals("Israel", value(strikes, "attackTarget"));
        // a state striking back: strikes are no labour dispute
        Event plain = one(iranIsrael("Iran retaliated against Israel with strikes on Sunday."), "Attack");
        assertEquals("Q794", qid(plain, "attacker"));
        Event noun = one(article().sentence("Israel launched retaliatory strikes on Iran in October.")
                .mention("Israel", "LOC", "Q801").mention("Iran", "LOC", "Q794"), "Attack");
        assertEquals("Q801", qid(noun, "attacker"));
        assertEquals("Iran", value(noun, "attackTarget"));
    }

    @Test
    void retaliationNotMadeOnlyPossibleOrThreatenedIsNoAttack() {
        none(iranIsrael("Iran did not retaliate against Israel with missiles."), "Attack");
        none(iranIsrael("Iran could retaliate against Israel with missiles."), "Attack");
        none(iranIsrael("Iran threatened to retaliate against Israel with missiles."), "Attack");
        none(iranIsrael("Israel accused Iran of retaliating against Israel with drones.")
                .mention("Israel", "LOC", "Q801"), "Attack");
    }

    @Test
    void economicRetaliationOrRetaliationWithNoWeaponIsNoAttack() {
        ArticleFixture tariffs = article().sentence("China retaliated with tariffs on American goods.")
                .mention("China", "LOC", "Q148").mention("American", "NORP");
        none(tariffs, "Attack");
        none(article().sentence("China retaliated against the United States with sanctions on chip makers.")
                .mention("China", "LOC", "Q148").mention("United States", "LOC", "Q30"), "Attack");
        none(iranIsrael("Iran retaliated against Israel on Saturday."), "Attack");
        ArticleFixture sanctions = article().sentence("The European Union imposed retaliatory sanctions on Belarus.")
                .mention("European Union", "ORG", "Q458").mention("Belarus", "LOC", "Q184");
        none(sanctions, "Attack");
        one(sanctions, "Sanction");
        none(article().sentence("China launched retaliatory tariffs on Canada.").mention("China", "LOC", "Q148")
                .mention("Canada", "LOC", "Q16"), "Attack");
        // workers striking back at their employer strike from work
        none(article().sentence("Unite retaliated against Ford with strikes at two plants.").mention("Unite", "ORG")
                .mention("Ford", "ORG"), "Attack");
        none(article().sentence("Unite retaliated with strikes against Ford.").mention("Unite", "ORG")
                .mention("Ford", "ORG"), "Attack");
    }
}
