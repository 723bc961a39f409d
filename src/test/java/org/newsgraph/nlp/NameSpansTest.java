package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NameSpans.NameSpan;

class NameSpansTest {
    private final NameSpans spans = new NameSpans(Gazetteer.standard());

    @Test
    void aKnownNameContainingModelSpansReplacesThem() {
        // "Bank of Ghana": model found "Bank" (ORG) and "Ghana" (LOC); the dictionary knows the whole name
        List<NameSpan> merged = NameSpans.merge(
                List.of(new NameSpan(1, 2, "ORG", 0.6), new NameSpan(3, 4, "LOC", 0.9)),
                List.of(new NameSpan(1, 4, "ORG", 0.95)));
        assertEquals(List.of(new NameSpan(1, 4, "ORG", 0.95)), merged);
    }

    @Test
    void aKnownNameCrossingAModelSpanIsDropped() {
        List<NameSpan> model = List.of(new NameSpan(2, 5, "ORG", 0.7));
        assertEquals(model, NameSpans.merge(model, List.of(new NameSpan(4, 6, "LOC", 0.95))));
        assertEquals(model, NameSpans.merge(model, List.of(new NameSpan(3, 4, "LOC", 0.95))));
    }

    @Test
    void aKnownNameTheModelMissedIsAdded() {
        List<NameSpan> merged = NameSpans.merge(List.of(new NameSpan(0, 1, "PER", 0.8)),
                List.of(new NameSpan(3, 5, "LOC", 0.95)));
        assertEquals(List.of(new NameSpan(0, 1, "PER", 0.8), new NameSpan(3, 5, "LOC", 0.95)), merged);
    }

    @Test
    void cleaningDropsTheTitlesAndPossessives() {
        String[] toks = {"the", "Prime", "Minister", "Ola", "Berge", "'s", "office"};
        assertEquals(new NameSpan(3, 5, "PER", 0.8), spans.clean(new NameSpan(0, 6, "PER", 0.8), toks));
        String[] org = {"The", "Kremlin", "’s", "view"};
        assertEquals(new NameSpan(1, 2, "ORG", 0.8), spans.clean(new NameSpan(0, 3, "ORG", 0.8), org));
        assertNull(spans.clean(new NameSpan(0, 1, "ORG", 0.8), org));
    }

    @Test
    void aPersonSpanLosesAnAcronymThatEndsTheTitleBeforeIt() {
        // "... Envoy to the Coalition against ISIL Lena Varga said": the organisation's acronym is no given name
        String[] toks = {"against", "ISIL", "Lena", "Varga", "said"};
        assertEquals(new NameSpan(2, 4, "PER", 0.7), spans.clean(new NameSpan(1, 4, "PER", 0.7), toks));
        // but not when nothing name-like follows, nor in a name written wholly in capitals
        String[] caps = {"NATO", "SUMMIT", "OPENS"};
        assertEquals(new NameSpan(0, 3, "PER", 0.7), spans.clean(new NameSpan(0, 3, "PER", 0.7), caps));
        String[] two = {"UN", "Guterres", "said"};
        assertEquals(new NameSpan(0, 2, "PER", 0.7), spans.clean(new NameSpan(0, 2, "PER", 0.7), two));
    }

    @Test
    void aListedDemonymTaggedAsAnOrganisationBecomesNorp() {
        assertEquals("NORP", spans.retype(new NameSpan(0, 1, "ORG", 0.5), "Syrian").type());
        assertEquals("LOC", spans.retype(new NameSpan(0, 1, "PER", 0.5), "Nigeria").type());
        // an adjective that differs from both the country and its people ("Philippine Defence Secretary")
        assertEquals("NORP", spans.retype(new NameSpan(0, 1, "LOC", 0.5), "Philippine").type());
    }

    @Test
    void anUnlistedAcronymTakenForAPersonIsAnOrganisation() {
        assertEquals("ORG", spans.retype(new NameSpan(0, 1, "PER", 0.5), "KVM").type());
        assertEquals("PER", spans.retype(new NameSpan(0, 1, "PER", 0.5), "Okonkwo").type());
    }

    @Test
    void aPersonSpanEndingInACommonNounIsDroppedAndOneEndingInAnOrganisationHeadIsAnOrganisation() {
        String[] toks = {"Border", "Troops", "met", "the", "Northern", "Alliance"};
        assertNull(spans.settle(new NameSpan(0, 2, "PER", 0.6), toks, "Border Troops"));
        assertEquals(new NameSpan(4, 6, "ORG", 0.6),
                spans.settle(new NameSpan(4, 6, "PER", 0.6), toks, "Northern Alliance"));
        String[] person = {"Ola", "Berge", "spoke"};
        assertEquals(new NameSpan(0, 2, "PER", 0.6), spans.settle(new NameSpan(0, 2, "PER", 0.6), person,
                "Ola Berge"));
    }

