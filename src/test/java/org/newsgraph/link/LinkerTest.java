package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;

class LinkerTest {
    private static final Linker LINKER = new Linker(KnowledgeBase.loadDefault());

    private static Map<String, Link> link(Linker linker, ResolvedArticle article) {
        return linker.link(article).links();
    }

    private static Optional<String> qidOf(Linker linker, ResolvedArticle article, String entityName) {
        LinkedArticle linked = linker.link(article);
        Entity e = article.entities().stream().filter(x -> x.name().equals(entityName)).findFirst().orElseThrow();
        return linked.linkOf(e).map(Link::qid);
    }

    private static Linker tripoliLinker() throws URISyntaxException {
        Path ttl = Path.of(LinkerTest.class.getResource("/link/two-tripolis.ttl").toURI());
        return new Linker(KnowledgeBase.load(ttl));
    }

    @Test
    void linksAStateThroughItsAliasesAndItsCapital() {
        ResolvedArticle a = ArticleFixture.text("North Korea sent shells. The DPRK denied it in Pyongyang.")
                .entity("LOC", "North Korea", "DPRK").entity("LOC", "Pyongyang").build();
        Map<String, Link> links = link(LINKER, a);
        assertEquals("Q423", links.get("e0").qid());
        assertEquals("North Korea", links.get("e0").label());
        assertEquals("Q18808", links.get("e1").qid());
        assertTrue(links.get("e0").confidence() > 0.9, "an exact state name backed by its capital: " + links.get("e0"));
        assertTrue(links.get("e1").confidence() >= 0.6);
    }

    @Test
    void linksANationalityToItsCountryThroughTheDemonym() {
        ResolvedArticle a = ArticleFixture.text("Russian troops and North Korean soldiers moved in.")
                .entity("NORP", "Russian").entity("NORP", "North Korean").build();
        assertEquals(Optional.of("Q159"), qidOf(LINKER, a, "Russian"));
        assertEquals(Optional.of("Q423"), qidOf(LINKER, a, "North Korean"));
    }

    @Test
    void leavesADemonymSharedByTwoStatesUnlinked() {
        ResolvedArticle a = ArticleFixture.text("Congolese officials met.").entity("NORP", "Congolese").build();
        assertTrue(link(LINKER, a).isEmpty());
    }

    @Test
    void neverLinksAPersonToAPlaceOfTheSameName() {
        ResolvedArticle person = ArticleFixture.text("Jordan said he would stay.").entity("PER", "Jordan").build();
        assertTrue(link(LINKER, person).isEmpty(), "a person called Jordan is not the country");
        ResolvedArticle place = ArticleFixture.text("Jordan closed its airspace.").entity("LOC", "Jordan").build();
        assertEquals(Optional.of("Q810"), qidOf(LINKER, place, "Jordan"));
        ResolvedArticle minister = ArticleFixture.text("Israel Katz spoke in Israel.")
                .entity("PER", "Israel Katz").entity("LOC", "Israel").build();
        assertEquals(Optional.of("Q487304"), qidOf(LINKER, minister, "Israel Katz"));
        assertEquals(Optional.of("Q801"), qidOf(LINKER, minister, "Israel"));
    }

    @Test
    void neverLinksAPlaceMentionToAnOrganisationOrAPersonMentionToAnOrganisation() {
        ResolvedArticle a = ArticleFixture.text("NATO met. Nato said.").entity("LOC", "NATO").entity("PER", "Nato")
                .build();
        assertTrue(link(LINKER, a).isEmpty());
    }

    @Test
    void linksOrganisationsByNameAndByAcronym() {
        ResolvedArticle a = ArticleFixture.text("ISIL fighters fled; the Islamic State lost ground. NATO watched.")
                .entity("ORG", "ISIL", "Islamic State").entity("ORG", "NATO").build();
        assertEquals(Optional.of("Q2429253"), qidOf(LINKER, a, "Islamic State"));
        assertEquals(Optional.of("Q7184"), qidOf(LINKER, a, "NATO"));
    }

