package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.coref.Entity;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;

/**
 * A person whose name holds particles and comes with a title is one person in the events: the visitor, the meeting
 * participant, the holder of the post and the speaker of a later "The emir said" are that whole person, never a part
 * of the name taken for someone else (a split "Tamim" + "Hamad Al Thani" made the emir's father the visitor). A later
 * "von der Leyen" is the same entity as the full name. The articles are written for this test.
 */
class ParticleNamesTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void open() {
        pipeline = Pipeline.standard();
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    private static ArticleResult run(String text) {
        return pipeline.process(new Article("particles", "Test", LocalDate.of(2024, 5, 14), null, "en", text, "test"));
    }

    /** The entity names an event's entity arguments in a role point at. */
    private static Set<String> names(ArticleResult r, Event e, String role) {
        Map<String, String> byId = r.linked().resolved().entities().stream()
                .collect(Collectors.toMap(Entity::id, Entity::name));
        return e.all(role).stream().map(a -> a.entityId() == null ? a.value() : byId.get(a.entityId()))
                .collect(Collectors.toSet());
    }

    private static List<Event> of(ArticleResult r, String type) {
        return r.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void theEmirIsOnePersonInHisVisitMeetingPostAndStatement() {
        ArticleResult r = run("Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, visited Rome on Thursday and met"
                + " Italian Prime Minister Giorgia Meloni at the Chigi Palace. The emir said the two countries would"
                + " work together on energy.");
        Set<String> persons = r.linked().resolved().entities().stream().filter(e -> e.type().equals("PER"))
                .map(Entity::name).collect(Collectors.toSet());
        assertEquals(Set.of("Tamim bin Hamad Al Thani", "Giorgia Meloni"), persons);
        Event visit = of(r, "Visit").get(0);
        assertEquals(Set.of("Tamim bin Hamad Al Thani"), names(r, visit, "visitor"));
        Event meeting = of(r, "Meeting").get(0);
        assertEquals(Set.of("Tamim bin Hamad Al Thani", "Giorgia Meloni"), names(r, meeting, "participant"));
        for (Event e : r.events()) {
            for (Argument a : e.args()) {
                assertTrue(a.value() == null || !a.value().equals("Hamad Al Thani"), e.toString());
            }
        }
        List<Event> statements = of(r, "Statement");
        assertEquals(1, statements.size(), r.events().toString());
        assertEquals(Set.of("Tamim bin Hamad Al Thani"), names(r, statements.get(0), "speaker"));
    }

    @Test
    void aLaterSurnameWithItsParticlesIsTheSamePerson() {
        ArticleResult r = run("European Commission President Ursula von der Leyen met Japanese Prime Minister"
                + " Fumio Kishida in Tokyo on Monday. The two leaders discussed chips and trade. Von der Leyen said"
                + " the talks had been useful.");
        Event meeting = of(r, "Meeting").get(0);
        assertEquals(Set.of("Ursula von der Leyen", "Fumio Kishida"), names(r, meeting, "participant"));
        Event statement = of(r, "Statement").get(0);
        assertEquals(Set.of("Ursula von der Leyen"), names(r, statement, "speaker"));
        assertEquals("Q60772", statement.first("speaker").orElseThrow().qid());
    }
}
