package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.TimeResolver.TimeValue;

class TimeResolverTest {
    private static final LocalDate SATURDAY = LocalDate.of(2025, 7, 12);
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 1);
    private final TimeResolver resolver = new TimeResolver();

    private Optional<TimeValue> at(String text, LocalDate published) {
        return resolver.resolve(text, published);
    }

    @Test
    void keepsExplicitDatesAtTheirOwnPrecision() {
        assertEquals(Optional.of(new TimeValue("2024-05-09", "date")), at("on 9 May 2024", null));
        assertEquals(Optional.of(new TimeValue("2024-05-09", "date")), at("on May 9, 2024", null));
        assertEquals(Optional.of(new TimeValue("2019-11", "gYearMonth")), at("in November 2019", null));
        assertEquals(Optional.of(new TimeValue("2017", "gYear")), at("in the summer of 2017", null));
        assertEquals(Optional.of(new TimeValue("2016", "gYear")), at("since 2016", null));
        // a comma after the year ends a clause; before digits it is a thousands separator
        assertEquals(Optional.of(new TimeValue("2015", "gYear")), at("in 2015, a move that changed the war", null));
        assertEquals(Optional.empty(), at("some 2015,000 shells", null));
    }

    @Test
    void aSentenceWithoutDigitsMonthsOrTimeWordsIsNotSearched() {
        assertFalse(TimeResolver.mayHoldTime("The ministers discussed trade and security in the capital."));
        assertTrue(resolver.find("The ministers discussed trade and security in the capital.", SATURDAY).isEmpty());
        // each kind of rule still gets its sentence: digits, capitalised months, and time words in any case
        for (String text : List.of("in 2024", "in May", "since Sept.", "on Monday", "YESTERDAY", "Tomorrow",
                "Last Week", "this MONTH", "earlier this Year", "two days ago")) {
            assertTrue(TimeResolver.mayHoldTime(text), text);
            assertFalse(resolver.find(text, SATURDAY).isEmpty(), text);
        }
        assertFalse(TimeResolver.mayHoldTime("may deploy"));
    }

    @Test
    void resolvesLastYearToAYearOnly() {
        assertEquals(Optional.of(new TimeValue("2024", "gYear")), at("last year", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025", "gYear")), at("earlier this year", SATURDAY));
    }

    @Test
    void resolvesLastMonthToAMonth() {
        assertEquals(Optional.of(new TimeValue("2025-06", "gYearMonth")), at("last month", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2023-02", "gYearMonth")), at("last month", WEDNESDAY));
        assertEquals(Optional.of(new TimeValue("2022-12", "gYearMonth")), at("last month", LocalDate.of(2023, 1, 5)));
    }

    @Test
    void aMonthOfLastOrNextYearIsThatMonthOfThatYear() {
        // SATURDAY is in July 2025: "in June last year" is June 2024, not the June just past
        assertEquals(Optional.of(new TimeValue("2024-06", "gYearMonth")), at("signed in June last year", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2026-03", "gYearMonth")), at("due in March next year", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-02", "gYearMonth")), at("in February of this year", SATURDAY));
    }

    @Test
    void resolvesABareMonthToItsLastOccurrenceUnlessTheSentenceLooksAhead() {
        assertEquals(Optional.of(new TimeValue("2024-10", "gYearMonth")), at("talks held in October", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-03", "gYearMonth")), at("signed in March", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-10", "gYearMonth")), at("a summit expected in October", SATURDAY));
    }

    @Test
    void resolvesWeekendsAndWeekdaysAgainstThePublicationDay() {
        assertEquals(Optional.of(new TimeValue("2025-07", "gYearMonth")), at("this weekend", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-07-07", "date")), at("on Monday", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-07-11", "date")), at("yesterday", SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-07-09", "date")), at("three days ago", SATURDAY));
    }

    @Test
    void givesNothingWhenAnIntervalSpansTwoYears() {
        assertTrue(at("last week", LocalDate.of(2025, 1, 8)).isEmpty());
        assertEquals(Optional.of(new TimeValue("2024", "gYear")), at("last week", LocalDate.of(2024, 12, 2)));
    }

    @Test
    void givesNoRelativeDateWithoutAPublicationDate() {
        assertTrue(at("last year", null).isEmpty());
        assertTrue(at("in October", null).isEmpty());
        assertTrue(at("this weekend", null).isEmpty());
    }

    @Test
    void doesNotReadTheModalMayOrCountsAsDates() {
        assertTrue(at("Russia may send 2,000 troops", SATURDAY).isEmpty());
        assertEquals(Optional.of(new TimeValue("2025-05", "gYearMonth")), at("signed in May", SATURDAY));
    }

    @Test
    void marksPossessiveTimeExpressions() {
        List<TimeResolver.TimeMention> found = resolver.find("last year's incursion began in August", SATURDAY);
        assertEquals(2, found.size());
        assertTrue(found.get(0).possessive());
        assertFalse(found.get(1).possessive());
        assertEquals("2024-08", found.get(1).value().lexical());
    }

    @Test
    void leavesVagueRelativeSpansUnresolved() {
        assertTrue(at("less than a month after the talks", SATURDAY).isEmpty());
    }

    @Test
    void aPublicationMonthGivesRelativeTimesNoMorePrecisionThanItHas() {
        TimeValue january = new TimeValue("2017-01", "gYearMonth");
        assertEquals(Optional.of(january), first("Today the two governments signed it.", january));
        assertEquals(Optional.of(new TimeValue("2016-12", "gYearMonth")), first("They met last month.", january));
        assertEquals(Optional.of(new TimeValue("2016", "gYear")), first("They met last year.", january));
        assertEquals(Optional.of(new TimeValue("2016-03-05", "date")), first("They met on 5 March.", january));
        // late December 2016 to late January 2017: no one month or year covers it
        assertEquals(Optional.empty(), first("They met three days ago.", january));
        assertEquals(Optional.empty(), first("They met on Tuesday.", january));
        assertEquals(Optional.of(new TimeValue("2016-05-09", "date")), first("They met on 9 May 2016.", january));
    }

    @Test
    void aPublicationYearResolvesOnlyWhatTheWholeYearAgreesOn() {
        TimeValue year = new TimeValue("2016", "gYear");
        assertEquals(Optional.of(year), first("Earlier this year they met.", year));
        assertEquals(Optional.of(new TimeValue("2015", "gYear")), first("They met last year.", year));
        assertEquals(Optional.empty(), first("They met last month.", year));
        assertEquals(Optional.of(year), first("Today they met.", year));
    }

    @Test
    void marksAnExpressionThatNamesOnlyPartOfItsValuesPeriod() {
        List<TimeResolver.TimeMention> season = resolver.find("They return in the summer of 2017.", SATURDAY);
        assertEquals(1, season.size(), season.toString());
        assertEquals(new TimeValue("2017", "gYear"), season.get(0).value());
        assertTrue(season.get(0).partOfPeriod());
        assertTrue(resolver.find("at the end of 2016", SATURDAY).get(0).partOfPeriod());
        for (String whole : List.of("in 2017", "in June 2017", "last year", "on 9 May 2024", "last month")) {
            assertFalse(resolver.find(whole, SATURDAY).get(0).partOfPeriod(), whole);
        }
    }

    @Test
    void aRangeOfDaysIsTheMonthItFallsInAndNamesPartOfIt() {
        for (String range : List.of("from 5-6 May 2016", "from 5 - 6 May 2016", "on May 5-6, 2016",
                "from 5\u20136 May 2016")) {
            List<TimeResolver.TimeMention> found = resolver.find(range, (LocalDate) null);
            assertEquals(1, found.size(), range + " " + found);
            assertEquals(new TimeValue("2016-05", "gYearMonth"), found.get(0).value(), range);
            assertTrue(found.get(0).partOfPeriod(), range);
        }
        // a single day stays a day, and a range is never its last day
        assertEquals(Optional.of(new TimeValue("2016-05-06", "date")), at("on 6 May 2016", null));
        assertTrue(resolver.find("from 30-31 May 2016", (LocalDate) null).stream()
                .noneMatch(m -> m.value().lexical().equals("2016-05-31")));
    }

    @Test
    void withoutAPublicationDateADayTakesTheYearOfTheNextDateInTheSentence() {
        assertEquals(Optional.of(new TimeValue("2019-05-02", "date")),
                at("on 2 May and again from 3-4 May 2019", null));
        assertEquals(Optional.of(new TimeValue("2019-05-02", "date")), at("on May 2 and on June 9, 2019", null));
        // not from an earlier date, nor across a year end, nor when the article's date says otherwise
        assertEquals(1, resolver.find("In May 2019 they met; on 2 June they left.", (LocalDate) null).size());
        assertEquals(1, resolver.find("on 30 December and on 2 January 2020", (LocalDate) null).size());
        assertEquals(Optional.of(new TimeValue("2025-05-02", "date")),
                at("on 2 May and on 9 June 2019", SATURDAY));
    }

    @Test
    void theMiddleOfAYearWrittenWithAHyphenIsThatYear() {
        List<TimeResolver.TimeMention> found = resolver.find("Germany sent troops in mid-2023.", SATURDAY);
        assertEquals(1, found.size(), found.toString());
        assertEquals(new TimeValue("2023", "gYear"), found.get(0).value());
        assertTrue(found.get(0).partOfPeriod());
        // a hyphen after a word that is no period's part is still no year: a code or a range
        assertTrue(resolver.find("the model X-2023 drone", SATURDAY).isEmpty());
    }

    @Test
    void aWeekdayAfterOnLooksAheadWhenItsClauseDoes() {
        // SATURDAY is 12 July 2025: "will sign ... on Friday" is the 18th, not the day before publication
        assertEquals(Optional.of(new TimeValue("2025-07-18", "date")), at("Japan will sign the treaty on Friday",
                SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-07-18", "date")), at("On Friday, Japan will sign the treaty",
                SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-07-18", "date")), at("Japan will sign the treaty this Friday",
                SATURDAY));
        assertEquals(Optional.of(new TimeValue("2025-07-11", "date")), at("Japan signed the treaty on Friday",
                SATURDAY));
    }

    @Test
    void aReportedWouldLooksAheadButAWouldHaveDoesNot() {
        // SATURDAY is 12 July 2025: the reported "will" of "X would travel to Y in May" is next May
        assertEquals("2026-05", valueOf("Marco Rossi would travel to Warsaw in May, his spokesman said.", "in May"));
        assertEquals("2025-07-18", valueOf("The ministry said Japan would sign the treaty on Friday.", "on Friday"));
        assertEquals("2025-05", valueOf("Marco Rossi would have travelled to Warsaw in May, his spokesman said.",
                "in May"));
        assertEquals("2025-07-07", valueOf("The ministry said on Monday that Japan would sign the treaty.",
                "on Monday"));
    }

    @Test
    void aTimeLooksAheadOnlyWhenItsOwnClauseDoes() {
        assertEquals("2025-07-07", valueOf("Olaf Scholz, who will attend the summit next week, visited Vilnius on "
                + "Monday.", "on Monday"));
        assertEquals("2025-07-07", valueOf("Japan said on Monday that it will sign the treaty in October.",
                "on Monday"));
        assertEquals("2025-10", valueOf("Japan said on Monday that it will sign the treaty in October.",
                "in October"));
        assertEquals("2025-07-07", valueOf("Scholz visited Vilnius on Monday and will return in September.",
                "on Monday"));
        assertEquals("2025-09", valueOf("Scholz visited Vilnius on Monday and will return in September.",
                "in September"));
        assertEquals("2024-09", valueOf("Scholz visited Vilnius in September, and Rutte will go there next week.",
                "in September"));
    }

    @Test
    void aTimeAfterAPastParticipleIsThatVerbsPastNotTheFutureOfTheClause() {
        // "signed on Friday" tells when the deal was signed, whatever "will" says of the supply
        assertEquals("2025-07-11", valueOf("Japan will supply gas to Italy under a deal signed on Friday.",
                "on Friday"));
        assertEquals("2025-07-07", valueOf("Japan will send troops under an agreement reached on Monday.",
                "on Monday"));
        // what will be done on a day is still ahead
        assertEquals("2025-07-18", valueOf("The treaty will be signed on Friday.", "on Friday"));
        assertEquals("2025-07-18", valueOf("Japan will hold talks with a delegation expected on Friday.",
                "on Friday"));
    }

    private String valueOf(String text, String expression) {
        int at = text.indexOf(expression) + expression.length() - 1;   // a match may leave out a leading "in"
        return resolver.find(text, SATURDAY).stream().filter(m -> m.start() <= at && at < m.end()).findFirst()
                .map(m -> m.value().lexical()).orElse(null);
    }

    private Optional<TimeValue> first(String text, TimeValue published) {
        return resolver.find(text, published).stream().findFirst().map(TimeResolver.TimeMention::value);
    }
}
