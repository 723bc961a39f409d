package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {
    private final TextSegmenter seg = new TextSegmenter();

    private List<String> sentences(String text) {
        return seg.sentences(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    private List<String> tokens(String text) {
        List<Span> spans = seg.tokenize(text, 0, text.length());
        return spans.stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void doesNotSplitAfterRanksTitlesAndMiddleInitials() {
        String text = "Col. Anneke Brouwer met Maj. Gen. Pavel R. Dvorak and Lt. Sam Ekwueme on Monday. "
                + "Mr. Haddad and Dr. Ilunga flew to St. Louis with U.S. Army officers. They left at noon.";
        assertEquals(List.of(
                "Col. Anneke Brouwer met Maj. Gen. Pavel R. Dvorak and Lt. Sam Ekwueme on Monday.",
                "Mr. Haddad and Dr. Ilunga flew to St. Louis with U.S. Army officers.",
                "They left at noon."), sentences(text));
    }

    @Test
    void keepsAMoneyAmountInOneSentence() {
        assertEquals(1, sentences("The fund gave $1.5 billion to the ministry last year.").size());
    }

    @Test
    void splitsBeforeASentenceThatStartsWithAFigure() {
        assertEquals(List.of("The unit arrived in 2024.", "300 more soldiers followed."),
                sentences("The unit arrived in 2024. 300 more soldiers followed."));
    }

    @Test
    void endsASentenceAtABlankLineEvenWithoutPunctuation() {
        assertEquals(List.of("Floods Hit the Coast", "Rescue teams arrived on Sunday."),
                sentences("Floods Hit the Coast\n\nRescue teams arrived on Sunday."));
    }

    @Test
    void splitsPossessivesOffNamesWithStraightAndCurlyApostrophes() {
        assertEquals(List.of("Chile", "'s", "exports", "and", "Norway", "’s", "fleet", "grew", "."),
                tokens("Chile's exports and Norway’s fleet grew."));
    }

    @Test
    void separatesNamesJoinedByHyphensAndSlashes() {
        assertEquals(List.of("The", "Ghana", "-", "Togo", "border", "and", "Chile", "/", "Peru", "talks", "."),
                tokens("The Ghana-Togo border and Chile/Peru talks."));
    }

    @Test
    void keepsTitleAbbreviationsAndInitialsAsOneToken() {
        assertEquals(List.of("Col.", "Pavel", "R.", "Dvorak", "spoke", "."), tokens("Col. Pavel R. Dvorak spoke."));
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "Intro line\n\n  BAMAKO - Mali’s junta met Gen. Ide Sangare.";
        for (Span s : seg.sentences(text)) {
            for (Span t : seg.tokenize(text, s.getStart(), s.getEnd())) {
                String tok = text.substring(t.getStart(), t.getEnd());
                assertEquals(tok.strip(), tok, "token with whitespace at " + t);
            }
        }
        assertEquals(List.of("Intro line", "BAMAKO - Mali’s junta met Gen. Ide Sangare."), sentences(text));
    }
}
