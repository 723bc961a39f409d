package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.ProblemListener;

/**
 * Imports the two dump samples, written in Wikidata's own JSON and truthy N-Triples shapes, and compares what comes
 * out with {@code expected-people-places.ttl}, worked out by hand.
 */
class DumpImporterTest {
    private static final Path DIR = Path.of("src/test/resources/link/wikidata");
    private static final Path JSON = DIR.resolve("sample-all.json");
    private static final Path TRUTHY = DIR.resolve("sample-truthy.nt");
    private static final ItemFilter PEOPLE_AND_PLACES = ItemFilter.instanceOf("Q6256", "Q5119", "Q5");

    @TempDir
    Path tmp;

    private final List<String> problems = new ArrayList<>();
    private final ProblemListener collect = (where, message) -> problems.add(where + ": " + message);

    private static Model expected() {
        return RDFDataMgr.loadModel(DIR.resolve("expected-people-places.ttl").toString());
    }

    private Model importInto(Path dump, ItemFilter filter) {
        Model model = ModelFactory.createDefaultModel();
        new DumpImporter(filter, collect).importDump(dump, model.getGraph());
        return model;
    }

    @Test
    void jsonDumpGivesTheHandWrittenGraph() {
        Model got = importInto(JSON, PEOPLE_AND_PLACES);
        assertTrue(got.isIsomorphicWith(expected()), () -> "got:\n" + turtle(got));
    }

    @Test
    void truthyDumpGivesTheSameGraphAsTheJsonDump() {
        Model got = importInto(TRUTHY, PEOPLE_AND_PLACES);
        assertTrue(got.isIsomorphicWith(expected()), () -> "got:\n" + turtle(got));
    }

