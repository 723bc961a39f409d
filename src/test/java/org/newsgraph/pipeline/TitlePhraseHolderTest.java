package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;

/**
 * A person named right after a title's "for"/"to" phrase ("UN Special Envoy for Syria Geir Pedersen met ...") is
 * found, holds the post and takes part in what the sentence tells. Articles written for this test, through the
 * whole pipeline.
 */
class TitlePhraseHolderTest extends WholePipeline {
    private static List<Event> events(String text, String type) {
        return events(text, LocalDate.of(2024, 5, 10), type);
    }

    private static Set<String> names(Event e, String role) {
        return e.all(role).stream().map(Argument::value).collect(Collectors.toSet());
    }

    @Test
    void theEnvoyAfterHisPostMeetsAndHoldsIt() {
        String text = "UN Special Envoy for Syria Geir Pedersen met Syrian Foreign Minister Faisal Mekdad in Damascus"
                + " on Sunday. The two men discussed the return of refugees.";
        List<Event> meetings = events(text, "Meeting");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals(Set.of("Geir Pedersen", "Faisal Mekdad"), names(meetings.get(0), "participant"));
        List<Event> roles = events(text, "Role");
        assertTrue(roles.stream().anyMatch(r -> names(r, "person").contains("Geir Pedersen")
                && r.first("position").map(Argument::value).orElse("").startsWith("Special Envoy")), roles.toString());
    }

    @Test
    void aHeadlineInTitleCaseMakesNoPersonOfItsVerb() {
        List<Event> roles = events("Special Envoy for Syria Holds Talks in Geneva\n\nThe envoy met delegates from"
                + " both sides on Monday.", "Role");
        assertTrue(roles.isEmpty(), roles.toString());
    }
}