    @Test
    void anOrganisationMentionMayNameAStateOrCapitalButNoOtherPlace() {
        ResolvedArticle a = ArticleFixture.text("Moscow and Turkey objected; Kharkiv did not. Russia sent troops.")
                .entity("ORG", "Moscow").entity("ORG", "Turkey").entity("ORG", "Kharkiv").entity("LOC", "Russia")
                .build();
        assertEquals(Optional.of("Q649"), qidOf(LINKER, a, "Moscow"));
        assertEquals(Optional.of("Q43"), qidOf(LINKER, a, "Turkey"));
        assertEquals(Optional.empty(), qidOf(LINKER, a, "Kharkiv"));
    }

    @Test
    void linksAFullPersonalNameInAnyCommonSpelling() {
        ResolvedArticle a = ArticleFixture.text("Sergei Lavrov met Kim Jong Un.")
                .entity("PER", "Sergei Lavrov").entity("PER", "Kim Jong Un").build();
        assertEquals(Optional.of("Q58217"), qidOf(LINKER, a, "Sergei Lavrov"));
        assertEquals(Optional.of("Q56226"), qidOf(LINKER, a, "Kim Jong Un"));
    }

    @Test
    void aBareSurnameLinksOnlyWhenTheArticleSupportsIt() {
        ResolvedArticle alone = ArticleFixture.text("Lavrov said nothing.").entity("PER", "Lavrov").build();
        assertTrue(link(LINKER, alone).isEmpty(), "a surname alone is weak evidence");
        ResolvedArticle withRussia = ArticleFixture.text("Lavrov said Russia would wait.")
                .entity("PER", "Lavrov").entity("LOC", "Russia").build();
        assertEquals(Optional.of("Q58217"), qidOf(LINKER, withRussia, "Lavrov"));
    }

    @Test
    void aFamilyNameWithItsParticlesLinksAsABareSurnameDoes() {
        ResolvedArticle alone = ArticleFixture.text("Von der Leyen said nothing.").entity("PER", "Von der Leyen")
                .build();
        assertTrue(link(LINKER, alone).isEmpty(), "a family name alone is weak evidence");
        ResolvedArticle withGermany = ArticleFixture.text("Von der Leyen said Germany would wait.")
                .entity("PER", "Von der Leyen").entity("LOC", "Germany").build();
        assertEquals(Optional.of("Q60772"), qidOf(LINKER, withGermany, "Von der Leyen"));
        ResolvedArticle withSaudi = ArticleFixture.text("Bin Salman said Saudi Arabia would raise output.")
                .entity("PER", "Bin Salman").entity("LOC", "Saudi Arabia").build();
        assertEquals(Optional.of("Q6892571"), qidOf(LINKER, withSaudi, "Bin Salman"));
        ResolvedArticle notAFamilyName = ArticleFixture.text("Anna Leyen said Germany would wait.")
                .entity("PER", "Anna Leyen").entity("LOC", "Germany").build();
        assertEquals(Optional.empty(), qidOf(LINKER, notAFamilyName, "Anna Leyen"));
    }

    @Test
    void aFullNameOutsideTheKnowledgeBaseIsNotTakenForSomeoneWithTheSameSurname() {
        ResolvedArticle a = ArticleFixture.text("Hunter Biden left the United States. Biden said little.")
                .entity("PER", "Hunter Biden", "Biden").entity("LOC", "United States").build();
        assertEquals(Optional.empty(), qidOf(LINKER, a, "Hunter Biden"));
        assertEquals(Optional.of("Q30"), qidOf(LINKER, a, "United States"));
    }

    @Test
    void aBareSurnameTwoNamedPeopleShareLinksToNeither() {
        ResolvedArticle one = ArticleFixture.text("Sergei Lavrov met Anna Berg in Russia. Lavrov said little.")
                .entity("PER", "Sergei Lavrov").entity("PER", "Anna Berg").entity("PER", "Lavrov")
                .entity("LOC", "Russia").build();
        assertEquals(Optional.of("Q58217"), qidOf(LINKER, one, "Lavrov"));
        // a relative the knowledge base lacks: the bare name may be either of them
        ResolvedArticle two = ArticleFixture.text("Sergei Lavrov met Anna Lavrov in Russia. Lavrov said little.")
                .entity("PER", "Sergei Lavrov").entity("PER", "Anna Lavrov").entity("PER", "Lavrov")
                .entity("LOC", "Russia").build();
        assertEquals(Optional.of("Q58217"), qidOf(LINKER, two, "Sergei Lavrov"));
        assertEquals(Optional.empty(), qidOf(LINKER, two, "Lavrov"));
    }

