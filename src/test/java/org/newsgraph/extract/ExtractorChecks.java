package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the hand-written extractor suites share: run the extractor on a fixture and read roles of the result. */
final class ExtractorChecks {
    static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(new MapGeography());

    private ExtractorChecks() {
    }

    static ArticleFixture article() {
        return ArticleFixture.published("2025-07-12");
    }

    static List<Event> events(ArticleFixture fixture, String type) {
        return EXTRACTOR.extract(fixture.build()).stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The single event of that type, with a confidence in (0, 1] and a trigger. */
    static Event one(ArticleFixture fixture, String type) {
        List<Event> found = events(fixture, type);
        assertEquals(1, found.size(), "expected one " + type + ", got " + found);
        Event e = found.get(0);
        assertTrue(e.confidence() > 0 && e.confidence() <= 1, "confidence " + e.confidence());
        assertFalse(e.trigger() == null || e.trigger().isBlank(), "trigger");
        return e;
    }

    static void none(ArticleFixture fixture, String type) {
        List<Event> found = events(fixture, type);
        assertTrue(found.isEmpty(), "expected no " + type + ", got " + found);
    }

    static String qid(Event e, String role) {
        return e.first(role).map(Argument::qid).orElse(null);
    }

    static String value(Event e, String role) {
        return e.first(role).map(Argument::value).orElse(null);
    }

    static String datatype(Event e, String role) {
        return e.first(role).map(Argument::datatype).orElse(null);
    }

    static Set<String> qids(Event e, String role) {
        return e.all(role).stream().map(Argument::qid).collect(Collectors.toSet());
    }

    /** Each filler of the role by its QID, or by its text where it has none. */
    static Set<String> values(Event e, String role) {
        return e.all(role).stream().map(a -> a.qid() != null ? a.qid() : a.value()).collect(Collectors.toSet());
    }
}
