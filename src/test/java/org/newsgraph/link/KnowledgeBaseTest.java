package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigException;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

    private static String only(String name) {
        List<KbEntry> found = KB.candidates(name);
        assertEquals(1, found.size(), "candidates of '" + name + "': " + found);
        return found.get(0).qid();
    }

    @Test
    void findsStatesByLabelAndCommonAliases() {
        assertEquals("Q423", only("North Korea"));
        assertEquals("Q423", only("DPRK"));
        assertEquals("Q423", only("Democratic People's Republic of Korea"));
        assertEquals("Q30", only("U.S."));
        assertEquals("Q30", only("USA"));
        assertEquals("Q30", only("the United States"));
        assertEquals("Q145", only("Britain"));
        assertEquals("Q145", only("UK"));
        assertEquals("Q43", only("Türkiye"));
        assertEquals("Q43", only("Turkey"));
        assertEquals("Q159", only("Russian Federation"));
    }

    @Test
    void foldsCaseDiacriticsCurlyApostrophesAndPossessives() {
        assertEquals("Q159", only("Russia\u2019s"));
        assertEquals("Q423", only("north korea's"));
        assertEquals("Q21197", only("Chisinau"));
        assertEquals("Q43", only("TURKIYE"));
        assertEquals("Q2471", only("Sana’a"));
        assertEquals("Q2429253", only("Da'esh"));
        assertEquals("Q49623", only("Workers Party of Korea"));
    }

    @Test
    void foldsTransliterationVariantsOfPersonalNames() {
        assertEquals("Q58217", only("Sergei Lavrov"));
        assertEquals("Q58217", only("Sergey Lavrov"));
        assertEquals("Q56226", only("Kim Jong Un"));
        assertEquals("Q56226", only("Kim Jong-un"));
        assertEquals("Q3874799", only("Volodymyr Zelenskiy"));
        assertEquals("Q2866", only("Aleksandr Lukashenko"));
    }

    @Test
    void mapsDemonymsToTheirCountryUnlessShared() {
        assertEquals("Q159", KB.countryForDemonym("Russian").orElseThrow().qid());
        assertEquals("Q423", KB.countryForDemonym("North Korean").orElseThrow().qid());
        assertEquals("Q212", KB.countryForDemonym("Ukrainians").orElseThrow().qid());
        assertEquals("Q145", KB.countryForDemonym("British").orElseThrow().qid());
        assertEquals(2, KB.demonymCandidates("Congolese").size());
        assertEquals(Optional.empty(), KB.countryForDemonym("Congolese"));
        assertEquals(Optional.empty(), KB.countryForDemonym("Martian"));
    }

    @Test
    void aCapitalStandsForItsStateAndAStateForItself() {
        assertEquals(Optional.of("Q423"), KB.stateFor("Q18808"));
        assertEquals(Optional.of("Q159"), KB.stateFor("Q649"));
        assertEquals(Optional.of("Q159"), KB.stateFor("Q159"));
        assertEquals(Optional.empty(), KB.stateFor("Q42308"), "Kharkiv is no capital");
        assertEquals(Optional.empty(), KB.stateFor("Q7747"), "a person stands for no state");
        assertEquals(Optional.empty(), KB.stateFor("Q999999999"));
    }

    @Test
    void aRegionIsNamedApartFromItsCity() {
        assertEquals("Q3178", only("Kursk Oblast"));
        assertEquals("Q3178", only("Kursk region"));
        assertTrue(KB.candidates("Kursk").isEmpty(), "the city of Kursk is not in the knowledge base");
        KbEntry kursk = KB.get("Q3178").orElseThrow();
        assertEquals("LOC", kursk.nerType());
        assertTrue(kursk.is("region"));
        assertEquals("Q159", kursk.countryQid());
    }

    @Test
    void entriesCarryTypesKindsCountriesAndDemonyms() {
        KbEntry russia = KB.get("Q159").orElseThrow();
        assertEquals("Russia", russia.label());
        assertEquals("LOC", russia.nerType());
        assertEquals("Q159", russia.countryQid());
        assertTrue(russia.demonyms().contains("Russian"));
        KbEntry lavrov = KB.get("Q58217").orElseThrow();
        assertEquals("PER", lavrov.nerType());
        assertEquals("Q159", lavrov.countryQid());
        KbEntry nato = KB.get("Q7184").orElseThrow();
        assertEquals("ORG", nato.nerType());
        assertTrue(KB.get("Q18808").orElseThrow().is("capital"));
    }

    @Test
    void coversEverySovereignStateAndTheFiveSpecialCases() {
        long states = KB.entries().stream().filter(e -> e.is("country")).count();
        assertEquals(199, states, "194 states of world-countries' 'independent' list plus five");
        for (String q : List.of("Q865", "Q219060", "Q1246", "Q6250", "Q8646")) assertTrue(KB.get(q).isPresent(), q);
    }

    @Test
    void givesNamesByTypeForGazetteers() {
        Map<String, Set<String>> names = KB.namesByType();
        assertEquals(Set.of("PER", "ORG", "LOC", "NORP"), names.keySet());
        assertTrue(names.get("PER").contains("Vladimir Putin"));
        assertTrue(names.get("ORG").contains("NATO"));
        assertTrue(names.get("ORG").contains("Daesh"));
        assertTrue(names.get("LOC").contains("Pyongyang"));
        assertTrue(names.get("NORP").contains("North Korean"));
        assertFalse(names.get("LOC").contains("Vladimir Putin"));
    }

    @Test
    void answersSparqlInWikidataShapeAndIsReadOnly() {
        Model m = KB.model();
        String q = "PREFIX wd: <http://www.wikidata.org/entity/> PREFIX wdt: <http://www.wikidata.org/prop/direct/> "
                + "SELECT ?capital WHERE { wd:Q423 wdt:P36 ?capital }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            assertEquals(KnowledgeBase.WD + "Q18808", row.getResource("capital").getURI());
            assertFalse(rs.hasNext());
        }
        Resource r = m.createResource(KnowledgeBase.WD + "Q1");
        assertThrows(RuntimeException.class, () -> m.add(r, RDFS.label, "x"));
    }

    @Test
    void recordsHowEveryItemWasVerified() {
        Model m = KB.model();
        var verified = m.createProperty(KnowledgeBase.KB + "verifiedBy");
        m.listSubjectsWithProperty(RDFS.label).forEachRemaining(s ->
                assertTrue(s.hasProperty(verified), "no kb:verifiedBy on " + s));
    }

    @Test
    void loadsFromAFileAndNamesTheFileWhenTheTurtleIsBroken(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("tiny.ttl");
        Files.writeString(good, """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX kb: <https://w3id.org/newsgraph/kb#>
                wd:Q1741 rdfs:label "Vienna"@en ; kb:kind "city" .
                """);
        assertEquals("Q1741", KnowledgeBase.load(good).candidates("vienna").get(0).qid());
        Path bad = dir.resolve("broken.ttl");
        Files.writeString(bad, "wd:Q1 rdfs:label \"unterminated .\n");
        ConfigException e = assertThrows(ConfigException.class, () -> KnowledgeBase.load(bad));
        assertTrue(e.getMessage().contains("broken.ttl"), e.getMessage());
    }

    @Test
    void refusesAnEntryWithoutAKind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nokind.ttl");
        Files.writeString(file, """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                wd:Q1741 rdfs:label "Vienna"@en .
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> KnowledgeBase.load(file));
        assertTrue(e.getMessage().contains("Q1741"), e.getMessage());
    }

    @Test
    void noNameIsSharedBetweenTwoStates() {
        Map<String, String> seen = new HashMap<>();
        for (KbEntry e : KB.entries()) {
            if (!e.is("country")) continue;
            for (String n : concat(e.label(), e.aliases())) {
                String prev = seen.put(Names.key(n), e.qid());
                assertTrue(prev == null || prev.equals(e.qid()), "'" + n + "' names " + prev + " and " + e.qid());
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

}
