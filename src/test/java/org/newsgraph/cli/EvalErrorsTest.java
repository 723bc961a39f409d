package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --errors MATCHING} lists, per document, the gold relations the pipeline missed and the relations it
 * made that match no gold one. A gold folder written for this test: one article, a treaty it states and a visit it
 * does not.
 */
class EvalErrorsTest {
    @TempDir
    Path gold;

    private void writeGold() throws IOException {
        Files.writeString(gold.resolve("a1.txt"), "Estonia and Finland signed a border treaty in Tallinn on Monday."
                + " The foreign ministers of both countries attended the ceremony.", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("a1.json"), """
                {"id": "a1", "published": "2024-03-04", "title": null, "source_url": null, "entities": [],
                 "relations": [
                  {"type": "Treaty", "args": {"parties": ["Estonia", "Finland"], "name": "border treaty"},
                   "qid_args": {"parties": ["Q191", "Q33"]}, "evidence": null},
                  {"type": "Visit", "args": {"visitor": "Estonia", "destination": "Norway"},
                   "qid_args": {"visitor": "Q191", "destination": "Q20"}, "evidence": null}]}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void theMissedAndTheExtraRelationsArePrintedPerDocument() throws IOException {
        writeGold();
        CommandLineTest.Run r = CommandLineTest.run("eval", "--gold", gold.toString(), "--errors", "strict");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String listing = r.out().substring(r.out().indexOf("relations that found no partner (strict)"));
        assertTrue(listing.contains("  a1\n"), listing);
        assertTrue(listing.contains("missed Visit visitor=\"Estonia\" destination=\"Norway\""), listing);
        assertFalse(listing.contains("missed Treaty"), listing);
    }

    @Test
    void withJsonTheListingIsPartOfTheDocument() throws IOException {
        writeGold();
        CommandLineTest.Run r = CommandLineTest.run("eval", "--gold", gold.toString(), "--errors", "core", "--json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"unmatched_relations\""), r.out());
        assertTrue(r.out().contains("\"matching\" : \"core\""), r.out());
        assertTrue(r.out().contains("\"missed\" : [ \"Visit visitor=\\\"Estonia\\\""), r.out());
    }

    @Test
    void anUnknownMatchingIsRefused() throws IOException {
        writeGold();
        CommandLineTest.Run r = CommandLineTest.run("eval", "--gold", gold.toString(), "--errors", "loose");
        assertFalse(r.code() == ExitCodes.OK);
        assertTrue(r.err().contains("strict, overlap, core"), r.err());
    }
}
