package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A visit or meeting made on someone's invitation ("X visited Y at the invitation of Z", "at Z's invitation, X and W
 * held talks", "invited by Z, X visited Y"): the invitation is an event beside the visit or meeting, with the one who
 * invites, the visitor or participants as invitees, and the visit or meeting as what they were invited to; the
 * invitation came before, so the visit's date and plan are not its own. A visit
 * that did not happen, or an invitation with no visit or meeting it led to, gives none.
 */
class InvitedVisitsTest {
    @Test
    void aVisitAtTheInvitationOfSomeoneIsAnInvitationBesideTheVisit() {
        ArticleFixture f = article().sentence("Marta Nowak visited Vilnius on Monday at the invitation of Tomas "
                + "Kairys.").mention("Marta Nowak", "PER").mention("Vilnius", "LOC", "Q216")
                .mention("Tomas Kairys", "PER");
        Event visit = one(f, "Visit");
        assertEquals("Marta Nowak", value(visit, "visitor"));
        Event invitation = one(f, "Invitation");
        assertEquals("Tomas Kairys", value(invitation, "inviter"));
        assertEquals("Marta Nowak", value(invitation, "invitee"));
        assertEquals("visit", value(invitation, "invitedTo"));
    }

    @Test
    void aStateInvitingByItsPossessiveInvitesEachSideOfTheTalks() {
        ArticleFixture f = article().sentence("At Turkey's invitation, Armenia and Azerbaijan held talks in Ankara "
                + "on Tuesday.").mention("Turkey", "LOC", "Q43").mention("Armenia", "LOC", "Q399")
                .mention("Azerbaijan", "LOC", "Q227").mention("Ankara", "LOC", "Q3640");
        one(f, "Meeting");
        List<Event> invitations = events(f, "Invitation");
        assertEquals(Set.of("Q399", "Q227"), invitations.stream().map(e -> qid(e, "invitee"))
                .collect(Collectors.toSet()));
        invitations.forEach(e -> assertEquals("Q43", qid(e, "inviter")));
        invitations.forEach(e -> assertEquals("talks", value(e, "invitedTo")));
    }

    @Test
    void anOpeningParticipleNamesTheInviterOfTheVisit() {
        ArticleFixture f = article().sentence("Invited by Anna Kowalski, Marco Rossi visited Warsaw in May.")
                .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Warsaw", "LOC", "Q270");
        one(f, "Visit");
        Event invitation = one(f, "Invitation");
        assertEquals("Anna Kowalski", value(invitation, "inviter"));
        assertEquals("Marco Rossi", value(invitation, "invitee"));
        assertEquals("visit", value(invitation, "invitedTo"));
    }

    @Test
    void aMeetingAtSomeonesInvitationInvitesTheSubject() {
        ArticleFixture f = article().sentence("Marco Rossi met Anna Kowalski in Rome at the invitation of Italy.")
                .mention("Marco Rossi", "PER").mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220")
                .mention("Italy", "LOC", "Q38");
        one(f, "Meeting");
        Event invitation = one(f, "Invitation");
        assertEquals("Q38", qid(invitation, "inviter"));
        assertEquals("Marco Rossi", value(invitation, "invitee"));
        assertEquals("meeting", value(invitation, "invitedTo"));
    }

    @Test
    void theInvitationPrecedesTheVisitAndTakesNeitherItsDateNorItsPlan() {
        Event past = one(article().sentence("Marta Nowak visited Vilnius on 3 July at the invitation of Tomas "
                + "Kairys.").mention("Marta Nowak", "PER").mention("Vilnius", "LOC", "Q216")
                .mention("Tomas Kairys", "PER"), "Invitation");
        assertNull(value(past, "date"));
        ArticleFixture later = article().sentence("Marta Nowak will visit Vilnius next week at the invitation of "
                + "Tomas Kairys.").mention("Marta Nowak", "PER").mention("Vilnius", "LOC", "Q216")
                .mention("Tomas Kairys", "PER");
        assertEquals("true", value(one(later, "Visit"), "announced"));
        Event invitation = one(later, "Invitation");
        assertNull(value(invitation, "announced"));
        assertNull(value(invitation, "date"));
    }

    @Test
    void aVisitThatDidNotHappenOrIsDoubtedGivesNoInvitation() {
        ArticleFixture negated = article().sentence("Marta Nowak did not visit Vilnius at the invitation of Tomas "
                + "Kairys.").mention("Marta Nowak", "PER").mention("Vilnius", "LOC", "Q216")
                .mention("Tomas Kairys", "PER");
        none(negated, "Visit");
        none(negated, "Invitation");
        ArticleFixture possible = article().sentence("Marta Nowak may visit Vilnius at the invitation of Tomas "
                + "Kairys.").mention("Marta Nowak", "PER").mention("Vilnius", "LOC", "Q216")
                .mention("Tomas Kairys", "PER");
        none(possible, "Visit");
        none(possible, "Invitation");
        ArticleFixture denied = article().sentence("Tomas Kairys denied that Marta Nowak visited Vilnius at his "
                + "invitation.").mention("Tomas Kairys", "PER").mention("Marta Nowak", "PER")
                .mention("Vilnius", "LOC", "Q216");
        none(denied, "Visit");
        none(denied, "Invitation");
    }

    @Test
    void anInvitationWithNoVisitOrMeetingItLedToIsNoneOfThese() {
        // what was done on the invitation is no visit or meeting: what the invitee was invited to is not told
        none(article().sentence("Marta Nowak wrote the report at the invitation of Tomas Kairys.")
                .mention("Marta Nowak", "PER").mention("Tomas Kairys", "PER"), "Invitation");
        // no one named invites
        none(article().sentence("Marta Nowak visited Vilnius at the invitation of the university.")
                .mention("Marta Nowak", "PER").mention("Vilnius", "LOC", "Q216"), "Invitation");
        // speaking is no meeting without a phone: what the speaker was invited to is not told
        none(article().sentence("Marta Nowak spoke at the forum at the invitation of Tomas Kairys.")
                .mention("Marta Nowak", "PER").mention("Tomas Kairys", "PER"), "Invitation");
        // the invitation belongs to the later clause, which tells of no visit
        none(article().sentence("Marta Nowak visited Vilnius, where she gave a lecture at the invitation of Tomas "
                + "Kairys.").mention("Marta Nowak", "PER").mention("Vilnius", "LOC", "Q216")
                .mention("Tomas Kairys", "PER"), "Invitation");
    }
}
