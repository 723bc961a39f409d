package org.newsgraph.link.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;

/**
 * Reads a truthy N-Triples dump with Jena RIOT in blocks of lines. A block that fails to parse is parsed again line by
 * line, so a malformed line is reported with its line number and skipped while every good line is read once.
 */
final class TruthyDumpReader {
    private static final int BLOCK_LINES = 4096;

    private TruthyDumpReader() {
    }

    static void read(BufferedReader in, String source, ImportRun run) throws IOException {
        StreamRDF items = new TruthyItemStream(run);
        items.start();
        List<String> block = new ArrayList<>(BLOCK_LINES);
        long firstLine = 1;
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            block.add(line);
            if (block.size() == BLOCK_LINES) {
                parseBlock(block, firstLine, source, run, items);
                block.clear();
                firstLine = lineNo + 1;
            }
        }
        parseBlock(block, firstLine, source, run, items);
        items.finish();
    }

    private static void parseBlock(List<String> lines, long firstLine, String source, ImportRun run, StreamRDF out) {
        if (lines.isEmpty()) return;
        List<Triple> triples = new ArrayList<>();
        try {
            parse(String.join("\n", lines), triples);
        } catch (RiotException blockFailed) {
            triples.clear();
            for (int i = 0; i < lines.size(); i++) {
                int before = triples.size();
                try {
                    parse(lines.get(i), triples);
                } catch (RiotException e) {
                    while (triples.size() > before) triples.remove(triples.size() - 1);
                    run.problem(source + ":" + (firstLine + i), "not an N-Triples line: " + e.getMessage());
                }
            }
        }
        triples.forEach(out::triple);
    }

    private static void parse(String text, List<Triple> into) {
        RDFParser.create()
                .fromString(text)
                .lang(Lang.NTRIPLES)
                .checking(false)
                .errorHandler(FAIL_QUIETLY)
                .parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        into.add(t);
                    }
                });
    }

    /** Errors become exceptions with the bare message; warnings (odd but legal IRIs in the dumps) are ignored. */
    private static final ErrorHandler FAIL_QUIETLY = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(message + " (column " + col + ")");
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(message + " (column " + col + ")");
        }
    };
}