    @Test
    void anUnlistedAcronymTakenForAPlaceIsAnOrganisationButACountryCodeStaysAPlace() {
        String[] toks = {"Ohio", "NG", "and", "UAE"};
        assertEquals("ORG", spans.settle(new NameSpan(0, 2, "LOC", 0.6), toks, "Ohio NG").type());
        assertEquals("LOC", spans.settle(new NameSpan(3, 4, "LOC", 0.6), toks, "UAE").type());
    }

    @Test
    void anOrdinalBeforeAnOrganisationJoinsItAndALoneOrdinalIsNoName() {
        String[] toks = {"the", "212th", "Signal", "Battalion", "and", "the", "33rd", "MEU"};
        List<NameSpan> repaired = spans.repair(List.of(new NameSpan(2, 4, "ORG", 0.7),
                new NameSpan(6, 7, "ORG", 0.5), new NameSpan(7, 8, "ORG", 0.6)), toks);
        assertEquals(List.of(new NameSpan(1, 4, "ORG", 0.7), new NameSpan(6, 8, "ORG", 0.6)), repaired);
    }

    @Test
    void aHoldersNameRunIntoTheOrganisationOfATitleIsSplitOff() {
        // "Special Envoy for the Alliance to Counter Smuggling ACS Lena Varga met ...": the name finder ran the
        // organisation of the title and the name of its holder into one organisation
        String[] toks = {"Special", "Envoy", "for", "the", "Alliance", "to", "Counter", "Smuggling", "ACS", "Lena",
            "Varga", "met"};
        assertEquals(List.of(new NameSpan(4, 9, "ORG", 0.7), new NameSpan(9, 11, "PER", 0.7)),
                spans.repair(List.of(new NameSpan(4, 11, "ORG", 0.7)), toks));
        // also when only the end of the organisation was found
        assertEquals(List.of(new NameSpan(8, 9, "ORG", 0.7), new NameSpan(9, 11, "PER", 0.7)),
                spans.repair(List.of(new NameSpan(8, 11, "ORG", 0.7)), toks));
        // a listed given name marks where the holder's name starts when no acronym ends the organisation
        String[] given = {"Envoy", "of", "the", "Northern", "Fisheries", "Council", "Anna", "Berg", "said"};
        assertEquals(List.of(new NameSpan(3, 6, "ORG", 0.7), new NameSpan(6, 8, "PER", 0.7)),
                spans.repair(List.of(new NameSpan(3, 8, "ORG", 0.7)), given));
    }

    @Test
    void anOrganisationNamedAfterAPersonStaysWhole() {
        // no title before it
        String[] noTitle = {"Yesterday", "the", "Northern", "Fisheries", "Council", "Anna", "Berg", "said"};
        assertEquals(List.of(new NameSpan(2, 7, "ORG", 0.7)),
                spans.repair(List.of(new NameSpan(2, 7, "ORG", 0.7)), noTitle));
        // a ship or body of one word before the person's name: "the commander of the USS Carl Vinson"
        String[] ship = {"Commander", "of", "the", "USS", "Carl", "Vinson", "said"};
        assertEquals(List.of(new NameSpan(3, 6, "ORG", 0.7)),
                spans.repair(List.of(new NameSpan(3, 6, "ORG", 0.7)), ship));
        // an organisation head at the end, or a title in lower case
        String[] head = {"Envoy", "for", "the", "Baltic", "Sea", "Anna", "Berg", "Foundation"};
        assertEquals(List.of(new NameSpan(3, 8, "ORG", 0.7)),
                spans.repair(List.of(new NameSpan(3, 8, "ORG", 0.7)), head));
        String[] lower = {"an", "envoy", "of", "the", "Northern", "Fisheries", "Council", "Anna", "Berg", "said"};
        assertEquals(List.of(new NameSpan(4, 9, "ORG", 0.7)),
                spans.repair(List.of(new NameSpan(4, 9, "ORG", 0.7)), lower));
    }

    @Test
    void aGivenNameBetweenATitleAndASurnameJoinsThePerson() {
        String[] toks = {"Defense", "Minister", "Rosa", "Quintero", "said"};
        assertEquals(List.of(new NameSpan(2, 4, "PER", 0.7)),
                spans.repair(List.of(new NameSpan(3, 4, "PER", 0.7)), toks));
        String[] noTitle = {"Tuesday", "Rosa", "Quintero", "said"};
        assertEquals(List.of(new NameSpan(2, 3, "PER", 0.7)),
                spans.repair(List.of(new NameSpan(2, 3, "PER", 0.7)), noTitle));
    }

