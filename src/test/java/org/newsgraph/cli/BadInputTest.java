package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * A corpus of broken and awkward inputs through {@code newsgraph ingest}: each bad file gets its own one-line message
 * naming it, the good files of the same batch load, and an article stored before is left exactly as it was.
 */
class BadInputTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path corpus;
    static CommandLineTest.Run batch;
    static Graph storedBefore;
    static long oneLineSize;

    static final String STORED_TEXT = "Poland and Lithuania signed a defence agreement in Warsaw on Friday. "
            + "The ministers said that the agreement covers air defence.\n";

    static Path write(String name, byte[] bytes) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingestTheCorpus() throws IOException {
        db = dir.resolve("tdb2");
        Path earlier = dir.resolve("earlier/stored.txt");
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, STORED_TEXT);
        CommandLineTest.Run first = CommandLineTest.run("ingest", "--db", db.toString(), earlier.toString());
        assertEquals(ExitCodes.OK, first.code(), first.err());
        try (GraphStore store = GraphStore.open(db)) {
            storedBefore = store.graph(Iris.article("stored"));
        }
        assertFalse(storedBefore.isEmpty());

        corpus = dir.resolve("corpus");
        write("empty.txt", new byte[0]);
        write("blank.txt", " \n\t\n   \r\n");
        write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
        try (OutputStream out = Files.newOutputStream(corpus.resolve("archive.txt"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("article.txt"));
            zip.write("Germany sent tanks to Lithuania.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bad = "France and Spain met in Madrid. caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = java.util.Arrays.copyOf(bad, bad.length + 2);
        badUtf8[bad.length] = (byte) 0xc3;
        badUtf8[bad.length + 1] = (byte) 0x28;
        write("bad-utf8.txt", badUtf8);
        String utf16Text = "Norway and Sweden held talks in Oslo on Monday about the border.\n";
        byte[] le = utf16Text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(le, 0, withBom, 2, le.length);
        write("utf16-bom.txt", withBom);
        write("utf16-plain.txt", "Canada sent aid to Haiti after the storm, officials said on Tuesday.\n"
                .getBytes(StandardCharsets.UTF_16LE));
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);   // sparse: the size is refused before a byte is read
        }
        StringBuilder line = new StringBuilder(2 * 1024 * 1024 + 16);
        String[] words = {"troops", "moved", "Kenya", "and", "drones", "Ghana", "the", "border", "were", "of"};
        for (int i = 0; line.length() < 2 * 1024 * 1024; i++) line.append(words[i % words.length]).append(' ');
        oneLineSize = Files.size(write("one-line.txt", line.toString()));
        write("unclosed.md", "---\ntitle: Talks\npublished: 2025-01-02\nChile and Peru agreed to talks.\n");
        write("bad-date.md", "---\ntitle: Talks\npublished: yesterday-ish\n---\nChile and Peru agreed to talks.\n");
        write("lines.jsonl", "{\"id\":\"line-one\",\"text\":\"Egypt hosted talks with Jordan in Cairo.\"}\n"
                + "{\"id\":\"line-two\",\"text\":\"broken\n"
                + "{\"id\":\"line-three\",\"title\":\"No text here\"}\n"
                + "{\"id\":\"line-four\",\"text\":\"Turkey supplied drones to Azerbaijan.\"}\n");
        write("page.html", "<html><head><title>Summit</title><style>body { color: red }</style>"
                + "<script>var claim = 'Mongolia invaded Nepal';</script></head>"
                + "<body><p>Italy hosted a meeting with Greece in Rome on Thursday.</p></body></html>");
        write("control.txt", "Belgium \u0001\u0002 imposed sanctions on Belarus.\u0007\n");
        Files.createDirectories(corpus.resolve("loop"));
        Files.createSymbolicLink(corpus.resolve("loop/back"), corpus.resolve("loop"));
        Files.createSymbolicLink(corpus.resolve("chain-a.txt"), corpus.resolve("chain-b.txt"));
        Files.createSymbolicLink(corpus.resolve("chain-b.txt"), corpus.resolve("chain-a.txt"));
        Path locked = write("locked.txt", "Austria sent observers to Moldova.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        write("german.txt", "Die Bundesregierung hat am Montag beschlossen, dass die Soldaten in Litauen bleiben "
                + "werden und die Zusammenarbeit mit den Partnern weiter ausgebaut wird.\n");
        write("declared.md", "---\nlanguage: de\n---\nDie Regierung hat heute entschieden.\n");
        write("dup-a.txt", "Japan and India agreed to hold talks in Tokyo next week.\n");
        write("dup-b.txt", "Japan and India agreed to hold talks in Tokyo next week.\n");
        write("restored.txt", STORED_TEXT);
        write("digits.txt", "12 345 678 -- 90\n");
        write("report.pdf", "%PDF-1.4 not an article");
        write("good.txt", "Brazil sent firefighters to Bolivia on Tuesday, the foreign ministry said.\n");

        batch = CommandLineTest.run("ingest", "--db", db.toString(), corpus.toString(),
                corpus.resolve("report.pdf").toString(), dir.resolve("no-such-file.txt").toString());
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void assertLine(String expected) {
        List<String> lines = batch.err().lines().toList();
        assertTrue(lines.contains(expected), "no line\n  " + expected + "\nin\n" + batch.err());
    }

    private static void assertLineStarting(String prefix) {
        assertTrue(batch.err().lines().anyMatch(l -> l.startsWith(prefix)), "no line starting\n  " + prefix
                + "\nin\n" + batch.err());
    }

    private static String in(String name) {
        return corpus.resolve(name).toString();
    }

    @Test
    void everyBadFileGetsItsOwnLineNamingIt() throws IOException {
        assertLine("skipped " + in("empty.txt") + ": empty file (0 bytes)");
        assertLine("skipped " + in("blank.txt") + ": only whitespace (9 characters), no text");
        assertLine("skipped " + in("image.txt") + ": binary content (NUL byte at byte 8)");
        assertLine("skipped " + in("archive.txt") + ": binary content (NUL byte at byte 5)");
        assertLine("skipped " + in("bad-utf8.txt") + ": invalid UTF-8 at byte 38");
        assertLine("skipped " + in("huge.txt") + ": file is 52,428,800 bytes, over the limit of 1,000,000 bytes");
        assertLine("skipped " + in("one-line.txt") + ": file is " + String.format(java.util.Locale.ROOT, "%,d", oneLineSize)
                + " bytes, over the limit of 1,000,000 bytes");
        assertLine("skipped " + in("unclosed.md") + ": front matter opened on line 1 never closes with a '---' line");
        assertLine("skipped " + in("bad-date.md") + ": published 'yesterday-ish' is not a date (expected YYYY-MM-DD)");
        assertLineStarting("skipped " + in("lines.jsonl") + ":2: not valid JSON: ");
        assertLine("skipped " + in("lines.jsonl") + ":3: no 'text' field");
        assertLine("warning " + in("control.txt") + ": replaced 3 control character(s) with spaces, the first at "
                + "offset 8; article kept");
        assertLine("skipped " + in("loop/back") + ": symbolic link loop: leads back to " + corpus.resolve("loop")
                + ", which is already being read");
        assertLineStarting("skipped " + in("chain-a.txt") + ": symbolic link loop");
        assertLineStarting("skipped " + in("chain-b.txt") + ": symbolic link loop");
        assertLine("skipped " + dir.resolve("no-such-file.txt") + ": does not exist");
        assertLine("skipped " + in("report.pdf") + ": unsupported file type '.pdf', expected one of .txt, .md, "
                + ".jsonl, .html, .htm");
        assertLine("skipped " + in("digits.txt") + ": text has no letters (17 characters)");
        assertLineStarting("skipped " + in("german.txt") + ": does not look like English (");
        assertLine("skipped " + in("declared.md") + ": language 'de' is not supported (only English articles are "
                + "processed); skipped");
        assertLineStarting("skipped " + in("dup-b.txt") + ": same text as article 'dup-a' (sha256 ");
        assertLineStarting("skipped " + in("restored.txt") + ": same text as article 'stored' (sha256 ");
        if (!isRoot()) assertLineStarting("skipped " + in("locked.txt") + ": ");
    }

    @Test
    void theRestOfTheBatchLoadsAndTheExitCodeSaysSomeWereSkipped() {
        assertEquals(ExitCodes.PARTIAL, batch.code(), batch.err());
        int skipped = 21 + (isRoot() ? 0 : 1);
        assertEquals(skipped, batch.err().lines().filter(l -> l.startsWith("skipped ")).count(), batch.err());
        int loaded = 8 + (isRoot() ? 1 : 0);
        assertTrue(batch.out().startsWith("ingested articles " + loaded + ", "), batch.out());
        assertTrue(batch.out().contains("skipped " + skipped + " into "), batch.out());
        try (GraphStore store = GraphStore.open(db)) {
            for (String id : List.of("utf16-bom", "utf16-plain", "line-one", "line-four", "page", "control",
                    "dup-a", "good")) {
                assertTrue(store.containsGraph(Iris.article(id)), id + " not stored:\n" + batch.err());
            }
            for (String id : List.of("empty", "huge", "one-line", "german", "declared", "dup-b", "restored",
                    "line-two", "line-three", "bad-date", "unclosed")) {
                assertFalse(store.containsGraph(Iris.article(id)), id + " stored");
            }
            assertEquals(isRoot(), store.containsGraph(Iris.article("locked")));
        }
    }

    @Test
    void theArticleStoredBeforeIsUntouched() {
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(storedBefore.isIsomorphicWith(store.graph(Iris.article("stored"))));
        }
    }

    @Test
    void decodedTextKeepsNoTraceOfEncodingsScriptsOrStyles() {
        try (GraphStore store = GraphStore.open(db)) {
            Graph html = store.graph(Iris.article("page"));
            String all = html.find().toList().toString();
            assertFalse(all.contains("Mongolia") || all.contains("color"), all);
            assertTrue(all.contains("Greece"), all);
            Graph utf16 = store.graph(Iris.article("utf16-bom"));
            assertTrue(utf16.find().toList().toString().contains("\"Oslo\""), utf16.toString());
            Graph plain = store.graph(Iris.article("utf16-plain"));
            assertTrue(plain.find().toList().toString().contains("\"Haiti\""), plain.toString());
        }
    }

    @Test
    void aBatchOfOnlyBadFilesDoesNothingAndSaysSo() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("ingest", "--db", db.toString(), in("empty.txt"),
                in("german.txt"), dir.resolve("missing").toString());
        assertEquals(ExitCodes.FAILED, r.code(), r.err());
        assertTrue(r.out().startsWith("ingested articles 0, "), r.out());
        assertEquals(3, r.err().lines().count(), r.err());
    }

    @Test
    void anExportTargetThatCannotBeWrittenIsOneLineAndExitOne() throws IOException {
        Path target = dir.resolve("no-such-folder/out.nq");
        CommandLineTest.Run r = CommandLineTest.run("export", "--db", db.toString(), "--format", "nquads",
                "--out", target.toString());
        assertEquals(ExitCodes.FAILED, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsgraph: cannot write export target " + target + ": "), r.err());
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        CommandLineTest.Run onFolder = CommandLineTest.run("export", "--db", db.toString(), "--format", "nquads",
                "--out", folder.toString());
        assertEquals(ExitCodes.FAILED, onFolder.code(), onFolder.err());
        assertEquals(1, onFolder.err().lines().count(), onFolder.err());
        assertTrue(onFolder.err().contains(folder.toString()), onFolder.err());
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(storedBefore.isIsomorphicWith(store.graph(Iris.article("stored"))));
        }
    }
}
