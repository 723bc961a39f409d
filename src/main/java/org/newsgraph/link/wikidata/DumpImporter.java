package org.newsgraph.link.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newsgraph.InputException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ProblemListener;

/**
 * Streams a Wikidata dump into Wikidata-shaped RDF for the knowledge base, keeping the items an {@link ItemFilter}
 * accepts. Reads the JSON dump ({@code latest-all.json.gz}) and the truthy N-Triples dump
 * ({@code latest-truthy.nt.gz}), gzip, bzip2 or plain, one line at a time; memory does not grow with the dump.
 *
 * <pre>{@code
 * DumpImporter importer = new DumpImporter(ItemFilter.instanceOf("Q5").holding("P39"), problems);
 * ImportStats stats = importer.importDump(Path.of("latest-all.json.gz"), Path.of("politicians.ttl"));
 * }</pre>
 *
 * Per kept item it writes {@code rdfs:label}, {@code skos:altLabel}, {@code schema:description} (English),
 * {@code wdt:P31/P17/P36/P39} (truthy item values), {@code wdt:P1549} (English demonyms) and
 * {@code wikibase:sitelinks}.
 * A malformed line goes to the {@link ProblemListener} as {@code file:line} and the import goes on. Thread-safe: each
 * call keeps its own state.
 */
public final class DumpImporter {
    private final ItemFilter filter;
    private final ProblemListener problems;
    private final LongConsumer progress;

    /**
     * @param filter which items to keep
     * @param problems told about each malformed line
     * @param progress given the compressed bytes read so far, every few megabytes (for a progress bar)
     */
    public DumpImporter(ItemFilter filter, ProblemListener problems, LongConsumer progress) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public DumpImporter(ItemFilter filter, ProblemListener problems) {
        this(filter, problems, bytes -> { });
    }

    /** Imports a dump, its format recognised from its first character, into a stream (start and finish are called). */
    public ImportStats importDump(Path dump, StreamRDF out) {
        return importDump(dump, detect(dump), out);
    }

    /** Imports a dump of a known format into a stream (start and finish are called). */
    public ImportStats importDump(Path dump, DumpFormat format, StreamRDF out) {
        ImportRun run = new ImportRun(filter, out, problems);
        out.start();
        WD.PREFIXES.getNsPrefixMap().forEach(out::prefix);
        try (BufferedReader in = DumpInput.open(dump, progress)) {
            if (format == DumpFormat.JSON) JsonDumpReader.read(in, dump.toString(), run);
            else TruthyDumpReader.read(in, dump.toString(), run);
        } catch (NoSuchFileException e) {
            throw new InputException("Wikidata dump not found: " + dump);
        } catch (IOException e) {
            throw new InputException("cannot read Wikidata dump " + dump + ": " + e.getMessage(), e);
        }
        out.finish();
        return run.stats();
    }

    /** Imports a dump into a graph. */
    public ImportStats importDump(Path dump, Graph into) {
        return importDump(dump, StreamRDFLib.graph(into));
    }

    /**
     * Imports a dump into a file: Turtle for {@code .ttl}, N-Triples for {@code .nt}, each optionally {@code .gz}.
     * The file is written whole or not at all.
     */
    public ImportStats importDump(Path dump, Path outFile) {
        RDFFormat format = outputFormat(outFile);
        boolean gzip = outFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        Path dir = outFile.toAbsolutePath().getParent();
        Path partial = dir.resolve(outFile.getFileName() + ".part");
        try {
            Files.createDirectories(dir);
            ImportStats stats;
            try (OutputStream file = Files.newOutputStream(partial);
                 OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
                stats = importDump(dump, StreamRDFWriter.getWriterStream(out, format));
            }
            Files.move(partial, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return stats;
        } catch (IOException e) {
            throw new NewsgraphException("cannot write " + outFile + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the .part file is left behind; nothing else to do
            }
        }
    }

    /** The format of a dump file, from its first non-blank character. */
    public static DumpFormat detect(Path dump) {
        try (BufferedReader in = DumpInput.open(dump, bytes -> { })) {
            int c;
            do {
                c = in.read();
            } while (c >= 0 && Character.isWhitespace(c));
            DumpFormat format = DumpFormat.sniff(c);
            if (format == null) {
                throw new InputException("not a Wikidata JSON or N-Triples dump: " + dump + " starts with "
                        + (c < 0 ? "nothing" : "'" + (char) c + "'"));
            }
            return format;
        } catch (NoSuchFileException e) {
            throw new InputException("Wikidata dump not found: " + dump);
        } catch (IOException e) {
            throw new InputException("cannot read Wikidata dump " + dump + ": " + e.getMessage(), e);
        }
    }

    private static RDFFormat outputFormat(Path outFile) {
        String name = outFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".ttl")) return RDFFormat.TURTLE_BLOCKS;
        if (name.endsWith(".nt")) return RDFFormat.NTRIPLES;
        throw new NewsgraphException("cannot tell the output format of " + outFile + ": name it .ttl or .nt");
    }
}
