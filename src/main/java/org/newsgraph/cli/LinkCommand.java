package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.Relinker;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph link}: re-links a store after the knowledge base changed, without running NLP again. */
@Command(name = "link", description = "Re-link the entities of every stored article with the current knowledge base "
        + "(shipped + --kb extensions; with --online also Wikidata), rewriting entity IRIs, labels, owl:sameAs, "
        + "link confidences and the event arguments that named them. One transaction per article.")
public final class LinkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    KbOptions kb;

    @Option(names = "--online", description = "Same as --wikidata online.")
    boolean online;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase base = kb.knowledgeBase();
        boolean ask = online || kb.wikidata == KbOptions.Mode.online;
        EntityLinker linker = ask ? kb.onlineLinker(base, err) : new Linker(base);
        int[] problems = {0};
        Relinker.Stats stats;
        try (GraphStore graphStore = GraphStore.openExisting(store.existing())) {
            stats = new Relinker(base, linker).run(graphStore, (where, message) -> {
                problems[0]++;
                err.println("skipped " + where + ": " + message);
            });
        }
        out.println("re-linked " + stats + " in " + store.db);
        return problems[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
