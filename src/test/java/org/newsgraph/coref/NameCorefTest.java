package org.newsgraph.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

class NameCorefTest {
    /** Builds an article whose text is the names joined by " . ", each a mention of the given type. */
    private static AnnotatedArticle doc(String... namesAndTypes) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            int start = text.length();
            text.append(namesAndTypes[i]);
            mentions.add(new Mention(start, text.length(), namesAndTypes[i + 1], namesAndTypes[i], 0, 0.9));
            text.append(" . ");
        }
        Article a = new Article("t", null, null, null, "en", text.toString(), "test");
        return new AnnotatedArticle(a, List.of(new Sentence(0, 0, text.length(), text.toString(), List.of())),
                mentions);
    }

    private static Entity entityOf(ResolvedArticle r, int mentionIndex) {
        return r.entityOf(r.doc().mentions().get(mentionIndex)).orElseThrow();
    }

    @Test
    void surnameAfterFullNameIsTheSamePerson() {
        ResolvedArticle r = new NameCoref().resolve(doc("Sergei Lavrov", "PER", "Lavrov", "PER"));
        assertEquals(1, r.entities().size());
        assertEquals("Sergei Lavrov", r.entities().get(0).name());
    }

    @Test
    void koreanFamilyNameAfterFullNameIsTheSamePerson() {
        ResolvedArticle r = new NameCoref().resolve(doc("Kim Jong-un", "PER", "Kim", "PER"));
        assertEquals(1, r.entities().size());
    }

    @Test
    void fullNameAfterBareSurnameJoinsIt() {
        ResolvedArticle r = new NameCoref().resolve(doc("Budanov", "PER", "Kyrylo Budanov", "PER"));
        assertEquals(1, r.entities().size());
        assertEquals("Kyrylo Budanov", r.entities().get(0).name());
    }

    @Test
    void ambiguousShortNameJoinsNobody() {
        ResolvedArticle r = new NameCoref().resolve(doc("Kim Jong-un", "PER", "Kim Yo-jong", "PER", "Kim", "PER"));
        assertEquals(3, r.entities().size());
    }

    @Test
    void samePlaceNamedTwiceIsOneEntityButDifferentTypesAreNot() {
        ResolvedArticle r = new NameCoref().resolve(doc("Georgia", "LOC", "Georgia", "LOC", "Georgia", "PER"));
        assertEquals(entityOf(r, 0), entityOf(r, 1));
        assertNotEquals(entityOf(r, 0), entityOf(r, 2));
    }

    @Test
    void aliasesAndDemonymsJoinTheirCountryThroughKnownIds() {
        Map<String, String> ids = Map.of("North Korea", "Q423", "DPRK", "Q423", "North Korean", "Q423");
        NameCoref coref = new NameCoref(m -> Optional.ofNullable(ids.get(m.text())));
        ResolvedArticle r = coref.resolve(doc("North Korean", "NORP", "North Korea", "LOC", "DPRK", "LOC"));
        assertEquals(1, r.entities().size());
        Entity e = r.entities().get(0);
        assertEquals("LOC", e.type());
        assertEquals("North Korea", e.name());
        assertEquals(3, e.mentions().size());
    }

    @Test
    void acronymJoinsTheOrganisationItAbbreviates() {
        ResolvedArticle r = new NameCoref().resolve(doc("Iraqi Security Forces", "ORG", "ISF", "ORG"));
        assertEquals(1, r.entities().size());
    }

    @Test
    void aUnitsShortFormAbbreviatesTheWordsAfterItsNumber() {
        assertEquals(1, new NameCoref().resolve(doc("12th Signal Brigade", "ORG", "12th SB", "ORG")).entities().size());
        assertEquals(1, new NameCoref().resolve(doc("3rd SB", "ORG", "3rd Signal Brigade", "ORG")).entities().size());
        assertEquals(2, new NameCoref().resolve(doc("12th Signal Brigade", "ORG", "14th SB", "ORG")).entities().size());
        assertEquals(2, new NameCoref().resolve(doc("12th Signal Brigade", "ORG", "12th SW", "ORG")).entities().size());
    }

    @Test
    void normaliseDropsDiacriticsArticlesAndPossessives() {
        assertEquals("kremlin", NameCoref.normalise("the Kremlin"));
        assertEquals("russia", NameCoref.normalise("Russia\u2019s"));
        assertEquals("sao paulo", NameCoref.normalise("S\u00e3o  Paulo"));
    }

    // Relatives and namesakes in one article: two full names whose given names differ are two people, and a family
    // name they share is ambiguous once both are named (found by probing the pipeline with articles of our own).

    @Test
    void twoFullNamesWhoseGivenNamesDifferStayTwoPeople() {
        ResolvedArticle initials = new NameCoref().resolve(doc("John Q. Adams", "PER", "John A. Q. Adams", "PER"));
        assertEquals(2, initials.entities().size());
        ResolvedArticle sons = new NameCoref().resolve(doc("Khalid bin Saud Al Nasser", "PER",
                "Faisal bin Khalid Al Nasser", "PER"));
        assertEquals(2, sons.entities().size());
    }

    @Test
    void aLaterFullNameDoesNotJoinAnotherPersonThroughTheirSharedFamilyName() {
        ResolvedArticle r = new NameCoref().resolve(doc("Khalid bin Saud Al Nasser", "PER", "Al Nasser", "PER",
                "Faisal bin Khalid Al Nasser", "PER"));
        assertEquals(entityOf(r, 0), entityOf(r, 1));
        assertNotEquals(entityOf(r, 0), entityOf(r, 2));
        ResolvedArticle bush = new NameCoref().resolve(doc("John Q. Adams", "PER", "Adams", "PER",
                "John A. Q. Adams", "PER"));
        assertNotEquals(entityOf(bush, 0), entityOf(bush, 2));
        ResolvedArticle kim = new NameCoref().resolve(doc("Kim Jong-un", "PER", "Kim", "PER", "Kim Yo-jong", "PER"));
        assertNotEquals(entityOf(kim, 0), entityOf(kim, 2));
    }

    @Test
    void aFamilyNameSharedByTwoNamedPeopleJoinsNeither() {
        ResolvedArticle r = new NameCoref().resolve(doc("Khalid bin Saud Al Nasser", "PER",
                "Faisal bin Khalid Al Nasser", "PER", "Al Nasser", "PER"));
        assertEquals(3, r.entities().size());
        ResolvedArticle adams = new NameCoref().resolve(doc("John Q. Adams", "PER", "John A. Q. Adams", "PER",
                "Adams", "PER"));
        assertEquals(3, adams.entities().size());
    }

    @Test
    void aFamilyNameThatJoinedTheFirstPersonIsAmbiguousOnceTheSecondIsNamed() {
        ResolvedArticle r = new NameCoref().resolve(doc("John Q. Adams", "PER", "Adams", "PER", "John A. Q. Adams",
                "PER", "Adams", "PER", "Adams", "PER"));
        assertEquals(entityOf(r, 0), entityOf(r, 1));
        assertNotEquals(entityOf(r, 0), entityOf(r, 3));
        assertNotEquals(entityOf(r, 2), entityOf(r, 3));
        assertEquals(entityOf(r, 3), entityOf(r, 4));
        ResolvedArticle kim = new NameCoref().resolve(doc("Kim Jong-un", "PER", "Kim Yo-jong", "PER", "Kim", "PER",
                "Kim", "PER"));
        assertEquals(3, kim.entities().size());
    }

    @Test
    void aFullerFormOfTheSameNameIsStillTheSamePerson() {
        assertEquals(1, new NameCoref().resolve(doc("Sergei Lavrov", "PER", "Lavrov", "PER",
                "Sergei Viktorovich Lavrov", "PER")).entities().size());
        assertEquals(1, new NameCoref().resolve(doc("John Adams", "PER", "Adams", "PER", "John Q. Adams", "PER"))
                .entities().size());
        assertEquals(1, new NameCoref().resolve(doc("Budanov", "PER", "Kyrylo Budanov", "PER", "Budanov", "PER"))
                .entities().size());
    }
}
