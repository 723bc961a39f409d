package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.newsgraph.rdf.Iris;
import org.newsgraph.remote.RemoteStore;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph remove ID...}: drops articles' named graphs, from a local store or through a running server. */
@Command(name = "remove", description = "Remove articles from the store by id (the last part of the article IRI): "
        + "their named graphs go, each in its own transaction; entities other articles mention stay with them. "
        + "With --server, through a running `newsgraph serve`, which keeps answering queries.")
public final class RemoveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOption server;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids, e.g. lavrov-visit.")
    List<String> ids;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int removed;
        String from;
        if (server.given()) {
            RemoteStore remote = server.connect(store);
            from = remote.describe();
            removed = remove(remote::delete, from, err);
        } else {
            server.checkLocal();
            from = store.existing().toString();
            try (GraphStore graphStore = GraphStore.open(store.db)) {
                removed = remove(graphStore::removeGraph, from, err);
            }
        }
        out.println("removed " + removed + " of " + ids.size() + " article(s) from " + from);
        if (removed == 0) return ExitCodes.FAILED;
        return removed < ids.size() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Removes each article by its graph IRI with {@code drop} (true if it was there); returns how many went. */
    private int remove(Predicate<String> drop, String from, PrintWriter err) {
        int removed = 0;
        for (String id : ids) {
            String iri = Iris.article(id);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                err.println("skipped " + id + ": not an article id (lower-case letters, digits, hyphens)");
            } else if (drop.test(iri)) {
                removed++;
            } else {
                err.println("skipped " + id + ": no article " + iri + " in " + from);
            }
        }
        return removed;
    }
}
