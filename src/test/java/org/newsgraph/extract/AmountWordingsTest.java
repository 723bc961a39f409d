package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Supply counts next to type and model names the rules were not first written for: a number that belongs to the name
 * ("Leopard 2", "Su-35", "Challenger 2") is no count, the count is the number before the name.
 */
class AmountWordingsTest {
    private static Event supply(String sentence, String supplier, String supplierQid, String recipient,
            String recipientQid) {
        return one(article().sentence(sentence).mention(supplier, "LOC", supplierQid)
                .mention(recipient, "LOC", recipientQid), "Supply");
    }

    @Test
    void aNumberAfterACapitalisedTypeNameIsPartOfTheNameNotTheCount() {
        Event more = supply("Germany will deliver 12 more Leopard 2 tanks to Ukraine, the minister said.",
                "Germany", "Q183", "Ukraine", "Q212");
        assertEquals("12", value(more, "quantity"));
        assertEquals("12", value(more, "quantityText"));
        Event past = supply("Britain sent 14 Challenger 2 tanks to Ukraine in January.",
                "Britain", "Q145", "Ukraine", "Q212");
        assertEquals("14", value(past, "quantity"));
        Event words = supply("Canada has delivered four Leopard 2 tanks to Ukraine.", "Canada", "Q16",
                "Ukraine", "Q212");
        assertEquals("4", value(words, "quantity"));
        Event additional = supply("Spain will send an additional 10 Leopard 2 tanks to Ukraine.", "Spain", "Q29",
                "Ukraine", "Q212");
        assertEquals("10", value(additional, "quantity"));
    }

    @Test
    void aNameWithANumberAndNoCountBeforeItGivesNoQuantity() {
        Event leopard = supply("Germany will deliver Leopard 2 tanks to Ukraine.", "Germany", "Q183",
                "Ukraine", "Q212");
        assertNull(value(leopard, "quantity"));
        Event mark = supply("Britain sent Mark 2 rifles to Ukraine.", "Britain", "Q145", "Ukraine", "Q212");
        assertNull(value(mark, "quantity"));
        Event hyphen = supply("The United States will send F-16 jets to Ukraine.", "United States", "Q30",
                "Ukraine", "Q212");
        assertNull(value(hyphen, "quantity"));
    }

    @Test
    void aHyphenatedDesignationIsPartOfTheNameNotTheCount() {
        Event mig = supply("Poland delivered 14 MiG-29 jets to Ukraine.", "Poland", "Q36", "Ukraine", "Q212");
        assertEquals("14", value(mig, "quantity"));
        Event su = supply("Russia sent 24 Su-35 fighter jets to Iran.", "Russia", "Q159", "Iran", "Q794");
        assertEquals("24", value(su, "quantity"));
        Event patriot = supply("Germany sent two Patriot PAC-3 systems to Ukraine.", "Germany", "Q183",
                "Ukraine", "Q212");
        assertEquals("2", value(patriot, "quantity"));
        Event t = supply("Russia sold 100 T-90 tanks to Algeria.", "Russia", "Q159", "Algeria", "Q262");
        assertEquals("100", value(t, "quantity"));
    }

    @Test
    void aCountAfterARecipientsNameOrOpeningTheSentenceIsStillTheCount() {
        Event given = one(article().sentence("The United States gave Ukraine 31 Abrams tanks.")
                .mention("United States", "LOC", "Q30").mention("Ukraine", "LOC", "Q212"), "Supply");
        assertEquals("31", value(given, "quantity"));
        Event plain = supply("Germany sent 2 tanks to Ukraine.", "Germany", "Q183", "Ukraine", "Q212");
        assertEquals("2", value(plain, "quantity"));
        Event plainModel = supply("Germany sent 18 Leopard tanks to Ukraine.", "Germany", "Q183", "Ukraine",
                "Q212");
        assertEquals("18", value(plainModel, "quantity"));
    }
}
