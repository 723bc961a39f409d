package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

/**
 * Organisation names of shapes that military and government press releases use, which the name finder cuts into
 * pieces (a head, a person taken from the purpose's verb, an organisation from its object), whole again through the
 * whole annotator ({@link NameSpans#joinedShapes}). Sentences written for this test.
 */
class OrganisationShapesTest {
    private static final String TEXT = String.join("\n\n",
            "Ministers of the Global Coalition to Counter ISIL met in Rome on Wednesday.",
            "The Committee to Protect Journalists criticised the detention of two reporters.",
            "The Committee to Protect Journalists said two reporters were detained in Minsk.",
            "Combined Joint Forces Land Component Command - Operation Inherent Resolve held a ceremony in Baghdad.",
            "\"We are ready,\" said Brig. Gen. Tom Hale, director, Joint Training Command - Operation Steady Shield.",
            "The council voted to counter ISIL propaganda online.",
            "Special Presidential Envoy for the Global Coalition to Counter ISIL Lena Varga will lead the delegation.");
    private static OpenNlpAnnotator nlp;
    private static AnnotatedArticle annotated;

    @BeforeAll
    static void annotate() {
        nlp = new OpenNlpAnnotator();
        annotated = nlp.annotate(new Article("shapes", null, null, null, "en", TEXT, "test"));
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private static Set<String> names(int sentence) {
        return annotated.mentionsIn(sentence).stream()
                .filter(m -> Set.of("PER", "ORG").contains(m.type()))
                .map(m -> m.type() + ":" + m.text()).collect(Collectors.toSet());
    }

    @Test
    void aBodyNamedForItsPurposeIsOneOrganisation() {
        assertEquals(Set.of("ORG:Global Coalition to Counter ISIL"), names(0));
        assertEquals(Set.of("ORG:Committee to Protect Journalists"), names(1));
        assertEquals(Set.of("ORG:Committee to Protect Journalists"), names(2));
    }

    @Test
    void aCommandWithItsOperationIsOneOrganisation() {
        assertEquals(Set.of("ORG:Combined Joint Forces Land Component Command - Operation Inherent Resolve"),
                names(3));
        assertEquals(Set.of("PER:Tom Hale", "ORG:Joint Training Command - Operation Steady Shield"), names(4));
    }

    @Test
    void aVerbInLowerCaseJoinsNothing() {
        assertEquals(Set.of("ORG:ISIL"), names(5));
    }

    @Test
    void theHolderOfATitleAfterThePurposeStaysAPerson() {
        assertEquals(Set.of("ORG:Global Coalition to Counter ISIL", "PER:Lena Varga"), names(6));
    }
}
