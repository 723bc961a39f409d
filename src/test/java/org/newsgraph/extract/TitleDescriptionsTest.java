package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.one;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.LinkedArticle;

/**
 * "The Foreign Secretary" as an event argument: the one person the article names with that title, and nobody when
 * none or several hold it, when the title's country contradicts the holder's, or when it would make the holder meet
 * themselves.
 */
class TitleDescriptionsTest {
    private static final String DOE = "Jane Doe";
    private static final String PETROV = "Ivan Petrov";

    private static Set<String> participants(Event e) {
        return e.all("participant").stream().map(Argument::value).collect(Collectors.toSet());
    }

    private static boolean anyMeetingWith(List<Event> meetings, String name) {
        return meetings.stream().anyMatch(e -> participants(e).contains(name));
    }

    @Test
    void theTitleIsTheOnePersonTheArticleNamesWithIt() {
        ArticleFixture f = article().sentence("British Foreign Secretary Jane Doe flew to Rome on Monday.")
                .mention("British", "NORP", "Q145").mention(DOE, "PER").mention("Rome", "LOC", "Q220")
                .sentence("The Foreign Secretary met Russian Foreign Minister Ivan Petrov on Tuesday.")
                .mention("Russian", "NORP", "Q159").mention(PETROV, "PER");
        Event e = one(f, "Meeting");
        assertEquals(Set.of(DOE, PETROV), participants(e));
        Argument doe = e.all("participant").stream().filter(a -> a.value().equals(DOE)).findFirst().orElseThrow();
        assertEquals(Argument.DESCRIPTION, doe.description().type());
        assertEquals("Foreign Secretary", doe.description().text());
        String text = f.build().resolved().doc().article().text();
        assertEquals("Foreign Secretary", text.substring(doe.description().start(), doe.description().end()));
        assertEquals(1, doe.description().sentence());
        assertEquals(1, e.sentence());
    }

    @Test
    void aLowerCaseTitleAfterAnAppositionResolvesToo() {
        Event e = one(article().sentence("Jane Doe, the foreign secretary, flew to Rome on Monday.")
                .mention(DOE, "PER").mention("Rome", "LOC", "Q220")
                .sentence("On Tuesday the foreign secretary met Ivan Petrov.").mention(PETROV, "PER"), "Meeting");
        assertEquals(Set.of(DOE, PETROV), participants(e));
    }

    @Test
    void twoHoldersOfTheTitleLeaveItUnresolved() {
        List<Event> found = events(article().sentence("Foreign Secretary Jane Doe flew to Rome on Monday.")
                .mention(DOE, "PER").mention("Rome", "LOC", "Q220")
                .sentence("Foreign Secretary Anna Kowalski arrived a day later.").mention("Anna Kowalski", "PER")
                .sentence("The Foreign Secretary met Ivan Petrov on Tuesday.").mention(PETROV, "PER"), "Meeting");
        assertTrue(!anyMeetingWith(found, DOE) && !anyMeetingWith(found, "Anna Kowalski"), found.toString());
    }

    @Test
    void noTitledPersonLeavesItUnresolved() {
        List<Event> found = events(article().sentence("Jane Doe flew to Rome on Monday.")
                .mention(DOE, "PER").mention("Rome", "LOC", "Q220")
                .sentence("The Foreign Secretary met Ivan Petrov on Tuesday.").mention(PETROV, "PER"), "Meeting");
        assertTrue(!anyMeetingWith(found, DOE), found.toString());
    }

    @Test
    void aContradictingNationalityLeavesItUnresolved() {
        List<Event> found = events(article().sentence("British Foreign Minister Jane Doe flew to Rome on Monday.")
                .mention("British", "NORP", "Q145").mention(DOE, "PER").mention("Rome", "LOC", "Q220")
                .sentence("The Russian Foreign Minister met Marco Rossi on Tuesday.")
                .mention("Russian", "NORP", "Q159").mention("Marco Rossi", "PER"), "Meeting");
        assertTrue(!anyMeetingWith(found, DOE), found.toString());
    }

    @Test
    void anAgreeingNationalityResolves() {
        Event e = one(article().sentence("British Foreign Minister Jane Doe flew to Rome on Monday.")
                .mention("British", "NORP", "Q145").mention(DOE, "PER").mention("Rome", "LOC", "Q220")
                .sentence("The British Foreign Minister met Marco Rossi on Tuesday.")
                .mention("British", "NORP", "Q145").mention("Marco Rossi", "PER"), "Meeting");
        assertEquals(Set.of(DOE, "Marco Rossi"), participants(e));
        Argument doe = e.all("participant").stream().filter(a -> a.value().equals(DOE)).findFirst().orElseThrow();
        assertEquals("British Foreign Minister", doe.description().text());
    }

    @Test
    void theTitleOfARoleSentenceStaysItsPosition() {
        LinkedArticle a = article().sentence("Jane Doe, the Foreign Secretary, met Ivan Petrov in Rome.")
                .mention(DOE, "PER").mention(PETROV, "PER").mention("Rome", "LOC", "Q220")
                .sentence("The Foreign Secretary, Jane Doe, met Marco Rossi later.")
                .mention(DOE, "PER").mention("Marco Rossi", "PER").build();
        List<Event> all = ExtractorChecks.EXTRACTOR.extract(a);
        assertTrue(all.stream().anyMatch(e -> e.type().equals("Role")
                && e.first("person").map(Argument::value).orElse("").equals(DOE)), all.toString());
        for (Event e : all) {
            assertTrue(e.args().stream().allMatch(arg -> arg.description() == null), e.toString());
            if (e.type().equals("Meeting")) assertEquals(2, participants(e).size(), e.toString());
        }
    }

    @Test
    void theHolderNamedInTheSameSentenceDoesNotMeetThemself() {
        List<Event> found = events(article().sentence("Foreign Secretary Jane Doe flew to Rome on Monday.")
                .mention(DOE, "PER").mention("Rome", "LOC", "Q220")
                .sentence("The Foreign Secretary met Jane Doe's deputy on Tuesday.").mention(DOE, "PER"), "Meeting");
        assertTrue(found.stream().allMatch(e -> e.all("participant").stream()
                .allMatch(arg -> arg.description() == null)), found.toString());
    }
}