    @Test
    void namesOutsideTheKnowledgeBaseStayUnlinked() {
        ResolvedArticle a = ArticleFixture.text("Kyrylo Budanov spoke of Kursk and of Acme Widgets Ltd.")
                .entity("PER", "Kyrylo Budanov").entity("LOC", "Kursk").entity("ORG", "Acme Widgets Ltd").build();
        assertTrue(link(LINKER, a).isEmpty(), link(LINKER, a).toString());
    }

    @Test
    void aRegionLinksByItsRegionNameNotByTheCity() {
        ResolvedArticle a = ArticleFixture.text("Troops entered the Kursk region.").entity("LOC", "Kursk region")
                .build();
        assertEquals(Optional.of("Q3178"), qidOf(LINKER, a, "Kursk region"));
    }

    @Test
    void anAmbiguousCityIsDecidedByTheArticlesOtherPlaces() throws URISyntaxException {
        Linker linker = tripoliLinker();
        ResolvedArticle lebanon = ArticleFixture.text("Clashes in Tripoli, Lebanon, went on.")
                .entity("LOC", "Tripoli").entity("LOC", "Lebanon").build();
        assertEquals(Optional.of("Q168954"), qidOf(linker, lebanon, "Tripoli"));
        ResolvedArticle libya = ArticleFixture.text("Libyan forces held Tripoli.")
                .entity("NORP", "Libyan").entity("LOC", "Tripoli").build();
        assertEquals(Optional.of("Q3579"), qidOf(linker, libya, "Tripoli"));
    }

    @Test
    void twoEquallyGoodCandidatesLinkNothing() throws URISyntaxException {
        ResolvedArticle a = ArticleFixture.text("Clashes in Tripoli went on.").entity("LOC", "Tripoli").build();
        assertTrue(link(tripoliLinker(), a).isEmpty());
    }

    @Test
    void aHigherThresholdLeavesWeakerLinksOut() {
        ResolvedArticle a = ArticleFixture.text("Pyongyang replied.").entity("LOC", "Pyongyang").build();
        assertEquals(Optional.of("Q18808"), qidOf(LINKER, a, "Pyongyang"));
        Linker strict = new Linker(KnowledgeBase.loadDefault(), new Linker.Settings(0.95, 0.05, 0.55, 0.25, 0.2));
        assertTrue(link(strict, a).isEmpty());
    }

    @Test
    void confidenceStaysWithinZeroAndOne() {
        ResolvedArticle a = ArticleFixture.text("Russia and Moscow and Russians and Vladimir Putin.")
                .entity("LOC", "Russia").entity("LOC", "Moscow").entity("NORP", "Russians")
                .entity("PER", "Vladimir Putin").build();
        Map<String, Link> links = link(LINKER, a);
        assertEquals(4, links.size());
        for (Link l : links.values()) assertTrue(l.confidence() > 0 && l.confidence() <= 1, l.toString());
    }

