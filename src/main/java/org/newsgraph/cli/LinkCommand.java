package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.ProblemListener;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.Relinker;
import org.newsgraph.remote.RemoteStore;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph link}: re-links a store after the knowledge base changed, without running NLP again. */
@Command(name = "link", description = "Re-link the entities of every stored article with the current knowledge base "
        + "(shipped + --kb extensions; with --online also Wikidata), rewriting entity IRIs, labels, owl:sameAs, "
        + "link confidences and the event arguments that named them. One transaction per article. With --server, "
        + "through a running `newsgraph serve`, which keeps answering queries.")
public final class LinkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOption server;

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
        ProblemListener report = (where, message) -> {
            problems[0]++;
            err.println("skipped " + where + ": " + message);
        };
        Relinker.Stats stats;
        String in;
        if (server.given()) {
            RemoteStore remote = server.connect(store);
            in = remote.describe();
            stats = new Relinker(base, linker).run(remote, report);
        } else {
            server.checkLocal();
            in = store.db.toString();
            try (GraphStore graphStore = GraphStore.openExisting(store.existing())) {
                stats = new Relinker(base, linker).run(graphStore, report);
            }
        }
        out.println("re-linked " + stats + " in " + in);
        return problems[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