    @Test
    void aListedSurnameAloneTakenForAPlaceIsAPersonOutsidePlaceContexts() {
        String[] tokens = {"Xi", "and", "Putin", "flew", "to", "Austin", "and", "Jordan", "with", "Sun", "Ltd"};
        assertEquals("PER", spans.surnameAlone(new NameSpan(2, 3, "LOC", 0.8), tokens, "Putin").type());
        assertEquals("PER", spans.surnameAlone(new NameSpan(2, 3, "ORG", 0.8), tokens, "Putin").type());
        // after a preposition of place, a listed country, a word in no surname list, two words, not LOC or ORG
        assertEquals("LOC", spans.surnameAlone(new NameSpan(5, 6, "LOC", 0.8), tokens, "Austin").type());
        assertEquals("LOC", spans.surnameAlone(new NameSpan(7, 8, "LOC", 0.8), tokens, "Jordan").type());
        assertEquals("LOC", spans.surnameAlone(new NameSpan(3, 4, "LOC", 0.8), tokens, "flew").type());
        assertEquals("ORG", spans.surnameAlone(new NameSpan(9, 11, "ORG", 0.8), tokens, "Sun Ltd").type());
        assertEquals("NORP", spans.surnameAlone(new NameSpan(2, 3, "NORP", 0.8), tokens, "Putin").type());
        String[] hyphenated = {"Task", "Force", "-", "West", "-", "Bravo"};
        assertEquals("LOC", spans.surnameAlone(new NameSpan(3, 4, "LOC", 0.8), hyphenated, "West").type());
    }

    @Test
    void aListedFamilyNameAfterATitleIsItsHolder() {
        String[] headline = {"Statement", "by", "Secretary", "of", "Defense", "Ash", "Carter", "on", "the", "Floods"};
        assertEquals(List.of(new NameSpan(5, 7, "PER", 0.9)), spans.holdersAfterTitles(headline));
        String[] bare = {"President", "Obama", "met", "Prime", "Minister", "Modi"};
        assertEquals(List.of(new NameSpan(1, 2, "PER", 0.9), new NameSpan(5, 6, "PER", 0.9)),
                spans.holdersAfterTitles(bare));
        // a listed place after a title, an unlisted word, no title before
        String[] none = {"President", "Jordan", "and", "Minister", "Quintero", "met", "Carter"};
        assertEquals(List.of(), spans.holdersAfterTitles(none));
    }

    @Test
    void aListedFamilyNameBetweenTheAndARulingWordIsALeader() {
        String[] tokens = {"the", "Assad", "regime's", "attacks", "and", "the", "Jordan", "government", "and", "the",
            "Putin", "visit"};
        assertEquals(List.of(new NameSpan(1, 2, "PER", 0.9)), spans.leadersBeforeRulingWords(tokens));
    }

    @Test
    void aGenerationSuffixBelongsToThePerson() {
        String[] toks = {"President", "Ferdinand", "Marcos", "Jr.", "arrived"};
        assertEquals(List.of(new NameSpan(1, 4, "PER", 0.7)),
                spans.repair(List.of(new NameSpan(1, 3, "PER", 0.7)), toks));
        String[] org = {"Marcos", "Sr.", "Foundation"};
        assertEquals(List.of(new NameSpan(0, 1, "ORG", 0.7)),
                spans.repair(List.of(new NameSpan(0, 1, "ORG", 0.7)), org));
    }