    @Test
    void malformedJsonLineIsReportedWithItsLineNumberAndSkipped() {
        ImportStats stats = new DumpImporter(ItemFilter.ANY, collect)
                .importDump(JSON, ModelFactory.createDefaultModel().getGraph());
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(JSON + ":5: not a JSON entity"), problems.get(0));
        assertEquals(new ImportStats(6, 5, stats.triples(), 1), stats);
    }

    @Test
    void malformedNTriplesLineIsReportedWithItsLineNumberAndSkipped() {
        ImportStats stats = new DumpImporter(ItemFilter.ANY, collect)
                .importDump(TRUTHY, ModelFactory.createDefaultModel().getGraph());
        assertEquals(List.of(TRUTHY + ":86"), problems.stream().map(p -> p.substring(0, p.indexOf(": "))).toList());
        assertEquals(6, stats.entities());
        assertEquals(5, stats.kept());
        assertEquals(1, stats.problems());
    }

    @Test
    void strictListenerStopsAtTheMalformedLine() {
        InputException e = assertThrows(InputException.class,
                () -> new DumpImporter(ItemFilter.ANY, ProblemListener.STRICT).importDump(JSON,
                        ModelFactory.createDefaultModel().getGraph()));
        assertTrue(e.getMessage().contains("sample-all.json:5"), e.getMessage());
    }

    @Test
    void politicianFilterKeepsOnlyHumansHoldingAPosition() {
        for (Path dump : List.of(JSON, TRUTHY)) {
            Model got = importInto(dump, ItemFilter.instanceOf("Q5").holding("P39"));
            Set<String> subjects = subjects(got);
            assertEquals(Set.of(WD.ENTITY + "Q76"), subjects, dump.toString());
            Resource obama = got.getResource(WD.ENTITY + "Q76");
            assertEquals(WD.ENTITY + "Q11696",
                    obama.getPropertyResourceValue(got.createProperty(WD.DIRECT + "P39")).getURI());
        }
    }

    @Test
    void filterCanAskForAPropertyThatIsNotKept() {
        // P27 (country of citizenship) is not written, but a filter may still require it
        Model got = importInto(JSON, ItemFilter.instanceOf("Q5").holding("P27", "P569"));
        assertEquals(Set.of(WD.ENTITY + "Q76", WD.ENTITY + "Q42"), subjects(got));
        assertFalse(got.listStatements(null, got.createProperty(WD.DIRECT + "P27"), (Resource) null).hasNext());
    }

    @Test
    void gzippedDumpsReadLikePlainOnes() throws IOException {
        for (Path dump : List.of(JSON, TRUTHY)) {
            Path gz = tmp.resolve(dump.getFileName() + ".gz");
            try (InputStream in = Files.newInputStream(dump);
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                in.transferTo(out);
            }
            assertTrue(importInto(gz, PEOPLE_AND_PLACES).isIsomorphicWith(expected()), gz.toString());
        }
    }

    @Test
    void bzip2DumpReadsLikeAPlainOneAndProgressCountsTheCompressedBytes() throws IOException {
        Path bz2 = tmp.resolve("sample-all.json.bz2");
        try (InputStream in = Files.newInputStream(JSON);
             OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
            in.transferTo(out);
        }
        List<Long> progress = new ArrayList<>();
        Model model = ModelFactory.createDefaultModel();
        new DumpImporter(PEOPLE_AND_PLACES, collect, progress::add).importDump(bz2, model.getGraph());
        assertTrue(model.isIsomorphicWith(expected()));
        assertEquals(Files.size(bz2), progress.get(progress.size() - 1));
    }

    @Test
    void writesTurtleAndGzippedNTriplesFiles() {
        DumpImporter importer = new DumpImporter(PEOPLE_AND_PLACES, collect);
        Path ttl = tmp.resolve("out/kb.ttl");
        Path ntgz = tmp.resolve("out/kb.nt.gz");
        ImportStats stats = importer.importDump(TRUTHY, ttl);
        importer.importDump(JSON, ntgz);
        assertTrue(RDFDataMgr.loadModel(ttl.toString()).isIsomorphicWith(expected()));
        assertTrue(RDFDataMgr.loadModel(ntgz.toString()).isIsomorphicWith(expected()));
        assertEquals(expected().size(), stats.triples());
        assertFalse(Files.exists(tmp.resolve("out/kb.ttl.part")));
    }

    @Test
    void preferredRankHidesNormalAndDeprecatedNeverCounts() throws IOException {
        // Q4115189 is Wikidata's sandbox item, there for experiments; the statements below are made up for the test
        String entity = "{\"type\":\"item\",\"id\":\"Q4115189\",\"labels\":{\"mul\":{\"language\":\"mul\","
                + "\"value\":\"Wikidata Sandbox\"}},\"aliases\":{\"en\":[{\"language\":\"en\",\"value\":\"sandbox\"}]},"
                + "\"claims\":{\"P31\":["
                + statement("Q5", "deprecated") + "," + statement("Q515", "normal") + "],"
                + "\"P17\":[" + statement("Q30", "normal") + "," + statement("Q145", "preferred") + "]},"
                + "\"sitelinks\":{}}";
        Path dump = tmp.resolve("sandbox.json");
        Files.writeString(dump, "[\n" + entity + "\n]\n", StandardCharsets.UTF_8);
        Model got = importInto(dump, ItemFilter.ANY);
        Resource item = got.getResource(WD.ENTITY + "Q4115189");
        assertEquals(Set.of(WD.ENTITY + "Q515"), objects(got, item, "P31"));
        assertEquals(Set.of(WD.ENTITY + "Q145"), objects(got, item, "P17"));
        assertEquals("Wikidata Sandbox", item.getProperty(got.createProperty(WD.label.getURI())).getString(),
                "the mul label stands in for a missing English one");
        assertEquals(0, item.getProperty(got.createProperty(WD.sitelinks.getURI())).getInt());
        assertTrue(importInto(dump, ItemFilter.instanceOf("Q5")).isEmpty(),
                "a deprecated P31 does not pass the filter");
    }

    @Test
    void fileThatIsNoDumpIsRejectedByName() throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "Wikidata notes\n");
        InputException e = assertThrows(InputException.class, () -> DumpImporter.detect(notes));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("'W'"), e.getMessage());
        InputException missing = assertThrows(InputException.class,
                () -> DumpImporter.detect(tmp.resolve("absent.json.gz")));
        assertTrue(missing.getMessage().contains("absent.json.gz"), missing.getMessage());
    }

    @Test
    void filterRejectsIdsThatAreNotWikidataIds() {
        assertThrows(IllegalArgumentException.class, () -> ItemFilter.instanceOf("human"));
        assertThrows(IllegalArgumentException.class, () -> ItemFilter.instanceOf("Q5").holding("Q39"));
    }

    private static String statement(String qid, String rank) {
        return "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P\",\"datavalue\":{\"value\":{\"entity-type\":"
                + "\"item\",\"numeric-id\":" + qid.substring(1) + ",\"id\":\"" + qid + "\"},\"type\":"
                + "\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"},\"type\":\"statement\",\"rank\":\"" + rank
                + "\"}";
    }

    private static Set<String> subjects(Model m) {
        Set<String> out = new java.util.HashSet<>();
        m.listSubjects().forEachRemaining(r -> out.add(r.getURI()));
        return out;
    }

    private static Set<String> objects(Model m, Resource s, String pid) {
        Set<String> out = new java.util.HashSet<>();
        m.listObjectsOfProperty(s, m.createProperty(WD.DIRECT + pid)).forEachRemaining(o -> out.add(o.toString()));
        return out;
    }

    private static String turtle(Model m) {
        java.io.StringWriter w = new java.io.StringWriter();
        m.write(w, "TTL");
        return w.toString();
    }
}