    @Test
    void oneLinkerServesManyThreadsWithTheSameAnswer() throws Exception {
        ResolvedArticle a = ArticleFixture.text("Sergei Lavrov flew from Moscow to Pyongyang; Russian and North Korean "
                        + "officials met NATO critics.")
                .entity("PER", "Sergei Lavrov").entity("LOC", "Moscow").entity("LOC", "Pyongyang")
                .entity("NORP", "Russian").entity("NORP", "North Korean").entity("ORG", "NATO").build();
        Map<String, Link> expected = link(LINKER, a);
        assertEquals(6, expected.size());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Link>>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) runs.add(pool.submit(() -> link(LINKER, a)));
            for (Future<Map<String, Link>> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aGenericCouncilNameAfterANationalityIsThatNationsNotTheUnitedNations() {
        ResolvedArticle national = ArticleFixture.text("The Iranian secretary of the Security Council spoke.")
                .entity("NORP", "Iranian").entity("ORG", "Security Council").build();
        assertNull(link(LINKER, national).get("e1"));
        ResolvedArticle bare = ArticleFixture.text("The UN met in New York. The Security Council voted on a resolution.")
                .entity("ORG", "UN").entity("ORG", "Security Council").build();
        assertEquals("Q37470", link(LINKER, bare).get("e1").qid());
        ResolvedArticle named = ArticleFixture.text("A Chinese envoy to the UN Security Council objected.")
                .entity("NORP", "Chinese").entity("ORG", "UN Security Council").build();
        assertEquals("Q37470", link(LINKER, named).get("e1").qid());
    }

    @Test
    void aGenericCouncilNameInAnArticleThatNeverNamesTheUnitedNationsStaysUnlinked() {
        String[] texts = {
            "Pavel Orlov became secretary of the Security Council, the Kremlin said. He had led the army.",
            "The Security Council met in Tehran on Sunday. Its members discussed the border.",
            "Officials said the Security Council would decide. Moscow gave no date.",
        };
        for (String text : texts) {
            ResolvedArticle a = ArticleFixture.text(text).entity("ORG", "Security Council").build();
            assertNull(link(LINKER, a).get("e0"), text);
        }
        // controls: the text names the United Nations (in full, or as UN or U.N.) somewhere in the article
        String[] named = {
            "The United Nations met in New York. The Security Council voted on a resolution.",
            "Diplomats at the U.N. were busy. The Security Council voted on a resolution.",
            "The Security Council voted on Tuesday. The UN envoy left.",
        };
        for (String text : named) {
            ResolvedArticle a = ArticleFixture.text(text).entity("ORG", "Security Council").build();
            assertEquals("Q37470", link(LINKER, a).get("e0").qid(), text);
        }
        // a word that merely contains the letters does not count
        ResolvedArticle unrelated = ArticleFixture.text("The Security Council met under a sunny sky in UNITY hall.")
                .entity("ORG", "Security Council").build();
        assertNull(link(LINKER, unrelated).get("e0"));
    }

    @Test
    void aPlaceFollowedByRegionNamesTheRegion() {
        ResolvedArticle a = ArticleFixture.text("Shelling hit the Kursk region overnight.").entity("LOC", "Kursk")
                .build();
        assertEquals("Q3178", link(LINKER, a).get("e0").qid());
    }

    @Test
    void aNameCutAtAHyphenIsCompletedFromTheTextAndItsFamilyNameFollowsIt() {
        ResolvedArticle a = ArticleFixture.text("Kim Jong-un inspected a factory. Later Kim smiled.")
                .entity("PER", "Kim Jong").entity("PER", "Kim").build();
        Map<String, Link> links = link(LINKER, a);
        assertEquals("Q56226", links.get("e0").qid());
        assertEquals("Q56226", links.get("e1").qid());
        assertTrue(links.get("e1").confidence() < links.get("e0").confidence());
        ResolvedArticle alone = ArticleFixture.text("Later Kim smiled.").entity("PER", "Kim").build();
        assertNull(link(LINKER, alone).get("e0"), "a bare family name shared by several leaders");
    }

    @Test
    void ukrainianAndRussianFormsOfAGivenNameMeet() {
        assertEquals(Names.key("Kirill Budanov"), Names.key("Kyrylo Budanov"));
        assertEquals(Names.key("Vladimir Zelensky"), Names.key("Volodymyr Zelenskyy"));
        assertEquals(Names.key("Kim Jong Un"), Names.key("Kim Jong-un"));
    }

    @Test
    void aNewsAgencyNamedWithWhatItIsLinksUnderItsOwnName() {
        ResolvedArticle a = ArticleFixture.text("The Tass news service said so.").entity("ORG", "Tass news service")
                .build();
        assertEquals("Q223799", link(LINKER, a).get("e0").qid());
        ResolvedArticle unknown = ArticleFixture.text("The Acme Agency said so.").entity("ORG", "Acme Agency").build();
        assertNull(link(LINKER, unknown).get("e0"));
    }
}