    @Test
    void aHolderAfterATitlesPlaceIsAPersonUnlessTitleCaseGoesOn() {
        String[] toks = {"Special", "Envoy", "for", "Syria", "Geir", "Pedersen", "met", "him"};
        String[] tags = {"ADJ", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PRON"};
        List<NameSpan> syria = List.of(new NameSpan(3, 4, "LOC", 0.9));
        assertEquals(List.of(new NameSpan(3, 4, "LOC", 0.9), new NameSpan(4, 6, "PER", 0.9)),
                spans.holdersAfterTitlePhrases(syria, toks, tags));
        String[] headline = {"Special", "Envoy", "for", "Syria", "Holds", "Talks", "In", "Geneva"};
        String[] headTags = {"ADJ", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN"};
        assertEquals(syria, spans.holdersAfterTitlePhrases(syria, headline, headTags));
        String[] ending = {"Special", "Envoy", "for", "Syria", "Jane", "Roe", "Arrives"};
        assertEquals(syria, spans.holdersAfterTitlePhrases(syria, ending, new String[] {"ADJ", "PROPN", "ADP",
            "PROPN", "PROPN", "PROPN", "PROPN"}));
        // no title before the preposition; one word only; words the tagger does not read as proper nouns
        String[] noTitle = {"Flights", "to", "Syria", "Geir", "Pedersen", "said"};
        assertEquals(List.of(new NameSpan(2, 3, "LOC", 0.9)), spans.holdersAfterTitlePhrases(
                List.of(new NameSpan(2, 3, "LOC", 0.9)), noTitle, new String[] {"NOUN", "ADP", "PROPN", "PROPN",
                    "PROPN", "VERB"}));
        String[] oneWord = {"Envoy", "for", "Syria", "Pedersen", "said"};
        assertEquals(List.of(new NameSpan(2, 3, "LOC", 0.9)), spans.holdersAfterTitlePhrases(
                List.of(new NameSpan(2, 3, "LOC", 0.9)), oneWord, new String[] {"PROPN", "ADP", "PROPN", "PROPN",
                    "VERB"}));
        String[] common = {"Envoy", "for", "Syria", "Last", "Week", "said"};
        assertEquals(List.of(new NameSpan(2, 3, "LOC", 0.9)), spans.holdersAfterTitlePhrases(
                List.of(new NameSpan(2, 3, "LOC", 0.9)), common, new String[] {"PROPN", "ADP", "PROPN", "ADJ",
                    "NOUN", "VERB"}));
    }

    @Test
    void aLoneTitleWordMonthOrServiceWordIsNoName() {
        for (String word : List.of("Defence", "Director", "Sir", "Sept", "Force", "Police")) {
            String[] toks = {"German", word, "Minister", "said"};
            assertNull(spans.settle(new NameSpan(1, 2, "LOC", 0.6), toks, word), word);
            assertNull(spans.settle(new NameSpan(1, 2, "PER", 0.6), toks, word), word);
        }
        String[] org = {"Ministry", "of", "Defence", "said"};
        assertEquals(new NameSpan(0, 3, "ORG", 0.6), spans.settle(new NameSpan(0, 3, "ORG", 0.6), org,
                "Ministry of Defence"));
    }
    /** The tokens of a sentence written with spaces around every token. */
    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    @Test
    void anOrganisationNamedForWhatItSetsOutToDoIsOneName() {
        // the model finds the organisation's head and the object of its purpose apart: "Global Coalition" + "ISIL"
        String[] toks = words("Ministers of the Global Coalition to Counter ISIL met in Rome .");
        assertEquals(List.of(new NameSpan(3, 8, "ORG", 0.8), new NameSpan(10, 11, "LOC", 0.9)),
                spans.joinedShapes(List.of(new NameSpan(3, 5, "ORG", 0.7), new NameSpan(7, 8, "ORG", 0.8),
                        new NameSpan(10, 11, "LOC", 0.9)), toks));
        // or takes the verb and its object for a person, and misses the head: "Protect Journalists"
        String[] cpj = words("The Committee to Protect Journalists criticised the arrests .");
        assertEquals(List.of(new NameSpan(1, 5, "ORG", 0.6)),
                spans.joinedShapes(List.of(new NameSpan(3, 5, "PER", 0.6)), cpj));
        // or takes the object alone for a person: a word that opens no person's name
        assertEquals(List.of(new NameSpan(1, 5, "ORG", 0.6)),
                spans.joinedShapes(List.of(new NameSpan(4, 5, "PER", 0.6)), cpj));
        // a person after the object is the holder of a title, whatever the given name's list says
        String[] holder = words("Envoy for the Global Coalition to Counter ISIL Lena Varga will lead it .");
        assertEquals(List.of(new NameSpan(3, 8, "ORG", 0.8), new NameSpan(8, 10, "PER", 0.9)),
                spans.joinedShapes(List.of(new NameSpan(5, 6, "ORG", 0.7), new NameSpan(7, 8, "ORG", 0.8),
                        new NameSpan(8, 10, "PER", 0.9)), holder));
        String[] unlisted = words("Envoy for the Global Coalition to Counter ISIL Xandor Quill will lead it .");
        assertEquals(List.of(new NameSpan(3, 8, "ORG", 0.8), new NameSpan(8, 10, "PER", 0.9)),
                spans.joinedShapes(List.of(new NameSpan(5, 6, "ORG", 0.7), new NameSpan(7, 8, "ORG", 0.8),
                        new NameSpan(8, 10, "PER", 0.9)), unlisted));
        String[] mines = words("The International Campaign to Ban Landmines welcomed the vote .");
        assertEquals(List.of(new NameSpan(1, 6, "ORG", 0.5)),
                spans.joinedShapes(List.of(new NameSpan(1, 3, "ORG", 0.5), new NameSpan(4, 5, "PER", 0.4)), mines));
    }

    @Test
    void aPurposeJoinsNoNameWhereTheShapeIsNotUnmistakable() {
        // a verb after "to" in lower case, or one that is no purpose of a body's name
        String[] lower = words("The Council voted to counter ISIL propaganda online .");
        List<NameSpan> isil = List.of(new NameSpan(1, 2, "ORG", 0.7), new NameSpan(5, 6, "ORG", 0.8));
        assertEquals(isil, spans.joinedShapes(isil, lower));
        String[] sent = words("The Alliance sent troops to Counter Point in Kenya .");
        List<NameSpan> alliance = List.of(new NameSpan(1, 2, "ORG", 0.7), new NameSpan(8, 9, "LOC", 0.8));
        assertEquals(alliance, spans.joinedShapes(alliance, sent));
        // no organisation's head before "to": "asked Russia to ..."
        String[] asked = words("The envoy asked Russia to Protect Civilians , aid groups said .");
        List<NameSpan> russia = List.of(new NameSpan(3, 4, "LOC", 0.9));
        assertEquals(russia, spans.joinedShapes(russia, asked));
        // a person after the verb is its object, not part of a name
        String[] person = words("The Committee to Free Anna Berg met on Monday .");
        List<NameSpan> berg = List.of(new NameSpan(1, 2, "ORG", 0.6), new NameSpan(4, 6, "PER", 0.9));
        assertEquals(berg, spans.joinedShapes(berg, person));
        // a headline's title case: "Army to Ban Landmines" says what the army will do
        String[] headline = words("Army to Ban Landmines Along Border");
        List<NameSpan> army = List.of(new NameSpan(0, 1, "ORG", 0.6));
        assertEquals(army, spans.joinedShapes(army, headline));
    }

    @Test
    void aCommandNamedWithItsOperationIsOneName() {
        // "... Component Command - Operation Steady Shield": cut after "Command", the operation taken for a person
        String[] toks = words("Soldiers of Joint Forces Land Component Command - Operation Steady Shield trained "
                + "Iraqi units .");
        assertEquals(List.of(new NameSpan(2, 11, "ORG", 0.7), new NameSpan(12, 13, "NORP", 0.9)),
                spans.joinedShapes(List.of(new NameSpan(2, 7, "ORG", 0.7), new NameSpan(9, 11, "PER", 0.6),
                        new NameSpan(12, 13, "NORP", 0.9)), toks));
        // the same with an en dash, after a task force, and with the command's first word cut off
        String[] dash = words("said Tom Hale , director , Joint Training Task Force \u2013 Operation Calm Sea .");
        assertEquals(List.of(new NameSpan(1, 3, "PER", 0.9), new NameSpan(6, 14, "ORG", 0.6)),
                spans.joinedShapes(List.of(new NameSpan(1, 3, "PER", 0.9), new NameSpan(6, 7, "ORG", 0.5),
                        new NameSpan(7, 14, "PER", 0.6)), dash));
        // a whole name the model found stays as it is
        List<NameSpan> whole = List.of(new NameSpan(2, 11, "ORG", 0.8), new NameSpan(12, 13, "NORP", 0.9));
        assertEquals(whole, spans.joinedShapes(whole, toks));
    }

    @Test
    void anOperationAfterSomethingElseThanAUnitStaysApart() {
        // a person, a place or a lower-case word before the dash: the operation is not part of its name
        String[] person = words("said Tom Hale - Operation Calm Sea began on Monday .");
        List<NameSpan> hale = List.of(new NameSpan(1, 3, "PER", 0.9));
        assertEquals(hale, spans.joinedShapes(hale, person));
        String[] place = words("troops in Basra - Operation Calm Sea began on Monday .");
        List<NameSpan> basra = List.of(new NameSpan(2, 3, "LOC", 0.9));
        assertEquals(basra, spans.joinedShapes(basra, place));
        // no capitalised name after "Operation"
        String[] none = words("the Joint Command - Operation of the port resumed .");
        List<NameSpan> command = List.of(new NameSpan(1, 3, "ORG", 0.8));
        assertEquals(command, spans.joinedShapes(command, none));
    }
}
