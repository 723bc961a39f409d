package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code newsgraph ingest} process killed with SIGKILL in the middle of a corpus, then run again: the store
 * ends up the same, graph for graph, as after one uninterrupted run. TDB2 rolls back the commit that was cut off. Both
 * write paths: transactions (a store that holds articles) and the bulk loader (the first load into an empty store).
 */
class CrashRecoveryTest {
    static final int ARTICLES = 1000;
    private static final String[] COUNTRIES = {"Russia", "China", "France", "Germany", "Brazil", "India", "Japan",
        "Kenya", "Egypt", "Turkey", "Poland", "Canada", "Mexico", "Chile", "Peru", "Norway"};

    @TempDir
    static Path dir;
    static Path corpus;
    static Path earlier;
    /** The corpus and the earlier article ingested in one uninterrupted run, as N-Quads. */
    static Dataset expected;

    @BeforeAll
    static void ingestWithoutInterruption() throws Exception {
        corpus = corpus();
        earlier = dir.resolve("earlier.md");
        Files.writeString(earlier, "---\ntitle: Earlier\npublished: 2024-01-10\n---\n"
                + "Norway and Chile signed a fisheries agreement in Oslo on Tuesday.\n");
        Path reference = dir.resolve("reference");
        assertEquals(ExitCodes.OK, CommandLineTest.run("ingest", "--db", reference.toString(), earlier.toString())
                .code());
        CommandLineTest.Run whole = CommandLineTest.run("ingest", "--db", reference.toString(), corpus.toString());
        assertEquals(ExitCodes.OK, whole.code(), whole.err());
        Path referenceFile = dir.resolve("reference.nq");   // this JVM holds the reference store: export it here
        CommandLineTest.Run exported = CommandLineTest.run("export", "--db", reference.toString(), "--format",
                "nquads", "--out", referenceFile.toString());
        assertEquals(ExitCodes.OK, exported.code(), exported.err());
        expected = RDFDataMgr.loadDataset(referenceFile.toString());
        assertEquals(ARTICLES + 1, names(expected).size());
    }

    private static Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Random random = new Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            String a = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String b = COUNTRIES[(List.of(COUNTRIES).indexOf(a) + 1 + random.nextInt(7)) % COUNTRIES.length];
            String c = COUNTRIES[(List.of(COUNTRIES).indexOf(a) + 8 + random.nextInt(7)) % COUNTRIES.length];
            Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), a + " sent " + (100 + i)
                    + " soldiers to " + b + " on Monday, officials said. The ministers of " + a + " and " + c
                    + " met in the capital of " + b + " to discuss trade. " + c + " said it would supply grain to "
                    + b + ".\n");
        }
        return corpus;
    }

    /** A newsgraph command in its own JVM: this one must never open the crashed store, or TDB2 locks it. */
    private static Process start(String log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve(log).toFile());
        return pb.start();
    }

    /** Waits until the child has committed at least one article: TDB2's journal then has been written to. */
    private static boolean committing(Path db, long before) {
        File journal = db.resolve("Data-0001/journal.jrnl").toFile();
        return journal.length() != before;
    }

    private static Dataset export(Path db, String name) throws Exception {
        Path file = dir.resolve(name);
        Process p = start(name + ".log", "export", "--db", db.toString(), "--format", "nquads", "--out",
                file.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "export did not finish");
        assertEquals(ExitCodes.OK, p.exitValue(), Files.readString(dir.resolve(name + ".log")));
        return RDFDataMgr.loadDataset(file.toString());
    }

    private static List<String> names(Dataset ds) {
        List<String> names = new ArrayList<>();
        ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        names.sort(null);
        return names;
    }

    @Test
    void anIngestKilledMidwayAndRunAgainStoresWhatOneUninterruptedRunStores() throws Exception {
        // one article stored beforehand, so that the killed run writes in transactions (an empty store would be
        // filled by the bulk loader, whose first commit comes only at its end)
        Path db = dir.resolve("crashed");
        Process seeding = start("earlier.log", "ingest", "--db", db.toString(), earlier.toString());
        assertTrue(seeding.waitFor(120, TimeUnit.SECONDS), "seeding the store did not finish");
        assertEquals(ExitCodes.OK, seeding.exitValue(), Files.readString(dir.resolve("earlier.log")));
        long journalBefore = db.resolve("Data-0001/journal.jrnl").toFile().length();
        Process first = start("first.log", "ingest", "--db", db.toString(), corpus.toString());
        // killed as soon as the first batch commits: on an idle machine the rest takes only a few seconds more
        killWhen(first, () -> db.resolve("Data-0001/journal.jrnl").toFile().length() != journalBefore);

        int storedAtKill = names(export(db, "killed.nq")).size();
        assertTrue(storedAtKill >= 1 && storedAtKill < ARTICLES + 1, "articles stored when killed: " + storedAtKill);
        System.out.println("crash test: killed after " + storedAtKill + " of " + ARTICLES + " articles");

        Process second = start("second.log", "ingest", "--db", db.toString(), corpus.toString());
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "second run did not finish");
        assertEquals(ExitCodes.OK, second.exitValue(), Files.readString(dir.resolve("second.log")));
        assertSameGraphs(expected, export(db, "recovered.nq"), List.of());
    }

    @Test
    void aBulkLoadKilledMidwayLeavesAnEmptyStoreAndRunAgainStoresWhatOneUninterruptedRunStores() throws Exception {
        Path db = dir.resolve("crashed-bulk");
        Process first = start("bulk-first.log", "ingest", "--db", db.toString(), corpus.toString());
        // killed once the loader has written node data (the file exists, empty, from the store's creation on)
        killWhen(first, () -> db.resolve("Data-0001/nodes-data.obj").toFile().length() > 0);
        int storedAtKill = names(export(db, "bulk-killed.nq")).size();
        // nothing, unless the kill came between the loader's one commit and the process's exit
        assertTrue(storedAtKill == 0 || storedAtKill == ARTICLES, "a bulk load stores all or nothing, not "
                + storedAtKill);
        System.out.println("crash test (bulk load): killed with " + storedAtKill + " of " + ARTICLES
                + " articles stored");

        Process second = start("bulk-second.log", "ingest", "--db", db.toString(), corpus.toString());
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "second run did not finish");
        assertEquals(ExitCodes.OK, second.exitValue(), Files.readString(dir.resolve("bulk-second.log")));
        String earlierGraph = org.newsgraph.rdf.Iris.article("earlier");
        assertSameGraphs(expected, export(db, "bulk-recovered.nq"), List.of(earlierGraph));
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Kills {@code p} with SIGKILL as soon as {@code condition} holds; fails if it ends first. */
    private static void killWhen(Process p, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds() && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(p.isAlive(), "ingest ended before it could be killed");
        p.destroyForcibly();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue());
    }

    /** The graphs of {@code expected}, but those named in {@code except}, are in {@code actual}, isomorphic. */
    private static void assertSameGraphs(Dataset expected, Dataset actual, List<String> except) {
        List<String> names = new ArrayList<>(names(expected));
        names.removeAll(except);
        assertEquals(names, names(actual));
        long quads = 0;
        for (String name : names) {
            assertTrue(expected.getNamedModel(name).isIsomorphicWith(actual.getNamedModel(name)), name);
            quads += expected.getNamedModel(name).size();
        }
        assertEquals(quads, actual.asDatasetGraph().stream().count());
    }
}
