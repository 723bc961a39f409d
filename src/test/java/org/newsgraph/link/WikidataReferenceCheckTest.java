package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks our hand-written entries against the Wikidata reference exported in {@code ../shared/wikidata} (outside the
 * project, see its README): an item the reference knows must carry one of the reference's names and its country, and
 * an item whose kb:verifiedBy cites that reference must be in it. Skipped when the reference is absent.
 */
class WikidataReferenceCheckTest {
    private static final KnowledgeBase KB = KnowledgeBase.loadDefault();
    private static Map<String, Row> reference;

    record Row(String qid, Set<String> names, String kind, String countryQid) {
    }

    @BeforeAll
    static void readReference() throws IOException {
        Path dir = null;
        for (String candidate : List.of("../shared/wikidata", "../../shared/wikidata")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p.resolve("entities.tsv"))) {
                dir = p;
                break;
            }
        }
        if (dir == null) return;
        reference = new HashMap<>();
        for (String file : List.of("entities.tsv", "extras.tsv")) {
            try (BufferedReader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split("\t", -1);
                    if (f.length < 5 || !KB.get(f[0]).isPresent()) continue;
                    Set<String> names = new HashSet<>();
                    names.add(Names.key(f[1]));
                    for (String a : f[2].split("\\|")) if (!a.isBlank()) names.add(Names.key(a));
                    Row old = reference.get(f[0]);
                    if (old != null) names.addAll(old.names());
                    reference.put(f[0], new Row(f[0], names, f[3], f[4].isBlank() ? null : f[4]));
                }
            }
        }
    }

    @Test
    void everyItemTheReferenceKnowsCarriesOneOfItsNames() {
        assumeTrue(reference != null, "../shared/wikidata is absent");
        assertTrue(reference.size() > 400, "only " + reference.size() + " of our items found in the reference");
        List<String> wrong = new ArrayList<>();
        for (KbEntry e : KB.entries()) {
            Row r = reference.get(e.qid());
            if (r == null) continue;
            Set<String> ours = new HashSet<>();
            ours.add(Names.key(e.label()));
            for (String a : e.aliases()) ours.add(Names.key(a));
            boolean agree = ours.stream().anyMatch(o -> r.names().stream().anyMatch(t -> namesAgree(o, t)));
            if (!agree) wrong.add(e.qid() + " ours " + ours + " reference " + r.names());
        }
        assertTrue(wrong.isEmpty(), "names disagree with the reference: " + wrong);
    }

    @Test
    void placesAndPeopleHaveTheReferenceCountry() {
        // For people the reference gives the country of an office held, not citizenship: compared unless noted so.
        assumeTrue(reference != null, "../shared/wikidata is absent");
        List<String> wrong = new ArrayList<>();
        for (KbEntry e : KB.entries()) {
            Row r = reference.get(e.qid());
            if (r == null || e.is("country") || e.is("org")) continue;
            if (e.countryQid() == null || r.countryQid() == null) continue;
            if (e.is("person") && verification(e).contains("office held")) continue;
            if (!e.countryQid().equals(r.countryQid())) wrong.add(e.qid() + " " + e.label() + ": ours " + e.countryQid()
                    + ", reference " + r.countryQid());
        }
        assertTrue(wrong.isEmpty(), "countries disagree with the reference: " + wrong);
    }

    @Test
    void everyItemVerifiedByTheReferenceIsInIt() {
        assumeTrue(reference != null, "../shared/wikidata is absent");
        Model m = KB.model();
        Property verifiedBy = m.createProperty(KnowledgeBase.KB + "verifiedBy");
        List<String> missing = new ArrayList<>();
        for (KbEntry e : KB.entries()) {
            String how = m.getResource(KnowledgeBase.WD + e.qid()).getProperty(verifiedBy).getString();
            if (how.contains("shared/wikidata") && !reference.containsKey(e.qid())) {
                missing.add(e.qid() + " " + e.label());
            }
        }
        assertTrue(missing.isEmpty(), "claimed verified by the reference but absent from it: " + missing);
    }

    private static String verification(KbEntry e) {
        Property verifiedBy = KB.model().createProperty(KnowledgeBase.KB + "verifiedBy");
        return KB.model().getResource(KnowledgeBase.WD + e.qid()).getProperty(verifiedBy).getString();
    }

    /** Equal keys, or one a whole-word part of the other ("fiji" in "fiji islands"). */
    private static boolean namesAgree(String a, String b) {
        return a.equals(b) || (" " + b + " ").contains(" " + a + " ") || (" " + a + " ").contains(" " + b + " ");
    }
}
