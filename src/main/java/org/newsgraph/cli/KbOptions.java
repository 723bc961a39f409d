package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.wikidata.OnlineLinker;
import org.newsgraph.link.wikidata.WikidataClient;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** {@code --kb DIR} and the Wikidata options, shared by the commands that link entities. */
public final class KbOptions {
    /** Where linking looks, offline only or also at the live Wikidata. */
    enum Mode { offline, online }

    @Option(names = "--kb", paramLabel = "DIR", defaultValue = "data/kb",
            description = "Folder of knowledge-base extensions (*.ttl, as `kb import` writes them), loaded after the "
                    + "shipped knowledge base (default: ${DEFAULT-VALUE}).")
    Path kbDir;

    @Option(names = "--wikidata", paramLabel = "MODE", defaultValue = "offline",
            description = "offline (the knowledge base only) or online (also ask the Wikidata Query Service, "
                    + "falling back to the offline base when it cannot be reached). Default: ${DEFAULT-VALUE}.")
    Mode wikidata;

    @Option(names = "--wikidata-endpoint", paramLabel = "URL", defaultValue = "https://query.wikidata.org/sparql",
            description = "SPARQL endpoint for --wikidata online (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--wikidata-cache", paramLabel = "DIR", defaultValue = "data/wikidata-cache",
            description = "Where answers from Wikidata are kept and reused (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.loadWithExtensions(kbDir);
    }

    /** The pipeline these options describe; the fallback notice, if any, goes once to {@code err}. */
    Pipeline pipeline(PrintWriter err) {
        KnowledgeBase kb = knowledgeBase();
        if (wikidata != Mode.online) return Pipeline.standard(kb);
        return Pipeline.standard(kb, onlineLinker(kb, err));
    }

    OnlineLinker onlineLinker(KnowledgeBase kb, PrintWriter err) {
        WikidataClient client = WikidataClient.builder().endpoint(endpoint).cacheDir(cacheDir).build();
        AtomicBoolean told = new AtomicBoolean();
        Consumer<String> notice = line -> {
            if (told.compareAndSet(false, true)) err.println("newsgraph: " + line);
        };
        return new OnlineLinker(kb, client, notice);
    }
}
