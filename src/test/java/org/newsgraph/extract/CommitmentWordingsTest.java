package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Events that a text tells of as agreed, decided or dated after the article was written: they have not happened yet
 * and are marked announced ("agreed to sign a treaty next year", "decided to send troops", "sign the accord next
 * month"), while what was agreed or done stays a fact ("agreed to a peace deal", "signed the accord last year"). The
 * fixtures are published on 2025-07-12.
 */
class CommitmentWordingsTest {
    @Test
    void anEventAgreedOrDecidedUponIsAnnounced() {
        Event treaty = one(article().sentence("Officials said that Italy and Poland agreed to sign a defence "
                + "accord next year.").mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Treaty");
        assertEquals("true", value(treaty, "announced"));
        Event troops = one(article().sentence("Canada agreed to send 200 soldiers to Lithuania.")
                .mention("Canada", "LOC", "Q16").mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertEquals("true", value(troops, "announced"));
        Event tanks = one(article().sentence("Germany has decided to deliver tanks to Ukraine.")
                .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
        assertEquals("true", value(tanks, "announced"));
        Event talks = one(article().sentence("Vietnam and India agreed on Monday to hold talks in Hanoi.")
                .mention("Vietnam", "LOC", "Q881").mention("India", "LOC", "Q668")
                .mention("Hanoi", "LOC", "Q1858"), "Meeting");
        assertEquals("true", value(talks, "announced"));
        Event trip = one(article().sentence("Anna Kowalski agreed to visit Rome in the autumn.")
                .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Visit");
        assertEquals("true", value(trip, "announced"));
        Event sanctions = one(article().sentence("France decided to impose sanctions on Iran.")
                .mention("France", "LOC", "Q142").mention("Iran", "LOC", "Q794"), "Sanction");
        assertEquals("true", value(sanctions, "announced"));
    }

    @Test
    void anEventDatedAfterPublicationIsAnnounced() {
        Event treaty = one(article().sentence("Japan signs a defence pact with the Philippines next month.")
                .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928"), "Treaty");
        assertEquals("true", value(treaty, "announced"));
        assertEquals("2025-08", value(treaty, "date"));
        Event week = one(article().sentence("France deploys 500 troops to Lithuania next week.")
                .mention("France", "LOC", "Q142").mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertEquals("true", value(week, "announced"));
        Event later = one(article().sentence("Marco Rossi travels to Warsaw later this month.")
                .mention("Marco Rossi", "PER").mention("Warsaw", "LOC", "Q270"), "Visit");
        assertEquals("true", value(later, "announced"));
        Event year = one(article().sentence("Canada sends 40 tanks to Latvia in 2026, the minister said.")
                .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
        assertEquals("true", value(year, "announced"));
        Event opener = one(article().sentence("Next year, Armenia and Georgia sign an accord on trade.")
                .mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"), "Treaty");
        assertEquals("true", value(opener, "announced"));
    }

    @Test
    void whatWasAgreedOrDoneStaysAFact() {
        Event deal = one(article().sentence("Armenia and Azerbaijan agreed to a peace deal last month.")
                .mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227"), "Treaty");
        assertNull(value(deal, "announced"));
        Event signed = one(article().sentence("Japan and the Philippines signed a defence pact last year.")
                .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928"), "Treaty");
        assertNull(value(signed, "announced"));
        assertEquals("2024", value(signed, "date"));
        Event sent = one(article().sentence("Canada sent 40 tanks to Latvia last week.")
                .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
        assertNull(value(sent, "announced"));
        // a clause of its own, or another event's time, is not when the event happens
        Event effect = one(article().sentence("Italy signed an accord with Poland that takes effect next year.")
                .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Treaty");
        assertNull(value(effect, "announced"));
        Event ahead = one(article().sentence("Poland deployed troops to Lithuania ahead of the elections next "
                + "month.").mention("Poland", "LOC", "Q36").mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertNull(value(ahead, "announced"));
        assertNull(value(ahead, "date"));
        Event retire = one(article().sentence("Anna Kowalski, who retires next year, visited Rome.")
                .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Visit");
        assertNull(value(retire, "announced"));
        Event agreedThat = one(article().sentence("Italy agreed that Poland sent troops to Lithuania.")
                .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36").mention("Lithuania", "LOC", "Q37"),
                "Deployment");
        assertNull(value(agreedThat, "announced"));
    }

    @Test
    void plansAndExpectationsStayUnasserted() {
        none(article().sentence("Norway is set to send 50 soldiers to Estonia next month.")
                .mention("Norway", "LOC", "Q20").mention("Estonia", "LOC", "Q191"), "Deployment");
        none(article().sentence("Italy and Poland are expected to sign a defence accord next year.")
                .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Treaty");
        none(article().sentence("Germany intends to deliver tanks to Ukraine.")
                .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
        none(article().sentence("Canada and Norway agreed not to send troops to Lithuania.")
                .mention("Canada", "LOC", "Q16").mention("Norway", "LOC", "Q20")
                .mention("Lithuania", "LOC", "Q37"), "Deployment");
    }
}
