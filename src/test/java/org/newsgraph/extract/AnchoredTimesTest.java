package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.datatype;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Times told from another event ("a week after the summit on 3 May", "less than a month after a treaty signed in June
 * 2023"): the other event's time is no date of this one; the event is dated from it only when the text says by how
 * much, and never more precisely than that. The articles are published on 12 July 2025.
 */
class AnchoredTimesTest {
    /** The one Deployment of the sentences, each of which names Poland and Lithuania as mentions. */
    private static Event deployment(String... sentences) {
        ArticleFixture fixture = article();
        for (String sentence : sentences) {
            fixture.sentence(sentence);
            for (String name : new String[] {"Poland", "Lithuania"}) {
                for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
                    fixture.mention(name, "LOC", name.equals("Poland") ? "Q36" : "Q37");
                }
            }
        }
        return one(fixture, "Deployment");
    }

    @Test
    void theTimeOfAnEventAfterWhichThisOneHappenedDoesNotDateIt() {
        assertNull(value(deployment("Poland deployed 300 troops to Lithuania after talks in March 2022."), "date"));
        assertNull(value(deployment("Poland deployed 300 troops to Lithuania more than a year after talks in March "
                + "2022."), "date"));
        // the sentence's own time still dates it
        assertEquals("2024-03", value(deployment("In March 2024, Poland deployed 300 troops to Lithuania."), "date"));
    }

    @Test
    void anOpeningTimeDatesTheMainClauseNotWhatItReportsAsEarlier() {
        Event supply = one(article().sentence("In March 2024, Lithuania said that Poland had sent tanks to Ukraine.")
                .mention("Lithuania", "LOC", "Q37").mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"),
                "Supply");
        assertNull(value(supply, "date"));
        Event said = one(article().sentence("In March 2024, Lithuania said that Poland had sent tanks to Ukraine.")
                .mention("Lithuania", "LOC", "Q37").mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"),
                "Statement");
        assertEquals("2024-03", value(said, "date"));
    }

    @Test
    void aStatedDistanceFromADatedEventDatesItAsPreciselyAsTheTextAllows() {
        Event week = deployment("Poland deployed 300 troops to Lithuania a week after the summit on 3 May.");
        assertEquals("2025-05-10", value(week, "date"));
        assertEquals("date", datatype(week, "date"));
        // June 2023 and less than a month after it: some day from June to July 2023, so only the year
        Event within = deployment("Poland deployed 300 troops to Lithuania less than a month after a treaty signed "
                + "in June 2023.");
        assertEquals("2023", value(within, "date"));
        assertEquals("gYear", datatype(within, "date"));
        Event months = deployment("Two months after the election in March 2024, Poland deployed 300 troops to "
                + "Lithuania.");
        assertEquals("2024-05", value(months, "date"));
    }

    @Test
    void aTimeLaterThanTheOneTimeOfTheSentenceBeforeIsCountedFromIt() {
        Event days = one(article().sentence("Japan signed a treaty with the Philippines on 3 May 2024.")
                .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928")
                .sentence("Two days later, Japan sent a destroyer to Manila.").mention("Japan", "LOC", "Q17")
                .mention("Manila", "LOC", "Q1461"), "Deployment");
        assertEquals("2024-05-05", value(days, "date"));
        Event following = deployment("Poland and Lithuania signed a treaty in 2023.",
                "The following year, Poland deployed 300 troops to Lithuania.");
        assertEquals("2024", value(following, "date"));
        // "the next year" is the year after the treaty's, not after the article's
        Event next = deployment("Poland and Lithuania signed a treaty in 2019.",
                "The next year, Poland deployed 300 troops to Lithuania.");
        assertEquals("2020", value(next, "date"));
    }

    @Test
    void aTimeLaterThanNothingClearIsLeftUndated() {
        assertNull(value(deployment("The summit ended.", "Two days later, Poland deployed 300 troops to Lithuania."),
                "date"));
        assertNull(value(deployment("Poland and Lithuania signed a treaty in May 2023 and ratified it in March 2024.",
                "A year later, Poland deployed 300 troops to Lithuania."), "date"));
    }
}
